import { z } from 'zod';

export default {
  prefix: 'a',
  schema: z.object({ name: z.string().trim().min(2), country: z.string().length(2).toUpperCase() }),
  searchable: ['name'],
  hooks: {
    beforeDelete({ row, repos }) {
      const books = repos.books.list().filter((b) => b.authorId === row.id);
      if (books.length) return `author has ${books.length} book(s)`;
      return null;
    },
  },
};
