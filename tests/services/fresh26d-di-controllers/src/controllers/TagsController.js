const asyncHandler = require('../lib/asyncHandler');

class TagsController {
  constructor(repo, record) {
    this.repo = repo;
    this.record = record;
    for (const method of ['index', 'create', 'rename']) {
      this[method] = asyncHandler(this[method].bind(this));
    }
  }

  async index(req, res) {
    res.json(this.repo.all().map((t) => t.label).sort());
  }

  async create(req, res) {
    const label = req.body.label.trim().toLowerCase();
    if (this.repo.all().some((t) => t.label === label)) return res.status(409).json({ error: `tag ${label} exists` });
    const tag = this.repo.insert({ label });
    this.record('tag', tag.id);
    res.status(201).json(tag);
  }

  async rename(req, res) {
    const tag = this.repo.all().find((t) => t.label === req.params.label);
    if (!tag) return res.status(404).json({ error: 'no such tag' });
    this.repo.update(tag.id, { label: req.body.label });
    this.record('rename', tag.id);
    res.json({ from: req.params.label, to: req.body.label });
  }
}

module.exports = TagsController;
