// The entry of a TypeScript project built with tsc (target ES2019, CommonJS): what is run is
// dist/, with tsc's helpers (__awaiter over generators, __classPrivateFieldGet/Set over
// WeakMaps, __importDefault) and `exports.default`.
const app = require('./dist/app').default;

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
