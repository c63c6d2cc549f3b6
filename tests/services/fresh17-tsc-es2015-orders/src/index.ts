import express from "express";
import orders from "./routes/orders";
import { ledger } from "./services/ledger";
import { Pricing } from "./services/pricing";
import { OrderQueue } from "./services/queue";

const app = express();
const port = parseInt(process.env.PORT || "8080", 10);

app.use(express.json());
app.use("/orders", orders);

app.get("/ledger", (_req, res) => {
  res.json({ ...ledger.summary(), pricing: Pricing.stats(), queues: OrderQueue.instances });
});

app.put("/prices/:sku", (req, res) => {
  Pricing.setPrice(req.params.sku, Number(req.body.cents));
  res.json(Pricing.stats());
});

app.use((err: Error, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
  res.status(422).json({ error: err.message });
});

app.listen(port);
