// A text document edited through command objects: each command carries its own
// do/undo closures; the history keeps them and calls them again later.
class Document {
  lines = [];
  #undo = [];
  #redo = [];
  static audit = [];

  #run(name, command) {
    command.apply();
    this.#undo.push({ name, ...command });
    this.#redo.length = 0;
    Document.audit.push(name);
  }

  insert(at, text) {
    const lines = this.lines;
    this.#run(`insert@${at}`, {
      apply: () => lines.splice(at, 0, text),
      revert: () => lines.splice(at, 1),
    });
  }

  replace(at, text) {
    const before = this.lines[at];
    this.#run(`replace@${at}`, {
      apply: () => { this.lines[at] = text; },
      revert: () => { this.lines[at] = before; },
    });
  }

  upperAll() {
    const before = [...this.lines];
    this.#run('upper', {
      apply: () => this.lines.forEach((l, i, arr) => { arr[i] = l.toUpperCase(); }),
      revert: () => this.lines.splice(0, this.lines.length, ...before),
    });
  }

  undo() {
    const cmd = this.#undo.pop();
    if (!cmd) return null;
    cmd.revert();
    this.#redo.push(cmd);
    Document.audit.push(`undo ${cmd.name}`);
    return cmd.name;
  }

  redo() {
    const cmd = this.#redo.pop();
    if (!cmd) return null;
    cmd.apply();
    this.#undo.push(cmd);
    Document.audit.push(`redo ${cmd.name}`);
    return cmd.name;
  }

  get depth() {
    return { undo: this.#undo.length, redo: this.#redo.length };
  }
}

module.exports = Document;
