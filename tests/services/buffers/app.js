// Buffers: from strings in several encodings, alloc, concat, slice, integer
// reads and writes, compare, byteLength, JSON of a Buffer, binary answers.
var express = require('express');
var app = express();
var received = [];

app.get('/from/:enc/:data', function from(req, res) {
  var buf = Buffer.from(req.params.data, req.params.enc);
  res.json({ length: buf.length, hex: buf.toString('hex'), base64: buf.toString('base64'), utf8: buf.toString('utf8'), bytes: Array.from(buf) });
});

app.get('/concat', function concat(req, res) {
  var parts = [Buffer.from('ab'), Buffer.alloc(3, '-'), Buffer.from([0x63, 0x64])];
  var whole = Buffer.concat(parts);
  res.json({ text: whole.toString(), length: whole.length, middle: whole.slice(2, 5).toString(), tail: whole.subarray(-2).toString('hex') });
});

app.get('/integers', function integers(req, res) {
  var buf = Buffer.alloc(8);
  buf.writeUInt16BE(0x1234, 0);
  buf.writeInt8(-2, 2);
  buf.writeUInt32LE(0xdeadbeef, 4);
  res.json({ hex: buf.toString('hex'), u16: buf.readUInt16BE(0), i8: buf.readInt8(2), u32be: buf.readUInt32BE(4), u32le: buf.readUInt32LE(4) });
});

app.get('/lengths/:text', function lengths(req, res) {
  var text = req.params.text;
  var bytes = Buffer.from(text);
  res.json({ chars: text.length, bytes: Buffer.byteLength(text), firstByte: bytes.slice(0, 1).toString() });
});

app.get('/compare', function compare(req, res) {
  var a = Buffer.from(String(req.query.a));
  var b = Buffer.from(String(req.query.b));
  res.json({ compare: Buffer.compare(a, b), equals: a.equals(b), indexOf: a.indexOf(b) });
});

app.get('/binary', function binary(req, res) {
  res.send(Buffer.from([0, 1, 127, 128, 255]));
});

app.get('/as-json', function asJson(req, res) {
  res.json({ buf: Buffer.from('hi') });
});

app.post('/upload', express.raw({ type: '*/*' }), function upload(req, res) {
  received.push(req.body);
  var all = Buffer.concat(received);
  res.json({ got: req.body.length, total: all.length, reversedHex: Buffer.from(req.body).reverse().toString('hex') });
});

app.get('/uploads', function uploads(req, res) {
  res.type('application/octet-stream').send(Buffer.concat(received));
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
