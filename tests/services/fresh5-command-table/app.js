// A ledger driven by a command table: `handlers[req.body.type](state, payload)`
// picks a reducer by the request's type, reducers live in an object and return
// the next state, an `undo` command pops a history of previous states, and a
// second table maps query names to selector functions (`selectors[name](state)`).
const express = require('express');

const initial = { balances: {}, entries: [], version: 0 };
let state = initial;
const history = [];

const handlers = {
  open(s, { account, amount = 0 }) {
    if (s.balances[account] !== undefined) throw new Error(`account ${account} exists`);
    return { ...s, balances: { ...s.balances, [account]: amount } };
  },
  deposit(s, { account, amount }) {
    return { ...s, balances: { ...s.balances, [account]: (s.balances[account] ?? 0) + amount },
      entries: [...s.entries, `+${amount} ${account}`] };
  },
  withdraw(s, { account, amount }) {
    if ((s.balances[account] ?? 0) < amount) throw new Error('insufficient funds');
    return handlers.deposit(s, { account, amount: -amount });
  },
  transfer(s, { from, to, amount }) {
    return ['withdraw', 'deposit'].reduce(
      (acc, type, i) => handlers[type](acc, { account: i === 0 ? from : to, amount }), s);
  },
};

const selectors = {
  total: (s) => Object.values(s.balances).reduce((a, b) => a + b, 0),
  richest: (s) => Object.entries(s.balances).sort(([, a], [, b]) => b - a)[0]?.[0] ?? null,
  accounts: (s) => Object.keys(s.balances).sort(),
  last: (s) => s.entries.at(-1) ?? null,
};

function dispatch(command) {
  const handler = Object.hasOwn(handlers, command.type) ? handlers[command.type] : null;
  if (!handler) {
    const err = new Error(`unknown command ${command.type}`);
    err.status = 400;
    throw err;
  }
  const next = handler(state, command.payload ?? {});
  history.push(state);
  state = { ...next, version: state.version + 1 };
  return state;
}

const app = express();
app.use(express.json());

app.post('/commands', (req, res) => {
  try {
    const { version, balances } = dispatch(req.body);
    res.status(201).json({ version, balances });
  } catch (err) {
    res.status(err.status ?? 409).json({ error: err.message, version: state.version });
  }
});

app.post('/commands/batch', (req, res) => {
  const results = req.body.map((cmd) => {
    try {
      return dispatch(cmd).version;
    } catch (err) {
      return err.message;
    }
  });
  res.json({ results, total: selectors.total(state) });
});

app.post('/undo', (req, res) => {
  if (history.length === 0) return res.status(409).json({ error: 'nothing to undo' });
  state = history.pop();
  res.json({ version: state.version, balances: state.balances });
});

app.get('/select/:name', (req, res) => {
  const select = selectors[req.params.name];
  if (typeof select !== 'function') return res.status(404).json({ error: 'no such selector' });
  res.json({ [req.params.name]: select(state) });
});

app.get('/state', (req, res) => res.json({ ...state, undoable: history.length, pristine: state === initial }));

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
