const express = require('express');
const yup = require('yup');
const validate = require('../middleware/validate');
const otp = require('../services/otp');
const users = require('../stores/users');
const codes = require('../stores/codes');

const router = express.Router();
const emailSchema = yup.object({ email: yup.string().trim().lowercase().email().required() });
const verifySchema = emailSchema.shape({ code: yup.string().matches(/^\d{6}$/, 'code must be 6 digits').required() });

router.post('/otp', validate(emailSchema), (req, res) => {
  res.status(202).json(otp.issue(req.body.email));
});

router.post('/otp/verify', validate(verifySchema), (req, res) => {
  const user = otp.verify(req.body.email, req.body.code);
  res.cookie('profile', { id: user.id, email: user.email }, { signed: true, httpOnly: true });
  res.json({ id: user.id, logins: user.logins });
});

// test helper the team kept behind an env flag; here the "mailbox" shows the last code sent
router.get('/_mailbox/:email', (req, res) => {
  const code = codes.peek(req.params.email, { allowStale: true });
  if (!code) return res.status(404).json({ error: 'empty' });
  res.json({ code });
});

router.delete('/locks/:email', (req, res) => {
  res.json({ unlocked: otp.unlock(req.params.email) });
});

router.get('/me', (req, res) => {
  const profile = req.signedCookies.profile;
  if (!profile) return res.status(401).json({ error: 'sign in first' });
  const user = users.get(profile.email);
  res.json({ ...profile, logins: user ? user.logins : 0 });
});

router.get('/stats', (req, res) => res.json({ ...otp.stats, users: users.count() }));

module.exports = router;
