'use strict';

Object.defineProperty(exports, '__esModule', { value: true });

var express = require('express');
var node_crypto = require('node:crypto');

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
let issued = 1000;
function encode(n) {
    let out = '';
    do {
        out = ALPHABET[n % 62] + out;
        n = Math.floor(n / 62);
    } while (n > 0);
    return out;
}
function nextCode() {
    issued += 1;
    return encode(issued);
}

class LruCache {
    limit;
    #map = new Map();
    hits = 0;
    misses = 0;
    constructor(limit) {
        this.limit = limit;
    }
    get(key) {
        if (!this.#map.has(key)) {
            this.misses++;
            return undefined;
        }
        const value = this.#map.get(key);
        this.#map.delete(key);
        this.#map.set(key, value);
        this.hits++;
        return value;
    }
    set(key, value) {
        this.#map.delete(key);
        this.#map.set(key, value);
        if (this.#map.size > this.limit) {
            const oldest = this.#map.keys().next().value;
            this.#map.delete(oldest);
        }
    }
    delete(key) {
        this.#map.delete(key);
    }
    keys() {
        return [...this.#map.keys()];
    }
}

const counts$1 = new Map();
const trail = [];
function recordClick(code, referrer) {
    counts$1.set(code, (counts$1.get(code) ?? 0) + 1);
    trail.push(`${code}<${referrer}`);
    if (trail.length > 5)
        trail.shift();
}
function clicksFor(code) {
    return counts$1.get(code) ?? 0;
}
function recentTrail() {
    return [...trail];
}

class LinkStore {
    links = new Map();
    byOwner = new Map();
    cache = new LruCache(2);
    create(url, owner, alias) {
        if (!/^https?:\/\//.test(url))
            return { error: 'invalid_url' };
        const code = alias ?? nextCode();
        if (this.links.has(code))
            return { error: 'alias_taken' };
        const link = { code, url, owner, disabled: false };
        this.links.set(code, link);
        const mine = this.byOwner.get(owner) ?? [];
        mine.push(code);
        this.byOwner.set(owner, mine);
        return { link };
    }
    resolve(code) {
        const cached = this.cache.get(code);
        if (cached)
            return cached;
        const link = this.links.get(code);
        if (!link || link.disabled)
            return undefined;
        this.cache.set(code, link.url);
        return link.url;
    }
    disable(code) {
        const link = this.links.get(code);
        if (!link)
            return false;
        link.disabled = true;
        this.cache.delete(code);
        return true;
    }
}

const counts = { created: 0, redirects: 0, notFound: 0 };
function createApp(store) {
    const app = express();
    app.use(express.json());
    app.post('/links', (req, res) => {
        const { url, owner = 'anon', alias } = req.body ?? {};
        const result = store.create(String(url), owner, alias);
        if ('error' in result)
            return res.status(result.error === 'alias_taken' ? 409 : 400).json(result);
        counts.created++;
        res.status(201).json(result.link);
    });
    app.get('/owners/:owner', (req, res) => {
        const codes = store.byOwner.get(req.params.owner) ?? [];
        res.json(codes.map((code) => ({ code, clicks: clicksFor(code) })));
    });
    app.delete('/links/:code', (req, res) => {
        res.sendStatus(store.disable(req.params.code) ? 204 : 404);
    });
    app.get('/stats', (req, res) => {
        const body = {
            ...counts,
            cache: { keys: store.cache.keys(), hits: store.cache.hits, misses: store.cache.misses },
            trail: recentTrail(),
        };
        const tag = node_crypto.createHash('sha1').update(JSON.stringify(body)).digest('hex').slice(0, 12);
        res.set('x-stats-tag', tag).json(body);
    });
    app.get('/:code', (req, res) => {
        const url = store.resolve(req.params.code);
        if (!url) {
            counts.notFound++;
            return res.status(404).send('unknown link');
        }
        counts.redirects++;
        recordClick(req.params.code, req.get('referer') ?? 'direct');
        res.redirect(302, url);
    });
    return app;
}

const store = new LinkStore();
const app = createApp(store);
const port = Number(process.env.PORT ?? 3000);
app.listen(port, () => {
    console.log(`shortener on http://localhost:${port}`);
});

exports.createApp = createApp;
exports.default = app;
exports.store = store;
