'use strict';
const path = require('node:path');
const dotenv = require('dotenv');

dotenv.config({ path: path.join(__dirname, '..', '..', '.env') });
dotenv.config({ path: path.join(__dirname, '..', '..', '.env.defaults') });

const columns = (process.env.BOARD_COLUMNS ?? 'todo,done').split(',').map((c) => c.trim());

module.exports = Object.freeze({
  name: process.env.BOARD_NAME ?? 'Board',
  columns: Object.freeze(columns),
  wipLimit: Number(process.env.BOARD_WIP_LIMIT ?? 3),
  start: process.env.BOARD_START,
  port: Number(process.env.PORT ?? 7070),
});
