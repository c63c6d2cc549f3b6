import { buildApp } from './app.js';

const port = Number(process.env.PORT ?? 8000);
buildApp().listen(port, () => console.log(`subscriptions listening on ${port}`));
