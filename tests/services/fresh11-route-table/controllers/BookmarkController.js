'use strict';

class BookmarkController {
  static #items = [];
  static #nextId = 1;
  static views = 0;

  static list(req, res) {
    BookmarkController.views++;
    const { tag } = req.query;
    res.json(tag ? BookmarkController.#items.filter((b) => b.tags.includes(tag)) : BookmarkController.#items);
  }

  static create(req, res) {
    const { url, tags = [] } = req.body;
    if (!url) return res.status(400).json({ error: 'url required' });
    const item = { id: BookmarkController.#nextId++, url, tags };
    BookmarkController.#items.push(item);
    res.status(201).json(item);
  }

  static remove(req, res) {
    const before = BookmarkController.#items.length;
    BookmarkController.#items = BookmarkController.#items.filter((b) => b.id !== Number(req.params.id));
    res.sendStatus(BookmarkController.#items.length < before ? 204 : 404);
  }

  static stats(req, res) {
    res.json({ count: BookmarkController.#items.length, views: BookmarkController.views });
  }
}

module.exports = BookmarkController;
