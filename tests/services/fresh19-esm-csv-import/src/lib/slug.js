import slugify from 'slugify';

slugify.extend({ '&': 'and', '@': 'at' });

export const toSlug = (value) => slugify(value, { lower: true, strict: true });
