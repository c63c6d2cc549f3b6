export function upper(s) {
  return s.toUpperCase();
}
export const lower = (s) => s.toLowerCase();
