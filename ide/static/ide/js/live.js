// IDE.live: the project's live data over its socket: metrics frames (one a second, the last
// 15 minutes kept), events and load generator results. Asks for the history when the socket opens.
// Emits "live.history" {frames, events, runs, balancer}, "live.event" (one event), "live.load"
// ({run, second} or {run, summary}), and "live.draw" {frame, frames} at most once per animation
// frame: every live redraw (diagram, lanes, charts) hangs on it. `frame` is null once frames stop.
(function (IDE) {
  "use strict";
  const KEEP = 900;       // frames: 15 minutes at one a second
  const STALE_MS = 4000;  // no frame for this long: the project is not running
  let frames = [];
  let arrived = 0;        // when the newest frame came (browser clock)
  let queued = false;

  function draw() {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      IDE.bus.emit("live.draw", { frame: IDE.live.latest, frames });
    });
  }

  function add(frame) {
    if (frames.length && frame.ts <= frames[frames.length - 1].ts) return;  // history and live overlap
    frames.push(frame);
    if (frames.length > KEEP) frames.splice(0, frames.length - KEEP);
  }

  const fmt = {
    rate: (n) => (n >= 100 ? n.toFixed(0) : String(Number(n.toFixed(n >= 10 ? 1 : 2)))),
    ms: (ms) => (ms == null ? "–" : `${ms >= 100 ? ms.toFixed(0) : ms.toFixed(1)} ms`),
    pct: (x) => `${Math.round(x * 100)}%`,
    time: (ts) => new Date(ts).toLocaleTimeString(),
  };

  IDE.live = {
    init() {
      IDE.comms.subscribe("metrics", ({ frame }) => { add(frame); arrived = Date.now(); draw(); });
      IDE.comms.subscribe("history", (history) => {
        const since = frames;
        frames = [];
        for (const f of [...history.frames, ...since].sort((a, b) => a.ts - b.ts)) add(f);
        IDE.bus.emit("live.history", history);
        draw();
      });
      IDE.comms.subscribe("history.unavailable", (e) => IDE.bus.emit("status", { level: "warning", text: e.message }));
      IDE.comms.subscribe("event", ({ event }) => IDE.bus.emit("live.event", event));
      IDE.comms.subscribe("load", (message) => IDE.bus.emit("live.load", message));
      IDE.bus.on("socket.open", () => IDE.comms.send({ type: "history" }));
      IDE.bus.on("graph.rendered", draw);
      setInterval(() => { if (arrived && Date.now() - arrived > STALE_MS) { arrived = 0; draw(); } }, 1000);
    },
    draw,
    get frames() { return frames; },
    get latest() { return arrived && frames.length ? frames[frames.length - 1] : null; },
    fmt,
  };
})(window.IDE);
