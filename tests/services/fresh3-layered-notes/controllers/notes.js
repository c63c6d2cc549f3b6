const service = require('../services/note-service');
const repo = require('../repositories/note-repository');
const ids = require('../lib/ids');
const { counts } = require('../lib/tags');

exports.list = (req, res) => res.json(repo.all());
exports.create = (req, res) => res.status(201).json(service.create(req.body));
exports.edit = (req, res) => res.json(service.edit(req.params.id, req.body));
exports.retag = (req, res) => res.json(service.retag(req.params.id, req.body.tags));
exports.destroy = (req, res) => {
  service.destroy(req.params.id);
  res.status(204).end();
};
exports.byTag = (req, res) => res.json(service.byTag(req.params.tag));
exports.stats = (req, res) => res.json({ writes: repo.writes, issued: ids.issued, tags: counts() });
