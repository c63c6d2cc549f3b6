const { NotFound, Conflict, HttpError } = require('../utils/errors');

const courses = [
  { code: 'CS101', title: 'Intro to Programming', seats: 2, students: [] },
  { code: 'MA201', title: 'Linear Algebra', seats: 3, students: [] },
  { code: 'éT100', title: 'Éthique', seats: 1, students: [] },
  { code: 'AR110', title: 'art history', seats: 5, students: [] },
];

const Courses = {
  all() {
    return courses;
  },
  byCode(code) {
    const course = courses.find((c) => c.code.toLowerCase() === code.toLowerCase());
    if (!course) throw new NotFound('course', code);
    return course;
  },
  add({ code, title, seats = 10 }) {
    if (!code || !title) throw new HttpError(400, 'code and title are required', { code: !!code, title: !!title });
    if (courses.some((c) => c.code === code)) throw new Conflict(`course ${code} exists`);
    const course = { code, title, seats: Number(seats), students: [] };
    courses.push(course);
    return course;
  },
  enroll(course, student) {
    if (course.students.includes(student)) throw new Conflict(`${student} already enrolled`);
    if (course.students.length >= course.seats) throw new Conflict('course is full');
    course.students.push(student);
    return course.students.length;
  },
  drop(course, student) {
    const i = course.students.indexOf(student);
    if (i === -1) throw new NotFound('student', student);
    course.students.splice(i, 1);
  },
};

module.exports = Courses;
