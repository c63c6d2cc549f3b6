// A service without Express: Node's own http.createServer with a request listener
// that routes by hand, reads a JSON body from the request stream and answers with
// res.writeHead / res.setHeader / res.end; visit counts are module state.
const http = require('http');
const { URL } = require('url');

const visits = new Map();
let total = 0;
const notes = [];

function send(res, status, body, extra = {}) {
  const data = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(data), ...extra });
  res.end(data);
}

function readJson(req, callback) {
  const chunks = [];
  req.on('data', (chunk) => chunks.push(chunk));
  req.on('end', () => {
    try {
      callback(null, JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}'));
    } catch (err) {
      callback(err);
    }
  });
}

const server = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://localhost');
  if (req.method === 'GET' && url.pathname === '/visit') {
    const who = url.searchParams.get('who') || 'anon';
    visits.set(who, (visits.get(who) || 0) + 1);
    total++;
    return send(res, 200, { who, count: visits.get(who), total });
  }
  if (req.method === 'POST' && url.pathname === '/notes') {
    return readJson(req, (err, body) => {
      if (err) return send(res, 400, { error: 'bad json' });
      notes.push({ id: notes.length + 1, text: String(body.text ?? ''), after: total });
      send(res, 201, notes[notes.length - 1], { Location: `/notes/${notes.length}` });
    });
  }
  if (req.method === 'GET' && url.pathname === '/notes') {
    res.statusCode = 200;
    res.setHeader('Content-Type', 'text/plain; charset=utf-8');
    res.setHeader('X-Count', String(notes.length));
    res.write(notes.map((n) => `${n.id}: ${n.text}`).join('\n'));
    return res.end('\n');
  }
  send(res, 404, { error: 'not found', method: req.method, path: url.pathname });
});

server.keepAliveTimeout = 61000;
module.exports = server;
if (require.main === module) server.listen(process.env.PORT || 8080);
