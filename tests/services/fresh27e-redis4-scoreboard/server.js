import { app } from './routes.js';
import { connectAll } from './redis.js';

const port = process.env.PORT ?? 3000;
await connectAll();
app.listen(port, () => console.log(`scoreboard on :${port}`));
