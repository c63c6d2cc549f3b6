module.exports = function paginate({ defaultPerPage = 10, maxPerPage = 50 } = {}) {
  const clamp = (n, lo, hi) => Math.min(Math.max(n, lo), hi);
  return (req, res, next) => {
    res.paginate = (items) => {
      const perPage = clamp(Number.parseInt(req.query.per_page, 10) || defaultPerPage, 1, maxPerPage);
      const page = Math.max(Number.parseInt(req.query.page, 10) || 1, 1);
      res.locals.page = { page, perPage, total: items.length };
      return items.slice((page - 1) * perPage, page * perPage);
    };
    next();
  };
};
