import { z } from 'zod';

export default {
  prefix: 'r',
  schema: z.object({ bookId: z.string(), stars: z.number().int().min(1).max(5), text: z.string().max(200).default('') }),
  searchable: ['text'],
  belongsTo: { bookId: 'books' },
  readOnlyAfterCreate: true,
  hooks: {
    afterCreate({ row, repos }) {
      const book = repos.books.get(row.bookId);
      const stars = repos.reviews.list().filter((r) => r.bookId === book.id).map((r) => r.stars);
      book.reviews = stars.length;
      book.rating = Math.round((stars.reduce((a, b) => a + b, 0) / stars.length) * 10) / 10;
    },
  },
};
