"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.resolutions = void 0;
exports.Injectable = Injectable;
exports.Inject = Inject;
exports.provideValue = provideValue;
exports.resolve = resolve;
const providers = new Map();
const instances = new Map();
const paramTokens = new Map();
exports.resolutions = [];
function Injectable() {
    return (target) => {
        providers.set(target, () => construct(target));
    };
}
function Inject(token) {
    return (target, _key, index) => {
        const tokens = paramTokens.get(target) ?? new Map();
        tokens.set(index, token);
        paramTokens.set(target, tokens);
    };
}
function provideValue(token, value) {
    instances.set(token, value);
}
function construct(ctor) {
    const tokens = paramTokens.get(ctor) ?? new Map();
    const args = Array.from({ length: ctor.length }, (_, i) => resolve(tokens.get(i)));
    return new ctor(...args);
}
function resolve(token) {
    if (!instances.has(token)) {
        const factory = providers.get(token);
        if (!factory)
            throw new Error(`no provider for ${String(token?.name ?? token)}`);
        instances.set(token, factory());
        exports.resolutions.push(String(token.name ?? token));
    }
    return instances.get(token);
}
