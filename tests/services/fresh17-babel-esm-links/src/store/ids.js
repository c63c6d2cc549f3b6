const ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';

function* sequence(start) {
  let n = start;
  while (true) {
    let s = '';
    let k = n;
    do {
      s = ALPHABET[k % ALPHABET.length] + s;
      k = Math.floor(k / ALPHABET.length);
    } while (k > 0);
    const reset = yield s;
    n = reset ?? n + 7;
  }
}

export const ids = sequence(1000);
export const nextId = () => ids.next().value;
export const resetIds = (n) => ids.next(n).value;
