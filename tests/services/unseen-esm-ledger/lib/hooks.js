// after-post hooks other modules register
const hooks = [];

export const onPost = (fn) => {
  hooks.push(fn);
  return () => hooks.splice(hooks.indexOf(fn), 1);
};

export function runHooks(entry) {
  for (const hook of hooks) hook(entry);
  return hooks.length;
}
