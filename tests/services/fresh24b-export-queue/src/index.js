'use strict';
const express = require('express');
const exportsRouter = require('./routes/exports');

const app = express();
app.use(express.json());
app.use('/api', exportsRouter);

const port = process.env.PORT ?? 3000;
app.listen(port, () => console.log(`exports service listening on ${port}`));
