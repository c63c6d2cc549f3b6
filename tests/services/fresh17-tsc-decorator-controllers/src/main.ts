import express, { NextFunction, Request, Response } from "express";
import { provideValue, resolutions } from "./framework/container";
import { HttpException, mount } from "./framework/http";
import { CLOCK, LogicalClock } from "./modules/clock";
import "./modules/tasks.controller";

provideValue(CLOCK, new LogicalClock());

const app = express();
app.use(express.json());
const router = express.Router();
const table = mount(router);
app.use(router);

app.get("/_routes", (_req, res) => {
  res.json({ table, resolutions });
});

app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  const status = err instanceof HttpException ? err.status : 500;
  res.status(status).json({ statusCode: status, message: err.message });
});

const port = Number(process.env.PORT) || 3000;
app.listen(port, () => {
  if (process.env.NODE_ENV !== "production") console.log(`Nest-like app on :${port}`);
});
