const _ = require('lodash');

// tiny markup: *bold*, [[Link]] and paragraphs; memoized per source text
const toHtml = _.memoize((source) =>
  source
    .split(/\n{2,}/)
    .map((para) =>
      `<p>${_.escape(para)
        .replace(/\*([^*]+)\*/g, '<strong>$1</strong>')
        .replace(/\[\[([^\]]+)\]\]/g, (m, title) => `<a href="/wiki/${_.kebabCase(title)}">${title}</a>`)}</p>`,
    )
    .join('\n'),
);

const stats = { renders: 0 };

function render(source) {
  stats.renders += 1;
  return toHtml(source);
}

module.exports = { render, stats, cacheSize: () => toHtml.cache.size, forget: (source) => toHtml.cache.delete(source) };
