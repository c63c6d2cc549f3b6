export class HttpError extends Error {
  constructor(status, code, message, meta) {
    super(message);
    this.status = status;
    this.code = code;
    this.meta = meta;
  }
}

export const notFound = (what) => new HttpError(404, 'not_found', `${what} not found`);
export const conflict = (message, meta) => new HttpError(409, 'conflict', message, meta);
export const unauthorized = (message = 'login required') => new HttpError(401, 'unauthorized', message);
export const unprocessable = (message, meta) => new HttpError(422, 'unprocessable', message, meta);

export class OutOfStockError extends HttpError {
  constructor(sku, available) {
    super(409, 'out_of_stock', `only ${available} of ${sku} available`, { sku, available });
  }
}
