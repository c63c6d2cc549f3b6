var express = require('express');
var router = express.Router();
var book = require('./book');

var visits = 0;

/* GET home page. */
router.get('/', function(req, res, next) {
  visits++;
  var returning = req.cookies.seen === '1';
  res.cookie('seen', '1');
  res.render('index', { title: 'Guestbook', visits: visits, returning: returning, entries: book.latest(3) });
});

module.exports = router;
