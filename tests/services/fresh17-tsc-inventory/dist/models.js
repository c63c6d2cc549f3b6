"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.HttpError = exports.StockEvent = exports.Category = void 0;
var Category;
(function (Category) {
    Category["Tool"] = "tool";
    Category["Part"] = "part";
    Category["Kit"] = "kit";
})(Category || (exports.Category = Category = {}));
var StockEvent;
(function (StockEvent) {
    StockEvent[StockEvent["Added"] = 0] = "Added";
    StockEvent[StockEvent["Removed"] = 1] = "Removed";
    StockEvent[StockEvent["Restocked"] = 2] = "Restocked";
    StockEvent[StockEvent["Low"] = 3] = "Low";
})(StockEvent || (exports.StockEvent = StockEvent = {}));
class HttpError extends Error {
    constructor(status, message) {
        super(message);
        this.status = status;
        this.name = "HttpError";
    }
}
exports.HttpError = HttpError;
