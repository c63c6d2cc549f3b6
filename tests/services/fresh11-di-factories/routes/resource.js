'use strict';
const express = require('express');

function makeResourceRouter(repo, { name, required = [] }) {
  const router = express.Router();
  router.get('/', (req, res) => res.json(repo.all()));
  router.get('/:id', (req, res) => {
    const row = repo.find(Number(req.params.id));
    row ? res.json(row) : res.status(404).json({ error: `${name} not found` });
  });
  router.post('/', (req, res) => {
    const missing = required.filter((f) => req.body[f] === undefined);
    if (missing.length) return res.status(400).json({ error: `missing ${missing.join(', ')}` });
    res.status(201).json(repo.insert(req.body));
  });
  router.patch('/:id', (req, res) => {
    const row = repo.update(Number(req.params.id), req.body);
    row ? res.json(row) : res.sendStatus(404);
  });
  return router;
}

module.exports = makeResourceRouter;
