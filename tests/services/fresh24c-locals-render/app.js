// A view model built up in res.locals by a pipeline of middlewares (site info and a visit counter, the
// navigation from an editable menu, the user from a cookie, flash messages consumed when shown, breadcrumbs, a
// trace of which middleware ran), app.locals changed by an admin route, and a res.render override that counts
// renders per view and adds a render number, with ejs views and partials.
const path = require('path');
const express = require('express');
const cookieParser = require('cookie-parser');
const { siteLocals, navLocals, userLocals, flashLocals, breadcrumbs } = require('./middleware/locals');
const renderStats = require('./middleware/renderStats');
const adminRouter = require('./routes/admin');
const shopRouter = require('./routes/shop');

const app = express();
app.set('views', path.join(__dirname, 'views'));
app.set('view engine', 'ejs');
app.locals.title = 'Corner Shop';
app.locals.currency = 'EUR';

app.use(express.urlencoded({ extended: false }));
app.use(express.json());
app.use(cookieParser());
app.use(renderStats.middleware);
app.use(siteLocals(), navLocals, userLocals, flashLocals, breadcrumbs);

app.use('/admin', adminRouter);
app.use('/', shopRouter);

app.use((req, res) => {
  res.status(404).render('notFound', { path: req.path });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
