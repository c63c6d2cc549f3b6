'use strict';
const { Router } = require('express');
const { nextCode, issued } = require('#lib/codes');
const store = require('#lib/store');
const clicks = require('#lib/clicks');

const router = Router();

router.post('/links', async (req, res, next) => {
  try {
    const { url, code: wanted } = req.body ?? {};
    let parsed;
    try {
      parsed = new URL(url);
    } catch {
      return res.status(400).json({ error: 'invalid url' });
    }
    if (!['http:', 'https:'].includes(parsed.protocol)) return res.status(400).json({ error: `no ${parsed.protocol} links` });
    const code = wanted ?? nextCode();
    if (store.links.has(code)) return res.status(409).json({ error: `${code} is taken` });
    const link = await store.save({ code, url: parsed.href, disabled: false });
    res.status(201).json({ ...link, short: `/${code}`, issued: issued() });
  } catch (err) {
    next(err);
  }
});

router.get('/links/_cache', async (req, res) => res.json(await store.cached()));

router.delete('/links/:code', async (req, res, next) => {
  try {
    res.json(await store.disable(req.params.code));
  } catch (err) {
    next(err);
  }
});

router.get('/stats', async (req, res) => res.json(await clicks.stats()));

router.get('/:code', async (req, res, next) => {
  try {
    const { url, from } = await store.resolve(req.params.code);
    await clicks.record(req.params.code, req.get('referer'));
    res.set('x-cache', from).redirect(302, url);
  } catch (err) {
    next(err);
  }
});

module.exports = router;
