const express = require('express');
const validate = require('../lib/validate');

const noteSchema = Object.freeze({
  title: { type: 'string', required: true, min: 1 },
  body: { type: 'string' },
  tags: { type: 'array', items: 'string' },
});
const tagSchema = { label: { type: 'string', required: true, min: 2 } };

const notesRoutes = (ctrl) =>
  express.Router()
    .get('/', ctrl.list)
    .post('/', validate(noteSchema), ctrl.create)
    .get('/:id', ctrl.show)
    .patch('/:id', validate(noteSchema, { partial: true }), ctrl.patch)
    .delete('/:id', ctrl.remove);

function tagsRoutes(ctrl) {
  const router = express.Router();
  router.get('/', ctrl.index);
  router.post('/', validate(tagSchema), ctrl.create);
  router.put('/:label', validate(tagSchema), ctrl.rename);
  return router;
}

// the reporting routes only read what the container made
function adminRoutes({ audit, stats, clock }) {
  const router = express.Router();
  router.get('/audit', (req, res) => res.json({ entries: audit.slice(-(Number(req.query.last) || audit.length)) }));
  router.get('/stats', (req, res) => res.json({ ...stats, events: audit.length, now: clock.ticks }));
  return router;
}

module.exports = function routes(container) {
  const api = express.Router();
  api.use('/notes', notesRoutes(container.notesController));
  api.use('/tags', tagsRoutes(container.tagsController));
  api.use('/admin', adminRoutes(container));
  return api;
};
