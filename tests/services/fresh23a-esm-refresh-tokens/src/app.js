import express from 'express';
import { userRepository } from './repositories/user.repository.js';
import { TokenStore } from './repositories/token.store.js';
import { TokenService } from './services/token.service.js';
import { AuthService } from './services/auth.service.js';
import { AuthController } from './controllers/auth.controller.js';
import { authRoutes } from './routes/auth.routes.js';
import { errorHandler } from './middlewares/errorHandler.js';

const store = new TokenStore();
const tokenService = new TokenService(store);
const authService = new AuthService({ users: userRepository, tokens: tokenService, store });
const controller = new AuthController(authService, tokenService);

const auditLog = [];
store.onRevoke(({ family, user, reason }) => {
  auditLog.push(`${user}:${family} revoked (${reason})`);
});

export const app = express();
app.use(express.json());
app.use(authRoutes({ controller, tokenService, auditLog }));
app.use(errorHandler);
