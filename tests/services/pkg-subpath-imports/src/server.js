// An ES module project that names its own modules by package.json "imports" (subpath imports:
// `#lib/*` patterns, `#config`, a conditional `#store`), as Node.js resolves them.
import express from 'express';
import { count, bump } from '#lib/counter';
import { slugify } from '#lib/text';
import config from '#config';
import * as store from '#store';

const app = express();
app.use(express.json());

app.post('/bump', (req, res) => res.json({ n: bump() }));
app.get('/count', (req, res) => res.json({ count: count(), name: config.name }));
app.post('/notes', (req, res) => res.status(201).json({ id: store.add(slugify(req.body.text)) }));
app.get('/notes', (req, res) => res.json(store.all()));

app.listen(config.port);
