// yup 1: sign-up and profile schemas made in main, validated asynchronously in the handlers
// (abortEarly false, transforms, references, defaults, conditional `when`, noUnknown), with an
// async custom test reading the service's users (is the name taken?), validateSync, cast,
// isValid and a schema extended per request with `concat`.
const express = require('express');
const yup = require('yup');

const users = new Map();
let checks = 0;

const signUp = yup.object({
  username: yup.string().trim().lowercase().min(3).max(16).required()
    .test('free', 'username ${value} is taken', async (value) => {
      checks += 1;
      return !users.has(value);
    }),
  email: yup.string().email('not an email').required(),
  age: yup.number().integer().min(13).nullable(),
  password: yup.string().min(6).required(),
  confirm: yup.string().oneOf([yup.ref('password')], 'passwords must match').required(),
  plan: yup.string().oneOf(['free', 'pro']).default('free'),
  card: yup.string().when('plan', { is: 'pro', then: (s) => s.matches(/^\d{4}-\d{4}$/, 'card as 1234-5678').required() }),
  tags: yup.array(yup.string().trim()).max(3).default([]),
}).noUnknown('unknown field: ${unknown}');

const profile = yup.object({
  email: yup.string().email(),
  age: yup.number().integer().min(13),
  bio: yup.string().max(40).default(''),
});

function public_(u) {
  const { password, confirm, ...rest } = u;
  return rest;
}

const app = express();
app.use(express.json());

app.post('/users', async (req, res) => {
  try {
    const user = await signUp.validate(req.body, { abortEarly: false });
    users.set(user.username, user);
    res.status(201).json({ user: public_(user), count: users.size, checks });
  } catch (e) {
    if (!(e instanceof yup.ValidationError)) throw e;
    res.status(400).json({ name: e.name, errors: e.errors, paths: e.inner.map((i) => `${i.path}:${i.type}`), checks });
  }
});

app.patch('/users/:name', (req, res) => {
  const user = users.get(req.params.name);
  if (!user) return res.status(404).json({ error: 'no such user' });
  try {
    const change = profile.validateSync(req.body, { stripUnknown: true });
    Object.assign(user, change);
    res.json(public_(user));
  } catch (e) {
    res.status(400).json({ message: e.message, path: e.path, value: e.value });
  }
});

app.get('/users', (req, res) => {
  res.json([...users.values()].map(public_));
});

app.get('/cast', (req, res) => {
  const shape = yup.object({ page: yup.number().default(1), size: yup.number().max(50).default(10), q: yup.string().trim() });
  res.json({ cast: shape.cast(req.query), valid: shape.isValidSync(req.query) });
});

app.post('/check/:field', async (req, res) => {
  const extra = yup.object({ [req.params.field]: yup.string().required() });
  const valid = await signUp.pick(['email']).concat(extra).isValid(req.body);
  res.json({ valid, checks });
});

app.get('/describe', (req, res) => {
  const d = signUp.describe();
  res.json({ fields: Object.keys(d.fields), username: d.fields.username.tests.map((t) => t.name), plan: d.fields.plan.oneOf });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
