'use strict';
const { marked } = require('marked');
const slugify = require('slugify');

marked.setOptions({ headerIds: false, mangle: false });

let renders = 0;

exports.render = (markdown) => {
  renders++;
  return marked.parse(markdown).trim();
};
exports.slug = (title) => slugify(title, { lower: true, strict: true });
exports.renderCount = () => renders;
