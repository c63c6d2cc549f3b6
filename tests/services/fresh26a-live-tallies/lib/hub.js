// Server-sent events per poll: a Map of poll id -> Set of open responses.
class Hub {
  #streams = new Map();
  sent = 0;

  join(pollId, res) {
    res.set({ 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache' });
    res.flushHeaders();
    (this.#streams.get(pollId) ?? this.#streams.set(pollId, new Set()).get(pollId)).add(res);
    res.on('close', () => this.#streams.get(pollId)?.delete(res));
  }

  count(pollId) {
    return this.#streams.get(pollId)?.size ?? 0;
  }

  send(pollId, event, data) {
    for (const res of this.#streams.get(pollId) ?? []) {
      res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
      this.sent++;
    }
  }

  end(pollId) {
    const set = this.#streams.get(pollId);
    set?.forEach((res) => res.end('event: end\ndata: {}\n\n'));
    this.#streams.delete(pollId);
    return set?.size ?? 0;
  }
}

module.exports = new Hub();
