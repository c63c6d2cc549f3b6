import { Book, Dvd, Media } from "./media";

export interface Member {
  name: string;
  limit: number;
  history: string[];
}

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

export class Library {
  private catalog = new Map<string, Media>();
  private members: { [name: string]: Member } = {};
  private fines: Record<string, number> = {};
  private day = 0;

  addBook(title: string, pages: number): Media {
    return this.put(new Book("b" + (this.catalog.size + 1), title, pages));
  }

  addDvd(title: string): Media {
    return this.put(new Dvd("d" + (this.catalog.size + 1), title));
  }

  private put(m: Media): Media {
    this.catalog.set(m.id, m);
    return m;
  }

  join(name: string, opts: Partial<Member> = {}): Member {
    const member = { name, limit: 2, history: [], ...opts } as Member;
    this.members[name] = member;
    return member;
  }

  async lend(id: string, name: string) {
    await tick();
    const item = this.catalog.get(id);
    const member = this.members[name];
    if (!item || !member) throw new Error("unknown item or member");
    if (item.holder) throw new Error(`${item.title} is out`);
    const out = this.onLoan(name);
    if (out.length >= member.limit) throw new Error(`${name} has ${out.length} items`);
    item.lend(name);
    member.history = [...member.history, id];
    return { item, due: this.day + item.loanDays };
  }

  async giveBack(id: string, lateDays: number) {
    await tick();
    const item = this.catalog.get(id);
    if (!item || !item.holder) throw new Error("not on loan");
    const who = item.holder;
    item.giveBack();
    if (lateDays > 0) {
      this.fines[who] = (this.fines[who] || 0) + lateDays * 25;
    }
    return { who, fine: this.fines[who] || 0 };
  }

  advance(days: number): number {
    this.day += days;
    return this.day;
  }

  onLoan(name: string): string[] {
    const ids: string[] = [];
    for (const [id, m] of this.catalog) {
      if (m.holder === name) ids.push(id);
    }
    return ids;
  }

  report() {
    const popular = Array.from(this.catalog.values())
      .filter((m) => m.timesLent > 0)
      .sort((a, b) => b.timesLent - a.timesLent || a.id.localeCompare(b.id))
      .map((m) => m.title);
    return { day: this.day, items: this.catalog.size, created: Media.created, fines: { ...this.fines }, popular };
  }

  member(name: string) {
    const m = this.members[name];
    return m ? { ...m, onLoan: this.onLoan(name) } : undefined;
  }
}

export default new Library();
