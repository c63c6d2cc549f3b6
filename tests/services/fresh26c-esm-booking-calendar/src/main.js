import config from '#config';
import { buildApp } from './app.js';

const app = await buildApp();
app.listen(config.port, () => console.log(`calendar on :${config.port} (${config.tz})`));
