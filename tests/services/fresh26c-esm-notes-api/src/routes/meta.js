import { Router } from 'express';
import pkg from '../../package.json' with { type: 'json' };
import { ids, NoteStore } from '#lib/index';
import { store, stats } from '../db.js';

export const prefix = '/meta';
export const router = Router();

router.get('/', (req, res) => {
  res.json({
    name: pkg.name,
    version: pkg.version,
    stores: NoteStore.created,
    notes: store.size,
    storeVersion: store.version,
    idsIssued: ids.issued(),
    trash: store.trash,
    ...stats,
  });
});
