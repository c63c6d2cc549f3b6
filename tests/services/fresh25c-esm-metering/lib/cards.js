// Rate cards never change; the tiers computed from one are cached in a WeakMap keyed by the card.
export const CARDS = [
  { plan: 'starter', base: 10, steps: [100, 1000] },
  { plan: 'growth', base: 50, steps: [1000, 10000, 100000] },
];

const tiersOf = new WeakMap();
let builds = 0;

function buildTiers(card) {
  builds++;
  return card.steps.map((upTo, i) => ({ upTo, price: card.base * (i + 1) }));
}

export function tiers(card) {
  if (!tiersOf.has(card)) tiersOf.set(card, buildTiers(card));
  return tiersOf.get(card);
}

export const tierBuilds = () => builds;
