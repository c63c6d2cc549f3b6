// IDE.comms: JSON requests to the project's API (with the CSRF token) and the
// project's one WebSocket, with topic subscriptions and a visible reconnect back-off.
(function (IDE) {
  "use strict";
  let base = "";
  let socket = null;
  let retries = 0;
  let wsPath = "";
  const topics = new Map();

  // The CSRF cookie is HttpOnly: the page carries the token in a <meta> tag.
  function csrfToken() {
    const meta = document.querySelector("meta[name=csrf-token]");
    return meta ? meta.content : "";
  }

  async function call(method, name, body) {
    const response = await fetch(base + name, {
      method,
      headers: { "Content-Type": "application/json", "X-CSRFToken": csrfToken() },
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: "same-origin",
    });
    let data;
    try { data = await response.json(); } catch (e) { data = { error: { message: `HTTP ${response.status}` } }; }
    if (!response.ok && !data.error) data.error = { message: `HTTP ${response.status}` };
    data.httpStatus = response.status;
    return data;
  }

  function showSocketState(state, text) {
    const el = document.getElementById("ws-state");
    if (!el) return;
    el.dataset.state = state;
    el.textContent = text;
  }

  function connect() {
    const scheme = location.protocol === "https:" ? "wss" : "ws";
    socket = new WebSocket(`${scheme}://${location.host}${wsPath}`);
    socket.onopen = () => { retries = 0; showSocketState("open", "live"); IDE.bus.emit("socket.open"); };
    socket.onmessage = (message) => {
      const event = JSON.parse(message.data);
      for (const fn of topics.get(event.type) || []) {
        try { fn(event); } catch (e) { console.warn("IDE.comms: a socket handler failed", e); }
      }
    };
    socket.onclose = () => {
      const delay = Math.min(30, 2 ** retries);
      retries += 1;
      showSocketState("closed", `offline, retrying in ${delay} s`);
      setTimeout(connect, delay * 1000);
    };
  }

  IDE.comms = {
    init(apiBase, socketPath) { base = apiBase; wsPath = socketPath; if (socketPath) connect(); },
    get: (name) => call("GET", name),
    post: (name, body) => call("POST", name, body || {}),
    subscribe(type, fn) {
      if (!topics.has(type)) topics.set(type, new Set());
      topics.get(type).add(fn);
    },
    send(event) { if (socket && socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify(event)); },
  };
})(window.IDE);
