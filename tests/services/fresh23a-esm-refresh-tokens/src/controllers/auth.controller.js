import asyncHandler from '../utils/asyncHandler.js';

export class AuthController {
  constructor(authService, tokenService) {
    this.authService = authService;
    this.tokenService = tokenService;
    // bind once so the router can take the methods as they are
    for (const name of ['register', 'login', 'refresh', 'logout', 'me', 'unlock']) {
      this[name] = asyncHandler(this[name].bind(this));
    }
  }

  async register(req, res) {
    res.status(201).json(await this.authService.register(req.body));
  }

  async login(req, res) {
    res.json(await this.authService.login(req.body));
  }

  async refresh(req, res) {
    res.json(this.tokenService.refresh(req.body.refreshToken));
  }

  async logout(req, res) {
    res.json({ ended: this.tokenService.logout(req.body.refreshToken) });
  }

  async me(req, res) {
    res.json(this.authService.profile(req.auth.sub));
  }

  async unlock(req, res) {
    res.json(this.authService.unlock(req.params.email));
  }
}
