exports.track = (path) => {
  const stats = globalThis.appStats;
  stats.hits++;
  stats.paths[path] = (stats.paths[path] || 0) + 1;
  global.lastPath = path;
};
