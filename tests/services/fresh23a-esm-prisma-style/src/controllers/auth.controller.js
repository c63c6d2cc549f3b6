import { authService } from '../services/index.js';
import { catchAsync } from '../utils/catchAsync.js';

export const register = catchAsync(async (req, res) => {
  const user = await authService.register(req.valid.body);
  res.status(201).json({ success: true, data: user });
});

export const login = catchAsync(async (req, res) => {
  res.json({ success: true, data: await authService.login(req.valid.body) });
});
