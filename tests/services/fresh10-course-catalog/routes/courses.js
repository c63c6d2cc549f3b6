const express = require('express');
const Courses = require('../models/courses');

const router = express.Router();

router.param('code', (req, res, next, code) => {
  res.locals.course = Courses.byCode(code);
  req.app.locals.lookups += 1;
  next();
});

router.get('/', (req, res) => {
  const { sort = 'title', order = 'asc' } = req.query;
  const limit = Math.min(Number(req.query.limit) || 2, 10);
  const offset = Number(req.query.offset) || 0;
  const dir = order === 'desc' ? -1 : 1;
  const sorted = [...Courses.all()].sort((a, b) => dir * String(a[sort]).localeCompare(String(b[sort]), 'en', { sensitivity: 'base' }));
  const page = sorted.slice(offset, offset + limit);
  if (offset + limit < sorted.length) {
    res.set('Link', `</courses?offset=${offset + limit}&limit=${limit}>; rel="next"`);
    res.set('X-Next-Offset', String(offset + limit));
  }
  res.json({ total: sorted.length, items: page.map(({ students, ...c }) => ({ ...c, enrolled: students.length })) });
});

router.post('/', (req, res) => {
  const course = Courses.add(req.body);
  res.redirect(303, `/courses/${course.code}`);
});

router.get('/:code', (req, res) => {
  const { students, ...course } = res.locals.course;
  res.json({ ...course, students: [...students].sort((a, b) => a.localeCompare(b)) });
});

router.post('/:code/students', (req, res) => {
  const count = Courses.enroll(res.locals.course, req.body.name);
  req.app.locals.enrollments.push(`${req.body.name}->${res.locals.course.code}`);
  res.status(201).json({ enrolled: count });
});

router.delete('/:code/students/:name', (req, res) => {
  Courses.drop(res.locals.course, req.params.name);
  res.status(204).end();
});

module.exports = router;
