// A help desk whose ids come from generator objects kept in module state (`ticketIds.next()`,
// `next(value)` resetting a counter, a `yield*` round-robin replaced by a request), a backlog
// iterated with for..of and `break` (its `return()` counting), destructuring from the generator,
// and tagged templates recording the queries they format, counted per template strings array.
import express from 'express';
import { fileURLToPath } from 'node:url';
import * as ids from './lib/ids.js';
import { sql, money, queryLog, templateUses } from './lib/tags.js';

const app = express();
app.use(express.json());

const tickets = new Map();

const findQuery = (id) => sql`select * from tickets where id = ${id}`;

app.post('/tickets', (req, res) => {
  const id = ids.ticketIds.next().value;
  const { value: assignee } = ids.assignees.next();
  const ticket = { id, title: req.body.title, assignee, cents: req.body.cents ?? 0 };
  tickets.set(id, ticket);
  ids.backlog.items.push(id);
  sql`insert into tickets (id, title) values (${id}, ${ticket.title})`;
  res.status(201).json(ticket);
});

app.get('/tickets/:id', (req, res) => {
  const q = findQuery(req.params.id);
  const ticket = tickets.get(req.params.id);
  if (!ticket) return res.status(404).json({ error: 'no ticket', query: q.text });
  res.json({ ...ticket, price: money`€${ticket.cents}`, query: q.text });
});

app.post('/tickets/reset', (req, res) => {
  const { value } = ids.ticketIds.next(req.body.from); // the generator resumes with a new start
  res.json({ skipped: value, issued: ids.issued });
});

app.post('/invoices', (req, res) => {
  const [first, second] = ids.invoiceIds; // destructuring pulls two, then closes the generator
  const more = ids.invoiceIds.next();
  res.status(201).json({ first, second, more, issued: ids.issued });
});

app.post('/work', (req, res) => {
  const done = [];
  for (const id of ids.backlog) {
    done.push(id);
    if (done.length === (req.body.batch ?? 2)) break;
  }
  res.json({ done, position: ids.backlog.position, closed: ids.backlog.closed });
});

app.post('/staff', (req, res) => {
  ids.restaff(req.body.staff);
  res.json({ next: ids.assignees.next().value, rounds: ids.turns.rounds });
});

app.get('/report', (req, res) => {
  res.json({
    issued: ids.issued,
    rounds: ids.turns.rounds,
    backlog: { left: ids.backlog.items.length - ids.backlog.position, closed: ids.backlog.closed },
    queries: queryLog.map((q) => q.text),
    uses: templateUses(),
  });
});

export default app;
if (process.argv[1] === fileURLToPath(import.meta.url)) app.listen(process.env.PORT || 8080);
