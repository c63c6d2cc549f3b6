// Seat bookings in an RxJS store: a Subject of actions scanned by a reducer into a
// BehaviorSubject; handlers dispatch and read getValue(). Subscriptions made in main write module
// state (an occupancy log through map + distinctUntilChanged, a release counter), one made by a
// request is unsubscribed by a later one.
import express from 'express';
import { fileURLToPath } from 'node:url';
import { state$, dispatch, occupancy$, releases$ } from './state/store.js';

const app = express();
app.use(express.json());

const occupancyLog = [];
occupancy$.subscribe((n) => occupancyLog.push(n));

let released = 0;
releases$.subscribe(() => { released += 1; });

let watcher = null;
const watched = [];

app.post('/seats/:seat', (req, res) => {
  const s = dispatch({ type: 'book', seat: req.params.seat, who: req.body.who });
  const holder = s.seats[req.params.seat];
  res.status(holder === req.body.who ? 201 : 202).json({ holder, waitlist: s.waitlist, version: s.version });
});

app.delete('/seats/:seat', (req, res) => {
  const s = dispatch({ type: 'release', seat: req.params.seat });
  res.json({ holder: s.seats[req.params.seat] ?? null, version: s.version });
});

app.post('/watch', (req, res) => {
  if (watcher) return res.status(409).json({ error: 'already watching' });
  watcher = state$.subscribe((s) => watched.push(s.version));
  res.json({ watching: true, watched });
});

app.delete('/watch', (req, res) => {
  watcher?.unsubscribe();
  watcher = null;
  res.json({ watched });
});

app.get('/stats', (req, res) => res.json({ ...state$.getValue(), occupancyLog, released }));

export default app;
if (process.argv[1] === fileURLToPath(import.meta.url)) app.listen(process.env.PORT || 8080);
