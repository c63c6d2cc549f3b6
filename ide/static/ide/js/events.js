// IDE.events: the event log (moves with their pause, node joins and leaves, errors, balancing
// decisions with their reason, deploys) and the balancer switch (owner only, like every API call).
(function (IDE) {
  "use strict";
  const LIMIT = 500;
  let list = null;
  let toggle = null;
  const shown = new Set();  // history and live overlap: an event is shown once
  const ms = (x) => IDE.live.fmt.ms(x);

  const TEXT = {
    "move.start": (e) => `move of ${e.unit} from ${e.from || "nowhere"} to ${e.to} started`,
    "move.handover": (e) => `${e.from} handed ${e.unit} over to ${e.to}`,
    "move.end": (e) => `${e.unit} moved from ${e.from || "nowhere"} to ${e.to}: paused ${ms(e.pause_ms)}`,
    "move.orphan": (e) => `${e.to} took ${e.unit} over: ${e.from} stopped`,
    "node.join": (e) => `node ${e.node} joined`,
    "node.leave": (e) => `node ${e.node} left`,
    balance: (e) => `balancer moved ${e.unit} from ${e.from} to ${e.to} (paused ${ms(e.pause_ms)}) because ${e.why}`,
    balancer: (e) => `balancer turned ${e.on ? "on" : "off"}`,
    deploy: (e) => `deployed version ${e.version}${e.verify ? " (verify mode)" : ""}`,
    verify: (e) => `verify mode on ${e.node}: ${e.text}`,
    "npm.start": (e) => `${e.command}: installing the packages of package.json`,
    "npm.end": (e) => e.ok ? `${e.command}: ${e.packages} package${e.packages === 1 ? "" : "s"} installed in ${e.seconds} s`
                           : `${e.command} failed after ${e.seconds} s`,
    "npm.cached": () => "packages taken from the install cache",
    error: (e) => `error in ${e.fluxion || "the service"}${e.line ? ` (${e.file || ""}:${e.line})` : ""}: ${e.text.split("\n")[0]}`,
  };

  function add(event) {
    const key = JSON.stringify(event);
    if (shown.has(key)) return;
    shown.add(key);
    if (shown.size > 4 * LIMIT) shown.delete(shown.values().next().value);
    const text = (TEXT[event.type] || ((e) => `${e.type}: ${JSON.stringify(e)}`))(event);
    const last = list.lastElementChild;
    if (event.type === "error" && last && last.dataset.text === text) {  // the same error again: counted
      last.dataset.count = Number(last.dataset.count || 1) + 1;
      last.querySelector(".count").textContent = ` ×${last.dataset.count}`;
      return;
    }
    const li = document.createElement("li");
    li.className = `event type-${event.type.replace(".", "-")}`;
    li.dataset.type = event.type;
    li.dataset.text = text;
    if (event.type === "error") li.title = event.text;  // with its stack
    li.append(`${IDE.live.fmt.time(event.ts)} ${text}`, Object.assign(document.createElement("span"), { className: "count" }));
    li.dataset.ts = event.ts || 0;
    let next = null;  // in time order: a node's event may reach us after a later one of api.place
    for (let el = list.lastElementChild; el && Number(el.dataset.ts) > event.ts; el = el.previousElementSibling) next = el;
    const stick = list.scrollTop + list.clientHeight >= list.scrollHeight - 4;
    list.insertBefore(li, next);
    while (list.children.length > LIMIT) list.firstElementChild.remove();
    if (stick) list.scrollTop = list.scrollHeight;
  }

  async function switchBalancer() {
    const wanted = toggle.checked;
    const result = await IDE.comms.post("balancer", { on: wanted });
    if (result.error) {
      toggle.checked = !wanted;
      IDE.bus.emit("status", { level: "error", text: `Balancer not switched: ${result.error.message}` });
    }
  }

  IDE.events = {
    init(listEl, toggleEl) {
      list = listEl;
      toggle = toggleEl;
      toggle.addEventListener("change", switchBalancer);
      IDE.bus.on("live.history", (history) => {
        history.events.forEach(add);
        toggle.checked = history.balancer;
      });
      IDE.bus.on("live.event", (event) => {
        add(event);
        if (event.type === "balancer") toggle.checked = event.on;
      });
      IDE.comms.subscribe("logs", ({ entries }) => entries.filter((e) => e.level === "error")
        .forEach((e) => add({ ...e, type: "error" })));
    },
  };
})(window.IDE);
