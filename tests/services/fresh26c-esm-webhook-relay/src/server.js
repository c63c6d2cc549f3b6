import express from 'express';
import { api } from './routes/api.js';

const app = express();
app.use(express.json());
app.use('/v1', api);
app.get('/healthz', (req, res) => res.json({ ok: true }));

const port = Number(process.env.PORT ?? 9000);
app.listen(port, () => console.log(`relay listening on ${port}`));
