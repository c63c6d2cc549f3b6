import express, { type NextFunction, type Request, type Response } from "express";
import * as svc from "./service";

const app = express();
app.use(express.json());

app.post("/polls", (req: Request, res: Response) => {
  const p = svc.createPoll(req.body.question, req.body.options ?? ["yes", "no"]);
  res.status(201).json({ id: p.id, ...p.results() });
});

app.post("/polls/:id/votes", (req: Request, res: Response) => {
  const voter = req.get("x-voter") ?? "anonymous";
  svc.find(Number(req.params.id)).vote(voter, req.body.option);
  res.status(204).end();
});

app.get("/polls/:id", (req: Request, res: Response) => {
  res.json(svc.results(Number(req.params.id)));
});

app.post("/polls/:id/close", (req: Request, res: Response) => {
  res.json({ closed: svc.close(Number(req.params.id)).closed });
});

app.get("/cache", (_req: Request, res: Response) => res.json(svc.cacheStats()));

app.use((err: Error & { status?: number }, _req: Request, res: Response, _next: NextFunction) => {
  res.status(err.status ?? 400).json({ error: err.message });
});

app.listen(Number(process.env.PORT ?? 8000));
