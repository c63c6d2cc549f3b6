'use strict';

const renamed = [];

module.exports = {
  rename(req, res) {
    renamed.push(`${req.params.from}->${req.body.to}`);
    res.json({ renamed });
  },
  history: (req, res) => res.json(renamed),
};
