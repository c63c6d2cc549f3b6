'use strict';

// Helpers that change the entity they are handed (as a lot of code bases do).
function touch(entity, actor) {
  entity.revision = (entity.revision ?? 0) + 1;
  entity.updatedBy = actor ?? 'system';
  return entity;
}

function applyPatch(entity, patch, allowed) {
  const changed = [];
  for (const key of allowed) {
    if (patch[key] !== undefined && patch[key] !== entity[key]) {
      entity[key] = patch[key];
      changed.push(key);
    }
  }
  return changed;
}

function sanitize(user) {
  const { passwordHash, ...rest } = user;
  return rest;
}

module.exports = { touch, applyPatch, sanitize };
