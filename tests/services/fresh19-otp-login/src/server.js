const app = require('./app');
const config = require('./config');

app.listen(config.port, () => console.log(`otp-login on ${config.port}`));
