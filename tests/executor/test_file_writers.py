"""Fluxions that write the service's files run one message at a time: a read-modify-write
with `readFileSync` and `writeFileSync` loses nothing when two nodes serve concurrent
requests, as Node.js, running one handler at a time, loses nothing."""
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from tests.support.stack import LiquefyStack

pytestmark = pytest.mark.executor

SERVICE = {"app.js": b"""
const express = require('express');
const fs = require('fs');
const path = require('path');
const FILE = path.join(__dirname, 'count.json');
const app = express();
app.post('/add', (req, res) => {
  const data = fs.existsSync(FILE) ? JSON.parse(fs.readFileSync(FILE, 'utf8')) : { n: 0 };
  data.n += 1;
  fs.writeFileSync(FILE, JSON.stringify(data));
  res.json(data);
});
app.get('/count', (req, res) => res.json(JSON.parse(fs.readFileSync(FILE, 'utf8'))));
module.exports = app;
"""}

REQUESTS = 60


def test_concurrent_read_modify_writes_of_a_file_lose_nothing():
    with LiquefyStack(nodes=["fw1", "fw2"]) as stack:
        stack.deploy("filewriters", SERVICE)
        with httpx.Client(timeout=60) as http, ThreadPoolExecutor(max_workers=8) as pool:
            answers = list(pool.map(lambda _: http.post(stack.url("filewriters", "/add")).json()["n"], range(REQUESTS)))
            count = http.get(stack.url("filewriters", "/count")).json()["n"]
        assert sorted(answers) == list(range(1, REQUESTS + 1)) and count == REQUESTS
