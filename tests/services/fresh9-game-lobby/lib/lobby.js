const { EventEmitter } = require('node:events');

class Lobby extends EventEmitter {
  players = new Map();
  log = [];
  round = 0;

  constructor(name, { size = 4 } = {}) {
    super();
    this.name = name;
    this.size = size;
    this.on('join', this.#onJoin);
    this.on('leave', (player) => {
      this.players.delete(player);
      this.log.push(`${player} left`);
    });
    this.once('full', () => this.log.push(`${this.name} filled up for the first time`));
  }

  #onJoin(player, skill) {
    this.players.set(player, { skill, ready: false });
    this.log.push(`${player} joined`);
    if (this.players.size === this.size) this.emit('full', this.players.size);
  }

  join(player, skill = 1000) {
    if (this.players.has(player)) return false;
    if (this.players.size >= this.size) {
      const err = new Error(`lobby ${this.name} is full`);
      err.status = 409;
      throw err;
    }
    this.emit('join', player, skill);
    return true;
  }

  ready(player) {
    const p = this.players.get(player);
    if (!p) return null;
    p.ready = true;
    if ([...this.players.values()].every((x) => x.ready)) this.emit('start', ++this.round);
    return p;
  }
}

module.exports = Lobby;
