// A class plugin: the counters live on the instance.
class CounterPlugin {
  name = 'counter';
  counts = new Map();
  total = 0;

  register(app, ctx) {
    app.post('/count/:key', this.bump);
    app.get('/count', (req, res) => res.json(Object.fromEntries(this.counts)));
    ctx.on('note:added', () => this.#add('notes'));
    ctx.registry.push({ plugin: this.name, stats: () => ({ total: this.total, keys: this.counts.size }) });
  }

  #add(key, by = 1) {
    this.counts.set(key, (this.counts.get(key) ?? 0) + by);
    this.total += by;
    return this.counts.get(key);
  }

  bump = (req, res) => {
    const by = Number(req.query.by ?? 1);
    res.json({ key: req.params.key, value: this.#add(req.params.key, by) });
  };
}

export default new CounterPlugin();
