// A notes API started by an async main(): it reads a seed file, builds the service and the controller
// (class field arrows handed to the router as they are) in its own locals, registers the routes, listens.
const path = require('node:path');
const { readFile } = require('node:fs/promises');
const express = require('express');
const { NotesService, NotesController } = require('./notes');

async function main() {
  const seed = JSON.parse(await readFile(path.join(__dirname, '..', 'data', 'seed.json'), 'utf8'));
  const service = new NotesService(seed);
  const notes = new NotesController(service);

  const app = express();
  app.use(express.json());
  app.get('/notes', notes.list);
  app.post('/notes', notes.create);
  app.post('/notes/:id/pin', notes.pin);
  app.put('/notes/:id/notebook/:notebook', notes.move);
  app.get('/notebooks', notes.notebooks);
  app.use((err, req, res, next) => res.status(err.status ?? 500).json({ error: err.status ? err.message : 'internal' }));

  const port = Number(process.env.PORT ?? 3000);
  app.listen(port, () => console.log(`notes on ${port}`));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
