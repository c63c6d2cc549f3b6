const express = require('express');
const { adapt } = require('./adapter');
const todos = require('./handlers/todos');

const app = express();
app.use(express.text({ type: '*/*' }));

app.post('/todos', adapt(todos.create));
app.get('/todos', adapt(todos.list));
app.patch('/todos/:id/toggle', adapt(todos.toggle));
app.post('/echo', adapt(todos.echo));
app.get('/stats', (req, res) => res.json(todos.stats));

app.use((err, req, res, next) => res.status(500).json({ error: err.message }));

app.listen(process.env.PORT || 3000, () => console.log('listening'));
