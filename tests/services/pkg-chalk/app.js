// An API that logs with chalk 5 (an ES module with "imports" of its own) and renders
// a colored text banner for terminals when asked.
import express from 'express';
import chalk, { Chalk } from 'chalk';
import { fileURLToPath } from 'node:url';

const terminal = new Chalk({ level: 1 });
const seen = [];

const app = express();
app.use((req, res, next) => {
  console.log(chalk.gray(`${req.method} ${req.url}`));
  next();
});

app.get('/banner/:word', (req, res) => {
  seen.push(req.params.word);
  const word = req.params.word;
  res.type('text').send(terminal.bold.red(word) + ' ' + terminal.bgBlue.white(`#${seen.length}`));
});

app.get('/level', (req, res) => res.json({ level: chalk.level, plain: chalk.green('ok'), seen }));

export default app;
if (process.argv[1] === fileURLToPath(import.meta.url)) app.listen(process.env.PORT || 8080);
