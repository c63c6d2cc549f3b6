const now = require('./clock');

// A sliding-window log per API key: timestamps of the last calls, pruned with splice.
class SlidingWindow {
  static instances = [];

  constructor(windowMs, max) {
    Object.assign(this, { windowMs, max, log: {} });
    SlidingWindow.instances.push(this);
  }

  hit(key, at) {
    const times = (this.log[key] ??= []);
    const firstInside = times.findIndex((t) => t > at - this.windowMs);
    times.splice(0, firstInside === -1 ? times.length : firstInside);
    if (times.length >= this.max) return false;
    times.push(at);
    return true;
  }

  middleware() {
    return (req, res, next) => {
      const key = req.get('x-api-key') || 'anonymous';
      if (this.hit(key, now(req))) return next();
      res.status(429).json({ error: `quota of ${this.max} per ${this.windowMs}ms`, key });
    };
  }
}

module.exports = SlidingWindow;
