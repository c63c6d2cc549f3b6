const express = require('express');
const router = express.Router({ mergeParams: true });

router.route('/')
  .get((req, res) => {
    res.json({ project: req.params.slug, task: Number(req.params.taskId), comments: req.task.comments });
  })
  .post((req, res) => {
    const comment = { by: res.locals.user, text: String(req.body.text || '') };
    req.task.comments.push(comment);
    req.project.activity += 1;
    res.status(201).json({ n: req.task.comments.length, comment });
  });

module.exports = router;
