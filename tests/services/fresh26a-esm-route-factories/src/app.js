// Route factories, as a 2025 project lays them out: each routes module exports a function that takes its
// service, makes its controller (class field arrows over public and private fields) and returns a Router; the
// services are made once here and shared (the carts service reads the catalog).
import express from 'express';
import { fileURLToPath } from 'node:url';
import { CatalogService, CartService } from './services/catalog.js';
import productRoutes from './routes/products.js';
import { cartRoutes } from './routes/carts.js';

const catalog = new CatalogService();

const app = express();
app.use(express.json());
app.use('/products', productRoutes(catalog));
app.use('/carts', cartRoutes(new CartService(catalog)));
app.use((err, req, res, next) => res.status(err.status ?? 500).json({ error: err.status ? err.message : 'internal' }));

export default app;
if (process.argv[1] === fileURLToPath(import.meta.url)) app.listen(process.env.PORT || 8080);
