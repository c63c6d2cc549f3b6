import { Router, Request, Response, NextFunction } from "express";
import { queue } from "../services/queue";
import { OrderStatus, Order } from "../types";

const router = Router();

const view = (o: Order) => ({ ...o, status: OrderStatus[o.status] });

const wrap = (fn: (req: Request, res: Response) => Promise<void>) =>
  (req: Request, res: Response, next: NextFunction) => {
    fn(req, res).catch(next);
  };

router.post("/", wrap(async (req, res) => {
  const order = await queue.submit(req.body.customer, req.body.lines || []);
  res.status(201).json(view(order));
}));

router.post("/process", wrap(async (_req, res) => {
  const order = await queue.processNext();
  if (!order) {
    res.status(204).end();
    return;
  }
  res.json({ order: view(order), pending: queue.pendingIds, processed: queue.processed });
}));

router.delete("/:id", (req, res) => {
  const order = queue.cancel(Number(req.params.id));
  if (!order) {
    res.status(409).json({ error: "not pending" });
    return;
  }
  res.json(view(order));
});

router.get("/:id", (req, res) => {
  const order = queue.get(Number(req.params.id));
  if (!order) {
    res.status(404).json({ error: "not found" });
    return;
  }
  res.json(view(order));
});

export default router;
