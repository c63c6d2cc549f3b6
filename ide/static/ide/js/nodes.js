// IDE.nodes: the "by node" view: one lane per live node with its busy fraction, each unit (a group
// or a lone stateful fluxion) in the lane of its node; dragging a unit to another lane moves it.
// A move shows as it happens: the card is marked moving at move.start, lands with its pause time.
(function (IDE) {
  "use strict";
  let root = null;
  let dragged = null;
  let poller = null;
  const POLL_MS = 3000;   // moves made elsewhere show up too
  const NOTE_MS = 15000;  // how long a card says how its move went
  const notes = new Map();  // unit -> {text, until}

  const make = (tag, className, text) => Object.assign(document.createElement(tag), { className, textContent: text || "" });

  function card(unitId, unit) {
    const pinned = unit.pinned && unit.pinned.length;
    const el = make("div", "unit" + (unit.replicated ? " replicated" : "") + (unit.moving_to ? " moving" : "") +
                    (pinned ? " pinned" : ""));
    el.draggable = !unit.moving_to && !pinned;
    el.dataset.unit = unitId;
    // a unit kept live in its node's isolate never moves: the card says why
    el.title = pinned ? `kept live on this node, it cannot move: ${unit.pinned.join("; ")}`
      : unit.replicated ? "stateless: runs on every node; drop it on a node to pin it there" : "drag to another node";
    el.append(`${unitId}: ${unit.fluxions.join(", ")}${unit.moving_to ? ` (moving to ${unit.moving_to})` : ""}`,
              make("span", "queue"));
    if (pinned) el.append(make("div", "note", `pinned (kept live): ${unit.pinned.join("; ")}`));
    const note = notes.get(unitId);
    if (note && note.until > Date.now()) el.append(make("div", "note", note.text));
    el.addEventListener("dragstart", (e) => {
      dragged = unitId;
      e.dataTransfer.setData("text/plain", unitId);
      IDE.mode.set(IDE.Mode.DRAGGING_UNIT);
    });
    el.addEventListener("dragend", () => { dragged = null; IDE.mode.set(IDE.Mode.IDLE); });
    return el;
  }

  function lane(name, alive) {
    const el = make("section", "lane" + (alive ? "" : " dead"));
    el.dataset.node = name || "";
    el.append(make("h4", "", name ? `${name}${alive ? "" : " (not answering)"}` : "on every node (stateless)"));
    if (name) {
      const meter = make("div", "meter");
      meter.append(make("span", "bar"), make("span", "text", "no load yet"));
      el.append(meter);
    }
    el.addEventListener("dragover", (e) => { if (dragged && name) { e.preventDefault(); el.classList.add("over"); } });
    el.addEventListener("dragleave", () => el.classList.remove("over"));
    el.addEventListener("drop", (e) => {
      e.preventDefault();
      el.classList.remove("over");
      const unit = e.dataTransfer.getData("text/plain") || dragged;
      if (unit && name) IDE.nodes.move(unit, name);
    });
    return el;
  }

  // Lanes and cards keyed by node name and unit id; `frame` null: no live data.
  function showLoad(frame) {
    for (const el of root.querySelectorAll(".lane[data-node]:not([data-node=''])")) {
      const node = frame && frame.nodes[el.dataset.node];
      const busy = node ? node.busy : 0;
      el.dataset.busy = busy;
      el.querySelector(".meter .bar").style.width = IDE.live.fmt.pct(busy);
      el.querySelector(".meter .text").textContent = node
        ? `${IDE.live.fmt.pct(busy)} busy · ${IDE.live.fmt.rate(node.rate)} msg/s · queue ${node.queue}` : "no load";
    }
    for (const el of root.querySelectorAll(".unit[data-unit]")) {
      const unit = frame && frame.units && frame.units[el.dataset.unit];
      el.querySelector(".queue").textContent = unit && unit.queue ? ` · ${unit.queue} queued` : "";
    }
  }

  function onEvent(event) {
    const text = {
      "move.start": () => `moving to ${event.to}…`,
      "move.end": () => `moved from ${event.from || "nowhere"}, paused ${IDE.live.fmt.ms(event.pause_ms)}`,
      "move.orphan": () => `taken over: ${event.from} stopped`,
      balance: () => `balancer: moved from ${event.from}, paused ${IDE.live.fmt.ms(event.pause_ms)}`,
    }[event.type];
    if (!text || !event.unit) return;
    notes.set(event.unit, { text: text(), until: Date.now() + NOTE_MS });
    if (root.hidden) return;
    if (event.type === "move.start") {
      const el = root.querySelector(`.unit[data-unit="${CSS.escape(event.unit)}"]`);
      if (el) { el.classList.add("moving"); el.querySelector(".note")?.remove(); el.append(make("div", "note", text())); }
    } else {
      IDE.nodes.refresh();
    }
  }

  IDE.nodes = {
    init(el) {
      root = el;
      IDE.comms.subscribe("placement", () => { if (!root.hidden) this.refresh(); });
      IDE.bus.on("live.draw", ({ frame }) => { if (!root.hidden) showLoad(frame); });
      IDE.bus.on("live.event", onEvent);
    },
    show(visible) {
      clearInterval(poller);
      if (!visible) return;
      this.refresh();
      poller = setInterval(() => { if (IDE.mode.current !== IDE.Mode.DRAGGING_UNIT) this.refresh(); }, POLL_MS);
    },
    async refresh() {
      const data = await IDE.comms.get("placement");
      if (data.error) {
        root.replaceChildren(make("p", "muted", data.error.message));
        this.show(false);
        return;
      }
      const live = data.nodes.filter((n) => n.alive);
      const lanes = new Map(live.map((n) => [n.name, lane(n.name, true)]));
      const unplaced = lane(null, false);
      for (const [id, unit] of Object.entries(data.units)) {
        if (unit.node && !lanes.has(unit.node)) lanes.set(unit.node, lane(unit.node, false));
        (unit.node ? lanes.get(unit.node) : unplaced).append(card(id, unit));
      }
      const datalist = document.getElementById("node-names");
      datalist.replaceChildren(...live.map((n) => Object.assign(document.createElement("option"), { value: n.name })));
      root.replaceChildren(...lanes.values(), ...(unplaced.children.length > 1 ? [unplaced] : []));
      showLoad(IDE.live.latest);
    },
    async move(unit, node) {
      IDE.bus.emit("status", { level: "info", text: `Moving ${unit} to ${node}…` });
      const result = await IDE.comms.post("place", { unit, node });
      if (result.error) IDE.bus.emit("status", { level: "error", text: `Move refused: ${result.error.message}` });
      else IDE.bus.emit("status", { level: "info", text: `Moved ${result.unit} from ${result.from} to ${result.to} (paused ${Number(result.pause_ms).toFixed(1)} ms)` });
      await this.refresh();
    },
  };
})(window.IDE);
