// Validation and audit hooks; keeps its own counters in a closure made per register.
export default {
  name: 'hooks',
  register(app, ctx) {
    const seen = { validated: 0, banned: 0, added: [] };
    const banned = new Set(['spam']);
    ctx.on('note:validate', async (text) => {
      seen.validated++;
      await null;
      const ok = !banned.has(text.toLowerCase());
      if (!ok) seen.banned++;
      return ok;
    });
    ctx.on('note:added', (note) => {
      seen.added.push(note.id);
    });
    app.post('/hooks/ban/:word', (req, res) => {
      banned.add(req.params.word.toLowerCase());
      res.json({ banned: [...banned] });
    });
    ctx.registry.push({ plugin: 'hooks', stats: () => ({ ...seen, added: [...seen.added] }) });
  },
};
