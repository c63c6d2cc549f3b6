import { Router } from 'express';
import { getSettings, updateSettings, resetSettings, settingsHistory } from '../config/settings.js';
import { drain, undrain, health } from '../health/state.js';

export function adminRouter({ gate }) {
  const router = Router();
  router.get('/settings', (req, res) => res.json({ ...getSettings(), history: settingsHistory() }));
  router.patch('/settings', (req, res) => res.json(updateSettings(req.body)));
  router.post('/settings/reset', (req, res) => res.json(resetSettings()));
  router.post('/drain', (req, res) => {
    drain(req.query.reason ?? 'manual');
    res.json({ ready: health.ready, reasons: [...health.reasons] });
  });
  router.post('/undrain', (req, res) => {
    undrain(req.query.reason ?? 'manual');
    res.json({ ready: health.ready, reasons: [...health.reasons] });
  });
  router.get('/blocked', (req, res) => res.json({ blocked: gate.blockedCount() }));
  return router;
}
