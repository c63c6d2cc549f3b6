// IDE.files: the service's file tree. JavaScript opens in the editor; data files are listed.
(function (IDE) {
  "use strict";
  let root = null;

  function tree(paths) {
    const top = { dirs: new Map(), files: [] };
    for (const path of paths) {
      const parts = path.split("/");
      let node = top;
      for (const dir of parts.slice(0, -1)) {
        if (!node.dirs.has(dir)) node.dirs.set(dir, { dirs: new Map(), files: [] });
        node = node.dirs.get(dir);
      }
      node.files.push(path);
    }
    return top;
  }

  function list(node, editable, current) {
    const ul = document.createElement("ul");
    for (const [name, child] of [...node.dirs].sort()) {
      const li = document.createElement("li");
      li.className = "dir";
      li.textContent = name + "/";
      li.append(list(child, editable, current));
      ul.append(li);
    }
    for (const path of node.files.sort()) {
      const li = document.createElement("li");
      const name = path.split("/").pop();
      if (editable.has(path)) {
        const a = document.createElement("a");
        a.href = "#";
        a.textContent = name;
        a.dataset.path = path;
        if (path === current) a.className = "current";
        a.addEventListener("click", (e) => { e.preventDefault(); IDE.editor.open(path); });
        li.append(a);
      } else {
        li.className = "data";
        li.textContent = name;
        li.title = "data file (kept as uploaded)";
      }
      ul.append(li);
    }
    return ul;
  }

  IDE.files = {
    init(el) { root = el; IDE.bus.on("file.opened", () => this.render()); },
    render() {
      const editable = new Set(IDE.editor.paths());
      const all = [...editable, ...(IDE.boot.data || [])];
      root.replaceChildren(list(tree(all), editable, IDE.editor.current));
    },
  };
})(window.IDE);
