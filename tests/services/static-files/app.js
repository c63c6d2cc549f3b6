// express.static: content types by extension, index.html for folders, the
// redirect that adds a trailing slash, HEAD, ranges, fall-through to routes
// and to Express's 404 (also for a path that tries to leave the folder).
var express = require('express');
var path = require('path');
var app = express();
var publicDir = path.join(__dirname, 'public');

app.use('/files', express.static(publicDir));
app.use('/strict', express.static(publicDir, { fallthrough: false, index: false, redirect: false }));

app.get('/files/dynamic', function dynamic(req, res) {
  res.send('not a file, a route');
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
