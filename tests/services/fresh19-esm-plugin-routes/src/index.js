import { createApp } from './app.js';

const app = await createApp();
const port = Number(process.env.PORT) || 4000;
app.listen(port, () => console.log(`plugin host on ${port}`));
