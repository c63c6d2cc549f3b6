// Voters are identified by a cookie handed out on first visit (a fixed id sequence so tests are stable).
let nextVoter = 100;
export const seen = new Set();

export function voterId(req, res, next) {
  const cookie = req.headers.cookie?.match(/(?:^|;\s*)voter=([^;]+)/)?.[1];
  req.voter = cookie ?? `v${nextVoter++}`;
  if (!cookie) res.cookie('voter', req.voter, { httpOnly: true, sameSite: 'lax' });
  seen.add(req.voter);
  next();
}
