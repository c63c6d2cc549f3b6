'use strict';
module.exports = {
  port: Number(process.env.PORT) || 3001,
  cookieSecret: process.env.COOKIE_SECRET || 'keyboard cat',
  recentPerChannel: 3,
  corsOrigins: ['https://chat.example.com'],
};
