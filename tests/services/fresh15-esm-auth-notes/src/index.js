import { app } from './app.js';
import { config } from './config.js';

app.listen(config.port, () => {
  console.log(`auth-notes listening on :${config.port}`);
});
