import { app } from './app.js';
import config from '#config';

app.listen(config.port, () => console.log(`flagd-lite (${config.environment}) on ${config.port}`));
