const { createApp } = require('./app');

createApp().listen(process.env.PORT || 3000);
