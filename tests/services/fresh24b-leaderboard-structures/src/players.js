'use strict';
const TrieMap = require('mnemonist/trie-map');
const BiMap = require('mnemonist/bi-map');
const MultiMap = require('mnemonist/multi-map');

const byPrefix = new TrieMap();
const handles = new BiMap(); // handle <-> id
const teams = new MultiMap(Set);
let nextId = 100;

function register(handle, team) {
  if (handles.has(handle)) return null;
  const id = `p${nextId++}`;
  handles.set(handle, id);
  byPrefix.set(handle.toLowerCase(), id);
  if (team) teams.set(team, id);
  return { id, handle, team: team ?? null };
}

function handleOf(id) {
  return handles.inverse.get(id);
}

function search(prefix) {
  return byPrefix.find(prefix.toLowerCase()).map(([, id]) => handleOf(id)).sort();
}

function rename(id, handle) {
  const old = handleOf(id);
  if (!old || handles.has(handle)) return null;
  handles.inverse.set(id, handle);
  byPrefix.delete(old.toLowerCase());
  byPrefix.set(handle.toLowerCase(), id);
  return { id, handle, was: old };
}

function teamOf(team) {
  return [...(teams.get(team) ?? [])].map(handleOf);
}

module.exports = { register, handleOf, search, rename, teamOf, handles, teams };
