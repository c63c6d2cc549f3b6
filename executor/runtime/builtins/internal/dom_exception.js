'use strict';
// DOMException, as the web platform (and Node.js) defines it.

const codes = {
  IndexSizeError: 1, DOMStringSizeError: 2, HierarchyRequestError: 3, WrongDocumentError: 4,
  InvalidCharacterError: 5, NoDataAllowedError: 6, NoModificationAllowedError: 7, NotFoundError: 8,
  NotSupportedError: 9, InUseAttributeError: 10, InvalidStateError: 11, SyntaxError: 12,
  InvalidModificationError: 13, NamespaceError: 14, InvalidAccessError: 15, ValidationError: 16,
  TypeMismatchError: 17, SecurityError: 18, NetworkError: 19, AbortError: 20, URLMismatchError: 21,
  QuotaExceededError: 22, TimeoutError: 23, InvalidNodeTypeError: 24, DataCloneError: 25,
};

const kState = Symbol('state');

class DOMException {
  constructor(message = '', options = 'Error') {
    if (typeof Error.captureStackTrace === 'function') Error.captureStackTrace(this);
    let name = options;
    if (options !== null && typeof options === 'object') {
      name = 'name' in options ? `${options.name}` : 'Error';
      if ('cause' in options) {
        Object.defineProperty(this, 'cause', {
          value: options.cause, configurable: true, writable: true, enumerable: false,
        });
      }
    }
    this[kState] = { message: `${message}`, name: `${name}` };
  }

  get name() { return this[kState].name; }

  get message() { return this[kState].message; }

  get code() { return codes[this[kState].name] || 0; }
}

Object.setPrototypeOf(DOMException.prototype, Error.prototype);
Object.defineProperties(DOMException.prototype, {
  [Symbol.toStringTag]: { configurable: true, value: 'DOMException' },
  name: { enumerable: true, configurable: true },
  message: { enumerable: true, configurable: true },
  code: { enumerable: true, configurable: true },
});
for (const [name, value] of Object.entries(codes)) {
  const constName = name.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase().replace(/_ERROR$/, '_ERR');
  const desc = { enumerable: true, value };
  Object.defineProperty(DOMException, constName, desc);
  Object.defineProperty(DOMException.prototype, constName, desc);
}

module.exports = { DOMException };
