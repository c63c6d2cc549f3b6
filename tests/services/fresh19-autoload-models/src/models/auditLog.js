'use strict';
const Joi = require('joi');
const Model = require('../lib/Model');

module.exports = () => {
  class AuditLog extends Model {}
  AuditLog.init(['action', 'ref'], {
    modelName: 'AuditLog',
    schema: Joi.object({ action: Joi.string().required(), ref: Joi.string().required() }),
  });
  return AuditLog;
};
