import { z } from 'zod';

export default {
  prefix: 'b',
  schema: z.object({
    title: z.string().trim().min(1),
    authorId: z.string(),
    year: z.number().int().min(1450).max(2030),
    tags: z.array(z.string()).default([]),
  }),
  searchable: ['title'],
  belongsTo: { authorId: 'authors' },
  defaults: { rating: null, reviews: 0 },
  hooks: {
    afterCreate({ row, repos }) {
      const author = repos.authors.get(row.authorId);
      author.bookCount = (author.bookCount ?? 0) + 1;
    },
    afterDelete({ row, repos }) {
      const author = repos.authors.get(row.authorId);
      if (author) author.bookCount -= 1;
    },
  },
};
