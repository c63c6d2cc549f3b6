"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.alertCount = exports.alerts = void 0;
exports.clearAlerts = clearAlerts;
const store_1 = require("./store");
exports.alerts = [];
exports.alertCount = 0;
store_1.store.on("low", (item) => {
    exports.alertCount++;
    exports.alerts.push(`${item.sku} low (${item.qty})`);
});
function clearAlerts() {
    const n = exports.alerts.length;
    exports.alerts.length = 0;
    return n;
}
