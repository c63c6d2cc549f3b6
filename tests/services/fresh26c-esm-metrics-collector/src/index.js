import express from 'express';
import { router } from './http/routes.js';

const app = express();
app.use(express.json({ limit: '256kb' }));
app.use(router);

const port = Number(process.env.PORT ?? 9464);
app.listen(port, () => console.log(`collector on :${port}`));
