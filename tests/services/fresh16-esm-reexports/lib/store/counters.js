export let loans = 0;
export let returns = 0;
export const byMember = new Map();

export function countLoan(member) {
  loans++;
  byMember.set(member, (byMember.get(member) ?? 0) + 1);
  return loans;
}

export function countReturn() {
  returns += 1;
  return returns;
}

export function resetCounters() {
  loans = 0;
  returns = 0;
  byMember.clear();
}
