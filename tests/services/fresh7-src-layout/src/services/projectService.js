const db = require('../db');
const { validateProject } = require('../models/project');
const NotFound = require('../middleware/notFoundError');

const TABLE = 'projects';

exports.create = (input) => db.insert(TABLE, validateProject(input));

exports.list = () => db.findAll(TABLE).map(({ id, name, archived }) => ({ id, name, archived }));

exports.get = (id) => {
  const project = db.findById(TABLE, id);
  if (!project) throw new NotFound(`project ${id}`);
  return project;
};

exports.archive = (id) => db.update(TABLE, exports.get(id).id, { archived: true });
