export class DomainError extends Error {
  constructor(code, message, status = 400) {
    super(message);
    this.code = code;
    this.status = status;
  }
}
export const notFound = (what) => new DomainError('not_found', `${what} not found`, 404);
export const forbidden = (message) => new DomainError('forbidden', message, 403);
export const conflict = (message) => new DomainError('conflict', message, 409);
export const paymentRequired = (message) => new DomainError('quota_exceeded', message, 402);
