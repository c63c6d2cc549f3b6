import express, { Request, Response, NextFunction } from "express";
import { router as items } from "./routes/items";
import { audit } from "./store";
import * as alerts from "./alerts";
import { callCounts, registry } from "./decorators";
import { HttpError } from "./models";

const app = express();
app.use(express.json());

app.get("/health", (_req: Request, res: Response) => {
  res.json({ ok: true, registry });
});

app.use("/items", items);

app.get("/alerts", (_req: Request, res: Response) => {
  res.json({ count: alerts.alertCount, alerts: alerts.alerts });
});

app.delete("/alerts", (_req: Request, res: Response) => {
  res.json({ cleared: alerts.clearAlerts(), count: alerts.alertCount });
});

app.get("/stats", (_req: Request, res: Response) => {
  res.json({ calls: callCounts, audit: audit.size, tail: audit.tail(3) });
});

app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  const status = err instanceof HttpError ? err.status : 500;
  res.status(status).json({ error: err.message });
});

export default app;
