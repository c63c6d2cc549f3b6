// FNV-1a, so that bucketing is deterministic
export function bucket(key, buckets) {
  let h = 0x811c9dc5;
  for (const ch of key) {
    h ^= ch.charCodeAt(0);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % buckets;
}
