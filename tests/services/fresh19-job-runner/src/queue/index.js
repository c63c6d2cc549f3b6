'use strict';
const JobQueue = require('./JobQueue');
const metrics = require('./metrics');
const handlers = require('../jobs/handlers');
const config = require('#lib/config');

const queue = new JobQueue({ handlers, ...config });
metrics.attach(queue);

module.exports = { queue, metrics };
