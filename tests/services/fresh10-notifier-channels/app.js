// Notification channels: a base class registering every instance in a static private Map,
// subclasses with their own static counters bumped through `this.constructor.sent++`, `super`
// calls, a lazily created stats object (a getter with ??=), a generator [Symbol.iterator] that
// counts its own runs; helpers writing a module array through a default parameter, `arguments`
// and push.apply, and a Set through forEach(tags.add, tags).
const express = require('express');
const Channel = require('./channels/Channel');
const EmailChannel = require('./channels/EmailChannel');
const SmsChannel = require('./channels/SmsChannel');
const { history, remember, tagAll, withTags } = require('./lib/history');

new EmailChannel('email');
new SmsChannel('sms');
new Channel('log');

const app = express();
app.use(express.json());

app.post('/notify/:channel', (req, res) => {
  const channel = Channel.get(req.params.channel);
  if (!channel) return res.status(404).json({ error: `no channel ${req.params.channel}`, known: Channel.names() });
  const { to, message, tags = [] } = req.body;
  const ok = channel.send(to, message);
  const size = remember(`${channel.name}:${ok ? 'ok' : 'rejected'}`);
  res.status(ok ? 202 : 422).json({ ok, history: size, tags: withTags(...tags) });
});

app.get('/channels/:channel/outbox', (req, res) => {
  const channel = Channel.get(req.params.channel);
  if (!channel) return res.sendStatus(404);
  res.json({ items: [...channel].map((m) => m.text), stats: channel.stats, iterations: channel.iterations });
});

app.post('/history/mark', (req, res) => {
  res.json(tagAll(history, ...(req.body.marks ?? [])));
});

app.get('/totals', (req, res) => {
  res.json({ all: Channel.sent, email: EmailChannel.sent, sms: SmsChannel.sent, history });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
