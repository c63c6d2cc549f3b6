"use strict";

Object.defineProperty(exports, "__esModule", {
  value: true
});
exports.default = void 0;
var _express = _interopRequireDefault(require("express"));
var _ledger = _interopRequireDefault(require("./ledger"));
var _billing = require("./billing");
function _interopRequireDefault(e) { return e && e.__esModule ? e : { default: e }; }
const app = (0, _express.default)();
const subscriptions = new _billing.Subscriptions(_billing.gateway, _ledger.default);
app.use(_express.default.json());
const wrap = fn => (req, res, next) => fn(req, res).catch(next);
app.post("/subscriptions", wrap(async (req, res) => {
  var _req$body, _req$body2;
  const sub = await subscriptions.subscribe((_req$body = req.body) === null || _req$body === void 0 ? void 0 : _req$body.customer, (_req$body2 = req.body) === null || _req$body2 === void 0 ? void 0 : _req$body2.plan);
  res.status(201).json(sub);
}));
app.post("/subscriptions/:customer/renew", wrap(async (req, res) => {
  res.json(await subscriptions.renew(req.params.customer));
}));
app.post("/subscriptions/:customer/plan", wrap(async (req, res) => {
  res.json(await subscriptions.change(req.params.customer, req.body.plan));
}));
app.delete("/subscriptions/:customer", (req, res) => {
  res.json(subscriptions.cancel(req.params.customer));
});
app.post("/gateway/declines/:customer", (req, res) => {
  if (req.query.off === "1") _billing.gateway.accept(req.params.customer);else _billing.gateway.decline(req.params.customer);
  res.sendStatus(204);
});
app.get("/customers/:customer", (req, res) => {
  res.json({
    sub: subscriptions.get(req.params.customer),
    paid: _ledger.default.totalFor(req.params.customer)
  });
});
app.get("/report", (req, res) => {
  var _req$query$last;
  res.json({
    ...subscriptions.summary(),
    gatewayCalls: _billing.gateway.calls,
    ledgerWrites: _ledger.default.constructor.writes,
    recent: _ledger.default.recent(Number((_req$query$last = req.query.last) !== null && _req$query$last !== void 0 ? _req$query$last : 3))
  });
});
app.use((err, req, res, next) => {
  if (err instanceof _billing.BillingError) return res.status(err.status).json({
    error: err.code
  });
  next(err);
});
app.listen(process.env.PORT || 3000);
var _default = exports.default = app;
