import app from "./app";
import { config } from "./config";

const server = app.listen(config.port, () => {
  if (config.env !== "production") console.log(`inventory listening on ${config.port}`);
});

process.on("SIGTERM", () => server.close());
