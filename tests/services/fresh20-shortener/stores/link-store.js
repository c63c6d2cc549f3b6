const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';

class LinkStore {
  static #base;
  #seq = 12345;
  #byCode = new Map();
  #byUrl = new Map();

  static {
    LinkStore.#base = ALPHABET.length;
  }

  static encode(n) {
    let out = '';
    do {
      out = ALPHABET[n % LinkStore.#base] + out;
      n = Math.floor(n / LinkStore.#base);
    } while (n > 0);
    return out;
  }

  add({ url, alias, permanent }) {
    const code = alias ?? LinkStore.encode(this.#seq++);
    const link = { code, url, permanent, clicks: 0 };
    this.#byCode.set(code, link);
    this.#byUrl.set(url, link);
    return link;
  }

  get(code) {
    return this.#byCode.get(code);
  }

  findByUrl(url) {
    return this.#byUrl.get(url);
  }

  all() {
    return [...this.#byCode.values()];
  }

  remove(code) {
    const link = this.#byCode.get(code);
    if (!link) return false;
    this.#byCode.delete(code);
    if (this.#byUrl.get(link.url) === link) this.#byUrl.delete(link.url);
    return true;
  }
}

module.exports = LinkStore;
