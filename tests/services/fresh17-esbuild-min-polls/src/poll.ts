import { EventEmitter } from "node:events";

export type Results = { question: string; total: number; options: Record<string, number>; leader: string | null };

export const pollEvents = new EventEmitter();

export class Poll {
  static #created = 0;
  readonly id: number;
  #votes = new Map<string, number>();
  #voters = new Set<string>();
  closed = false;

  constructor(readonly question: string, options: string[]) {
    this.id = ++Poll.#created;
    for (const o of options) this.#votes.set(o, 0);
  }

  static get created(): number {
    return Poll.#created;
  }

  vote(voter: string, option: string): void {
    if (this.closed) throw new Error("poll closed");
    if (!this.#votes.has(option)) throw new Error(`no option ${option}`);
    if (this.#voters.has(voter)) throw new Error(`${voter} already voted`);
    this.#voters.add(voter);
    this.#bump(option);
    pollEvents.emit("vote", this.id);
  }

  #bump(option: string) {
    this.#votes.set(option, (this.#votes.get(option) ?? 0) + 1);
  }

  results(): Results {
    const options = Object.fromEntries(this.#votes);
    let leader: string | null = null;
    for (const [o, n] of this.#votes) if (n > 0 && (leader === null || n > this.#votes.get(leader)!)) leader = o;
    return { question: this.question, total: this.#voters.size, options, leader };
  }
}
