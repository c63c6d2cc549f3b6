// A module whose exports have a setter writing elsewhere: `meter.level = n` from another module
// logs the change and keeps the highest level seen.
const history = [];
let level = 1;
let peak = 1;

const meter = {};
Object.defineProperty(meter, 'level', {
  get: () => level,
  set(value) {
    history.push(`${level}->${value}`);
    level = value;
    if (value > peak) peak = value;
  },
  enumerable: true,
});
Object.defineProperty(meter, 'peak', { get: () => peak, enumerable: true });
meter.history = () => history.slice();

export default meter;
