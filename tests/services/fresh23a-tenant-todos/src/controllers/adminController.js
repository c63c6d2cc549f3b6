'use strict';

const registry = require('../services/tenantRegistry');
const wrapController = require('../utils/wrapController');
const { HttpError } = require('../errors');

class AdminController {
  constructor(tenants) {
    this.tenants = tenants;
    this.changes = 0;
  }

  async createTenant(req, res) {
    const { slug, plan = 'free' } = req.body ?? {};
    if (!/^[a-z]{3,12}$/.test(slug ?? '')) throw new HttpError(422, 'slug must be 3-12 lowercase letters');
    if (this.tenants.has(slug)) throw new HttpError(409, `tenant ${slug} exists`);
    const { repo, ...tenant } = await this.tenants.provision(slug, plan);
    this.changes++;
    res.status(201).json(tenant);
  }

  async changePlan(req, res) {
    const tenant = this.tenants.get(req.params.slug);
    tenant.plan = req.body.plan;
    this.changes++;
    res.json({ slug: tenant.slug, plan: tenant.plan, changes: this.changes });
  }

  async list(req, res) {
    res.json({ tenants: this.tenants.summary(), changes: this.changes, provisioned: this.tenants.provisioned });
  }
}

module.exports = wrapController(new AdminController(registry));
