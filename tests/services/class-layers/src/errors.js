export class HttpError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}
export class NotFound extends HttpError {
  constructor(what) {
    super(404, `${what} not found`);
  }
}
