// Stub receivers standing in for customers' servers: stub://ok, stub://flaky, stub://down
const received = new Map();
const failures = new Map();

export const receivers = {
  ok: (delivery) => ({ status: 200 }),
  flaky: (delivery) => {
    const n = (failures.get(delivery.event.id) ?? 0) + 1;
    failures.set(delivery.event.id, n);
    return n <= 2 ? { status: 503 } : { status: 200 };
  },
  down: () => {
    throw new Error('ECONNREFUSED');
  },
};

export async function post(url, delivery) {
  const name = new URL(url).hostname;
  const receiver = receivers[name];
  if (!receiver) return { status: 404 };
  await null;
  const result = receiver(delivery);
  if (result.status < 300) {
    const list = received.get(url) ?? [];
    list.push(`${delivery.event.type}#${delivery.event.id}`);
    received.set(url, list);
  }
  return result;
}

export const inbox = () => Object.fromEntries(received);
