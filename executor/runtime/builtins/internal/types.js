'use strict';
// Brand checks for util.types, done with the built-in getters and methods
// that throw on objects lacking the internal slot (as V8's own checks do).

const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
const typedArrayTag = Object.getOwnPropertyDescriptor(TypedArrayPrototype, Symbol.toStringTag).get;
const arrayBufferByteLength = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get;
const sharedArrayBufferByteLength = typeof SharedArrayBuffer === 'function' ?
  Object.getOwnPropertyDescriptor(SharedArrayBuffer.prototype, 'byteLength').get : undefined;
const dataViewByteLength = Object.getOwnPropertyDescriptor(DataView.prototype, 'byteLength').get;
const mapSize = Object.getOwnPropertyDescriptor(Map.prototype, 'size').get;
const setSize = Object.getOwnPropertyDescriptor(Set.prototype, 'size').get;
const regExpGlobal = Object.getOwnPropertyDescriptor(RegExp.prototype, 'global').get;
const objectToString = Object.prototype.toString;

function brand(fn) {
  return (value) => {
    if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return false;
    try {
      fn(value);
      return true;
    } catch {
      return false;
    }
  };
}

// The internal [[Class]] without a user-defined Symbol.toStringTag in the way.
function builtinTag(value) {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return '';
  return objectToString.call(value).slice(8, -1);
}

function getTypedArrayName(value) {
  return typedArrayTag.call(value);
}

function isTypedArray(value) {
  return typedArrayTag.call(value) !== undefined;
}

const typedArrayChecks = {};
for (const name of ['Uint8Array', 'Uint8ClampedArray', 'Uint16Array', 'Uint32Array', 'Int8Array',
  'Int16Array', 'Int32Array', 'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array']) {
  typedArrayChecks[`is${name}`] = (value) => typedArrayTag.call(value) === name;
}

// A view (a Buffer, a typed array) is never a buffer: answered without the throw of a brand check,
// which costs more than the rest of a small response's ETag (crypto's toBytes asks for every hash).
const notView = (check) => (v) => !ArrayBuffer.isView(v) && check(v);
const isArrayBuffer = notView(brand((v) => arrayBufferByteLength.call(v)));
const isSharedArrayBuffer = sharedArrayBufferByteLength ?
  notView(brand((v) => sharedArrayBufferByteLength.call(v))) : () => false;
const isAnyArrayBuffer = (v) => isArrayBuffer(v) || isSharedArrayBuffer(v);
const isDataView = brand((v) => dataViewByteLength.call(v));
const isArrayBufferView = (v) => isTypedArray(v) || isDataView(v);
const isMap = brand((v) => mapSize.call(v));
const isSet = brand((v) => setSize.call(v));
const isWeakMap = brand((v) => WeakMap.prototype.has.call(v, {}));
const isWeakSet = brand((v) => WeakSet.prototype.has.call(v, {}));
const isDate = brand((v) => Date.prototype.getTime.call(v));
const isRegExp = (v) => {
  if (v === null || typeof v !== 'object') return false;
  try {
    return typeof regExpGlobal.call(v) === 'boolean';
  } catch {
    return false;
  }
};
const isNumberObject = (v) => typeof v === 'object' && brand((x) => Number.prototype.valueOf.call(x))(v);
const isStringObject = (v) => typeof v === 'object' && brand((x) => String.prototype.valueOf.call(x))(v);
const isBooleanObject = (v) => typeof v === 'object' && brand((x) => Boolean.prototype.valueOf.call(x))(v);
const isBigIntObject = (v) => typeof v === 'object' && brand((x) => BigInt.prototype.valueOf.call(x))(v);
const isSymbolObject = (v) => typeof v === 'object' && brand((x) => Symbol.prototype.valueOf.call(x))(v);
const isBoxedPrimitive = (v) => isNumberObject(v) || isStringObject(v) || isBooleanObject(v) ||
  isBigIntObject(v) || isSymbolObject(v);
const isNativeError = typeof Error.isError === 'function' ?
  (v) => Error.isError(v) : (v) => builtinTag(v) === 'Error';
const isPromise = (v) => v instanceof Promise || builtinTag(v) === 'Promise';
const isArgumentsObject = (v) => builtinTag(v) === 'Arguments';
const isGeneratorObject = (v) => builtinTag(v) === 'Generator';
const isMapIterator = (v) => builtinTag(v) === 'Map Iterator';
const isSetIterator = (v) => builtinTag(v) === 'Set Iterator';
const isAsyncFunction = (v) => typeof v === 'function' &&
  (builtinTag(v) === 'AsyncFunction' || builtinTag(v) === 'AsyncGeneratorFunction');
const isGeneratorFunction = (v) => typeof v === 'function' &&
  (builtinTag(v) === 'GeneratorFunction' || builtinTag(v) === 'AsyncGeneratorFunction');
const isModuleNamespaceObject = (v) => builtinTag(v) === 'Module' && Object.getPrototypeOf(v) === null;
const isWeakRef = typeof WeakRef === 'function' ? brand((v) => WeakRef.prototype.deref.call(v)) : () => false;

module.exports = {
  isExternal: () => false,
  isDate,
  isArgumentsObject,
  isBigIntObject,
  isBooleanObject,
  isNumberObject,
  isStringObject,
  isSymbolObject,
  isNativeError,
  isRegExp,
  isAsyncFunction,
  isGeneratorFunction,
  isGeneratorObject,
  isPromise,
  isMap,
  isSet,
  isMapIterator,
  isSetIterator,
  isWeakMap,
  isWeakSet,
  isArrayBuffer,
  isDataView,
  isSharedArrayBuffer,
  isProxy: () => false,
  isModuleNamespaceObject,
  isAnyArrayBuffer,
  isBoxedPrimitive,
  isArrayBufferView,
  isTypedArray,
  ...typedArrayChecks,
  isKeyObject: () => false,
  isCryptoKey: () => false,
  // Not part of util.types, used inside the builtins.
  getTypedArrayName,
  isWeakRef,
};
Object.defineProperty(module.exports, 'getTypedArrayName', { enumerable: false });
Object.defineProperty(module.exports, 'isWeakRef', { enumerable: false });
