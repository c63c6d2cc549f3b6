import express from 'express';
import * as contacts from '../controllers/contacts.js';

export const router = express.Router();

router.post('/imports', express.text({ type: 'text/csv' }), contacts.upload);
router.get('/imports', contacts.history);
router.get('/contacts', contacts.list);
router.get('/contacts.csv', contacts.download);
router.get('/contacts/:slug', contacts.show);
router.delete('/contacts/:slug', contacts.remove);
router.get('/summary', contacts.summary);
