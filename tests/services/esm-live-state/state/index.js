export * from './counter.js';
export { mode, setMode as changeMode, modes as default } from './settings.js';
