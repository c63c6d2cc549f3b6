const QUESTIONS = require('./questions');

class GameError extends Error {
  constructor(message, status = 400) {
    super(message);
    this.status = status;
  }
}

class Game {
  static #count = 0;
  static get count() { return Game.#count; }

  players = new Map();   // name -> { score, streak, answers }
  rounds = [];           // { n, question, answers: Map(name -> choice), open, closedBy }
  #timer = null;

  constructor({ rounds = 3, roundMs = 2500, category } = {}) {
    this.id = `G${++Game.#count}`;
    this.roundMs = roundMs;
    this.questions = QUESTIONS.filter((q) => !category || q.category === category).slice(0, rounds);
    if (!this.questions.length) throw new GameError(`no questions for ${category}`);
  }

  get current() {
    return this.rounds.at(-1);
  }

  get finished() {
    return this.rounds.length === this.questions.length && !this.current?.open;
  }

  join(name) {
    if (this.rounds.length) throw new GameError('game already started', 409);
    if (this.players.has(name)) throw new GameError(`${name} already joined`, 409);
    this.players.set(name, { score: 0, streak: 0, answers: 0 });
    return [...this.players.keys()];
  }

  nextRound(onClose) {
    if (this.current?.open) throw new GameError('round still open', 409);
    if (this.finished) throw new GameError('game over', 409);
    if (this.players.size < 2) throw new GameError('need two players');
    const question = this.questions[this.rounds.length];
    const round = { n: this.rounds.length + 1, question, answers: new Map(), order: [], open: true, closedBy: null };
    this.rounds.push(round);
    this.#timer = setTimeout(() => {
      this.#close('timer');
      onClose?.(this, round);
    }, this.roundMs);
    const { answer, ...visible } = question;
    return { round: round.n, ...visible };
  }

  answer(name, choice) {
    const round = this.current;
    if (!round?.open) throw new GameError('no open round', 409);
    if (!this.players.has(name)) throw new GameError(`unknown player ${name}`, 404);
    if (round.answers.has(name)) throw new GameError('already answered', 409);
    round.answers.set(name, Number(choice));
    round.order.push(name);
    if (round.answers.size === this.players.size) {
      clearTimeout(this.#timer);
      this.#close('everyone');
    }
    return { received: round.answers.size, of: this.players.size, open: round.open };
  }

  #close(by) {
    const round = this.current;
    if (!round?.open) return;
    round.open = false;
    round.closedBy = by;
    let rank = 0;
    for (const [name, player] of this.players) {
      const choice = round.answers.get(name);
      if (choice === undefined) {
        player.streak = 0;
        continue;
      }
      player.answers++;
      if (choice === round.question.answer) {
        player.streak++;
        const speedBonus = Math.max(0, 3 - round.order.indexOf(name) - rank);
        player.score += 10 + speedBonus + (player.streak >= 2 ? 5 : 0);
      } else {
        player.streak = 0;
      }
    }
  }

  scoreboard() {
    return [...this.players]
      .map(([name, p]) => ({ name, ...p }))
      .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name))
      .map((row, i, rows) => ({ rank: i > 0 && rows[i - 1].score === row.score ? rows[i - 1].rank ?? i : i + 1, ...row }));
  }
}

module.exports = { Game, GameError };
