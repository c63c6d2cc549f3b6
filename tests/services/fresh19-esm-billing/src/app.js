import express from 'express';
import invoices from './routes/invoices.js';
import { apiVersion } from './middleware/apiVersion.js';
import { clients } from './controllers/invoices.js';

const app = express();

app.use(express.json());
app.use(apiVersion);
app.use('/invoices', invoices);
app.get('/meta/clients', clients);

app.use((err, req, res, _next) => {
  res.status(err.status || 500).json({ error: err.expose ? err.message : 'internal error' });
});

export default app;
