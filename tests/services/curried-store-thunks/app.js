// A store whose middlewares are curried (`api => next => action`), with a thunk middleware running
// function actions, a logger made by logger(log)() writing a module log, a memoizing selector built by
// createSelector (its last inputs and recomputation count in its closure), and a subscriber that
// unsubscribes itself once a discount is set. Handlers dispatch through the store main made.
const express = require('express');
const { store, selectTotal, addOrder, log, changes } = require('./store/orders');

const app = express();
app.use(express.json());

app.post('/orders', (req, res) => {
  const out = store.dispatch(addOrder(req.body));
  res.status(out.error ? 409 : 201).json(out);
});

app.delete('/orders/:id', (req, res) => {
  store.dispatch({ type: 'order/cancel', id: Number(req.params.id) });
  res.json({ left: store.getState().orders.map((o) => o.id) });
});

app.put('/discount/:percent', (req, res) => {
  store.dispatch({ type: 'discount/set', percent: Number(req.params.percent) });
  res.json({ discount: store.getState().discount });
});

app.get('/total', (req, res) => {
  res.json({ total: selectTotal(store.getState()), recomputations: selectTotal.recomputations() });
});

app.get('/debug', (req, res) => res.json({ log, changes, state: store.getState() }));

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
