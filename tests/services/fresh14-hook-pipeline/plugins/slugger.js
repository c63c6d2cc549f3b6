'use strict';
const taken = {};

const slugify = (title) => String(title).toLowerCase().trim().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

module.exports = {
  name: 'slugger',
  setup(api) {
    api.on('validate', (draft) => (draft.title ? null : 'title required'));
    api.on('beforeCreate', (draft) => {
      const base = slugify(draft.title);
      taken[base] = (taken[base] ?? 0) + 1;
      return { ...draft, slug: taken[base] === 1 ? base : `${base}-${taken[base]}` };
    });
  },
};
