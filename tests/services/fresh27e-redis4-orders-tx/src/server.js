const app = require('./app');
const { client } = require('./redis');

const port = Number(process.env.PORT ?? 3000);

async function main() {
  await client.connect();
  app.listen(port, () => console.log(`orders listening on ${port}`));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
