'use strict';
const app = require('./app');
const { port } = require('#lib/config');

app.listen(port, () => console.log(`job-runner :${port}`));
