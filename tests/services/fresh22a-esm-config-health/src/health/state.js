// Liveness/readiness flags, flipped by start-up and by the admin routes.
export const health = {
  live: true,
  ready: false,
  reasons: new Set(['starting']),
  checks: 0,
};

export function markReady() {
  health.ready = true;
  health.reasons.delete('starting');
}

export function drain(reason) {
  health.ready = false;
  health.reasons.add(reason);
}

export function undrain(reason) {
  health.reasons.delete(reason);
  health.ready = health.reasons.size === 0;
}
