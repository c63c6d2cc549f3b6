// connect-flash 0.1 over express-session 1.18 (its default MemoryStore): flash messages set
// before a redirect (Post/Redirect/Get) and read once by the next page, several types, arrays
// and format strings (`req.flash('info', 'Hi %s', name)`), and the count of messages read.
const express = require('express');
const session = require('express-session');
const flash = require('connect-flash');

const todos = [];
let shown = 0;
const app = express();
app.use(express.urlencoded({ extended: false }));
app.use(session({
  secret: 'flash secret',
  name: 'sid',
  resave: false,
  saveUninitialized: false,
  genid: (req) => `s-${req.get('x-user') || 'anon'}`,
}));
app.use(flash());

app.get('/todos', (req, res) => {
  const messages = { info: req.flash('info'), error: req.flash('error') };
  shown += messages.info.length + messages.error.length;
  res.json({ todos, messages, shown });
});

app.post('/todos', (req, res) => {
  const title = (req.body.title || '').trim();
  if (!title) {
    req.flash('error', 'a todo needs a title');
    return res.redirect(303, '/todos');
  }
  todos.push(title);
  req.flash('info', 'added %s (%d in all)', title, todos.length);
  if (todos.length % 2 === 0) req.flash('info', ['even count', 'keep going']);
  res.redirect(303, '/todos');
});

app.get('/peek', (req, res) => {
  res.json({ pending: req.flash(), session: req.session.flash || null });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
