export abstract class Media {
  static created = 0;
  private loans = 0;
  public holder: string | null = null;

  constructor(public readonly id: string, public readonly title: string) {
    Media.created++;
  }

  abstract get loanDays(): number;

  lend(member: string): void {
    this.holder = member;
    this.loans++;
  }

  giveBack(): void {
    this.holder = null;
  }

  get timesLent(): number {
    return this.loans;
  }

  toJSON() {
    return { id: this.id, title: this.title, kind: this.kind(), holder: this.holder, loans: this.loans, days: this.loanDays };
  }

  protected abstract kind(): string;
}

export class Book extends Media {
  constructor(id: string, title: string, public readonly pages: number) {
    super(id, title);
  }
  get loanDays() {
    return this.pages > 300 ? 21 : 14;
  }
  protected kind() {
    return "book";
  }
}

export class Dvd extends Media {
  get loanDays() {
    return 7;
  }
  protected kind() {
    return "dvd";
  }
}
