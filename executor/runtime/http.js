// `http` and `https`: a liquid service does not listen on a port (the gateway
// does), so a server only keeps its request listener, which is the app.
(function (rt) {
  "use strict";
  function makeModule() {
    return {
      createServer(options, listener) {
        const handler = typeof options === "function" ? options : listener;
        if (handler) rt.express.serverListener = handler;
        const server = {
          listen() {
            const cb = arguments[arguments.length - 1];
            if (typeof cb === "function") rt.post(cb, [], {via: "server.listen"});
            return server;
          },
          close(cb) { if (typeof cb === "function") rt.post(cb, [], {via: "server.close"}); return server; },
          on() { return server; }, once() { return server; }, address: () => ({address: "::", family: "IPv6", port: 0}),
          setTimeout() { return server; },
        };
        return server;
      },
      STATUS_CODES: Object.assign({}, rt.http.STATUS),
      METHODS: ["DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT"],
      request() { throw rt.noNetwork("http.request"); },
      get() { throw rt.noNetwork("http.get"); },
    };
  }
  rt.defineRuntimeModule("http", makeModule);
  rt.defineRuntimeModule("https", makeModule);
  rt.defineRuntimeModule("os", () => ({
    EOL: "\n", platform: () => "linux", type: () => "Linux", arch: () => "x64", hostname: () => "liquefy",
    cpus: () => [], totalmem: () => 0, freemem: () => 0, tmpdir: () => "/tmp", homedir: () => "/", uptime: () => 0,
    endianness: () => "LE", release: () => "liquefy", loadavg: () => [0, 0, 0], networkInterfaces: () => ({}),
  }));
  // `tty`: a fluxion has no terminal; what `debug` and colour detection ask for.
  rt.defineRuntimeModule("tty", () => {
    function NoTerminal() { throw new Error("Liquefy: a fluxion has no terminal (tty)"); }
    return {isatty: () => false, ReadStream: NoTerminal, WriteStream: NoTerminal};
  });
})(globalThis.__rt);
