import * as history from '../services/history.js';

export function versionStamp(req, res, next) {
  res.on('finish', () => {});
  res.set('x-board-version', String(history.version));
  next();
}
