// Polls as ES modules: a class with a static private registry, a static block freezing defaults,
// private voters and a closed flag behind a setter counting in a static field; rankings kept in
// a subclass of Array with methods (bump sorts in place); reactions counted by closures a
// factory made, kept in a Map and called with `?.()`, exposed through an object of getters.
import express from 'express';
import { fileURLToPath } from 'node:url';
import polls from './routes/polls.js';
import { react, addReaction, reactions } from './store/reactions.js';

const app = express();
app.use(express.json());
app.use('/polls', polls);

app.post('/reactions/:name', (req, res) => {
  const count = react(req.params.name);
  if (count === null) return res.status(404).json({ error: 'unknown reaction', kinds: reactions.kinds });
  res.json({ count });
});
app.put('/reactions/:name', (req, res) => res.status(addReaction(req.params.name) ? 201 : 200).json(reactions.kinds));
app.get('/reactions', (req, res) => res.json(reactions.tally));

export default app;
if (process.argv[1] === fileURLToPath(import.meta.url)) app.listen(process.env.PORT || 8080);
