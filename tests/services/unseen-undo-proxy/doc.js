// A document with undo: every change goes through a Proxy that records it, and a
// snapshot of the document before each change is kept with structuredClone.
const Counter = (function () {
  let changes = 0;
  return {
    bump() { return ++changes; },
    get value() { return changes; },
  };
})();

function createDocument(initial) {
  const history = [];
  const target = structuredClone(initial);
  const doc = new Proxy(target, {
    set(obj, key, value) {
      history.push(structuredClone(obj));
      Counter.bump();
      obj[key] = value;
      return true;
    },
    deleteProperty(obj, key) {
      history.push(structuredClone(obj));
      Counter.bump();
      delete obj[key];
      return true;
    },
  });
  return {
    doc,
    undo() {
      const previous = history.pop();
      if (!previous) return false;
      for (const key of Object.keys(target)) delete target[key];
      Object.assign(target, previous);
      return true;
    },
    get depth() { return history.length; },
  };
}

module.exports = { createDocument, Counter };
