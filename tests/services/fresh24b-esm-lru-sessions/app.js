import express from 'express';
import { fileURLToPath } from 'node:url';
import { shop, admin } from './src/routes/shop.js';

const app = express();
app.use(express.json());
app.use('/shop', shop);
app.use('/admin', admin);

export default app;
if (process.argv[1] === fileURLToPath(import.meta.url)) app.listen(process.env.PORT || 8080);
