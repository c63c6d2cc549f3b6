// A node:http service without Express: the server has two 'request' listeners (a counter added with
// `server.on('request')` and the router), a response 'finish' listener tallying statuses, an observer
// Set (and observer objects with `update()`) filled at start-up by a metrics module and notified by requests, and observers subscribed and
// unsubscribed by requests through the unobserve functions they keep.
'use strict';
const http = require('node:http');
const observers = require('./lib/observers');
const metrics = require('./lib/metrics');

const traffic = { requests: 0, finished: 0, byStatus: {} };
const subscriptions = new Map();
const mailbox = {};

function send(res, status, body) {
  const data = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(data);
}

function readJson(req) {
  return new Promise((resolve, reject) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => { text += chunk; });
    req.on('end', () => {
      try {
        resolve(text ? JSON.parse(text) : {});
      } catch (err) {
        reject(err);
      }
    });
    req.on('error', reject);
  });
}

async function route(req, res) {
  const { pathname } = new URL(req.url, 'http://localhost');
  const parts = pathname.split('/').filter(Boolean);
  if (req.method === 'POST' && parts[0] === 'events' && parts.length === 2) {
    const payload = await readJson(req);
    const reached = observers.notify(parts[1], payload);
    return send(res, 202, { topic: parts[1], reached, observers: observers.size() });
  }
  if (req.method === 'POST' && parts[0] === 'subscriptions' && parts.length === 2) {
    const name = parts[1];
    if (subscriptions.has(name)) return send(res, 409, { error: 'subscribed', name });
    const { topic } = await readJson(req);
    mailbox[name] = [];
    subscriptions.set(name, observers.observe((t, payload) => {
      if (t === topic) mailbox[name].push(payload);
    }));
    return send(res, 201, { name, topic, observers: observers.size() });
  }
  if (req.method === 'DELETE' && parts[0] === 'subscriptions' && parts.length === 2) {
    const unobserve = subscriptions.get(parts[1]);
    if (!unobserve) return send(res, 404, { error: 'not subscribed' });
    subscriptions.delete(parts[1]);
    return send(res, 200, { removed: unobserve(), again: unobserve(), observers: observers.size() });
  }
  if (req.method === 'DELETE' && pathname === '/audit') {
    return send(res, 200, { detached: metrics.detachAudit(), observers: observers.size() });
  }
  if (req.method === 'GET' && pathname === '/state') {
    return send(res, 200, { traffic, metrics, mailbox, observers: observers.size(), notifications: observers.notifications() });
  }
  return send(res, 404, { error: 'not found', path: pathname });
}

const server = http.createServer();
server.on('request', (req, res) => {
  traffic.requests += 1;
  res.on('finish', () => {
    traffic.finished += 1;
    traffic.byStatus[res.statusCode] = (traffic.byStatus[res.statusCode] ?? 0) + 1;
  });
});
server.on('request', (req, res) => {
  route(req, res).catch((err) => send(res, 400, { error: err.name }));
});

module.exports = server;
if (require.main === module) server.listen(process.env.PORT || 8080);
