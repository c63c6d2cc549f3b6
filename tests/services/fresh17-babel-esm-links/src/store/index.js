export { default as links, LinkStore } from './links';
export * from './version';
export { resetIds } from './ids';
