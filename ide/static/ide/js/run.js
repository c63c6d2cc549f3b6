// IDE.run: deploy and stop, the request console, and the service's console output.
(function (IDE) {
  "use strict";
  let logList = null;
  let lastTs = -1;  // the newest log entry shown
  let deploying = false;  // npm's lines then show in the status bar too
  const $ = (id) => document.getElementById(id);

  function say(text, level) { IDE.bus.emit("status", { level: level || "info", text }); }

  function showLogs(entries) {
    logList.querySelectorAll("li.muted").forEach((li) => li.remove());
    for (const e of entries) {
      lastTs = Math.max(lastTs, e.ts);
      if (e.source === "npm" && deploying) say(`Deploying: ${e.text}`);
      const li = document.createElement("li");
      li.className = `log level-${e.level}${e.source ? ` source-${e.source}` : ""}`;
      const when = new Date(e.ts).toLocaleTimeString();
      const where = e.line ? ` ${e.fluxion || ""} ${e.file || ""}:${e.line}` : "";
      li.textContent = `${when} ${e.level}${where} ${e.text}`;
      if (e.line) {
        li.classList.add("jump");
        li.title = "show this line in the editor";
        li.addEventListener("click", () => IDE.editor.gotoLine(e.file || IDE.boot.entry, e.line, 0));
      }
      logList.append(li);
    }
    logList.scrollTop = logList.scrollHeight;
  }

  async function deploy() {
    if (IDE.project.dirty) await IDE.project.save();  // deploy what the editor shows
    say("Deploying the saved revision…");
    deploying = true;
    const result = await IDE.comms.post("deploy").finally(() => { deploying = false; });
    if (result.error) {
      const e = result.error;
      say(`Deploy failed: ${e.message}${e.line ? ` (${e.file}:${e.line})` : ""}`, "error");
      if (e.line) IDE.editor.gotoLine(e.file, e.line, e.column || 0);
      return;
    }
    say(`Deployed revision ${result.revision} at ${result.url}`);
    $("svc-url").hidden = false;
    IDE.comms.send({ type: "logs.follow", since: lastTs + 1 });
    IDE.bus.emit("deployed", result);
  }

  // A deploy setting, stored on the project: it takes effect at the next deploy.
  async function switchVerify() {
    const toggle = $("verify");
    const wanted = toggle.checked;
    const result = await IDE.comms.post("verify", { on: wanted });
    if (result.error) {
      toggle.checked = !wanted;
      say(`Verify mode not switched: ${result.error.message}`, "error");
      return;
    }
    say(`Verify mode ${result.on ? "on" : "off"} from the next deploy.`);
  }

  async function stop() {
    const result = await IDE.comms.post("stop");
    say(result.error ? `Stop failed: ${result.error.message}` : "Stopped.", result.error ? "error" : "info");
    IDE.bus.emit("deployed", null);
  }

  function parseHeaders(text) {
    const headers = {};
    for (const line of text.split("\n")) {
      const i = line.indexOf(":");
      if (i > 0) headers[line.slice(0, i).trim()] = line.slice(i + 1).trim();
    }
    return headers;
  }

  async function sendRequest(e) {
    e.preventDefault();
    const out = $("req-result");
    out.textContent = "…";
    const result = await IDE.comms.post("request", {
      method: $("req-method").value, path: $("req-path").value,
      headers: parseHeaders($("req-headers").value), body: $("req-body").value,
    });
    if (result.error) { out.textContent = `error: ${result.error.message}`; return; }
    const headers = result.headers.map(([k, v]) => `${k}: ${v}`).join("\n");
    out.textContent = `${result.status} · ${result.ms} ms\n${headers}\n\n${result.body}`;
  }

  IDE.run = {
    init() {
      logList = $("logs");
      $("deploy").addEventListener("click", deploy);
      $("stop").addEventListener("click", stop);
      $("verify").addEventListener("change", switchVerify);
      $("request-form").addEventListener("submit", sendRequest);
      IDE.comms.subscribe("logs", (event) => showLogs(event.entries));
      IDE.comms.subscribe("logs.unavailable", (event) => {
        logList.replaceChildren(Object.assign(document.createElement("li"), { className: "muted", textContent: event.message }));
      });
      IDE.comms.get("status").then((s) => {
        if (s.unavailable) say(s.unavailable, "warning");
        else if (s.deployed) say(`Running version ${s.version} at ${s.url}`);
        else say("Not deployed.");
        $("node-names").replaceChildren(...(s.nodes || []).map((name) => Object.assign(document.createElement("option"), { value: name })));
      });
      IDE.bus.on("socket.open", () => IDE.comms.send({ type: "logs.follow", since: lastTs + 1 }));
    },
    showLogs,
  };
})(window.IDE);
