'use strict';

// Lazy housekeeping before each request instead of a cron job.
module.exports = (bookings) => async (req, res, next) => {
  try {
    const swept = await bookings.sweepNoShows();
    if (swept) res.set('X-Swept', String(swept));
    next();
  } catch (err) {
    next(err);
  }
};
