export const PREFIX = 'Hello';
export default function greet(name) {
  return `${PREFIX}, ${name}!`;
}
