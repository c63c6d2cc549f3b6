import { createGateway } from './gateway.js';
import { config } from '#core/config';

createGateway().listen(config.port, () => console.log(`gateway on :${config.port}`));
