// Users in a Mongoose-shaped ODM written by hand (odm/index.js): pre/post save hooks run with
// fn.call(this) write the document and the schema module's Set and queue, instance methods and
// statics are copied onto the model class by Object.assign, a virtual setter splits a name into
// fields, and the models live in a registry looked up by name (model.get('User')) in the handlers.
const express = require('express');
const { model } = require('./odm');
require('./models/user');

const app = express();
app.use(express.json());

const toJSON = (u) => ({ id: u._id, name: u.fullName, email: u.email, logins: u.logins, tags: u.tags });

app.post('/users', (req, res) => {
  const User = model.get('User');
  const u = new User(req.body);
  if (req.body.name) u.fullName = req.body.name;
  res.status(201).json(toJSON(u.save()));
});

app.post('/users/:id/login', (req, res) => {
  const u = model.get('User').findById(req.params.id);
  if (!u) return res.status(404).json({ error: 'no user' });
  res.json(toJSON(u.login()));
});

app.post('/users/:id/tags', (req, res) => {
  const u = model.get('User').findById(req.params.id);
  if (!u) return res.status(404).json({ error: 'no user' });
  res.json(toJSON(u.tag(req.body.tag)));
});

app.get('/tags/:tag', (req, res) => res.json(model.get('User').byTag(req.params.tag).map(toJSON)));

app.get('/welcomes', (req, res) => res.json(model.get('User').welcomes()));

app.get('/models/:name', (req, res) => {
  try {
    res.json({ name: model.get(req.params.name).name, count: model.get(req.params.name).find().length });
  } catch (err) {
    res.status(404).json({ error: err.message });
  }
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
