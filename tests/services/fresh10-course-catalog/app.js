// Course catalog: a Router whose router.param loads the course into res.locals (throwing a
// NotFound subclass) and counts lookups in app.locals, a models object literal with methods
// writing a module array, pagination with Link headers, localeCompare sorting, 303 redirects,
// an HTML page, a 500 from a bug, error middleware reading the error classes.
const express = require('express');
const courses = require('./routes/courses');
const Courses = require('./models/courses');
const { courseList } = require('./views/html');
const { HttpError } = require('./utils/errors');

const app = express();
app.locals.lookups = 0;
app.locals.enrollments = [];
app.use(express.json());

app.get('/', (req, res) => res.redirect('/catalog'));
app.get('/catalog', (req, res) => {
  res.type('html').send(courseList('Course catalog', Courses.all()));
});
app.use('/courses', courses);
app.get('/stats', (req, res) => {
  res.json({ lookups: app.locals.lookups, enrollments: app.locals.enrollments });
});
app.get('/boom', (req, res) => {
  res.json(req.body.missing.field);
});

app.use((req, res, next) => next(new HttpError(404, `no route for ${req.method} ${req.path}`)));

// eslint-disable-next-line no-unused-vars
app.use((err, req, res, next) => {
  if (!(err instanceof HttpError)) {
    return res.status(500).type('text/plain').send(`internal error: ${err.constructor.name}`);
  }
  res.status(err.status).json({ error: err.name, message: err.message, ...(err.details && { details: err.details }) });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
