import { EventEmitter } from 'node:events';

const bus = new EventEmitter();
bus.setMaxListeners(20);
export default bus;
