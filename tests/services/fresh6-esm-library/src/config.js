export const LIMIT = 2;
export default { name: 'branch library' };
