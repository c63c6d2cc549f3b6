// Notes API as ES modules: a repository singleton (`export default new NoteRepo()`) with private
// Maps written by #methods, a model class with a static private counter, a static block, a private
// history and getters; router.param loading into res.locals; error subclasses with class fields.
import express from 'express';
import { fileURLToPath } from 'node:url';
import notes from './routes/notes.js';
import repo from './services/noteRepo.js';
import { Note } from './models/note.js';

const app = express();
app.use(express.json());

app.use('/notes', notes);
app.get('/tags', (req, res) => res.json(repo.tags));
app.get('/stats', (req, res) => res.json({ created: Note.count, kinds: Note.kinds }));

app.use((req, res) => res.status(404).type('text').send(`Cannot find ${req.path}`));

// eslint-disable-next-line no-unused-vars
app.use((err, req, res, next) => {
  res.status(err.status ?? 500).json({ error: err.name, message: err.message });
});

export default app;
if (process.argv[1] === fileURLToPath(import.meta.url)) app.listen(process.env.PORT || 8080);
