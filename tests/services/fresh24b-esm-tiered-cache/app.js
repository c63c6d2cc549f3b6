import express from 'express';
import { fileURLToPath } from 'node:url';
import products from './src/products.js';

const app = express();
app.use(express.json());
app.use('/api', products);

export default app;
if (process.argv[1] === fileURLToPath(import.meta.url)) app.listen(process.env.PORT || 8080);
