const encoder = new TextEncoder();

async function etagOf(text) {
  const digest = await crypto.subtle.digest('SHA-1', encoder.encode(text));
  return `"${Buffer.from(digest).toString('base64url').slice(0, 16)}"`;
}

let renders = 0;

async function render(name, lang) {
  renders++;
  const greeting = { en: 'Hello', fr: 'Bonjour', de: 'Hallo' }[lang] ?? 'Hi';
  const body = JSON.stringify({ message: `${greeting}, ${name}!`, render: renders });
  const headers = new Headers({ 'content-type': 'application/json; charset=utf-8', vary: 'accept-language' });
  headers.set('etag', await etagOf(body));
  headers.append('cache-control', 'max-age=60');
  return new Response(body, { status: 200, headers });
}

module.exports = { render, count: () => renders };
