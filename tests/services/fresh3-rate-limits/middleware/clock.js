// The time a request is taken to arrive at: a test clock header, so that replays are deterministic.
module.exports = (req) => Number(req.get('x-clock') ?? 0);
