'use strict';

const roomService = require('./rooms');
const bookingService = require('./bookings');
const waitlistService = require('./waitlist');
const strikeService = require('./strikes');
const noticeService = require('./notices');

module.exports = function createServices(deps) {
  const notices = noticeService(deps);
  const rooms = roomService(deps);
  const bookings = bookingService({ ...deps, rooms });
  const waitlist = waitlistService({ ...deps, bookings, notices });
  const strikes = strikeService({ ...deps, notices });
  return { notices, rooms, bookings, waitlist, strikes };
};
