'use strict';

const env = process.env;

module.exports = Object.freeze({
  port: Number(env.PORT) || 3000,
  env: env.NODE_ENV || 'development',
  pageSize: Number(env.PAGE_SIZE) || 3,
  maxTodosPerList: Number(env.MAX_TODOS_PER_LIST) || 5,
});
