"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __name = (target, value) => __defProp(target, "name", { value, configurable: true });
var __commonJS = (cb, mod) => function __require() {
  return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// src/lib/clock.js
var require_clock = __commonJS({
  "src/lib/clock.js"(exports2, module2) {
    "use strict";
    var tick = 0;
    module2.exports = {
      next() {
        tick += 1;
        return tick;
      },
      get current() {
        return tick;
      }
    };
  }
});

// src/lib/ids.js
var require_ids = __commonJS({
  "src/lib/ids.js"(exports2) {
    "use strict";
    var IdGenerator = class {
      static {
        __name(this, "IdGenerator");
      }
      constructor(prefix) {
        this.prefix = prefix;
        this.last = 0;
      }
      next() {
        this.last += 1;
        return `${this.prefix}-${String(this.last).padStart(3, "0")}`;
      }
    };
    exports2.IdGenerator = IdGenerator;
    exports2.loanIds = new IdGenerator("L");
  }
});

// src/server.ts
var server_exports = {};
__export(server_exports, {
  app: () => app,
  default: () => server_default
});
module.exports = __toCommonJS(server_exports);
var import_express2 = __toESM(require("express"));

// src/store/catalog.ts
var _Catalog = class _Catalog {
  books = /* @__PURE__ */ new Map();
  static created = 0;
  add(input) {
    const existing = this.books.get(input.isbn);
    if (existing) {
      existing.copies += input.copies ?? 1;
      existing.available += input.copies ?? 1;
      return existing;
    }
    const book = {
      isbn: input.isbn,
      title: input.title,
      copies: input.copies ?? 1,
      available: input.copies ?? 1
    };
    this.books.set(book.isbn, book);
    _Catalog.created += 1;
    return book;
  }
  find(isbn) {
    return this.books.get(isbn);
  }
  take(isbn) {
    const book = this.books.get(isbn);
    if (!book || book.available === 0) return false;
    book.available -= 1;
    return true;
  }
  giveBack(isbn) {
    const book = this.books.get(isbn);
    if (book) book.available += 1;
  }
  list() {
    return [...this.books.values()].sort((a, b) => a.isbn.localeCompare(b.isbn));
  }
};
__name(_Catalog, "Catalog");
var Catalog = _Catalog;
var catalog = new Catalog();

// src/store/loans.ts
var import_clock = __toESM(require_clock());
var import_ids = __toESM(require_ids());
var LoanError = class extends Error {
  constructor(status, code) {
    super(code);
    this.status = status;
    this.code = code;
  }
  static {
    __name(this, "LoanError");
  }
};
var LoanBook = class {
  constructor(books, limit = 2) {
    this.books = books;
    this.limit = limit;
  }
  static {
    __name(this, "LoanBook");
  }
  #loans = /* @__PURE__ */ new Map();
  #byMember = /* @__PURE__ */ new Map();
  #history = [];
  lend(isbn, member) {
    const open = this.#byMember.get(member) ?? /* @__PURE__ */ new Set();
    if (open.size >= this.limit) throw new LoanError(409, "limit_reached");
    if (!this.books.find(isbn)) throw new LoanError(404, "no_such_book");
    if (!this.books.take(isbn)) throw new LoanError(409, "none_available");
    const loan = { id: import_ids.loanIds.next(), isbn, member, out: import_clock.default.next(), back: null };
    this.#loans.set(loan.id, loan);
    open.add(loan.id);
    this.#byMember.set(member, open);
    this.#record("lend", loan);
    return loan;
  }
  giveBack(id) {
    const loan = this.#loans.get(id);
    if (!loan) throw new LoanError(404, "no_such_loan");
    if (loan.back !== null) throw new LoanError(409, "already_returned");
    loan.back = import_clock.default.next();
    this.#byMember.get(loan.member)?.delete(id);
    this.books.giveBack(loan.isbn);
    this.#record("return", loan);
    return loan;
  }
  openFor(member) {
    return [...this.#byMember.get(member) ?? []].map((id) => this.#loans.get(id));
  }
  history(last = 5) {
    return this.#history.slice(-last);
  }
  #record(kind, loan) {
    this.#history.push(`${kind}:${loan.id}:${loan.isbn}@${import_clock.default.current}`);
  }
};
var loans = new LoanBook(catalog);

// src/metrics.ts
var metrics_exports = {};
__export(metrics_exports, {
  bump: () => bump,
  served: () => served,
  snapshot: () => snapshot
});
var served = 0;
var perRoute = {};
function bump(route) {
  served++;
  perRoute[route] = (perRoute[route] ?? 0) + 1;
}
__name(bump, "bump");
function snapshot() {
  return { served, perRoute: { ...perRoute } };
}
__name(snapshot, "snapshot");

// src/routes.ts
var import_express = require("express");
var count = /* @__PURE__ */ __name((name) => (req, _res, next) => {
  bump(name);
  next();
}, "count");
function buildRouter(books, book) {
  const router = (0, import_express.Router)();
  router.get("/books", count("books.list"), (_req, res) => {
    res.json(books.list());
  });
  router.post("/books", count("books.add"), (req, res) => {
    const { isbn, title, copies } = req.body ?? {};
    if (typeof isbn !== "string" || typeof title !== "string") {
      res.status(400).json({ error: "isbn_and_title_required" });
      return;
    }
    res.status(201).json(books.add({ isbn, title, copies }));
  });
  router.get("/books/:isbn", count("books.one"), (req, res) => {
    const found = books.find(req.params.isbn);
    if (!found) return void res.status(404).json({ error: "no_such_book" });
    res.json(found);
  });
  router.post("/loans", count("loans.lend"), (req, res) => {
    const loan = book.lend(req.body.isbn, req.body.member);
    res.status(201).json(loan);
  });
  router.post("/loans/:id/return", count("loans.return"), (req, res) => {
    res.json(book.giveBack(req.params.id));
  });
  router.get("/members/:member/loans", count("members.loans"), (req, res) => {
    res.json({ member: req.params.member, open: book.openFor(req.params.member) });
  });
  router.get("/history", count("history"), (req, res) => {
    res.json(book.history(Number(req.query.last ?? 5)));
  });
  return router;
}
__name(buildRouter, "buildRouter");

// src/server.ts
var app = (0, import_express2.default)();
app.use(import_express2.default.json());
app.use("/api", buildRouter(catalog, loans));
app.get("/stats", (_req, res) => {
  res.json({ ...metrics_exports.snapshot(), titles: Catalog.created, served: metrics_exports.served });
});
app.use((err, _req, res, _next) => {
  if (err instanceof LoanError) {
    res.status(err.status).json({ error: err.code });
    return;
  }
  res.status(500).json({ error: "internal" });
});
var server_default = app;
if (require.main === module) {
  const port = Number(process.env.PORT ?? 3e3);
  app.listen(port, () => console.log(`library-loans listening on ${port}`));
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  app
});
