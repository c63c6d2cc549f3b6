import { board } from '../domain/Board.js';

export const addCard = (title, column) => {
  let card;
  return {
    label: `add "${title}"`,
    do() {
      card = board.create(title, column, card?.id);
      return card;
    },
    undo() {
      board.remove(card.id);
    },
  };
};

export const moveCard = (id, to, index) => {
  let back;
  return {
    label: `move #${id} to ${to}`,
    do() {
      back = board.move(id, to, index);
      return back;
    },
    undo() {
      board.move(id, back.from, back.oldIndex);
    },
  };
};

export const deleteCard = (id) => {
  let removed;
  return {
    label: `delete #${id}`,
    do() {
      removed = board.remove(id);
      return removed.card;
    },
    undo() {
      board.restore(removed);
    },
  };
};
