// Bumps a counter on the entity it is handed.
export const bump = (entity, field, by = 1) => {
  entity[field] = (entity[field] ?? 0) + by;
  return entity[field];
};

export const stamp = (entity, clock, field = 'updatedAt') => {
  entity[field] = clock.tick();
  entity.version = (entity.version ?? 0) + 1;
};
