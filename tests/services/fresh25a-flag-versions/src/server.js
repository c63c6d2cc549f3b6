const app = require('./app');
const { ready } = require('./redis');

const port = Number(process.env.PORT) || 3000;
ready.then(() => app.listen(port, () => console.log(`flags on ${port}`)));
