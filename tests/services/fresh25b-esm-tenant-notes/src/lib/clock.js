export function createClock(startAt) {
  let ms = Date.parse(startAt);
  return {
    now: () => ms,
    iso: () => new Date(ms).toISOString(),
    advance: (deltaMs) => {
      ms += deltaMs;
      return ms;
    },
  };
}
