export const name = 'reverse';
let uses = 0;
export const stats = () => ({ uses });
export default (text) => { uses += 1; return [...text].reverse().join(''); };
