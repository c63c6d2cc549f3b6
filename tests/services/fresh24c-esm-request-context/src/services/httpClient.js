import { currentContext } from '../lib/context.js';

export const outbound = [];

// a pretend HTTP client: what it "sends" is recorded with the headers it would add
export async function post(url, body) {
  const ctx = currentContext();
  const headers = { 'x-correlation-id': ctx?.correlationId ?? 'none', 'x-parent-request': ctx?.requestId ?? 'none' };
  await new Promise((resolve) => setTimeout(resolve, 3));
  outbound.push({ url, headers, body });
  return { status: 202 };
}
