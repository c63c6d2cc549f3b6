const catalog = require('../services/catalog');
const getConfig = require('../config');

exports.list = (req, res) => {
  const { category } = req.query;
  res.json(category ? catalog.products.filter((p) => p.category === category) : catalog.products);
};
exports.create = (req, res) => res.status(201).json(catalog.add(req.body));
exports.show = (req, res) => res.json(catalog.find(req.params.sku));
exports.reprice = (req, res) => res.json(catalog.reprice(req.params.sku, req.body.price));
exports.remove = (req, res) => res.json(catalog.remove(req.params.sku));
exports.summary = (req, res) => res.json({ summary: catalog.summary(), configLoads: getConfig.loads() });
