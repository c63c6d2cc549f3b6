import semver from 'semver';
import createError from 'http-errors';
import { API_VERSION, MIN_CLIENT } from '../config.js';

const seen = new Map();

export function apiVersion(req, res, next) {
  const client = req.get('x-client-version');
  res.set('x-api-version', API_VERSION);
  if (!client) return next();
  const version = semver.valid(semver.coerce(client));
  if (!version || !semver.satisfies(version, MIN_CLIENT)) {
    return next(createError(426, `client ${client} is not supported (${MIN_CLIENT})`));
  }
  const minor = `${semver.major(version)}.${semver.minor(version)}`;
  seen.set(minor, (seen.get(minor) ?? 0) + 1);
  next();
}

export const clientVersions = () => Object.fromEntries([...seen].sort(([a], [b]) => semver.compare(`${a}.0`, `${b}.0`)));
