'use strict';

const express = require('express');
const defaultConfig = require('./config');
const { createRepos } = require('./repositories');
const { createLogger } = require('./lib/logger');
const { createMetrics } = require('./lib/metrics');
const { SandboxBank } = require('./clients/sandboxBank');
const { LedgerService } = require('./services/ledgerService');
const { PayoutService } = require('./services/payoutService');
const { startOutboxRelay } = require('./workers/outboxRelay');
const errors = require('./middleware/errors');
const sellerRoutes = require('./routes/sellers');
const payoutRoutes = require('./routes/payouts');

function createApp({ config = defaultConfig, repos = createRepos(), bank = new SandboxBank(config.provider.script), startWorkers = true } = {}) {
  const { logger, sink } = createLogger(config.logLevel);
  const metrics = createMetrics({ outboxPending: () => repos.outbox.where((m) => !m.relayed).length });
  const ledger = new LedgerService({ repos, config });
  const payouts = new PayoutService({ repos, config, ledger, bank, metrics, logger });
  const deliveries = [];
  const relay = startWorkers ? startOutboxRelay({ repos, config, logger, deliveries, busy: () => payouts.inFlight > 0 }) : null;

  const app = express();
  app.use(metrics.track);
  app.use(express.json());
  app.use('/sellers', sellerRoutes({ ledger, payouts, repos }));
  app.use('/payouts', payoutRoutes({ payouts }));

  app.get('/_receiver/deliveries', (req, res) => {
    res.json({ count: deliveries.length, relayRan: relay ? relay.runs() > 0 : false, deliveries });
  });
  app.get('/_bank/transfers', (req, res) => res.json({ calls: bank.calls, transfers: bank.transfers }));
  app.get('/_logs', (req, res) => res.json(sink.lines.slice(-Number(req.query.n ?? 10))));
  app.put('/_logs/level', (req, res) => {
    logger.level = req.body.level;
    res.json({ level: logger.level });
  });
  app.get('/metrics', async (req, res) => {
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });

  app.use((req, res) => res.status(404).json({ error: 'not_found', message: req.path }));
  app.use(errors(logger));
  return app;
}

module.exports = { createApp };
