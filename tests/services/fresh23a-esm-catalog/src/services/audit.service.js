class AuditService {
  #entries = [];
  #byAction = {};

  record(action, productId, detail) {
    this.#entries.push({ seq: this.#entries.length + 1, action, productId, ...detail });
    this.#byAction[action] = (this.#byAction[action] ?? 0) + 1;
  }

  tail(n = 5) {
    return { total: this.#entries.length, byAction: { ...this.#byAction }, last: this.#entries.slice(-n) };
  }
}

export default new AuditService();
