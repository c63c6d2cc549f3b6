class Rooms {
  #rooms = new Map();

  #room(name) {
    let room = this.#rooms.get(name);
    if (!room) {
      room = { name, messages: [], members: new Set(), typing: null };
      this.#rooms.set(name, room);
    }
    return room;
  }

  post(name, user, text) {
    const room = this.#room(name);
    const message = { id: room.messages.length + 1, user, text };
    room.messages.push(message);
    room.members.add(user);
    if (room.typing?.[user]) delete room.typing[user];
    return message;
  }

  since(name, id) {
    return this.#rooms.get(name)?.messages.filter((m) => m.id > id) ?? [];
  }

  typing(name, user) {
    const room = this.#room(name);
    room.typing ||= {};
    room.typing[user] ??= 0;
    room.typing[user] += 1;
    return { typing: Object.keys(room.typing) };
  }

  summary(name) {
    const room = this.#rooms.get(name);
    return {
      room: name,
      count: room?.messages.length ?? 0,
      last: room?.messages.at(-1)?.text ?? null,
      members: [...(room?.members ?? [])].sort(),
      typing: Object.keys(room?.typing ?? {}),
    };
  }
}

module.exports = new Rooms();
