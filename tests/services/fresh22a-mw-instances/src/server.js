'use strict';

const express = require('express');
const rateLimit = require('./middleware/rateLimit');
const requestId = require('./middleware/requestId');
const MemoCache = require('./middleware/memoCache');
const { tally, stamp } = require('./middleware/locals');
const itemsRouter = require('./routes/items');

const app = express();
app.locals.instanceName = process.env.INSTANCE_NAME || 'primary';
app.locals.counters = {};

const booksLimiter = rateLimit({ limit: 2, name: 'books' });
const toolsLimiter = rateLimit({ limit: 3, window: 4, name: 'tools' });
const booksCache = new MemoCache({ max: 2 });
const toolsCache = new MemoCache({ max: 1 });

app.use(express.json());
app.use(stamp);
app.use('/books', requestId({ prefix: 'bk' }), tally('books'), booksLimiter, booksCache.middleware, itemsRouter('book'));
app.use('/tools', requestId({ prefix: 'tl' }), tally('tools'), toolsLimiter, toolsCache.middleware, itemsRouter('tool'));

app.get('/stats', (req, res) => {
  res.json({
    counters: req.app.locals.counters,
    limiters: [booksLimiter.snapshot(), toolsLimiter.snapshot()],
    caches: {
      books: { hits: booksCache.hits, misses: booksCache.misses, size: booksCache.size },
      tools: { hits: toolsCache.hits, misses: toolsCache.misses, size: toolsCache.size },
    },
    trail: res.locals.trail,
  });
});

app.listen(process.env.PORT || 3000);
