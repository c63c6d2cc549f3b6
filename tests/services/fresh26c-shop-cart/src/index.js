'use strict';
const app = require('./app');
const { port } = require('#config');

app.listen(port, () => console.log(`shop-cart on ${port}`));
