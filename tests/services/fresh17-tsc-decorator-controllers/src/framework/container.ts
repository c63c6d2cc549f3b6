type Ctor<T = any> = new (...args: any[]) => T;

const providers = new Map<unknown, () => unknown>();
const instances = new Map<unknown, unknown>();
const paramTokens = new Map<Ctor, Map<number, unknown>>();
export const resolutions: string[] = [];

export function Injectable(): ClassDecorator {
  return (target: any) => {
    providers.set(target, () => construct(target));
  };
}

export function Inject(token: unknown): ParameterDecorator {
  return (target: any, _key, index) => {
    const tokens = paramTokens.get(target) ?? new Map<number, unknown>();
    tokens.set(index, token);
    paramTokens.set(target, tokens);
  };
}

export function provideValue(token: unknown, value: unknown): void {
  instances.set(token, value);
}

function construct<T>(ctor: Ctor<T>): T {
  const tokens = paramTokens.get(ctor) ?? new Map();
  const args = Array.from({ length: ctor.length }, (_, i) => resolve(tokens.get(i)));
  return new ctor(...args);
}

export function resolve<T>(token: unknown): T {
  if (!instances.has(token)) {
    const factory = providers.get(token);
    if (!factory) throw new Error(`no provider for ${String((token as any)?.name ?? token)}`);
    instances.set(token, factory());
    resolutions.push(String((token as any).name ?? token));
  }
  return instances.get(token) as T;
}
