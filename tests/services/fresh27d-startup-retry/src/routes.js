const express = require('express');

module.exports = function accountRoutes(db) {
  const router = express.Router();

  router.post('/', (req, res) => {
    const { name, plan = 'free' } = req.body ?? {};
    if (!name) return res.status(400).json({ error: 'name is required' });
    if (!db.plan(plan)) return res.status(400).json({ error: `unknown plan ${plan}` });
    if (db.accounts.has(name)) return res.status(409).json({ error: 'exists' });
    db.accounts.set(name, { name, plan, used: 0 });
    db.log('created', { name, plan });
    res.status(201).json(db.accounts.get(name));
  });

  router.post('/:name/use', (req, res) => {
    const account = db.accounts.get(req.params.name);
    if (!account) return res.status(404).json({ error: 'no such account' });
    const { quota } = db.plan(account.plan);
    if (account.used >= quota) {
      db.log('refused', { name: account.name });
      return res.status(429).json({ error: 'quota exceeded', quota });
    }
    account.used += 1;
    db.log('used', { name: account.name, used: account.used });
    res.json({ ...account, left: quota - account.used });
  });

  router.put('/:name/plan', (req, res) => {
    const account = db.accounts.get(req.params.name);
    if (!account) return res.status(404).json({ error: 'no such account' });
    account.plan = req.body?.plan ?? account.plan;
    db.log('plan', { name: account.name, plan: account.plan });
    res.json(account);
  });

  router.get('/', (req, res) => res.json([...db.accounts.values()]));
  return router;
};
