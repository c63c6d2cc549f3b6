export class ExperimentError extends Error {
  constructor(message, status = 400) {
    super(message);
    this.name = 'ExperimentError';
    this.status = status;
  }
}

export class NotFound extends ExperimentError {
  constructor(what) {
    super(`${what} not found`, 404);
    this.name = 'NotFound';
  }
}
