'use strict';

// Old-school controller: prototype methods bound in the constructor.
class AdminController {
  constructor(container, audit) {
    this.container = container;
    this.audit = audit;
    this.requests = 0;
    this.audits = this.audits.bind(this);
    this.containerInfo = this.containerInfo.bind(this);
    this.requestId = this.requestId.bind(this);
  }

  audits(req, res) {
    this.requests++;
    res.json({ recent: this.audit.recent(Number(req.query.n) || 3), requests: this.requests });
  }

  containerInfo(req, res) {
    this.requests++;
    res.json({ singletons: this.container.built(), stats: { ...this.container.stats } });
  }

  // a transient resolved per request
  requestId(req, res) {
    this.requests++;
    const ids = this.container.resolve('requestIds');
    res.json({ id: ids.next(), served: this.container.resolve('taskController').served });
  }
}

module.exports = AdminController;
