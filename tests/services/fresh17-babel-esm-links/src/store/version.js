export let version = 0;
export let lastChange = null;

export function bump(reason) {
  version += 1;
  lastChange = reason;
  return version;
}
