// IDE.overlay: the diagram comes alive. Each fluxion box shows its rate (messages/s) and p95
// latency, coloured by load (the share of a node's time its messages take: pale green when
// light, red from half a node up); each stream is drawn as wide as its traffic, its rate beside it.
// Items are found by id (flx-ID, stream-ID); redrawn on "live.draw".
(function (IDE) {
  "use strict";
  const SVG_NS = "http://www.w3.org/2000/svg";
  const { fmt } = IDE.live;

  const heat = (load) => {
    const t = Math.min(1, load / 0.5);
    return `hsl(${Math.round(120 - 120 * t)}, 70%, ${Math.round(86 - 26 * t)}%)`;
  };

  function label(g, x, y) {
    let text = g.querySelector("text.live-rate");
    if (!text) {
      text = document.createElementNS(SVG_NS, "text");
      text.setAttribute("class", "live-rate");
      text.setAttribute("text-anchor", "middle");
      g.append(text);
    }
    text.setAttribute("x", x.toFixed(1));
    text.setAttribute("y", y.toFixed(1));
    return text;
  }

  function fluxion(g, stats) {
    const shape = g.querySelector("path, polygon, ellipse");
    if (!shape) return;
    if (!stats || !stats.in) {
      shape.style.fill = "";
      g.querySelector("text.live-rate")?.remove();
      delete g.dataset.rate;
      return;
    }
    const box = shape.getBBox();
    const load = (stats.in * (stats.mean || 0)) / 1000;
    shape.style.fill = heat(load);
    const text = label(g, box.x + box.width / 2, box.y + box.height + 10);
    text.textContent = `${fmt.rate(stats.in)}/s · p95 ${fmt.ms(stats.p95)}${stats.errors ? ` · ${stats.errors} errors` : ""}`;
    text.classList.toggle("errors", stats.errors > 0);
    g.dataset.rate = stats.in;
    g.dataset.load = load.toFixed(3);
  }

  // A stateless route handler may run inside the router's message: then the frame counts it only
  // as its route (the whole request's latency).
  function statsOf(frame, graph, id) {
    if (frame.fluxions[id]) return frame.fluxions[id];
    const route = graph.routes.find((r) => r.fluxion === id);
    const s = route && frame.routes[`${route.method} ${route.path}`];
    if (!s) return null;
    const errors = Object.entries(s.status).reduce((n, [code, count]) => n + (Number(code) >= 500 ? count : 0), 0);
    return { in: s.rate, p95: s.p95, errors, mean: null };
  }

  // A listener's messages come from outside the graph (the router's unit __http, a timer): a start
  // stream with no traffic of its own counts what reaches its fluxion from there.
  function streamRate(frame, graph, s, ids) {
    const own = frame.streams[`${s.from}>${s.to}`];
    if (own !== undefined || s.type !== "start") return own || 0;
    let n = 0;
    for (const [key, value] of Object.entries(frame.streams)) {
      const [from, to] = key.split(">");
      if (to === s.to && !ids.has(from)) n += value;
    }
    return n || (statsOf(frame, graph, s.to)?.in ?? 0);
  }

  function stream(g, rate) {
    const path = g.querySelector("path");
    if (!path) return;
    if (!path.dataset.width) path.dataset.width = path.getAttribute("stroke-width") || "1";
    const base = Number(path.dataset.width);
    path.setAttribute("stroke-width", rate ? base + Math.min(6, Math.log2(1 + rate)) : base);
    if (!rate) { g.querySelector("text.live-rate")?.remove(); delete g.dataset.rate; return; }
    const at = path.getPointAtLength(path.getTotalLength() * 0.3);
    label(g, at.x, at.y + 11).textContent = `${fmt.rate(rate)}/s`;
    g.dataset.rate = rate;
  }

  function redraw({ frame }) {
    const graph = IDE.analysis.last && IDE.analysis.last.graph;
    const host = document.getElementById("graph");
    const svg = host.querySelector("svg");
    if (!graph || !svg || host.hidden) return;  // hidden: no layout to measure; redrawn when shown
    const byId = (prefix, id) => svg.querySelector(`[id="${prefix}${CSS.escape(id)}"]`);
    const ids = new Set(graph.fluxions.map((f) => f.id));
    for (const f of graph.fluxions) {
      const g = byId("flx-", f.id);
      if (g) fluxion(g, frame && statsOf(frame, graph, f.id));
    }
    for (const s of graph.streams) {
      const g = byId("stream-", s.id);
      if (g) stream(g, frame ? streamRate(frame, graph, s, ids) : 0);
    }
  }

  IDE.overlay = { init() { IDE.bus.on("live.draw", redraw); }, statsOf, streamRate };
})(window.IDE);
