import { createHmac, timingSafeEqual } from 'node:crypto';
import { BadInput, Denied, Missing } from '../lib/errors.js';

export function createSharingService({ repos, clock, bus, config }) {
  const sign = (payload) => createHmac('sha256', config.linkSecret).update(payload).digest('base64url').slice(0, 16);
  const linkUses = new Map();

  return {
    permissionFor(auth, noteId) {
      return repos.shares.list(auth.tenant, (s) => s.noteId === noteId && s.userId === auth.userId)[0]?.permission ?? null;
    },

    share(auth, note, { username, permission }) {
      if (note.ownerId !== auth.userId) throw new Denied('only the owner shares');
      const target = repos.users.list(auth.tenant, (u) => u.username === username)[0];
      if (!target) throw new Missing(`user ${username} in ${auth.tenant}`);
      if (target.id === auth.userId) throw new BadInput('cannot share with yourself');
      const existing = repos.shares.list(auth.tenant, (s) => s.noteId === note.id && s.userId === target.id)[0];
      if (existing) existing.permission = permission;
      const share = existing ?? repos.shares.add(auth.tenant, { noteId: note.id, userId: target.id, permission });
      bus.emit('share.granted', { tenant: auth.tenant, actor: auth.username, noteId: note.id, detail: `${username}:${permission}` });
      return { id: share.id, noteId: note.id, username, permission: share.permission };
    },

    revoke(auth, note, username) {
      const target = repos.users.list(auth.tenant, (u) => u.username === username)[0];
      const share = target && repos.shares.list(auth.tenant, (s) => s.noteId === note.id && s.userId === target.id)[0];
      if (!share) throw new Missing(`share of ${note.id} with ${username}`);
      repos.shares.remove(auth.tenant, share.id);
      bus.emit('share.revoked', { tenant: auth.tenant, actor: auth.username, noteId: note.id, detail: username });
      return { revoked: username };
    },

    link(auth, note) {
      const expires = clock.now() + config.linkTtlMinutes * 60_000;
      const payload = `${auth.tenant}.${note.id}.${expires}`;
      bus.emit('share.link', { tenant: auth.tenant, actor: auth.username, noteId: note.id, detail: new Date(expires).toISOString() });
      return { url: `/s/${payload}.${sign(payload)}`, expires: new Date(expires).toISOString() };
    },

    open(token) {
      const parts = token.split('.');
      if (parts.length !== 4) throw new BadInput('malformed link');
      const [tenant, noteId, expires, sig] = parts;
      const good = Buffer.from(sign(`${tenant}.${noteId}.${expires}`));
      if (good.length !== Buffer.from(sig).length || !timingSafeEqual(good, Buffer.from(sig))) throw new Denied('bad signature');
      if (Number(expires) <= clock.now()) throw new Denied('link expired');
      const note = repos.notes.find(tenant, noteId);
      if (!note || note.deleted) throw new Missing('note');
      linkUses.set(token, (linkUses.get(token) ?? 0) + 1);
      return { title: note.title, body: note.body, views: linkUses.get(token) };
    },
  };
}
