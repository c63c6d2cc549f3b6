"""Construction through class chains: `super(...)` in a constructor runs the base's constructor,
a mixin (`(Base) => class extends Base {...}`) is a class whose base is its call's argument, and
a field initialiser's calls run in the constructing function (fresh16-mixin-classes)."""
from .helpers import same_group, stateful, write_lines

ENTITIES = """
    const express = require('express');
    const app = express();
    class Entity {
      static #count = 0;
      static registry = new Map();
      static #nextId() { return ++Entity.#count; }
      constructor() { this.id = Entity.#nextId(); Entity.registry.set(this.id, this); }
    }
    const Stamped = (Base) => class extends Base {
      stamp = 1;
    };
    class Plain extends Entity { constructor() { super(); } }
    class Mixed extends Stamped(Entity) { constructor() { super(); } }
    class Mixed2 extends Stamped(Entity) {}
    app.post('/plain', (req, res) => { res.json(new Plain()); });
    app.post('/mixed', (req, res) => { res.json(new Mixed()); });
    app.post('/mixed2', (req, res) => { res.json(new Mixed2()); });
    app.get('/count', (req, res) => { res.json(Entity.registry.size); });
"""


def test_super_in_a_constructor_runs_the_base_constructor():
    assert stateful(ENTITIES, 15)
    assert ("post_plain", 7) in write_lines(ENTITIES, "Entity")


def test_a_mixin_applied_to_a_class_extends_that_class():
    assert stateful(ENTITIES, 16) and stateful(ENTITIES, 17)
    assert {("post_mixed", 7), ("post_mixed2", 7)} <= write_lines(ENTITIES, "Entity")


def test_constructors_and_readers_share_the_base_class():
    assert same_group(ENTITIES, 15, 16) and same_group(ENTITIES, 17, 18)


CLOCK = """
    const express = require('express');
    const app = express();
    let clock = 0;
    const tick = () => ++clock;
    const Stamped = (Base) => class extends Base {
      stamp = tick();
    };
    class Entity { constructor(name) { this.name = name; } }
    class Direct extends Entity { stamp = tick(); }
    class Mixed extends Stamped(Entity) {}
    app.post('/direct', (req, res) => { res.json(new Direct('a')); });
    app.post('/mixed', (req, res) => { res.json(new Mixed('b')); });
"""


def test_a_field_initialisers_call_runs_in_the_constructing_function():
    assert write_lines(CLOCK, "clock") == {("post_direct", 4), ("post_mixed", 4)}
    assert same_group(CLOCK, 11, 12)


TWO_BASES = """
    const express = require('express');
    const app = express();
    class A { static made = 0; constructor() { A.made++; } }
    class B { static made = 0; constructor() { B.made++; } }
    const Stamped = (Base) => class extends Base { stamp = 1; };
    const Counted = (Base) => class extends Base { constructor(...args) { super(...args); this.counted = true; } };
    class X extends Stamped(A) {}
    class Y extends Stamped(B) {}
    class Z extends Counted(B) {}
    app.post('/x', (req, res) => { res.json(new X()); });
    app.post('/y', (req, res) => { res.json(new Y()); });
    app.post('/z', (req, res) => { res.json(new Z()); });
    app.get('/r', (req, res) => { res.json([A.made, B.made]); });
"""


def test_a_mixin_applied_to_two_classes_extends_each_where_it_was_applied():
    assert write_lines(TWO_BASES, "A") == {("post_x", 3)}
    assert write_lines(TWO_BASES, "B") == {("post_y", 4), ("post_z", 4)}
