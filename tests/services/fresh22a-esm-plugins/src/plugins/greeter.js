let greeted = 0;
const byName = {};

export default {
  name: 'greeter',
  register(app, ctx) {
    app.get('/greet/:who', (req, res) => {
      greeted++;
      byName[req.params.who] = (byName[req.params.who] ?? 0) + 1;
      res.json({ text: `${ctx.settings.greeting}, ${req.params.who}`, times: byName[req.params.who] });
    });
    ctx.registry.push({ plugin: 'greeter', stats: () => ({ greeted, names: Object.keys(byName).length }) });
  },
};
