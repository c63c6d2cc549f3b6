'use strict';
// Label templates: `{{field}}` placeholders filled by a replace callback that also counts the
// fields it used and those it could not fill.
const usage = { filled: {}, missing: 0 };

function render(template, data) {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, field) => {
    if (!(field in data)) {
      usage.missing++;
      return '?';
    }
    usage.filled[field] = (usage.filled[field] || 0) + 1;
    return String(data[field]);
  });
}

module.exports = { render, usage };
