export const callCounts: Record<string, number> = {};
export const registry: string[] = [];

export function counted(target: any, key: string, desc: PropertyDescriptor): PropertyDescriptor {
  const original = desc.value;
  desc.value = function (this: unknown, ...args: unknown[]) {
    const name = `${target.constructor.name}.${key}`;
    callCounts[name] = (callCounts[name] ?? 0) + 1;
    return original.apply(this, args);
  };
  return desc;
}

export function registered(name: string) {
  return function <T extends new (...args: any[]) => object>(ctor: T): T {
    registry.push(name);
    return ctor;
  };
}
