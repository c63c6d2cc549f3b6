// IDE.dashboard: time-series charts (uPlot) of the live frames, 15 minutes of history from the
// moment it opens: rates, latencies (p50/p95/p99), queue depths and errors for every fluxion or
// one, nodes (rate, busy, queue, heap) and routes. A chart is rebuilt when its series change,
// else given the new data; each says its latest values ("now").
(function (IDE) {
  "use strict";
  const PALETTE = ["#2563eb", "#dc2626", "#16a34a", "#d97706", "#7c3aed", "#0891b2", "#db2777", "#65a30d", "#475569"];
  const HEIGHT = 140;
  const X_STEPS = [1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900];  // seconds between time ticks
  let root = null;
  let select = null;
  let holder = null;
  let charts = [];   // [{spec, plot, el}]
  let layoutKey = "";
  const { fmt } = IDE.live;

  const sorted = (set) => [...set].sort();
  function names(frames, part) {
    const out = new Set();
    for (const f of frames) Object.keys(f[part] || {}).forEach((k) => out.add(k));
    return sorted(out);
  }

  const fx = (id, key, none) => (f) => (f.fluxions[id] ? f.fluxions[id][key] ?? none : none);
  const node = (name, key, scale) => (f) => (f.nodes[name] && f.nodes[name][key] != null ? f.nodes[name][key] * scale : null);
  const route = (name, key) => (f) => (f.routes[name] ? f.routes[name][key] : 0);
  const failed = (name) => (f) => Object.entries(f.routes[name]?.status || {}).reduce((n, [s, c]) => n + (s >= 500 ? c : 0), 0);
  function queueOf(id) {
    return (f) => {
      for (const unit of Object.values(f.units || {})) if (unit.fluxions.includes(id)) return unit.queue;
      return null;
    };
  }

  // The charts of a subject: [{title, series: [[label, frame -> number or null]]}].
  function specs(subject, frames) {
    const [kind, name] = subject.split(/:(.*)/s);
    if (kind === "fx") return [
      { title: "rate (messages/s)", series: [["in", fx(name, "in", 0)], ["out", fx(name, "out", 0)]] },
      { title: "latency (ms)", series: ["p50", "p95", "p99"].map((p) => [p, fx(name, p, null)]) },
      { title: "queue depth", series: [["queue", queueOf(name)]] },
      { title: "errors/s", series: [["errors", fx(name, "errors", 0)]] },
    ];
    if (kind === "node") return [
      { title: "rate (messages/s)", series: [["rate", node(name, "rate", 1)]] },
      { title: "busy (%)", series: [["busy", node(name, "busy", 100)]] },
      { title: "queue depth", series: [["queue", node(name, "queue", 1)]] },
      { title: "heap (MB)", series: [["heap", node(name, "heap", 1e-6)]] },
    ];
    if (kind === "nodes") {
      const all = names(frames, "nodes");
      return [["rate (messages/s)", "rate", 1], ["busy (%)", "busy", 100], ["queue depth", "queue", 1], ["heap (MB)", "heap", 1e-6]]
        .map(([title, key, scale]) => ({ title, series: all.map((n) => [n, node(n, key, scale)]) }));
    }
    if (kind === "routes") {
      const all = names(frames, "routes");
      return [
        { title: "rate (requests/s)", series: all.map((r) => [r, route(r, "rate")]) },
        { title: "latency p95 (ms)", series: all.map((r) => [r, route(r, "p95")]) },
        { title: "latency p99 (ms)", series: all.map((r) => [r, route(r, "p99")]) },
        { title: "errors (5xx/s)", series: all.map((r) => [r, failed(r)]) },
      ];
    }
    const all = names(frames, "fluxions");
    return [
      { title: "rate (messages/s)", series: all.map((id) => [id, fx(id, "in", 0)]) },
      { title: "latency p95 (ms)", series: all.map((id) => [id, fx(id, "p95", null)]) },
      { title: "queue depth", series: all.map((id) => [id, queueOf(id)]) },
      { title: "errors/s", series: all.map((id) => [id, fx(id, "errors", 0)]) },
    ];
  }

  function chartWidth() {
    const columns = holder.clientWidth > 640 ? 2 : 1;
    return Math.max(200, Math.floor(holder.clientWidth / columns) - 16);
  }

  function build(list) {
    charts.forEach((c) => c.plot.destroy());
    const width = chartWidth();
    charts = list.map((spec, i) => {
      const el = document.createElement("figure");
      el.className = "chart";
      el.dataset.chart = String(i);
      const caption = document.createElement("figcaption");
      caption.append(spec.title, Object.assign(document.createElement("span"), { className: "now" }));
      el.append(caption);
      const plot = new uPlot({
        width, height: HEIGHT, legend: { show: spec.series.length > 1, live: false },
        cursor: { drag: { x: false, y: false } }, scales: { x: { time: true } },
        axes: [{ space: 80, incrs: X_STEPS, values: (u, ticks) => ticks.map((t) => new Date(t * 1000).toLocaleTimeString()) }, { size: 44 }],
        series: [{}, ...spec.series.map(([label], k) => ({ label, stroke: PALETTE[k % PALETTE.length], width: 1.5 }))],
      }, [[], ...spec.series.map(() => [])], el);
      return { spec, plot, el };
    });
    holder.replaceChildren(...charts.map((c) => c.el));
  }

  function redraw(frames) {
    if (!root || root.hidden) return;
    fillSubjects(frames);
    const list = specs(select.value, frames);
    const key = select.value + "|" + list.map((s) => s.series.map(([l]) => l).join(",")).join("|");
    if (key !== layoutKey) { layoutKey = key; build(list); }
    const xs = frames.map((f) => f.ts / 1000);
    const last = frames[frames.length - 1];
    for (const { spec, plot, el } of charts) {
      plot.setData([xs, ...spec.series.map(([, pick]) => frames.map(pick))]);
      const now = last ? spec.series.map(([label, pick]) => [label, pick(last)]).filter(([, v]) => v) : [];
      el.dataset.now = now.length ? Math.max(...now.map(([, v]) => v)) : 0;
      el.querySelector(".now").textContent = now.length ? ` now: ${now.map(([l, v]) => `${l} ${fmt.rate(v)}`).join(", ")}` : "";
    }
    root.querySelector(".empty").hidden = frames.length > 0;
  }

  function fillSubjects(frames) {
    const fluxions = new Set([...(IDE.analysis.last?.graph?.fluxions || []).map((f) => f.id), ...names(frames, "fluxions")]);
    const options = [["fluxions", "every fluxion"], ...sorted(fluxions).map((id) => [`fx:${id}`, `fluxion ${id}`]),
      ["nodes", "every node"], ...names(frames, "nodes").map((n) => [`node:${n}`, `node ${n}`]), ["routes", "routes"]];
    const key = options.map(([v]) => v).join("\n");
    if (select.dataset.key === key) return;
    const value = select.value || "fluxions";
    select.dataset.key = key;
    select.replaceChildren(...options.map(([v, text]) => Object.assign(document.createElement("option"), { value: v, textContent: text })));
    select.value = options.some(([v]) => v === value) ? value : "fluxions";
  }

  IDE.dashboard = {
    init(el) {
      root = el;
      select = el.querySelector("#dash-subject");
      holder = el.querySelector(".charts");
      select.addEventListener("change", () => redraw(IDE.live.frames));
      IDE.bus.on("live.draw", ({ frames }) => redraw(frames));
      new ResizeObserver(() => { const w = chartWidth(); charts.forEach((c) => c.plot.setSize({ width: w, height: HEIGHT })); }).observe(holder);
    },
    show(visible) { if (visible) redraw(IDE.live.frames); },
    select(subject) { select.value = subject; redraw(IDE.live.frames); },
  };
})(window.IDE);
