const contacts = new Map();
const imports = [];

export const contactRepo = {
  has: (slug) => contacts.has(slug),
  save(contact) {
    contacts.set(contact.slug, contact);
    return contact;
  },
  get: (slug) => contacts.get(slug),
  remove: (slug) => contacts.delete(slug),
  all: () => Array.from(contacts.values()),
};

export const importLog = {
  add(entry) {
    const record = { id: imports.length + 1, ...entry };
    imports.push(record);
    return record;
  },
  all: () => imports,
};
