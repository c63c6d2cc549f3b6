// Preloaded (node --import) with express5.js: an ES module's `import express from 'express'`
// gets Express 5 too (a resolve hook; express5.js covers require()).
import { register } from "node:module";

const hooks = `export async function resolve(specifier, context, next) {
  return next(specifier === "express" ? "express5" : specifier, context);
}`;
register("data:text/javascript," + encodeURIComponent(hooks));
