import { buildApp } from './app.js';

const PORT = process.env.PORT ?? 3000;
buildApp().listen(PORT, () => console.log(`listening on http://localhost:${PORT}`));
