module.exports = [
  { q: 'Which method registers middleware in Express?', choices: ['app.use', 'app.add', 'app.mount'], answer: 0, category: 'express' },
  { q: 'What does ?? return for 0 ?? 5?', choices: ['5', '0', 'undefined'], answer: 1, category: 'js' },
  { q: 'Which event loop phase runs setImmediate callbacks?', choices: ['timers', 'poll', 'check'], answer: 2, category: 'node' },
  { q: 'Express 5 wildcard syntax?', choices: ['*', '/*splat', '(.*)'], answer: 1, category: 'express' },
  { q: 'typeof null?', choices: ['null', 'object', 'undefined'], answer: 1, category: 'js' },
];
