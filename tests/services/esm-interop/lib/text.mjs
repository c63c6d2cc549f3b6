export const SEPARATOR = ' | ';
export const join = (...parts) => parts.join(SEPARATOR);
export default { name: 'text helpers' };
