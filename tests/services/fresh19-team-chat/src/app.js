'use strict';
const express = require('express');
const cors = require('cors');
const morgan = require('morgan');
const cookieParser = require('cookie-parser');
const config = require('./config');
const logger = require('./lib/logger');
const session = require('./middleware/session');
const routes = require('./routes');
const { ChatError } = require('./services/chatService');

const app = express();

const accessLog = { write: (line) => logger.info({ access: line.trim() }, 'http') };
app.use(morgan(':method :url :status', { stream: accessLog, skip: (req) => req.path === '/debug/logs' }));
app.use(cors({ origin: config.corsOrigins, credentials: true }));
app.use(express.json());
app.use(cookieParser(config.cookieSecret));
app.use(session);
app.use('/api', routes);

app.use((err, req, res, next) => {
  if (err instanceof ChatError) return res.status(err.status).json({ error: err.message });
  logger.error({ err: err.message }, 'unhandled');
  return res.status(500).json({ error: 'internal' });
});

module.exports = app;
