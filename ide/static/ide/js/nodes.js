// IDE.nodes: the "by node" view: one lane per live node, each unit (a group or a lone
// stateful fluxion) in the lane of its node; dragging a unit to another lane moves it.
(function (IDE) {
  "use strict";
  let root = null;
  let dragged = null;
  let poller = null;
  const POLL_MS = 3000;  // moves made elsewhere show up too

  function card(unitId, unit) {
    const el = document.createElement("div");
    el.className = "unit" + (unit.replicated ? " replicated" : "") + (unit.moving_to ? " moving" : "");
    el.draggable = !unit.moving_to;
    el.dataset.unit = unitId;
    el.title = unit.replicated ? "stateless: runs on every node; drop it on a node to pin it there" : "drag to another node";
    el.textContent = `${unitId}: ${unit.fluxions.join(", ")}${unit.moving_to ? ` (moving to ${unit.moving_to})` : ""}`;
    el.addEventListener("dragstart", (e) => {
      dragged = unitId;
      e.dataTransfer.setData("text/plain", unitId);
      IDE.mode.set(IDE.Mode.DRAGGING_UNIT);
    });
    el.addEventListener("dragend", () => { dragged = null; IDE.mode.set(IDE.Mode.IDLE); });
    return el;
  }

  function lane(name, alive) {
    const el = document.createElement("section");
    el.className = "lane" + (alive ? "" : " dead");
    el.dataset.node = name || "";
    const title = document.createElement("h4");
    title.textContent = name ? `${name}${alive ? "" : " (not answering)"}` : "on every node (stateless)";
    el.append(title);
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

  IDE.nodes = {
    init(el) {
      root = el;
      IDE.comms.subscribe("placement", () => { if (!root.hidden) this.refresh(); });
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
        root.replaceChildren(Object.assign(document.createElement("p"), { className: "muted", textContent: data.error.message }));
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
