import Router from 'express-promise-router';
import * as c from '../controllers/invoices.js';

const router = Router();

router.post('/', c.create);
router.get('/report', c.report);
router.post('/undo', c.undo);
router.get('/:number', c.show);
router.post('/:number/lines', c.addLine);
router.post('/:number/issue', c.issue);

export default router;
