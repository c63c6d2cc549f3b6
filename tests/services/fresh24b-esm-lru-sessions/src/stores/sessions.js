import QuickLRU from 'quick-lru';

export const evictions = [];

export const sessions = new QuickLRU({
  maxSize: 2,
  onEviction(token, session) {
    evictions.push(`${session.user}:${token}`);
  },
});

let counter = 0;

export function openSession(user) {
  const token = `tok-${++counter}`;
  sessions.set(token, { user, hits: 0 });
  return token;
}
