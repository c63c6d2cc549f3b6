const { ValidationError } = require('./task');

function validateProject(input) {
  const name = String(input?.name ?? '').trim();
  if (name.length < 2) throw new ValidationError(['name must have at least 2 characters']);
  return { name, archived: false };
}

module.exports = { validateProject };
