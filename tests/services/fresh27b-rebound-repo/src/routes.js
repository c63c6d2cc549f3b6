'use strict';
const express = require('express');
const { registry, kinds } = require('./registry');

module.exports = function makeRoutes(kind) {
  const repo = registry.get(kinds[kind]);
  const { create, list } = repo;           // arrow fields keep their `this`
  const find = repo.find.bind(repo);         // a method bound once
  const { update } = repo;                   // a method taken off unbound...
  const router = express.Router();

  router.post('/', (req, res) => res.status(201).json(create(req.body)));
  router.get('/', (req, res) => res.json(list()));
  router.get('/:id', (req, res) => {
    const row = find(req.params.id);
    return row ? res.json(row) : res.status(404).json({ error: `${kind} ${req.params.id} not found` });
  });
  router.patch('/:id', (req, res) => {
    const row = update.call(repo, req.params.id, req.body);   // ...and called with call()
    return row ? res.json(row) : res.status(404).json({ error: `${kind} ${req.params.id} not found` });
  });
  return router;
};
