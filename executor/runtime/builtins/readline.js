'use strict';
// readline's line reader, as services use it: `readline.createInterface({ input })`
// over a file stream, its 'line' and 'close' events and `for await (const line of rl)`.
// Lines end at \n, \r\n or \r (a \r at the end of a chunk waits for the next one, as
// with `crlfDelay: Infinity`); the text after the last line ending is a line at the end.
// Not here: terminals, prompts and questions, history, cursor and keypress helpers.
const EventEmitter = require('events');
const { StringDecoder } = require('string_decoder');

const LINE_END = /\r\n|\n|\r/g;

class Interface extends EventEmitter {
  constructor(input, output, completer, terminal) {
    super();
    const options = input && typeof input.on !== 'function' && typeof input === 'object' ? input : { input };
    if (!options.input || typeof options.input.on !== 'function') {
      const err = new TypeError('The "input" argument must be an instance of Readable.');
      err.code = 'ERR_INVALID_ARG_TYPE';
      throw err;
    }
    this.input = options.input;
    this.output = options.output;
    this.terminal = false;
    this.line = '';
    this.closed = false;
    this.crlfDelay = options.crlfDelay === undefined ? 100 : Math.max(100, Number(options.crlfDelay));
    this._decoder = new StringDecoder('utf8');
    this._buffer = '';
    this._paused = false;
    this._onData = (chunk) => this._write(typeof chunk === 'string' ? chunk : this._decoder.write(chunk));
    this._onEnd = () => this._end();
    this._onError = (err) => this.emit('error', err);
    this.input.on('data', this._onData);
    this.input.on('end', this._onEnd);
    this.input.on('error', this._onError);
    if (typeof this.input.resume === 'function') this.input.resume();
  }

  _write(text) {
    this._buffer += text;
    let start = 0;
    let match;
    LINE_END.lastIndex = 0;
    while ((match = LINE_END.exec(this._buffer)) !== null) {
      if (match[0] === '\r' && match.index === this._buffer.length - 1) break;  // maybe \r\n across chunks
      const line = this._buffer.slice(start, match.index);
      start = LINE_END.lastIndex;
      if (this.closed) return;
      this.emit('line', line);
    }
    this._buffer = this._buffer.slice(start);
  }

  _end() {
    this._write(this._decoder.end());
    const rest = this._buffer.replace(/\r$/, '');
    this._buffer = '';
    if (rest.length && !this.closed) this.emit('line', rest);
    this.close();
  }

  pause() {
    if (this._paused) return this;
    if (typeof this.input.pause === 'function') this.input.pause();
    this._paused = true;
    this.emit('pause');
    return this;
  }

  resume() {
    if (!this._paused) return this;
    if (typeof this.input.resume === 'function') this.input.resume();
    this._paused = false;
    this.emit('resume');
    return this;
  }

  close() {
    if (this.closed) return;
    this.closed = true;
    this.input.removeListener('data', this._onData);
    this.input.removeListener('end', this._onEnd);
    this.input.removeListener('error', this._onError);
    this.emit('close');
  }

  [Symbol.asyncIterator]() {
    const events = EventEmitter.on(this, 'line', { close: ['close'] });
    return {
      next: () => events.next().then((r) => (r.done ? r : { done: false, value: r.value[0] })),
      return: () => { this.close(); return events.return(); },
      [Symbol.asyncIterator]() { return this; },
    };
  }
}

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

module.exports = { Interface, createInterface };
