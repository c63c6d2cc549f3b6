// a tagged template: values are quoted, arrays joined
export function msg(strings, ...values) {
  return strings.reduce((out, s, i) => {
    if (i === 0) return s;
    const v = values[i - 1];
    const shown = Array.isArray(v) ? v.join(', ') : typeof v === 'string' ? `"${v}"` : String(v);
    return out + shown + s;
  }, '');
}

export class DomainError extends Error {
  constructor(status, message, options) {
    super(message, options);
    this.status = status;
  }
}
