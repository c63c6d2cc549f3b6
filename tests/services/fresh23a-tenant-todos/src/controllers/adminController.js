'use strict';

const registry = require('../services/tenantRegistry');
const { HttpError } = require('../errors');

exports.createTenant = (req, res, next) => {
  const { slug, plan = 'free' } = req.body ?? {};
  if (!/^[a-z]{3,12}$/.test(slug ?? '')) return next(new HttpError(422, 'slug must be 3-12 lowercase letters'));
  if (registry.has(slug)) return next(new HttpError(409, `tenant ${slug} exists`));
  const { repo, ...tenant } = registry.register(slug, plan);
  res.status(201).json(tenant);
};

exports.changePlan = (req, res, next) => {
  try {
    const tenant = registry.get(req.params.slug);
    tenant.plan = req.body.plan;
    res.json({ slug: tenant.slug, plan: tenant.plan });
  } catch (err) {
    next(err);
  }
};

exports.tenants = (req, res) => res.json(registry.summary());
