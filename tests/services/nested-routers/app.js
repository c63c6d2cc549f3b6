// Routers inside routers: /users/:uid/posts/:pid/comments, mergeParams,
// router.param loading the user once for every nested route.
var express = require('express');
var app = express();

var people = {
  ada: { name: 'Ada', posts: [{ title: 'Notes', comments: ['brilliant', 'long'] }] },
  bob: { name: 'Bob', posts: [{ title: 'Hello', comments: [] }, { title: 'Again', comments: ['ok'] }] }
};

var users = express.Router();
var posts = express.Router({ mergeParams: true });
var comments = express.Router({ mergeParams: true });
var unmerged = express.Router();

users.param('uid', function loadUser(req, res, next, uid) {
  var person = people[uid];
  if (!person) return res.status(404).json({ error: 'no user ' + uid });
  req.person = person;
  next();
});

users.get('/', function listUsers(req, res) {
  res.json(Object.keys(people));
});

users.get('/:uid', function showUser(req, res) {
  res.json({ name: req.person.name, posts: req.person.posts.length });
});

posts.get('/', function listPosts(req, res) {
  res.json({ user: req.params.uid, titles: req.person.posts.map(function t(p) { return p.title; }) });
});

posts.get('/:pid', function showPost(req, res) {
  var post = req.person.posts[Number(req.params.pid)];
  if (!post) return res.status(404).json({ error: 'no post ' + req.params.pid + ' for ' + req.params.uid });
  res.json({ user: req.params.uid, post: post.title });
});

comments.get('/', function listComments(req, res) {
  var post = req.person.posts[Number(req.params.pid)] || { comments: [] };
  res.json({ params: req.params, comments: post.comments });
});

unmerged.get('/', function noParams(req, res) {
  res.json({ params: req.params, uidSeen: 'uid' in req.params });
});

posts.use('/:pid/comments', comments);
users.use('/:uid/posts', posts);
users.use('/:uid/raw', unmerged);
app.use('/users', users);

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
