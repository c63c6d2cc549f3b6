// Preloaded (node --import) with redis4.js: an ES module's `import ... from 'redis'` gets
// node-redis 4 too (a resolve hook; redis4.js covers require()).
import { register } from "node:module";

const hooks = `export async function resolve(specifier, context, next) {
  return next(specifier === "redis" ? "redis4" : specifier, context);
}`;
register("data:text/javascript," + encodeURIComponent(hooks));
