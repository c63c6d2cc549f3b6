import { promisify } from 'node:util';
import { activity } from './history.js';

const feed = [];
for (const kind of ['did', 'undid', 'redid']) activity.on(kind, (label) => feed.push(`${kind} ${label}`));

function exportFeed(format, cb) {
  setImmediate(() => {
    if (format !== 'text' && format !== 'json') return cb(new Error(`unsupported format ${format}`));
    cb(null, format === 'text' ? feed.join('\n') : JSON.stringify(feed));
  });
}

export const exportFeedAsync = promisify(exportFeed);
