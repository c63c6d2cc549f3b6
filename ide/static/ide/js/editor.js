// IDE.editor: CodeMirror 6 over the service's text files, one state per file.
// Emits "code.changed" {path} on edits and "editor.cursor" {path, offset} when the cursor moves.
(function (IDE, CM) {
  "use strict";
  let view = null;
  let current = null;
  const states = new Map();       // path -> EditorState
  const diagnostics = new Map();  // path -> [{line, column, severity, message}]

  const setHighlight = CM.StateEffect.define();
  const highlightField = CM.StateField.define({
    create: () => CM.Decoration.none,
    update(deco, tr) {
      deco = deco.map(tr.changes);
      for (const e of tr.effects) {
        if (e.is(setHighlight)) {
          deco = e.value ? CM.Decoration.set([CM.Decoration.mark({ class: "cm-fluxion" }).range(e.value.from, e.value.to)])
                         : CM.Decoration.none;
        }
      }
      return deco;
    },
    provide: (f) => CM.EditorView.decorations.from(f),
  });

  function extensions() {
    return [
      CM.lineNumbers(), CM.highlightActiveLineGutter(), CM.history(), CM.drawSelection(), CM.indentOnInput(),
      CM.bracketMatching(), CM.highlightActiveLine(), CM.highlightSelectionMatches(), CM.lintGutter(),
      CM.syntaxHighlighting(CM.defaultHighlightStyle, { fallback: true }), CM.javascript(), highlightField,
      CM.EditorView.lineWrapping,
      CM.keymap.of([...CM.defaultKeymap, ...CM.historyKeymap, ...CM.searchKeymap, CM.indentWithTab]),
      CM.EditorView.updateListener.of((update) => {
        if (update.docChanged) IDE.bus.emit("code.changed", { path: current });
        if (update.selectionSet && !update.docChanged) {
          const offset = update.state.selection.main.head;
          IDE.bus.emit("editor.cursor", { path: current, offset, call: callAt(update.state, offset) });
        }
      }),
    ];
  }

  // The innermost call around `offset`, named as overrides name it: file:line:column of its start.
  function callAt(state, offset) {
    for (let node = CM.syntaxTree(state).resolveInner(offset, -1); node; node = node.parent) {
      if (node.name !== "CallExpression") continue;
      const args = node.getChild("ArgList");
      const line = state.doc.lineAt(node.from);
      const callee = state.doc.sliceString(node.from, args ? args.from : node.to).replace(/\s+/g, " ").slice(0, 60);
      return { file: current, line: line.number, column: node.from - line.from, callee };
    }
    return null;
  }

  function offsetOf(doc, line, column) {
    const l = doc.line(Math.max(1, Math.min(line, doc.lines)));
    return Math.min(l.from + Math.max(0, column || 0), l.to);
  }

  function applyDiagnostics() {
    const doc = view.state.doc;
    const items = (diagnostics.get(current) || []).map((d) => {
      const from = offsetOf(doc, d.line, d.column);
      const lineEnd = doc.lineAt(from).to;  // a finding about a whole callback underlines its first line only
      const to = d.endLine ? Math.min(lineEnd, Math.max(from, offsetOf(doc, d.endLine, d.endColumn))) : Math.min(lineEnd, from + 1);
      return { from, to: Math.max(to, from), severity: d.severity === "error" ? "error" : d.severity === "warning" ? "warning" : "info", message: d.message };
    });
    view.dispatch(CM.setDiagnostics(view.state, items));
  }

  IDE.editor = {
    init(parent, files) {
      for (const [path, text] of Object.entries(files)) {
        states.set(path, CM.EditorState.create({ doc: text, extensions: extensions() }));
      }
      view = new CM.EditorView({ parent });
    },
    open(path) {
      if (!states.has(path) || path === current) return;
      if (current) states.set(current, view.state);
      current = path;
      view.setState(states.get(path));
      applyDiagnostics();
      IDE.bus.emit("file.opened", { path });
    },
    get current() { return current; },
    paths: () => [...states.keys()],
    add(path, text) {
      states.set(path, CM.EditorState.create({ doc: text, extensions: extensions() }));
      IDE.bus.emit("code.changed", { path });
    },
    files() {
      if (current) states.set(current, view.state);
      return Object.fromEntries([...states].map(([p, s]) => [p, s.doc.toString()]));
    },
    // [{file, line, column, endLine, endColumn, severity, message}], all files at once.
    setDiagnostics(list) {
      diagnostics.clear();
      for (const d of list) {
        if (!diagnostics.has(d.file)) diagnostics.set(d.file, []);
        diagnostics.get(d.file).push(d);
      }
      if (view && current) applyDiagnostics();
    },
    highlight(path, from, to) {
      if (path !== current) this.open(path);
      const len = view.state.doc.length;
      const range = from == null ? null : { from: Math.min(from, len), to: Math.min(to, len) };
      view.dispatch({ effects: [setHighlight.of(range), ...(range ? [CM.EditorView.scrollIntoView(view.state.doc.lineAt(range.from).from, { y: "center" })] : [])] });
    },
    highlightLoc(path, loc) {
      if (path !== current) this.open(path);
      const doc = view.state.doc;
      this.highlight(path, offsetOf(doc, loc.start.line, loc.start.column), offsetOf(doc, loc.end.line, loc.end.column));
    },
    gotoLine(path, line, column) {
      if (path && path !== current) this.open(path);
      const pos = offsetOf(view.state.doc, line, column || 0);
      view.dispatch({ selection: { anchor: pos }, effects: CM.EditorView.scrollIntoView(pos, { y: "center" }) });
      view.focus();
    },
    get view() { return view; },
  };
})(window.IDE, window.CM);
