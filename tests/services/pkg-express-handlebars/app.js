// express-handlebars 7 as the view engine: a default layout and a second one, partials found
// in views/partials (read with fs.promises and glob), helpers of the service's own (one
// reading module state), `res.render` with `layout: false`, app.locals and res.locals, a
// missing view's error, and `hbs.render` of a template file outside Express.
const express = require('express');
const path = require('path');
const { create } = require('express-handlebars');

const guests = [];
const app = express();
const hbs = create({
  extname: '.hbs',
  defaultLayout: 'main',
  helpers: {
    upper: (s) => String(s).toUpperCase(),
    plural: (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`,
    guestCount: () => guests.length,
  },
});
app.engine('.hbs', hbs.engine);
app.set('view engine', '.hbs');
app.set('views', path.join(__dirname, 'views'));
app.locals.site = 'Guestbook';
app.use(express.urlencoded({ extended: false }));
app.use((req, res, next) => { res.locals.path = req.path; next(); });

app.get('/', (req, res) => res.render('home', { guests, title: 'Welcome' }));

app.post('/sign', (req, res) => {
  if (!req.body.name) return res.status(400).render('error', { layout: 'plain', message: 'a name is needed' });
  guests.push({ name: req.body.name, note: req.body.note || '' });
  res.redirect(303, '/');
});

app.get('/guests/:i', (req, res) => {
  const guest = guests[Number(req.params.i)];
  if (!guest) return res.status(404).render('error', { layout: 'plain', message: `no guest ${req.params.i}` });
  res.render('guest', { guest, layout: false });
});

app.get('/missing', (req, res, next) => {
  res.render('nope', (err, html) => {
    if (err) return res.status(500).json({ missing: err.message.replace(/\/.*\//, '<views>/') });
    res.send(html);
  });
});

app.get('/card/:name', async (req, res) => {
  const text = await hbs.render(path.join(__dirname, 'views', 'partials', 'card.hbs'), { name: req.params.name, note: 'direct' });
  res.type('text/plain').send(text);
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
