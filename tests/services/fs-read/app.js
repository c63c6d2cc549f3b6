// fs.readFile with an encoding (a string) and without (a Buffer), options
// objects, JSON files, binary files, ENOENT and EISDIR errors.
var express = require('express');
var fs = require('fs');
var path = require('path');
var app = express();
var dataDir = path.join(__dirname, 'data');

function dataFile(name) {
  return path.join(dataDir, name);
}

app.get('/text', function text(req, res) {
  fs.readFile(dataFile('greeting.txt'), 'utf8', function read(err, data) {
    res.send(data.trim() + ' (' + typeof data + ')');
  });
});

app.get('/buffer', function buffer(req, res) {
  fs.readFile(dataFile('greeting.txt'), function read(err, data) {
    res.json({ isBuffer: Buffer.isBuffer(data), length: data.length, first: data[0], hex: data.toString('hex') });
  });
});

app.get('/encoding/:enc', function encoded(req, res) {
  fs.readFile(dataFile('greeting.txt'), { encoding: req.params.enc }, function read(err, data) {
    res.type('txt').send(data);
  });
});

app.get('/bytes', function bytes(req, res) {
  fs.readFile(dataFile('bytes.bin'), function read(err, data) {
    res.send(data);
  });
});

app.get('/config/:key', function config(req, res) {
  fs.readFile(dataFile('config.json'), 'utf8', function read(err, text) {
    var conf = JSON.parse(text);
    if (!(req.params.key in conf)) return res.status(404).json({ error: 'no key ' + req.params.key });
    res.json(conf[req.params.key]);
  });
});

app.get('/lines/:from/:to', function lines(req, res) {
  fs.readFile(dataFile('poem.txt'), 'utf8', function read(err, text) {
    var all = text.split('\n');
    res.json(all.slice(Number(req.params.from), Number(req.params.to)));
  });
});

app.get('/nested', function nested(req, res) {
  fs.readFile(path.join(dataDir, 'sub', 'inner.txt'), 'utf8', function read(err, inner) {
    fs.readFile(dataFile('greeting.txt'), 'utf8', function readAgain(err2, greeting) {
      res.send(greeting.trim() + ', ' + inner.trim());
    });
  });
});

app.get('/missing', function missing(req, res) {
  fs.readFile(dataFile('nope.txt'), 'utf8', function read(err, data) {
    if (err) return res.status(404).json({ code: err.code, errno: err.errno, syscall: err.syscall, data: data === undefined ? 'undefined' : data });
    res.send(data);
  });
});

app.get('/directory', function directory(req, res) {
  fs.readFile(path.join(dataDir, 'sub'), function read(err) {
    res.status(500).json({ code: err.code, syscall: err.syscall });
  });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
