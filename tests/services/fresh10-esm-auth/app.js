// Login with signed cookies as ES modules: passwords hashed with sha256 and tokens signed with an
// HMAC (base64url), a SessionStore extending EventEmitter with a static private singleton getter
// (??=), private Map and counter, listeners writing an audit object; failed logins counted per
// user in a Map; a middleware reading the cookie into res.locals and a role guard redirecting.
import express from 'express';
import { fileURLToPath } from 'node:url';
import { loadSession } from './middleware/auth.js';
import account from './routes/account.js';

const app = express();
app.use(express.urlencoded({ extended: false }));
app.use(loadSession);
app.use(account);
app.get('/', (req, res) => res.redirect('/me'));

export default app;
if (process.argv[1] === fileURLToPath(import.meta.url)) app.listen(process.env.PORT || 8080);
