'use strict';

const userRepository = require('../repositories/UserRepository');
const tokenService = require('./TokenService');
const UserService = require('./UserService');

const userService = new UserService({ userRepository, tokenService });

module.exports = { userService, tokenService };
