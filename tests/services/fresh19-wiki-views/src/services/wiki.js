const createError = require('http-errors');
const _ = require('lodash');
const pages = require('../repositories/pages');
const { render, forget } = require('../lib/render');

const backlinks = new Map(); // slug -> Set of slugs linking to it

function linksOf(body) {
  return _.uniq([...body.matchAll(/\[\[([^\]]+)\]\]/g)].map((m) => _.kebabCase(m[1])));
}

exports.edit = ({ title, body, author }) => {
  if (!title || !body) throw createError(422, 'title and body are required');
  const existing = pages.find(pages.slugFor(title));
  if (existing) {
    const previous = _.last(existing.revisions).body;
    if (previous === body) throw createError(409, 'no changes');
    forget(previous);
    for (const target of linksOf(previous)) backlinks.get(target)?.delete(existing.slug);
  }
  const page = pages.save(title, body, author || 'anonymous');
  for (const target of linksOf(body)) {
    if (!backlinks.has(target)) backlinks.set(target, new Set());
    backlinks.get(target).add(page.slug);
  }
  return page;
};

exports.show = (slug, revision) => {
  const page = pages.find(slug);
  if (!page) throw createError(404, `No page called “${slug}” yet`);
  const rev = revision ? page.revisions[revision - 1] : _.last(page.revisions);
  if (!rev) throw createError(404, `${page.title} has no revision ${revision}`);
  return {
    page,
    rev,
    html: render(rev.body),
    views: pages.view(slug),
    backlinks: [...(backlinks.get(slug) ?? [])].sort(),
  };
};

exports.index = () => pages.list().map((p) => ({ slug: p.slug, title: p.title, revisions: p.revisions.length }));
