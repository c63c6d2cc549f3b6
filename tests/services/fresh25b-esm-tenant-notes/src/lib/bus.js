// A bus with wildcard subscriptions: on('note.*'), on('*').
export class PatternBus {
  #subs = [];
  delivered = 0;

  on(pattern, handler) {
    const re = new RegExp(`^${pattern.replaceAll('.', '\\.').replaceAll('*', '[^.]+')}$`);
    const sub = { pattern, re: pattern === '*' ? /.*/ : re, handler };
    this.#subs.push(sub);
    return () => {
      this.#subs = this.#subs.filter((s) => s !== sub);
    };
  }

  emit(name, event) {
    for (const sub of this.#subs) {
      if (sub.re.test(name)) {
        this.delivered += 1;
        sub.handler({ name, ...event });
      }
    }
  }
}
