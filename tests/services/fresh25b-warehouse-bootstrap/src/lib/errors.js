'use strict';

class WarehouseError extends Error {
  constructor(status, code, message, extra = {}) {
    super(message);
    this.status = status;
    this.code = code;
    this.extra = extra;
  }
}

module.exports = {
  WarehouseError,
  unknownSku: (sku) => new WarehouseError(404, 'UNKNOWN_SKU', `unknown sku ${sku}`),
  unknownBin: (bin) => new WarehouseError(404, 'UNKNOWN_BIN', `unknown bin ${bin}`),
  shortage: (sku, bin, have, want) => new WarehouseError(409, 'SHORTAGE', `${bin} has ${have} of ${sku}, ${want} needed`, { have }),
  invalid: (details) => new WarehouseError(400, 'INVALID', 'request is invalid', { details }),
};
