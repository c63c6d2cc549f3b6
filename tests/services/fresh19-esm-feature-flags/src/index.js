import { app } from './app.js';
import config from '#config';

app.listen(config.port, () => console.log(`flagship on ${config.port}`));
