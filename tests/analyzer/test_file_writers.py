"""Fluxions that write the service's files run one message at a time, in one group;
those that only read them stay replicated."""
from .helpers import diagnostics, group_of, same_group, stateful

BOOKS = """
    const express = require('express');
    const fs = require('fs');
    const { writeFile } = require('fs/promises');
    const app = express();
    const read = () => JSON.parse(fs.readFileSync('db.json', 'utf8'));
    const save = (db) => fs.writeFileSync('db.json', JSON.stringify(db));
    app.get('/books', (req, res) => res.json(read()));
    app.post('/books', (req, res) => { const db = read(); db.push(req.query.t); save(db); res.json(db); });
    app.delete('/books', async (req, res) => { await writeFile('db.json', '[]'); res.end(); });
"""


def test_writers_through_a_helper_and_fs_promises_share_one_group():
    assert same_group(BOOKS, 8, 9) and group_of(BOOKS, 8) is not None


def test_a_reader_stays_replicated():
    assert not stateful(BOOKS, 7)


def test_the_decision_is_reported():
    assert any("write the service's files" in d["message"] for d in diagnostics(BOOKS, kind="file-writers"))
