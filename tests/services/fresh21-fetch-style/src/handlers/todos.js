const todos = new Map();
let seq = 0;
const stats = { created: 0, toggled: 0, badRequests: 0 };

const json = (data, init = {}) => Response.json(data, init);

async function create(request) {
  let body;
  try {
    body = await request.json();
  } catch {
    stats.badRequests++;
    return json({ error: 'invalid json' }, { status: 400 });
  }
  if (!body.title) {
    stats.badRequests++;
    return json({ error: 'title required' }, { status: 422 });
  }
  const id = `t${++seq}`;
  todos.set(id, { id, title: body.title, done: false, tags: body.tags ?? [] });
  stats.created++;
  return json(todos.get(id), { status: 201, headers: { location: `/todos/${id}` } });
}

async function list(request) {
  const { searchParams } = new URL(request.url);
  let items = [...todos.values()];
  if (searchParams.has('done')) items = items.filter((t) => String(t.done) === searchParams.get('done'));
  if (searchParams.getAll('tag').length) items = items.filter((t) => searchParams.getAll('tag').every((g) => t.tags.includes(g)));
  const response = json(items);
  response.headers.set('x-total', String(todos.size));
  return response;
}

async function toggle(request, params) {
  const todo = todos.get(params.id);
  if (!todo) return new Response('no such todo', { status: 404, headers: { 'content-type': 'text/plain' } });
  todo.done = !todo.done;
  stats.toggled++;
  return json(todo);
}

async function echo(request) {
  const text = await request.text();
  const accept = request.headers.get('accept') ?? '*/*';
  return new Response(`${request.method} ${new URL(request.url).pathname} ${text.length} ${accept}`, {
    status: 200,
    statusText: 'OK',
    headers: new Headers({ 'content-type': 'text/plain; charset=utf-8', 'x-echo': 'yes' }),
  });
}

module.exports = { create, list, toggle, echo, stats };
