const { EventEmitter } = require('events');
const PriorityQueue = require('./priority-queue');
const clock = require('./clock');
const { inc } = require('./metrics.mjs');

const RANK = { urgent: 0, high: 1, normal: 2, low: 3 };

function createDesk({ slaTicks }) {
  const events = new EventEmitter();
  const tickets = new Map();
  const agents = new Map();
  let seq = 0;
  const queue = new PriorityQueue((a, b) => RANK[a.priority] - RANK[b.priority] || a.id - b.id);

  function open(subject, priority = 'normal') {
    if (!(priority in RANK)) throw new RangeError(`bad priority ${priority}`);
    const ticket = { id: ++seq, subject, priority, state: 'queued', openedAt: clock.now, agent: null };
    tickets.set(ticket.id, ticket);
    queue.push(ticket);
    inc(`opened.${priority}`);
    events.emit('opened', ticket);
    return ticket;
  }

  function addAgent(name) {
    agents.set(name, { name, load: 0, solved: 0 });
    return agents.get(name);
  }

  function assignNext(name) {
    const agent = agents.get(name);
    if (!agent) return { error: 'no such agent' };
    const ticket = queue.shift();
    if (!ticket) return { error: 'queue empty' };
    ticket.state = 'assigned';
    ticket.agent = name;
    agent.load++;
    inc('assigned');
    return { ticket, waited: clock.now - ticket.openedAt };
  }

  function solve(id) {
    const ticket = tickets.get(id);
    if (!ticket || ticket.state !== 'assigned') return null;
    const agent = agents.get(ticket.agent);
    agent.load--;
    agent.solved++;
    ticket.state = 'solved';
    const late = clock.now - ticket.openedAt > slaTicks;
    if (late) events.emit('breach', ticket);
    inc(late ? 'solved.late' : 'solved.ontime');
    return { ticket, late };
  }

  function escalate(id) {
    const ticket = queue.remove((t) => t.id === id);
    if (!ticket) return null;
    ticket.priority = ticket.priority === 'urgent' ? 'urgent' : Object.keys(RANK)[RANK[ticket.priority] - 1];
    queue.push(ticket);
    inc('escalated');
    return ticket;
  }

  return {
    events,
    open,
    addAgent,
    assignNext,
    solve,
    escalate,
    board: () => ({ queued: queue.items.map((t) => `${t.id}:${t.priority}`), agents: [...agents.values()] }),
  };
}

module.exports = createDesk({ slaTicks: 8 });
