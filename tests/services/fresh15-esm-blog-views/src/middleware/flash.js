// Flash messages kept in the cookie session until the next page shows them.
export const flash = () => (req, res, next) => {
  req.flash = (type, message) => {
    req.session.flash = [...(req.session.flash ?? []), { type, message }];
  };
  const render = res.render.bind(res);
  res.render = (view, locals = {}, cb) => {
    const messages = req.session?.flash ?? [];
    if (req.session) delete req.session.flash;
    return render(view, { ...locals, messages }, cb);
  };
  next();
};
