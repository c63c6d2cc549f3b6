import { reactive, watch } from './reactive.js';

const defaults = Object.freeze({ theme: 'light', pageSize: 10, beta: false });

export const settings = reactive({ ...defaults }, 'settings');
export const derived = { themeSwitches: 0, lastTheme: settings.theme };

watch('theme', (value) => {
  derived.themeSwitches++;
  derived.lastTheme = value;
});

export function patch(values) {
  return Object.assign(settings, values);
}

export function reset() {
  for (const key of Object.keys(settings)) {
    if (!(key in defaults)) delete settings[key];
  }
  return Object.assign(settings, defaults);
}
