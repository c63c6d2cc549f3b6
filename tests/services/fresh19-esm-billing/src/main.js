import app from './app.js';
import { PORT } from './config.js';

app.listen(PORT, () => {
  console.info(`billing-api listening on ${PORT}`);
});
