// Listens to every lobby it is given; keeps rounds started and average skill per lobby.
const boards = {};

function track(lobby) {
  boards[lobby.name] = { rounds: 0, starts: [] };
  const onStart = (round) => {
    const board = boards[lobby.name];
    board.rounds++;
    const skills = [...lobby.players.values()].map((p) => p.skill);
    board.starts.push({ round, avg: Math.round(skills.reduce((a, b) => a + b, 0) / skills.length) });
    for (const p of lobby.players.values()) p.ready = false;
  };
  lobby.on('start', onStart);
  return () => lobby.off('start', onStart);
}

module.exports = { track, boards };
