'use strict';
const express = require('express');

const admin = express();
admin.locals.actions = [];

admin.on('mount', (parent) => {
  parent.set('adminMountedAt', admin.mountpath);
  admin.set('mounts', (admin.get('mounts') ?? 0) + 1);
});

admin.use(express.json());

admin.post('/quota', (req, res) => {
  // the admin app's own setting, shadowing the parent's
  req.app.set('quota', req.body.quota);
  req.app.locals.actions.push(`quota=${req.body.quota}`);
  res.json({ quota: req.app.get('quota'), mountpath: req.app.mountpath });
});

admin.post('/feature/:name', (req, res) => {
  const on = req.body.on !== false;
  if (on) admin.parent.enable(req.params.name);
  else admin.parent.disable(req.params.name);
  admin.locals.actions.push(`${req.params.name}=${on}`);
  res.json({ name: req.params.name, enabled: admin.enabled(req.params.name) });
});

admin.get('/whoami', (req, res) => {
  admin.locals.actions.push(`whoami=${req.ip}`);
  res.json({ ip: req.ip, protocol: req.protocol, secure: req.secure });
});

admin.get('/settings', (req, res) => {
  res.json({
    quota: admin.get('quota'),
    title: admin.get('title'),
    mounts: admin.get('mounts'),
    actions: admin.locals.actions,
  });
});

module.exports = admin;
