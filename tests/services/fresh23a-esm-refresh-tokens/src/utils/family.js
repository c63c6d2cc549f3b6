// Helpers over a token family (one login session and its rotations); they change the family they get.
export function rotate(family, jti) {
  family.used.push(family.current);
  family.current = jti;
  family.rotations += 1;
}

export function revoke(family, reason) {
  family.revoked = reason;
  family.current = null;
}
