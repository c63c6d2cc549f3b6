// Files written by one request and read by later ones: fs.writeFile,
// fs.appendFile, fs.readFile, fs.readdir, fs.stat, fs.unlink (ENOENT the
// second time), and a read-then-write copy. Everything stays in data/notes.
var express = require('express');
var fs = require('fs');
var path = require('path');
var app = express();
var notesDir = path.join(__dirname, 'data', 'notes');

function noteFile(name) {
  return path.join(notesDir, path.basename(name) + '.txt');
}

function failed(res, err) {
  res.status(err.code === 'ENOENT' ? 404 : 500).json({ code: err.code, syscall: err.syscall });
}

app.get('/notes', function list(req, res) {
  fs.readdir(notesDir, function listed(err, names) {
    res.json(names.sort());
  });
});

app.put('/notes/:name', express.text(), function save(req, res) {
  fs.writeFile(noteFile(req.params.name), req.body, function saved(err) {
    if (err) return failed(res, err);
    res.status(201).json({ saved: req.params.name, bytes: Buffer.byteLength(req.body) });
  });
});

app.post('/notes/:name/append', express.text(), function append(req, res) {
  fs.appendFile(noteFile(req.params.name), req.body, function appended(err) {
    if (err) return failed(res, err);
    res.sendStatus(204);
  });
});

app.get('/notes/:name', function read(req, res) {
  fs.readFile(noteFile(req.params.name), 'utf8', function done(err, text) {
    if (err) return failed(res, err);
    res.type('text').send(text);
  });
});

app.get('/notes/:name/stat', function stat(req, res) {
  fs.stat(noteFile(req.params.name), function statted(err, st) {
    if (err) return failed(res, err);
    res.json({ size: st.size, isFile: st.isFile(), isDirectory: st.isDirectory() });
  });
});

app.get('/folder', function folder(req, res) {
  fs.stat(notesDir, function statted(err, st) {
    res.json({ isFile: st.isFile(), isDirectory: st.isDirectory() });
  });
});

app.post('/notes/:from/copy/:to', function copy(req, res) {
  fs.readFile(noteFile(req.params.from), function read(err, data) {
    if (err) return failed(res, err);
    fs.writeFile(noteFile(req.params.to), data, function written(err2) {
      if (err2) return failed(res, err2);
      res.status(201).json({ copied: data.length });
    });
  });
});

app.delete('/notes/:name', function remove(req, res) {
  fs.unlink(noteFile(req.params.name), function removed(err) {
    if (err) return failed(res, err);
    res.sendStatus(204);
  });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
