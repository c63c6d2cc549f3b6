const target = new EventTarget();
const log = [];

target.addEventListener('login', (event) => log.push({ type: 'login', user: event.detail.user }));
target.addEventListener('logout', ({ detail }) => log.push({ type: 'logout', user: detail.user }));

module.exports = { target, log };
