import { readFile } from 'node:fs/promises';

// Loads the settings file once at start-up.
export async function loadSettings(url) {
  const raw = await readFile(url, 'utf8');
  const settings = JSON.parse(raw);
  return { ...settings, loadedAt: 'boot' };
}
