const express = require('express');
const { issues, openIssue } = require('../store');
const loadIssue = require('../middleware/loadIssue');
const { TRANSITIONS } = require('../issue');

const router = express.Router();

router.route('/')
  .get((req, res) => {
    const { status, assignee, label } = req.query;
    const list = [...issues.values()].filter(
      (i) => (!status || i.status === status) && (assignee === undefined || (i.assignee ?? '') === assignee) && (!label || i.labels.has(label)),
    );
    res.json(list);
  })
  .post((req, res) => {
    const { title, body } = req.body ?? {};
    if (!title?.trim()) return res.status(400).json({ error: 'title required' });
    const issue = openIssue({ title: title.trim(), body, reporter: req.actor });
    res.status(201).json(issue);
  });

router.get('/board', (req, res) => {
  const board = Object.fromEntries(Object.keys(TRANSITIONS).map((s) => [s, []]));
  for (const issue of issues.values()) board[issue.status].push(issue.number);
  res.json(board);
});

router.get('/:number', loadIssue, (req, res) => {
  res.json({ ...req.issue.toJSON(), next: TRANSITIONS[req.issue.status], thread: req.issue.comments });
});

router.post('/:number/transitions', loadIssue, (req, res) => {
  res.json(req.issue.moveTo(req.body?.to, req.actor));
});

router.put('/:number/assignee{/:user}', loadIssue, (req, res) => {
  res.json(req.issue.assign(req.params.user, req.actor));
});

router.patch('/:number/labels', loadIssue, (req, res) => {
  const { add, remove } = req.body ?? {};
  res.json(req.issue.label(add, remove));
});

router.post('/:number/comments', loadIssue, (req, res) => {
  if (!req.body?.text) return res.status(400).json({ error: 'text required' });
  res.status(201).json(req.issue.comment(req.actor, req.body.text));
});

module.exports = router;
