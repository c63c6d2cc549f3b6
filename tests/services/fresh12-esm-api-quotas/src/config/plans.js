export const plans = Object.freeze({
  free: Object.freeze({ limit: 5, alertAt: 0.8 }),
  pro: Object.freeze({ limit: 20, alertAt: 0.9 }),
});

export const keys = new Map([
  ['k-alice', { owner: 'alice', plan: 'free' }],
  ['k-bob', { owner: 'bob', plan: 'pro' }],
]);
