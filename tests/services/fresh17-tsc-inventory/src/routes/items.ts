import { Router, Request, Response, NextFunction } from "express";
import { store } from "../store";
import { Category, HttpError } from "../models";

export const router = Router();

const categories = Object.values(Category) as string[];

router.get("/", (req: Request, res: Response) => {
  const category = req.query.category as Category | undefined;
  res.json(store.list(category).map((i) => ({ sku: i.sku, qty: i.qty })));
});

router.post("/", (req: Request, res: Response, next: NextFunction) => {
  const { name, category, qty } = req.body ?? {};
  if (!categories.includes(category)) {
    return next(new HttpError(400, `category must be one of ${categories.join(", ")}`));
  }
  res.status(201).json(store.add(String(name), category as Category, Number(qty) || 0));
});

router.post("/:sku/remove", (req: Request, res: Response) => {
  res.json(store.remove(String(req.params.sku), Number(req.body.qty)));
});

router.post("/:sku/restock", (req: Request, res: Response) => {
  res.json(store.restock(String(req.params.sku), Number(req.body.qty)));
});

router.get("/:sku", (req: Request, res: Response) => {
  res.json(store.mustGet(String(req.params.sku)));
});
