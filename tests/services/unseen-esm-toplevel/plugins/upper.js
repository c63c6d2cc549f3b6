export const name = 'upper';
export default (text) => text.toUpperCase();
