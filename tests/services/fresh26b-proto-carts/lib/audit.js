// A mixin copied onto prototypes with Object.assign: its methods write this module's log,
// whichever class's instance calls them.
'use strict';
const log = [];
let seq = 0;

const auditable = {
  audit(action, detail) {
    seq += 1;
    log.push(`${seq}:${this.kind}:${action}${detail ? ' ' + detail : ''}`);
    return seq;
  },
  lastAudit() {
    return log[log.length - 1] || null;
  },
};

function recent(n = 3) {
  return log.slice(-n);
}

module.exports = { auditable, recent };
