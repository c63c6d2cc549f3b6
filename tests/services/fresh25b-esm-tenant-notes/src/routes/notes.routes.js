import { Router } from 'express';
import { body, noteInput, notePatch, shareInput } from '../middleware/validate.js';

export function notesRouter({ notes, sharing, search }) {
  const router = Router();

  router.get('/', (req, res) => {
    const visible = notes.visible(req.auth);
    let rows = visible;
    if (req.query.q) {
      const { ids, cached } = search.search(req.auth.tenant, String(req.query.q));
      res.set('X-Search-Cache', cached ? 'hit' : 'miss');
      rows = visible.filter((n) => ids.includes(n.id));
    }
    if (req.query.tag) rows = rows.filter((n) => n.tags.includes(req.query.tag));
    const order = req.query.order === 'title' ? (a, b) => a.title.localeCompare(b.title) : (a, b) => b.updatedAt.localeCompare(a.updatedAt) || b.id.localeCompare(a.id);
    res.json(rows.toSorted(order).map((n) => ({ id: n.id, title: n.title, owner: n.ownerName, version: n.versions.length })));
  });

  router.post('/', body(noteInput), (req, res) => {
    const note = notes.create(req.auth, req.body);
    res.status(201).location(`/notes/${note.id}`).set('ETag', `"v${note.version}"`).json(note);
  });

  router.get('/:id', (req, res) => {
    const note = notes.view(notes.load(req.auth, req.params.id));
    res.set('ETag', `"v${note.version}"`).json(note);
  });

  router.patch('/:id', body(notePatch), (req, res) => {
    const note = notes.update(req.auth, req.params.id, req.body, req.get('if-match'));
    res.set('ETag', `"v${note.version}"`).json(note);
  });

  router.delete('/:id', (req, res) => res.json(notes.remove(req.auth, req.params.id)));
  router.get('/:id/history', (req, res) => res.json(notes.history(req.auth, req.params.id)));

  router.post('/:id/shares', body(shareInput), (req, res) => {
    res.status(201).json(sharing.share(req.auth, notes.load(req.auth, req.params.id), req.body));
  });
  router.delete('/:id/shares/:username', (req, res) => {
    res.json(sharing.revoke(req.auth, notes.load(req.auth, req.params.id), req.params.username));
  });
  router.post('/:id/link', (req, res) => {
    res.status(201).json(sharing.link(req.auth, notes.load(req.auth, req.params.id)));
  });

  return router;
}
