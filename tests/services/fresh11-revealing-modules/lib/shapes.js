'use strict';

// prototypes by hand: Object.create with a shared prototype and a factory
const shapeProto = {
  area() {
    return 0;
  },
  describe() {
    return `${this.kind} #${this.id} area=${this.area().toFixed(1)}`;
  },
  grow(factor) {
    this.scale *= factor;
    return this;
  },
};

const circleProto = Object.create(shapeProto, {
  area: { value() { return Math.PI * (this.r * this.scale) ** 2; } },
});
const squareProto = Object.assign(Object.create(shapeProto), {
  area() {
    return (this.side * this.scale) ** 2;
  },
});

let made = 0;
const shapes = [];

function make(kind, dims) {
  const proto = { circle: circleProto, square: squareProto }[kind];
  if (!proto) return null;
  const shape = Object.assign(Object.create(proto), { id: ++made, kind, scale: 1 }, dims);
  shapes.push(shape);
  return shape;
}

module.exports = { make, shapes, find: (id) => shapes.find((s) => s.id === id) };
