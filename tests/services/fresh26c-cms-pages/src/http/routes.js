'use strict';
const express = require('express');
const { pages, revisions } = require('tiny-cms/content');
const { render, renderCount } = require('#util/render');
const requireEditor = require('./guard');

const router = express.Router();
const views = {};

router.get('/pages', (req, res) => {
  res.json(pages.list({ status: req.query.status }));
});

router.get('/pages/:id', (req, res) => {
  const page = pages.get(req.params.id);
  if (page.status !== 'published' && !req.get('x-editor')) return res.status(404).json({ error: 'not published' });
  views[req.params.id] = (views[req.params.id] ?? 0) + 1;
  res.type('html').send(`<article data-views="${views[req.params.id]}"><h1>${page.title}</h1>${render(page.body)}</article>`);
});

router.post('/pages', requireEditor, (req, res) => {
  const id = pages.create({ ...req.body, author: req.editor });
  res.status(201).location(`/pages/${id}`).json({ id });
});

router.patch('/pages/:id', requireEditor, (req, res) => {
  const { title, body } = req.body ?? {};
  const changes = Object.fromEntries(Object.entries({ title, body }).filter(([, v]) => v !== undefined));
  res.json(pages.edit(req.params.id, changes, req.editor));
});

router.post('/pages/:id/publish', requireEditor, (req, res) => res.json(pages.publish(req.params.id)));

router.post('/pages/:id/rollback', requireEditor, (req, res) => res.json(revisions.rollback(req.params.id)));

router.get('/pages/:id/revisions', (req, res) => res.json(revisions.list(req.params.id)));

router.get('/stats', (req, res) => {
  res.json({ views, renders: renderCount(), lastByMia: revisions.lastBy('mia'), lastByOla: revisions.lastBy('ola') });
});

module.exports = router;
