// The pre-#field way to keep instance data private: one WeakMap per class, reached via a helper.
export function createPrivates() {
  const store = new WeakMap();
  return (self) => {
    if (!store.has(self)) store.set(self, {});
    return store.get(self);
  };
}
