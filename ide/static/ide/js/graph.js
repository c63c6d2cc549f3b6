// IDE.graph: the Graphviz SVG of the fluxion graph, with pan, zoom, fit and selection.
// Emits "graph.select" {kind: "fluxion"|"stream"|"group"|"call"|"package", id} when the user clicks an item.
(function (IDE) {
  "use strict";
  let host = null;
  let svg = null;
  let box = null;        // the current viewBox {x, y, w, h}
  let full = null;       // the drawing's own viewBox
  let selected = null;   // {kind, id}
  let drag = null;

  function setBox(next) {
    box = next;
    if (svg) svg.setAttribute("viewBox", `${box.x} ${box.y} ${box.w} ${box.h}`);
  }

  function itemOf(target) {
    const g = target.closest("g.node, g.edge, g.cluster");
    if (!g) return null;
    if (g.id.startsWith("flx-")) return { kind: "fluxion", id: g.id.slice(4) };
    if (g.id.startsWith("stream-")) return { kind: "stream", id: g.id.slice(7) };
    if (g.id.startsWith("call-")) return { kind: "call", id: g.id.slice(5) };
    if (g.id.startsWith("package-")) return { kind: "package", id: g.id.slice(8) };
    if (g.classList.contains("cluster")) {
      const title = g.querySelector("title");
      return title ? { kind: "group", id: title.textContent.replace(/^cluster_/, "") } : null;
    }
    return null;
  }

  function elementOf(item) {
    if (!svg || !item) return null;
    if (item.kind === "group") {
      return [...svg.querySelectorAll("g.cluster")].find((g) => g.querySelector("title")?.textContent === `cluster_${item.id}`);
    }
    const prefix = { fluxion: "flx-", stream: "stream-", call: "call-", package: "package-" }[item.kind];
    return svg.querySelector(`[id="${prefix}${CSS.escape(item.id)}"]`);
  }

  function markSelection() {
    if (!svg) return;
    svg.querySelectorAll(".selected").forEach((el) => el.classList.remove("selected"));
    const el = elementOf(selected);
    if (el) el.classList.add("selected");
  }

  function onPointerDown(e) {
    if (e.button !== 0 || itemOf(e.target)) return;
    drag = { x: e.clientX, y: e.clientY, box: { ...box } };
    IDE.mode.set(IDE.Mode.PANNING);
    host.setPointerCapture(e.pointerId);
  }

  function onPointerMove(e) {
    if (!drag || IDE.mode.current !== IDE.Mode.PANNING) return;
    const scale = box.w / host.clientWidth;
    setBox({ ...drag.box, x: drag.box.x - (e.clientX - drag.x) * scale, y: drag.box.y - (e.clientY - drag.y) * scale });
  }

  function onPointerUp() {
    drag = null;
    if (IDE.mode.current === IDE.Mode.PANNING) IDE.mode.set(IDE.Mode.IDLE);
  }

  function onClick(e) {
    const item = itemOf(e.target);
    if (item) IDE.graph.select(item, { from: "graph" });
  }

  IDE.graph = {
    init(el) {
      host = el;
      host.addEventListener("pointerdown", onPointerDown);
      host.addEventListener("pointermove", onPointerMove);
      host.addEventListener("pointerup", onPointerUp);
      host.addEventListener("click", onClick);
      host.addEventListener("wheel", (e) => { e.preventDefault(); this.zoom(e.deltaY < 0 ? 1.15 : 1 / 1.15); }, { passive: false });
    },
    render(svgText) {
      const first = !svg;
      host.innerHTML = svgText;
      svg = host.querySelector("svg");
      svg.removeAttribute("width");
      svg.removeAttribute("height");
      const [x, y, w, h] = svg.getAttribute("viewBox").split(/\s+/).map(Number);
      const changed = !full || full.w !== w || full.h !== h;
      full = { x, y, w, h };
      if (first || changed) this.fit(); else setBox(box);
      markSelection();
      IDE.bus.emit("graph.rendered");
    },
    fit() { if (full) setBox({ ...full }); },
    zoom(factor) {
      if (!box) return;
      const w = box.w / factor, h = box.h / factor;
      setBox({ x: box.x + (box.w - w) / 2, y: box.y + (box.h - h) / 2, w, h });
    },
    select(item, options) {
      selected = item;
      markSelection();
      IDE.bus.emit("graph.select", { ...(item || {}), from: (options || {}).from || "code" });
    },
    get selected() { return selected; },
  };
})(window.IDE);
