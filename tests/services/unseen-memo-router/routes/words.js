const { Router } = require('express');
const memoize = require('../utils/memoize');
const { queueSave } = require('../utils/saver');

const slowLength = async (word) => {
  await new Promise((resolve) => setImmediate(resolve));
  return { word, length: [...word].length, upper: word.toUpperCase() };
};
const lookup = memoize(slowLength);

const router = Router();

router.param('word', (req, res, next, word) => {
  if (!/^[\p{L}-]+$/u.test(word)) return res.status(400).json({ error: `bad word: ${word}` });
  req.word = word.toLowerCase();
  next();
});

router.get('/:word', async (req, res) => {
  res.json(await lookup(req.word));
});

router.post('/:word', (req, res) => {
  queueSave(req.word);
  res.status(202).json({ queued: req.word });
});

router.get('/', (req, res) => res.json(lookup.stats));

router.delete('/', (req, res) => {
  lookup.clear();
  res.sendStatus(204);
});

module.exports = router;
