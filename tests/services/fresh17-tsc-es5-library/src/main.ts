import express = require("express");
import library from "./library";

const app = express();
app.use(express.json());

type Handler = (req: express.Request, res: express.Response) => Promise<unknown>;
const route = (fn: Handler): express.RequestHandler => (req, res) => {
  fn(req, res).catch((err: Error) => res.status(400).json({ error: err.message }));
};

app.post("/books", (req, res) => res.status(201).json(library.addBook(req.body.title, req.body.pages)));
app.post("/dvds", (req, res) => res.status(201).json(library.addDvd(req.body.title)));
app.post("/members", (req, res) => res.status(201).json(library.join(req.body.name, req.body.options)));
app.get("/members/:name", (req, res) => {
  const m = library.member(req.params.name);
  m ? res.json(m) : res.sendStatus(404);
});
app.post("/loans", route(async (req, res) => {
  const { item, due } = await library.lend(req.body.id, req.body.member);
  res.status(201).json({ id: item.id, due });
}));
app.post("/returns", route(async (req, res) => {
  res.json(await library.giveBack(req.body.id, req.body.late || 0));
}));
app.post("/clock", (req, res) => res.json({ day: library.advance(Number(req.query.days) || 1) }));
app.get("/report", (_req, res) => res.json(library.report()));

const PORT = process.env.PORT || 5000;
app.listen(PORT);
