import { buildServer } from './http/server.js';
import { settings } from './settings.js';

const app = buildServer();
app.listen(settings.port, () => console.info(`report-jobs :${settings.port} (concurrency ${settings.concurrency})`));
