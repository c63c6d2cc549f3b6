const byView = {};
let renders = 0;

function middleware(req, res, next) {
  const render = res.render;
  res.render = function (view, options = {}, callback) {
    renders++;
    byView[view] = (byView[view] ?? 0) + 1;
    res.locals.trace.push(`render:${view}`);
    return render.call(this, view, { ...options, renderNo: renders }, callback);
  };
  next();
}

module.exports = { middleware, snapshot: () => ({ renders, byView }) };
