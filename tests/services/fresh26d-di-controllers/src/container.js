const Clock = require('./lib/clock');
const InMemoryRepo = require('./lib/repo');
const NotesController = require('./controllers/NotesController');
const TagsController = require('./controllers/TagsController');

function createContainer() {
  const clock = new Clock();
  const notes = new InMemoryRepo('notes', clock);
  const tags = new InMemoryRepo('tags', clock);
  const audit = [];
  const stats = { created: 0, deleted: 0 };
  const record = (action, id) => audit.push(`${clock.ticks}:${action}:${id}`);
  return {
    clock,
    audit,
    stats,
    notesController: new NotesController({ notes, tags, record, stats }),
    tagsController: new TagsController(tags, record),
  };
}

module.exports = { createContainer };
