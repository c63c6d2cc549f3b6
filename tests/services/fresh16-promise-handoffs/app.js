// Users and carts handed to callbacks through promises: a `new Promise` wrapper resolving with the
// stored object, `Promise.all([...]).then(([user, cart]) => ...)` changing both, a bound helper run by
// a timer (`setTimeout(addBadge.bind(null, user, 'regular'), 0)`), and a log appended through
// `queueMicrotask(log.push.bind(log, line))`.
'use strict';
const express = require('express');
const { users, findUser, cartOf } = require('./lib/db');

const app = express();
app.use(express.json());

const activity = [];

function addBadge(user, badge) {
  if (!user.badges.includes(badge)) user.badges.push(badge);
}

app.post('/users/:id/visit', (req, res, next) => {
  findUser(req.params.id)
    .then((user) => {
      user.visits++;
      if (user.visits === 3) setTimeout(addBadge.bind(null, user, 'regular'), 0);
      queueMicrotask(activity.push.bind(activity, `visit:${user.id}:${user.visits}`));
      res.json({ id: user.id, visits: user.visits });
    })
    .catch(next);
});

app.post('/users/:id/cart', (req, res, next) => {
  Promise.all([findUser(req.params.id), cartOf(req.params.id)])
    .then(([user, cart]) => {
      cart.items.push(req.body.item);
      user.lastItem = req.body.item;
      if (cart.items.length >= 2) addBadge(user, 'shopper');
      res.status(201).json({ owner: user.name, items: cart.items });
    })
    .catch(next);
});

app.get('/users/:id', (req, res) => {
  const user = users.get(req.params.id);
  if (!user) return res.status(404).json({ error: 'no user' });
  res.json(user);
});

app.get('/activity', (req, res) => {
  res.json(activity);
});

app.use((err, req, res, next) => {
  res.status(err.status ?? 500).json({ error: err.message });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
