const express = require('express');
const { EventEmitter, once } = require('node:events');

const status = { ready: false, ticks: 0, warmed: [] };
const lifecycle = new EventEmitter();

// Warm-up at startup: a few steps on timers, then 'ready'.
function warmUp(steps) {
  let i = 0;
  const step = () => {
    status.warmed.push(steps[i++]);
    if (i < steps.length) setTimeout(step, 10);
    else {
      status.ready = true;
      lifecycle.emit('ready', status.warmed.length);
    }
  };
  setTimeout(step, 10);
}
warmUp(['config', 'cache', 'routes']);

const ticker = setInterval(() => {
  status.ticks += 1;
  if (status.ticks === 5) clearInterval(ticker);
}, 15);

const app = express();

app.get('/ready', async (req, res) => {
  if (!status.ready) {
    const [steps] = await once(lifecycle, 'ready');
    return res.json({ waited: true, steps });
  }
  res.json({ waited: false, steps: status.warmed.length });
});

app.get('/status', (req, res) => res.json(status));

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
