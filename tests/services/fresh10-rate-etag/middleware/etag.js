const crypto = require('crypto');

const stats = { fresh: 0, sent: 0 };

const hashOf = (body) => crypto.createHash('sha1').update(body).digest('base64url').slice(0, 16);

// Wraps res.json so every JSON answer gets a strong ETag and 304s when it matches.
function etag() {
  return (req, res, next) => {
    const json = res.json.bind(res);
    res.json = (data) => {
      const body = JSON.stringify(data);
      const tag = `"${hashOf(body)}"`;
      res.set('X-Content-Hash', tag);
      if (req.method === 'GET' && req.get('if-none-match') === tag) {
        stats.fresh++;
        return res.status(304).end();
      }
      stats.sent++;
      return json(data);
    };
    next();
  };
}

module.exports = { etag, stats, hashOf };
