import { nextId } from './ids.js';
import { normalizeTags, slugify } from './text.js';
import config from '#config';

export default class NoteStore {
  #notes = new Map();
  #trash = [];
  #version = 0;
  static instances = 0;

  static {
    // every store counts itself: the app only ever makes one
    this.created = [];
  }

  constructor(name) {
    this.name = name;
    NoteStore.instances++;
    NoteStore.created.push(name);
  }

  get version() {
    return this.#version;
  }

  get size() {
    return this.#notes.size;
  }

  #touch(note) {
    note.rev = (note.rev ?? 0) + 1;
    this.#version++;
    return note;
  }

  add({ title, body = '', tags = [], pinned = false }) {
    const id = nextId();
    const note = this.#touch({ id, slug: slugify(title), title, body, tags: normalizeTags(tags).slice(0, config.maxTags), pinned });
    this.#notes.set(id, note);
    return structuredClone(note);
  }

  get(id) {
    return this.#notes.get(id);
  }

  list() {
    return [...this.#notes.values()];
  }

  update(id, patch) {
    const note = this.#notes.get(id);
    if (!note) return undefined;
    if (Object.hasOwn(patch, 'title')) {
      note.title = patch.title;
      note.slug = slugify(patch.title);
    }
    note.body = patch.body ?? note.body;
    if (patch.tags) note.tags = normalizeTags([...note.tags, ...patch.tags]).slice(0, config.maxTags);
    note.pinned &&= patch.pinned !== false;
    note.pinned ||= patch.pinned === true;
    return structuredClone(this.#touch(note));
  }

  remove(id) {
    const note = this.#notes.get(id);
    if (!note) return false;
    this.#notes.delete(id);
    this.#trash = [...this.#trash, note].slice(-config.trashLimit);
    this.#version++;
    return true;
  }

  restore() {
    const last = this.#trash.at(-1);
    if (!last) return undefined;
    this.#trash = this.#trash.toSpliced(-1, 1);
    this.#notes.set(last.id, last);
    return this.#touch(last);
  }

  get trash() {
    return this.#trash.map(({ id, title }) => ({ id, title }));
  }
}
