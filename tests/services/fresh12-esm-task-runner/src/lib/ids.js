const makeIds = (prefix) => {
  let n = 0;
  return () => `${prefix}-${String(++n).padStart(3, '0')}`;
};

export const nextTaskId = makeIds('task');
