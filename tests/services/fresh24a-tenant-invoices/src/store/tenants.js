class Tenant {
  #invoices = new Map();
  #seq = 0;
  plan;

  constructor(slug, plan = 'free') {
    this.slug = slug;
    this.plan = plan;
  }

  get limit() {
    return { free: 3, pro: 100 }[this.plan] ?? 0;
  }

  addInvoice({ customer, amount }) {
    const invoice = { number: `${this.slug.toUpperCase()}-${String(++this.#seq).padStart(3, '0')}`, customer, amount, status: 'open', payments: [] };
    this.#invoices.set(invoice.number, invoice);
    return invoice;
  }

  invoice(number) {
    return this.#invoices.get(number);
  }

  invoices() {
    return [...this.#invoices.values()];
  }
}

const tenants = new Map([['acme', new Tenant('acme', 'pro')]]);

module.exports = {
  Tenant,
  find: (slug) => tenants.get(slug),
  create(slug, plan) {
    if (tenants.has(slug)) return null;
    const t = new Tenant(slug, plan);
    tenants.set(slug, t);
    return t;
  },
  all: () => [...tenants.values()].map((t) => ({ slug: t.slug, plan: t.plan, invoices: t.invoices().length })),
};
