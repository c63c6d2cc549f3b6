import { ctx } from '../context.js';
import { paymentRequired, DomainError } from '../lib/errors.js';

export function usageService({ config, clock, bus }) {
  const meters = new Map(); // `${wsId}:${month}` -> { units, alerted }

  function meter(ws) {
    const key = `${ws.id}:${clock.month()}`;
    if (!meters.has(key)) meters.set(key, { units: 0, alerted: false });
    return meters.get(key);
  }

  return {
    record(ws, units) {
      if (!Number.isInteger(units) || units <= 0) throw new DomainError('bad_units', 'units must be a positive integer');
      const m = meter(ws);
      const quota = config.plans[ws.plan].monthlyUnits;
      if (m.units + units > quota) throw paymentRequired(`${quota - m.units} units left this month`);
      m.units += units;
      if (!m.alerted && m.units >= quota * config.usageAlertRatio) {
        m.alerted = true;
        bus.emit('usage.alert', { ws, units: m.units, quota });
      }
      ctx().actor.unitsRecorded = (ctx().actor.unitsRecorded ?? 0) + units;
      return { month: clock.month(), units: m.units, quota };
    },
    summary(ws) {
      return [...meters].filter(([k]) => k.startsWith(`${ws.id}:`)).map(([k, v]) => ({ month: k.split(':')[1], ...v }));
    },
  };
}
