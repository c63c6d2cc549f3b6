class HttpError extends Error {
  constructor(status, message, details) {
    super(message);
    this.status = status;
    this.details = details;
  }
}
const notFound = (what) => new HttpError(404, `${what} not found`);
module.exports = { HttpError, notFound };
