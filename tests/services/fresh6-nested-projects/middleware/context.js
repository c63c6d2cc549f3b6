// Sets res.locals for everything after it: who is calling and a per-request counter.
let served = 0;

module.exports = function context() {
  return (req, res, next) => {
    served += 1;
    res.locals.user = req.get('x-user') || 'anonymous';
    res.locals.requestNo = served;
    next();
  };
};
