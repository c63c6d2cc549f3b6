export class HttpError extends Error {
  constructor(status, message, details) {
    super(message);
    this.status = status;
    this.details = details;
  }
}
export const notFound = (what) => new HttpError(404, `${what} not found`);
export const unprocessable = (message, details) => new HttpError(422, message, details);
