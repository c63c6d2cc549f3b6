import { Denied, Missing, NeedsPrecondition, Stale } from '../lib/errors.js';

export function createNotesService({ repos, clock, bus, sharing }) {
  const canRead = (auth, note) => note.ownerId === auth.userId || auth.role === 'admin' || sharing.permissionFor(auth, note.id) !== null;
  const canEdit = (auth, note) => note.ownerId === auth.userId || sharing.permissionFor(auth, note.id) === 'edit';

  const view = (note) => ({
    id: note.id,
    title: note.title,
    body: note.body,
    tags: note.tags,
    version: note.versions.length,
    owner: note.ownerName,
    updatedAt: note.updatedAt,
  });

  function load(auth, id) {
    const note = repos.notes.find(auth.tenant, id);
    if (!note || note.deleted) throw new Missing(`note ${id}`);
    if (!canRead(auth, note)) throw new Missing(`note ${id}`);
    return note;
  }

  return {
    view,
    load,
    create(auth, { title, body, tags }) {
      const note = repos.notes.add(auth.tenant, {
        title,
        body,
        tags,
        ownerId: auth.userId,
        ownerName: auth.username,
        versions: [{ title, body, by: auth.username, at: clock.iso() }],
        updatedAt: clock.iso(),
        deleted: false,
      });
      bus.emit('note.created', { tenant: auth.tenant, actor: auth.username, noteId: note.id });
      return view(note);
    },

    update(auth, id, patch, ifMatch) {
      const note = load(auth, id);
      if (!canEdit(auth, note)) throw new Denied('read-only share');
      if (!ifMatch) throw new NeedsPrecondition('send If-Match with the version you edited');
      const expected = Number(String(ifMatch).replace(/^W\//, '').replaceAll('"', '').replace(/^v/, ''));
      if (expected !== note.versions.length) {
        throw new Stale(`note ${id} is at version ${note.versions.length}`, { current: note.versions.length });
      }
      Object.assign(note, patch, { updatedAt: clock.iso() });
      note.versions.push({ title: note.title, body: note.body, by: auth.username, at: clock.iso() });
      bus.emit('note.updated', { tenant: auth.tenant, actor: auth.username, noteId: id, version: note.versions.length });
      return view(note);
    },

    history(auth, id) {
      return load(auth, id).versions.map((v, i) => ({ version: i + 1, by: v.by, at: v.at, title: v.title }));
    },

    remove(auth, id) {
      const note = load(auth, id);
      if (note.ownerId !== auth.userId && auth.role !== 'admin') throw new Denied('only the owner or an admin deletes');
      note.deleted = true;
      bus.emit('note.deleted', { tenant: auth.tenant, actor: auth.username, noteId: id });
      return { id, deleted: true };
    },

    visible(auth) {
      return repos.notes.list(auth.tenant, (n) => !n.deleted && canRead(auth, n));
    },
  };
}
