// Runtime settings: start from the frozen config, changed through the admin API.
import { config } from './index.js';

const defaults = { pageSize: config.pageSize, maintenance: false, banner: null };

let current = { ...defaults };
let version = 1;
const history = [];

export function getSettings() {
  return { ...current, version };
}

export function updateSettings(patch) {
  const unknown = Object.keys(patch).filter((k) => !(k in defaults));
  if (unknown.length) {
    const err = new Error(`unknown setting(s): ${unknown.join(', ')}`);
    err.status = 400;
    throw err;
  }
  history.push({ version, changed: Object.keys(patch) });
  current = { ...current, ...patch };
  version += 1;
  return getSettings();
}

export function resetSettings() {
  current = { ...defaults };
  version += 1;
  history.length = 0;
  return getSettings();
}

export const settingsHistory = () => history.map((h) => ({ ...h }));
