"use strict";

Object.defineProperty(exports, "__esModule", {
  value: true
});
exports.nextToken = nextToken;
exports.tokenCount = void 0;
var _crypto = require("crypto");
let issued = 0;
function nextToken(user) {
  issued += 1;
  return (0, _crypto.createHash)('sha1').update(`${user}:${issued}`).digest('hex').slice(0, 12);
}
const tokenCount = () => issued;
exports.tokenCount = tokenCount;