'use strict';
const express = require('express');
const repo = require('../lib/repo');
const tracker = require('../lib/tracker');
const { reads } = require('../lib/computed');

const router = express.Router();

router.post('/', (req, res) => {
  res.status(201).json(repo.create(req.body));
});

router.param('id', (req, res, next, id) => {
  req.doc = repo.get(id);
  if (!req.doc) return res.status(404).json({ error: `no doc ${id}` });
  next();
});

router.get('/:id', (req, res) => {
  res.json({ doc: req.doc, dirty: tracker.dirty(req.doc), revisions: repo.revisions[req.params.id].length });
});

router.patch('/:id', (req, res) => {
  const { remove = [], ...fields } = req.body;
  try {
    Object.assign(req.doc, fields);
  } catch (err) {
    return res.status(400).json({ error: err.message, dirty: tracker.dirty(req.doc) });
  }
  for (const key of remove) delete req.doc[key];
  res.json({ dirty: tracker.dirty(req.doc), words: req.doc.words });
});

router.post('/:id/commit', (req, res) => {
  const entries = tracker.flush(req.doc);
  if (entries.length) repo.revisions[req.params.id].push(entries);
  res.json({ revision: repo.revisions[req.params.id].length, entries });
});

router.post('/:id/revert', (req, res) => {
  const undone = tracker.revert(req.doc);
  res.json({ undone, doc: req.doc, wordReads: reads.words });
});

module.exports = router;
