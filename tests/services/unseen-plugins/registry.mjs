const plugins = [];

export function register(plugin) {
  if (plugins.some((p) => p.name === plugin.name)) throw new Error(`plugin ${plugin.name} already registered`);
  plugins.push({ enabled: true, ...plugin });
}

export const list = () => plugins;
export const find = (name) => plugins.find((p) => p.name === name);
