import { createApp } from './app.js';
import { config } from '#config';

const app = await createApp();
app.listen(config.port, () => console.log(`notes-api listening on :${config.port}`));
