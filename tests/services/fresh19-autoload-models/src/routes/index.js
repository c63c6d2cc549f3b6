'use strict';
const fs = require('fs');
const path = require('path');
const { Router } = require('express');

const router = Router();

// every file in this folder is a router mounted at its name: authors.js -> /authors
for (const file of fs.readdirSync(__dirname).sort()) {
  if (file === 'index.js' || !file.endsWith('.js')) continue;
  router.use(`/${path.basename(file, '.js')}`, require(`./${file}`));
}

module.exports = router;
