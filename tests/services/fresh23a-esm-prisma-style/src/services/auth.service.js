import bcrypt from 'bcryptjs';
import jwt from 'jsonwebtoken';
import { prisma } from '../lib/prisma.js';
import { ApiError } from '../errors/ApiError.js';
import { env } from '../utils/env.js';

export const authService = {
  async register({ email, name, password }) {
    const existing = await prisma.user.findUnique({ where: { email } });
    if (existing) throw ApiError.badRequest('User already exists');
    const hash = await bcrypt.hash(password, env.SALT_ROUNDS);
    const { password: _omit, ...user } = await prisma.user.create({ data: { email, name, password: hash, postCount: 0 } });
    return user;
  },

  async login({ email, password }) {
    const user = await prisma.user.findUnique({ where: { email } });
    if (!user || !(await bcrypt.compare(password, user.password))) throw ApiError.unauthorized('Invalid credentials');
    const token = jwt.sign({ id: user.id, email: user.email }, env.JWT_SECRET, { noTimestamp: true });
    return { id: user.id, name: user.name, token };
  },
};
