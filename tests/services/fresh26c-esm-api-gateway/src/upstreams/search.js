import { all } from '#upstreams/users';

export const name = 'search-svc';
const queries = [];

export async function handle({ query }) {
  const q = String(query.q ?? '').toLowerCase();
  queries.push(q);
  const hits = all().filter((u) => u.name.toLowerCase().includes(q) || u.team.includes(q));
  return { status: 200, body: { q, hits: hits.map((u) => u.id), previous: queries.at(-2) ?? null } };
}
