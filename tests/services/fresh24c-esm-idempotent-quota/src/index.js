import { buildApp } from './app.js';

const { app } = buildApp({ quotaPerKey: 5 });
app.listen(Number(process.env.PORT ?? 3000));
