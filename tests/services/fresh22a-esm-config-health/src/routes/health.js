import { Router } from 'express';
import { health } from '../health/state.js';
import { config } from '../config/index.js';

export const healthRouter = Router();

healthRouter.get('/livez', (req, res) => {
  health.checks++;
  res.status(health.live ? 200 : 500).json({ live: health.live });
});

healthRouter.get('/readyz', (req, res) => {
  health.checks++;
  res.status(health.ready ? 200 : 503).json({
    service: config.serviceName,
    ready: health.ready,
    reasons: [...health.reasons],
    checks: health.checks,
  });
});
