'use strict';
const express = require('express');

const admin = express();
admin.set('maintenance', false);
const toggles = [];

admin.use(express.json());

admin.put('/maintenance', (req, res) => {
  admin.set('maintenance', Boolean(req.body.on));
  toggles.push(admin.get('maintenance'));
  res.json({ maintenance: admin.enabled('maintenance'), toggles: toggles.length });
});

admin.get('/overview', (req, res) => {
  const parent = req.app.parent;
  res.json({
    maintenance: admin.get('maintenance'),
    sections: parent?.locals.sections ?? [],
    posts: parent?.locals.blogPosts?.() ?? null,
    path: `${req.baseUrl}${req.path}`,
  });
});

module.exports = admin;
