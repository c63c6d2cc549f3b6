// Projects with their tasks and comments, kept in memory.
const projects = [];
let seq = 0;

exports.projects = projects;
exports.nextId = () => ++seq;
exports.findProject = (slug) => projects.find((p) => p.slug === slug);
