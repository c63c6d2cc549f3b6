import { register } from './registry.mjs';

register({
  name: 'counter',
  hits: 0,
  onRequest(ctx) { this.hits += 1; ctx.headers['x-hits'] = String(this.hits); },
  report() { return { hits: this.hits }; },
});

register({
  name: 'paths',
  seen: new Set(),
  onRequest(ctx) { this.seen.add(ctx.path); },
  report() { return { distinct: this.seen.size, paths: [...this.seen].sort() }; },
});

register({
  name: 'quiet',
  report: () => ({ note: 'no hook' }),
});
