// rxjs 7 as an in-memory pub/sub and store: a BehaviorSubject of the cart state fed by a
// Subject of actions through `scan`, a ReplaySubject keeping the last 3 notifications,
// subscriptions per topic made and ended by requests (kept in a module Map), operators
// (filter, map, distinctUntilChanged, bufferCount, take), firstValueFrom/lastValueFrom and
// an Observable of the service's own with its teardown.
const express = require('express');
const { Subject, BehaviorSubject, ReplaySubject, Observable, firstValueFrom, lastValueFrom, from } = require('rxjs');
const { scan, filter, map, distinctUntilChanged, bufferCount, take, startWith, toArray, reduce } = require('rxjs/operators');

const actions$ = new Subject();
const cart$ = new BehaviorSubject({ items: {}, version: 0 });
actions$.pipe(
  scan((state, action) => {
    const items = { ...state.items };
    if (action.type === 'add') items[action.sku] = (items[action.sku] || 0) + action.qty;
    if (action.type === 'remove') delete items[action.sku];
    return { items, version: state.version + 1 };
  }, cart$.getValue()),
).subscribe(cart$);

const notices$ = new ReplaySubject(3);
cart$.pipe(
  map((s) => Object.keys(s.items).length),
  distinctUntilChanged(),
).subscribe((n) => notices$.next(`distinct skus: ${n}`));

const batches = [];
actions$.pipe(bufferCount(2)).subscribe((pair) => batches.push(pair.map((a) => a.type)));

const inbox = new Map();          // topic -> received messages
const subscriptions = new Map();  // topic -> Subscription
const events$ = new Subject();
let teardowns = 0;

const app = express();
app.use(express.json());

app.post('/cart/actions', (req, res) => {
  actions$.next(req.body);
  res.json(cart$.getValue());
});

app.get('/cart', (req, res) => res.json({ cart: cart$.value, batches }));

app.get('/notices', async (req, res) => {
  const seen = await firstValueFrom(notices$.pipe(take(3), toArray()));
  res.json(seen);
});

app.post('/topics/:topic/subscribe', (req, res) => {
  const { topic } = req.params;
  if (subscriptions.has(topic)) return res.status(409).json({ error: 'already subscribed' });
  inbox.set(topic, []);
  const sub = events$.pipe(
    filter((e) => e.topic === topic),
    map((e) => e.text.toUpperCase()),
  ).subscribe((text) => inbox.get(topic).push(text));
  sub.add(() => { teardowns += 1; });
  subscriptions.set(topic, sub);
  res.status(201).json({ topics: [...subscriptions.keys()], observed: events$.observed });
});

app.post('/publish', (req, res) => {
  events$.next(req.body);
  res.json({ delivered: subscriptions.has(req.body.topic), subscribers: [...subscriptions.keys()] });
});

app.delete('/topics/:topic', (req, res) => {
  const sub = subscriptions.get(req.params.topic);
  if (!sub) return res.status(404).json({ error: 'not subscribed' });
  sub.unsubscribe();
  subscriptions.delete(req.params.topic);
  res.json({ closed: sub.closed, teardowns, observed: events$.observed });
});

app.get('/inbox', (req, res) => res.json(Object.fromEntries(inbox)));

app.get('/countdown/:n', async (req, res) => {
  const ticks = [];
  const countdown$ = new Observable((subscriber) => {
    let n = Number(req.params.n);
    const timer = setInterval(() => {
      subscriber.next(n);
      n -= 1;
      if (n < 0) subscriber.complete();
    }, 2);
    return () => { clearInterval(timer); ticks.push('cleared'); };
  });
  const total = await lastValueFrom(countdown$.pipe(startWith(100), reduce((a, b) => a + b, 0)));
  const firstTwo = await firstValueFrom(from([7, 8, 9]).pipe(take(2), toArray()));
  res.json({ total, ticks, firstTwo });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
