const express = require('express');
const bookmarks = require('./routes/bookmarks');

const app = express();
app.use(express.text({ type: ['application/x-www-form-urlencoded', 'text/plain'] }));
app.use('/bookmarks', bookmarks);

app.listen(process.env.PORT || 3000);
