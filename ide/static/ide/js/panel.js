// IDE.panel: explains the selected item in words, and offers the edits that apply to it.
(function (IDE) {
  "use strict";
  let root = null;
  let callAtCursor = null;

  const KIND_WHY = {
    main: "the top-level program: it runs once, when the service is deployed.",
    start: "started by a listener (a route, a middleware, a timer, an event): each event starts a new chain.",
    post: "a continuation (the callback of I/O, a timer, a promise): one message per call.",
  };
  const STREAM_WHY = {
    start: "a listener: the callback is called again and again, each call starting a new chain of messages",
    post: "an asynchronous continuation: the callback is called later, once per call, so the caller's work ends here",
  };

  function h(tag, attrs, ...children) {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k.startsWith("on")) el.addEventListener(k.slice(2), v); else el.setAttribute(k, v);
    }
    el.append(...children.filter((c) => c != null));
    return el;
  }
  const code = (text) => h("code", {}, text);
  const list = (items) => (items.length ? items.map(code).flatMap((c, i) => (i ? [", ", c] : [c])) : ["none"]);
  const keyOf = (file, loc) => `${file}:${loc.start.line}:${loc.start.column}`;

  // `current`: the override in force, if any; `natural`: what the call is without one.
  function overrideButtons(key, callee, current, natural) {
    const edit = (after, label) => IDE.history.do({ kind: "override", key, before: current || null, after, label });
    const choices = [["sync", "Mark synchronous"], ["post", "Mark as rupture point (post)"], ["start", "Mark as rupture point (start)"]];
    return h("div", { class: "actions" },
      ...choices.filter(([v]) => v !== (current || natural)).map(([v, text]) =>
        h("button", { type: "button", "data-override": v, onclick: () => edit(v, `${text}: ${callee}`) }, text)),
      current ? h("button", { type: "button", "data-override": "clear", onclick: () => edit(null, `Clear override of ${callee}`) },
                  `Clear override (${current})`) : null);
  }

  function fluxion(graph, f) {
    const edits = graph.edits;
    const group = graph.groups.find((g) => g.id === f.group);
    const incoming = graph.streams.filter((s) => s.to === f.id);
    const routes = graph.routes.filter((r) => r.fluxion === f.id);
    const nameInput = h("input", { id: "rename-input", value: f.name, "aria-label": "display name" });
    const rename = () => {
      const after = nameInput.value.trim() || null;
      const before = edits.names[f.id] || null;
      const at = keyOf(f.file, f.loc);
      IDE.history.do({ kind: "rename", key: f.id, before, after: after === f.id ? null : after, at, label: `Rename ${f.id}` });
    };
    const pin = edits.pins[f.id] || null;
    const pinInput = h("input", { id: "pin-input", value: pin || "", placeholder: "node name", list: "node-names", "aria-label": "node" });
    return [
      h("h3", {}, `Fluxion ${f.name}`, f.name !== f.id ? h("small", {}, ` (${f.id})`) : null),
      h("p", {}, h("strong", {}, f.kind), " — ", KIND_WHY[f.kind]),
      h("p", {}, "Code: ", code(`${f.file}:${f.loc.start.line}–${f.loc.end.line}`)),
      h("p", {}, "Context (state kept by this fluxion): ", ...list(f.context)),
      writesOf(graph, f),
      group ? h("p", {}, "Group ", code(group.id), ": shares ", ...list(group.variables), " with ", ...list(group.fluxions.filter((x) => x !== f.id)), ", one message at a time.") : null,
      ...incoming.map((s) => h("p", {}, `Reached by a ${s.type} stream from `, code(s.from), " through ", code(s.callee), "; each message carries ", ...list(s.signature), ".")),
      ...routes.map((r) => h("p", {}, "Answers ", code(`${r.method} ${r.path}`))),
      h("form", { class: "actions", onsubmit: (e) => { e.preventDefault(); rename(); } },
        nameInput, h("button", { type: "submit", id: "rename-button" }, "Rename")),
      h("form", { class: "actions", onsubmit: (e) => { e.preventDefault(); IDE.history.do({ kind: "pin", key: f.id, before: pin, after: pinInput.value.trim() || null, label: `Pin ${f.id}` }); } },
        pinInput, h("button", { type: "submit" }, "Pin to node"),
        pin ? h("button", { type: "button", onclick: () => IDE.history.do({ kind: "pin", key: f.id, before: pin, after: null, label: `Unpin ${f.id}` }) }, `Unpin from ${pin}`) : null),
    ];
  }

  // Why the fluxion keeps state: each write of state that outlives a message, where it is.
  function writesOf(graph, f) {
    const found = (graph.variables || []).flatMap((v) => (v.writes || []).filter((w) => w.fluxion === f.id).map((w) => [v, w]));
    if (!found.length) return null;
    return h("div", { class: "writes" }, h("p", {}, "It writes state that outlives a message, so it is not replicated:"),
      h("ul", {}, ...found.map(([v, w]) => h("li", {}, code(v.name), " at ", code(`${w.file}:${w.line}`), " ", code(w.code),
        w.unresolved ? ` (the analysis cannot see what ${w.unresolved} does: taken as a write)` : "", " ",
        h("button", { type: "button", class: "link", "data-read-only": w.key,
                      onclick: () => IDE.history.do({ kind: "override", key: w.key, before: graph.edits.overrides[w.key] || null,
                                                      after: "read-only", label: `Read-only here: ${w.key}` }) },
          "read-only here: replicate")))));
  }

  function stream(graph, s) {
    const key = keyOf(s.file, s.loc);
    return [
      h("h3", {}, `Stream ${s.from} → ${s.to}`),
      h("p", {}, "Rupture point: the call to ", code(s.callee), " at ", code(`${s.file}:${s.loc.start.line}`), " is ", STREAM_WHY[s.type], "."),
      h("p", {}, `Type: ${s.type}. Each message carries `, ...list(s.signature), s.signature.length ? ": the variables the downstream fluxion reads and the upstream one set." : "."),
      overrideButtons(key, s.callee, graph.edits.overrides[key], s.type),
    ];
  }

  function group(graph, g) {
    return [
      h("h3", {}, `Group ${g.id}`),
      h("p", {}, ...list(g.fluxions), " are grouped because they share ", ...list(g.variables),
        ": written by one and read or written by another outside its chain. They live on one node and take one message at a time."),
    ];
  }

  function call(graph, index) {
    const c = (graph.calls || [])[Number(index)];
    if (!c) return [h("p", {}, "This call is no longer in the graph.")];
    const key = keyOf(c.file, c.loc);
    return [
      h("h3", {}, `Call ${c.callee}()`),
      h("p", {}, code(c.caller), " calls ", code(c.callee), " synchronously at ", code(`${c.file}:${c.loc.start.line}`), ": it runs inside fluxion ", code(c.fluxion), "."),
      overrideButtons(key, c.callee, graph.edits.overrides[key], "sync"),
    ];
  }

  // An npm package: one box for all its code, which runs inside the fluxions that call it.
  function packageOf(graph, index) {
    const p = (graph.packages || [])[Number(index)];
    if (!p) return [h("p", {}, "This package is no longer in the graph.")];
    return [
      h("h3", {}, `Package ${p.name}`),
      h("p", {}, "Library code from ", code(`node_modules/${p.name}`), ": not split into fluxions, it runs inside the fluxion that calls it."),
      h("p", { class: "package-callers" }, "Called by ", ...list(p.fluxions), "."),
    ];
  }

  function cursorCall(graph, c) {
    const key = `${c.file}:${c.line}:${c.column}`;
    const stream = graph.streams.find((s) => keyOf(s.file, s.loc) === key);
    const now = stream ? `a rupture point (${stream.type} stream ${stream.from} → ${stream.to})`
                       : "not a rupture point: it runs synchronously inside its fluxion";
    return h("div", { class: "call-at-cursor" }, h("h4", {}, "Call at the cursor"),
      h("p", {}, code(`${c.callee}(…)`), ` at ${c.file}:${c.line}: ${now}.`),
      overrideButtons(key, c.callee, graph.edits.overrides[key], stream ? stream.type : "sync"));
  }

  function overridesList(graph) {
    const entries = Object.entries(graph.edits.overrides);
    if (!entries.length) return null;
    return h("div", { class: "overrides" }, h("h4", {}, "Overrides"),
      h("ul", {}, ...entries.map(([key, value]) => h("li", {}, code(key), ` → ${value} `,
        h("button", { type: "button", class: "link", onclick: () => IDE.history.do({ kind: "override", key, before: value, after: null, label: `Clear override ${key}` }) }, "clear")))));
  }

  IDE.panel = {
    init(el) { root = el; },
    render() {
      const graph = IDE.analysis.last && IDE.analysis.last.graph;
      const item = IDE.graph.selected;
      if (!graph) return;
      let body = [h("p", { class: "muted" }, "Select a fluxion, a stream or a group in the graph, or put the cursor in a callback.")];
      if (item && item.kind === "fluxion") {
        const f = graph.fluxions.find((x) => x.id === item.id);
        if (f) body = fluxion(graph, f);
      } else if (item && item.kind === "stream") {
        const s = graph.streams.find((x) => x.id === item.id);
        if (s) body = stream(graph, s);
      } else if (item && item.kind === "group") {
        const g = graph.groups.find((x) => x.id === item.id);
        if (g) body = group(graph, g);
      } else if (item && item.kind === "call") {
        body = call(graph, item.id);
      } else if (item && item.kind === "package") {
        body = packageOf(graph, item.id);
      }
      root.replaceChildren(...body.filter(Boolean), callAtCursor ? cursorCall(graph, callAtCursor) : "",
                           overridesList(graph) || "");
    },
    setCall(call) {
      const same = JSON.stringify(call) === JSON.stringify(callAtCursor);
      callAtCursor = call;
      if (!same) this.render();
    },
  };
})(window.IDE);
