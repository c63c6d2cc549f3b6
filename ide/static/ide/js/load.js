// IDE.load: the load generator. Pick routes (the graph's, with method, path and body editable, or
// added by hand), a rate (requests/s, open loop) or a number of clients (closed loop) and a
// duration; it runs on the server. Shows each second's results, the run's summary, the past runs.
(function (IDE) {
  "use strict";
  const $ = (id) => document.getElementById(id);
  const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"];
  const SECONDS_SHOWN = 10;
  const { fmt } = IDE.live;
  let routesKey = null;
  let current = null;  // the run whose results are shown

  function make(tag, props, ...children) {
    const el = Object.assign(document.createElement(tag), props || {});
    el.append(...children);
    return el;
  }

  function routeRow(method, path) {
    const select = make("select", { className: "method", ariaLabel: "method" },
      ...METHODS.map((m) => make("option", { value: m }, m)));
    select.value = method;
    return make("tr", { className: "load-route" },
      make("td", {}, make("input", { type: "checkbox", className: "pick", checked: true, ariaLabel: "send this route" })),
      make("td", {}, select),
      make("td", {}, make("input", { className: "path", value: path, ariaLabel: "path" })),
      make("td", {}, make("input", { className: "body", placeholder: "body (JSON or text)", ariaLabel: "body" })));
  }

  // The graph's routes, with a sample path (":id" -> 1); kept as edited while they do not change.
  function showRoutes(graph) {
    const routes = graph.routes || [];
    const key = routes.map((r) => `${r.method} ${r.path}`).join("\n");
    if (key === routesKey) return;
    routesKey = key;
    $("load-routes").replaceChildren(...routes.map((r) => routeRow(
      METHODS.includes(r.method) ? r.method : "GET", r.path.replace(/:\w+/g, "1").replace(/\*/g, ""))));
    if (!routes.length) $("load-routes").append(routeRow("GET", "/"));
  }

  function parseBody(text) {
    if (!text.trim()) return null;
    try {
      const value = JSON.parse(text);
      if (value && typeof value === "object") return value;
    } catch (e) { /* sent as text */ }
    return text;
  }

  function plan() {
    const routes = [...$("load-routes").querySelectorAll("tr")].filter((tr) => tr.querySelector(".pick").checked)
      .map((tr) => ({ method: tr.querySelector(".method").value, path: tr.querySelector(".path").value.trim(),
                      body: parseBody(tr.querySelector(".body").value) }));
    return { routes, [$("load-mode").value]: Number($("load-amount").value), duration_s: Number($("load-duration").value) };
  }

  function say(text, state) {
    const el = $("load-summary");
    el.textContent = text;
    el.dataset.state = state;
    delete el.dataset.failed;
  }

  async function start(e) {
    e.preventDefault();
    const result = await IDE.comms.post("load", plan());
    if (result.error) { say(`Refused: ${result.error.message}`, "refused"); return; }
    current = result.run;
    $("load-live").replaceChildren();
    say(`Run ${current} queued…`, "queued");
    $("load-cancel").hidden = false;
    refreshRuns();
  }

  async function cancel() {
    const result = await IDE.comms.post("load-cancel", { run: current });
    if (result.error) say(`Not cancelled: ${result.error.message}`, "refused");
  }

  const secondText = (s) => `${s.second} s: ${s.sent} sent · ${s.ok} ok · ${s.failed} failed · ` +
    `p50 ${fmt.ms(s.p50)} · p95 ${fmt.ms(s.p95)} · p99 ${fmt.ms(s.p99)}`;

  function summaryText(r) {
    const asked = r.plan.rate ? `${r.plan.rate}/s asked` : `${r.plan.concurrency} clients`;
    const status = Object.entries(r.status || {}).map(([code, n]) => `${code} ×${n}`).join(", ");
    return `${r.sent} requests in ${r.elapsed_s} s, ${fmt.rate(r.rate)}/s achieved (${asked}); ` +
      `p50 ${fmt.ms(r.p50)}, p95 ${fmt.ms(r.p95)}, p99 ${fmt.ms(r.p99)}; ${r.failed} failed${status ? ` (${status})` : ""}`;
  }

  function showSummary(r) {
    $("load-cancel").hidden = true;
    say(`Run ${r.run} ${r.state === "cancelled" ? "cancelled" : "done"}: ${summaryText(r)}`, "done");
    $("load-summary").dataset.failed = r.failed;
  }

  function onLoad(message) {
    if (current === null) current = message.run;  // started elsewhere (another tab)
    if (message.run !== current) return;
    if (message.second) {
      $("load-live").prepend(make("li", {}, secondText(message.second)));
      while ($("load-live").children.length > SECONDS_SHOWN) $("load-live").lastElementChild.remove();
      say(`Run ${current} running: ${message.second.second} s`, "running");
    }
    if (message.summary) { showSummary(message.summary); refreshRuns(); }
  }

  function showRuns(runs) {
    $("load-runs").replaceChildren(...runs.map((r) => {
      const routes = r.plan.routes.map((x) => `${x.method} ${x.path}`).join(", ");
      const how = r.plan.rate ? `${r.plan.rate}/s` : `${r.plan.concurrency} clients`;
      const li = make("li", { className: "run", title: "show its seconds" },
        `${fmt.time(r.started_ms)} ${routes} at ${how} for ${r.plan.duration_s} s: ${r.sent !== undefined ? summaryText(r) : r.state}`);
      li.dataset.run = r.run;
      li.addEventListener("click", () => showRun(r));
      return li;
    }));
  }

  async function refreshRuns() {
    const data = await IDE.comms.get("load-runs");
    if (!data.error) showRuns(data.runs);
  }

  async function showRun(r) {
    const data = await IDE.comms.get(`load-runs?run=${encodeURIComponent(r.run)}`);
    if (data.error) return;
    current = r.run;
    $("load-live").replaceChildren(...data.seconds.slice(-SECONDS_SHOWN).reverse().map((s) => make("li", {}, secondText(s))));
    if (r.sent !== undefined) showSummary(r); else say(`Run ${r.run}: ${r.state}`, r.state);
  }

  IDE.load = {
    init() {
      $("load-form").addEventListener("submit", start);
      $("load-cancel").addEventListener("click", cancel);
      $("load-add-route").addEventListener("click", () => $("load-routes").append(routeRow("GET", "/")));
      $("load-mode").addEventListener("change", (e) => { $("load-amount").value = e.target.value === "rate" ? 20 : 4; });
      IDE.bus.on("analysis.done", ({ result }) => { if (!result.error) showRoutes(result.graph); });
      IDE.bus.on("live.history", (history) => showRuns(history.runs));
      IDE.bus.on("live.load", onLoad);
    },
  };
})(window.IDE);
