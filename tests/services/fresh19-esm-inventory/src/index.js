import { createApp } from './app.js';
import config from '#config';

const app = createApp();

app.listen(config.port, () => {
  console.log(`inventory listening on ${config.port}`);
});
