import { setTimeout as sleep } from 'node:timers/promises';

// Pretend to fetch the opening balances from somewhere slow.
export async function loadOpeningBalances() {
  await sleep(5);
  return [
    { id: 'alice', balance: 100 },
    { id: 'bob', balance: 20 },
  ];
}
