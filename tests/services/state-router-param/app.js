const express = require('express');
const todos = require('./routes/todos');

const app = express();
app.use(express.json());
app.use('/todos', todos);

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
