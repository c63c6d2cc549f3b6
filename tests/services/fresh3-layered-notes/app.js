// Notes in layers across local files: an id module whose counter is read
// through an Object.defineProperty getter on module.exports, a tag index
// written through destructured helpers, a repository singleton
// (module.exports = new NoteRepository()) updated with Object.assign, a service
// with its own error class, and controllers that just pass through.
const express = require('express');
const notes = require('./controllers/notes');

const app = express();
app.use(express.json());

const router = express.Router();
router.get('/', notes.list);
router.post('/', notes.create);
router.patch('/:id', notes.edit);
router.put('/:id/tags', notes.retag);
router.delete('/:id', notes.destroy);
router.get('/tagged/:tag', notes.byTag);
app.use('/notes', router);
app.get('/stats', notes.stats);

app.use((err, req, res, next) => {
  res.status(err.status || 500).json({ error: err.message, kind: err.name });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
