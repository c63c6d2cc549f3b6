// Errors as the service's author reads them: stack positions mapped back to the lines
// they wrote, and an error described for the logs and the IDE.
(function (rt) {
  "use strict";

  // -- errors ----------------------------------------------------------------------
  // Positions inside the factory copies are mapped back to the user's lines.
  const lineMaps = {};
  rt.setLineMaps = function (json) { Object.assign(lineMaps, JSON.parse(json)); return true; };

  function mapLine(file, line) {
    const map = lineMaps[file];
    if (!map) return line;
    for (const [from, to, original] of map) if (line >= from && line <= to) return original + (line - from);
    return line;
  }

  function userFrames(error) {
    const stack = (error && typeof error.stack === "string") ? error.stack : "";
    const frames = [];
    const re = /\(?([^\s()]+):(\d+):(\d+)\)?$/;
    for (const line of stack.split("\n").slice(1)) {
      const m = re.exec(line.trim());
      if (m && rt.project.modules[m[1]]) frames.push({file: m[1], line: mapLine(m[1], Number(m[2])), column: Number(m[3]) - 1});
    }
    return frames;
  }

  rt.userFrames = userFrames;

  function remapStack(error) {
    if (!error || typeof error.stack !== "string") return;
    try {
      const lines = error.stack.split("\n").map((line) => line.replace(/([^\s()]+):(\d+):(\d+)/, (all, file, l, c) =>
        rt.project.modules[file] ? rt.project.root + "/" + file + ":" + mapLine(file, Number(l)) + ":" + c : all));
      Object.defineProperty(error, "stack", {value: lines.join("\n"), writable: true, configurable: true});
    } catch (e) { /* frozen error objects keep their stack */ }
  }
  rt.remapStack = remapStack;

  rt.describeError = function (error) {
    const frames = userFrames(error);
    remapStack(error);
    let message;
    try { message = (error && error.stack) ? String(error.stack) : String(error); } catch (e) { message = "(unprintable error)"; }
    const fluxion = (error !== null && typeof error === "object" && rt.errorFluxion.get(error)) || rt.runningFluxion();
    return {fluxion: fluxion, message: error && error.message !== undefined ? String(error.message) : String(error),
            name: error && error.name ? String(error.name) : "Error",
            stack: message, file: frames.length ? frames[0].file : null,
            line: frames.length ? frames[0].line : null, column: frames.length ? frames[0].column : null};
  };

  exports.userFrames = userFrames;
})(require("./core"));
