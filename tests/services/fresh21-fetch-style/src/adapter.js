// Runs a fetch-style handler (Request in, Response out) behind Express, so the same handlers can
// move to an edge runtime later.
function toRequest(req) {
  const url = new URL(req.originalUrl, `http://${req.get('host') ?? 'localhost'}`);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) value.forEach((v) => headers.append(name, v));
    else if (value !== undefined) headers.set(name, value);
  }
  const init = { method: req.method, headers };
  if (!['GET', 'HEAD'].includes(req.method) && req.body !== undefined) {
    init.body = typeof req.body === 'string' ? req.body : JSON.stringify(req.body);
  }
  return new Request(url, init);
}

async function send(res, response) {
  res.status(response.status);
  response.headers.forEach((value, name) => res.setHeader(name, value));
  const body = Buffer.from(await response.arrayBuffer());
  res.end(body);
}

function adapt(handler) {
  return async (req, res, next) => {
    try {
      await send(res, await handler(toRequest(req), req.params));
    } catch (err) {
      next(err);
    }
  };
}

module.exports = { adapt };
