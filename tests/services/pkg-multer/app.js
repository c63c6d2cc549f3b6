// multer 2 with memory storage reading multipart bodies through busboy (a
// Writable the request is piped into): fields, single and array files, limits,
// a fileFilter, and its errors (MulterError) through Express's error handler.
var express = require('express');
var multer = require('multer');
var app = express();

var upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: 64, files: 3 } });
var picky = multer({
  storage: multer.memoryStorage(),
  fileFilter: function (req, file, done) { done(null, file.mimetype === 'text/plain'); }
});
var uploads = [];

function describe(file) {
  return { field: file.fieldname, name: file.originalname, type: file.mimetype, size: file.size, text: file.buffer.toString('utf8') };
}

app.post('/profile', upload.single('avatar'), function profile(req, res) {
  uploads.push(req.file ? req.file.originalname : null);
  res.json({ body: req.body, file: req.file ? describe(req.file) : null });
});

app.post('/photos', upload.array('photos', 2), function photos(req, res) {
  res.json({ body: req.body, files: req.files.map(describe) });
});

app.post('/fields', upload.none(), function fields(req, res) {
  res.json({ body: req.body });
});

app.post('/picky', picky.any(), function filtered(req, res) {
  res.json({ files: req.files.map(describe) });
});

app.get('/uploads', function list(req, res) {
  res.json(uploads);
});

app.use(function onError(err, req, res, next) {
  res.status(err instanceof multer.MulterError ? 400 : 500).json({ name: err.name, code: err.code, field: err.field || null, message: err.message });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
