'use strict';

const express = require('express');
const container = require('./container');
const buildRoutes = require('./routes');

const app = express();
app.use(express.json());
app.use(buildRoutes(container));

app.use((req, res) => res.status(404).json({ error: `no route for ${req.method} ${req.path}` }));

// eslint-disable-next-line no-unused-vars
app.use((err, req, res, next) => {
  res.status(err.status ?? 500).json({ error: err.message });
});

const port = Number(process.env.PORT ?? 3000);
app.listen(port, () => console.log(`tasks api on :${port}`));
