// Imported for its effects: routes on the shared router, in import order.
import { router } from '../lib/router.js';
import { note, trail } from '../lib/trail.js';

note('setup');
router.get('/trail', (req, res) => {
  res.json(trail);
});
