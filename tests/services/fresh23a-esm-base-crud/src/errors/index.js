export class HttpException extends Error {
  constructor(status, message, meta) {
    super(message);
    this.status = status;
    this.meta = meta;
  }
}

export class NotFoundException extends HttpException {
  constructor(entity, id) {
    super(404, `${entity} with id ${id} not found`, { entity, id });
  }
}

export class ValidationException extends HttpException {
  constructor(issues) {
    super(400, 'Validation failed', { issues });
  }
}

export class ConflictException extends HttpException {
  constructor(message) {
    super(409, message);
  }
}
