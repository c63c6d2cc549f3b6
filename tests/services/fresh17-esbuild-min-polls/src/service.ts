import { Lru } from "./lru";
import { Poll, Results, pollEvents } from "./poll";

const polls = new Map<number, Poll>();
const cache = new Lru<number, Results>(2);
let computed = 0;

pollEvents.on("vote", (id: number) => cache.delete(id));
pollEvents.on("close", (id: number) => cache.delete(id));

export function createPoll(question: string, options: string[]): Poll {
  const poll = new Poll(question, options);
  polls.set(poll.id, poll);
  return poll;
}

export function find(id: number): Poll {
  const poll = polls.get(id);
  if (!poll) throw Object.assign(new Error(`no poll ${id}`), { status: 404 });
  return poll;
}

export function results(id: number): Results & { cached: boolean } {
  const hit = cache.get(id);
  if (hit) return { ...hit, cached: true };
  const r = find(id).results();
  computed++;
  cache.set(id, r);
  return { ...r, cached: false };
}

export function close(id: number): Poll {
  const p = find(id);
  p.closed = true;
  pollEvents.emit("close", id);
  return p;
}

export const cacheStats = () => ({ hits: cache.hits, misses: cache.misses, keys: cache.keys, computed, polls: Poll.created });
