let served = 0;

module.exports = function envelope({ version }) {
  return function envelopeMiddleware(req, res, next) {
    const json = res.json.bind(res);
    res.json = (payload) => {
      const meta = { apiVersion: version, requestNo: ++served };
      const page = res.locals.page;
      if (page) {
        meta.page = page.page;
        meta.perPage = page.perPage;
        meta.links = {};
        if (page.page > 1) meta.links.prev = `${req.baseUrl}${req.path}?page=${page.page - 1}&per_page=${page.perPage}`;
        if (page.page * page.perPage < page.total) meta.links.next = `${req.baseUrl}${req.path}?page=${page.page + 1}&per_page=${page.perPage}`;
        res.set({ 'X-Total-Count': String(page.total), 'X-Page': `${page.page}/${Math.max(1, Math.ceil(page.total / page.perPage))}` });
      }
      return json(res.statusCode < 400 ? { data: payload, meta } : { error: payload, meta });
    };
    next();
  };
};
