// RPC-style maintenance actions, registered by name from the table this factory returns.
export function makeActions({ repos }) {
  let runs = 0;
  return {
    recount: (req, res) => {
      runs += 1;
      const counts = {};
      for (const author of repos.authors.list()) {
        author.bookCount = repos.books.list().filter((b) => b.authorId === author.id).length;
        counts[author.id] = author.bookCount;
      }
      res.json({ run: runs, counts });
    },
    runs: (req, res) => res.json({ runs }),
  };
}
