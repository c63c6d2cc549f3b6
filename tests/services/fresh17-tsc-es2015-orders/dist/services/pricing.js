"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Pricing = void 0;
var Pricing;
(function (Pricing) {
    const prices = { apple: 120, pear: 95, fig: 310 };
    let quotes = 0;
    function quote(sku, qty) {
        quotes++;
        const unit = prices[sku];
        if (unit === undefined)
            throw new Error(`unknown sku ${sku}`);
        return unit * qty;
    }
    Pricing.quote = quote;
    function setPrice(sku, cents) {
        prices[sku] = cents;
    }
    Pricing.setPrice = setPrice;
    function stats() {
        return { quotes, skus: Object.keys(prices).length };
    }
    Pricing.stats = stats;
})(Pricing || (exports.Pricing = Pricing = {}));
