// A users API on an express.Router: a small schema validator, a ValidationError
// carrying every problem, a ConflictError, async handlers passing errors to next,
// a router-level param handler, and one error middleware mapping classes to codes.
const express = require('express');

class AppError extends Error {
  status = 500;
  toJSON() {
    return { error: this.name, message: this.message };
  }
}
class ValidationError extends AppError {
  status = 400;
  name = 'ValidationError';
  constructor(problems) {
    super(`${problems.length} problem(s)`);
    this.problems = problems;
  }
  toJSON() {
    return { ...super.toJSON(), problems: this.problems };
  }
}
class NotFoundError extends AppError {
  status = 404;
  name = 'NotFoundError';
}
class ConflictError extends AppError {
  status = 409;
  name = 'ConflictError';
}

const schema = {
  name: (v) => (typeof v === 'string' && v.length >= 2) || 'name: at least 2 characters',
  email: (v) => /^\S+@\S+\.\S+$/.test(v ?? '') || 'email: not an address',
  age: (v) => v === undefined || (Number.isInteger(v) && v >= 0 && v < 150) || 'age: 0..149',
};

function validate(body) {
  const problems = Object.entries(schema)
    .map(([field, check]) => check(body[field]))
    .filter((r) => r !== true);
  if (problems.length) throw new ValidationError(problems);
  return body;
}

const users = [];
let lastId = 0;
const router = express.Router();

router.param('id', (req, res, next, id) => {
  const user = users.find((u) => u.id === Number(id));
  if (!user) return next(new NotFoundError(`user ${id}`));
  req.user = user;
  next();
});

router.post('/', async (req, res, next) => {
  try {
    const { name, email, age } = validate(req.body);
    if (users.some((u) => u.email === email)) throw new ConflictError(`${email} is taken`);
    const user = { id: ++lastId, name, email, age: age ?? null };
    users.push(user);
    res.status(201).location(`/users/${user.id}`).json(user);
  } catch (err) {
    next(err);
  }
});

router.get('/', (req, res) => res.json(users));
router.get('/:id', (req, res) => res.json(req.user));

router.patch('/:id', (req, res) => {
  const merged = validate({ ...req.user, ...req.body });
  Object.assign(req.user, { name: merged.name, age: merged.age ?? null });
  res.json(req.user);
});

const app = express();
app.use(express.json());
app.use('/users', router);
app.use((err, req, res, next) => {
  if (!(err instanceof AppError)) return next(err);
  res.status(err.status).json(err);
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
