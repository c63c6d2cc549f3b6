import bcrypt from 'bcryptjs';
import { TenantRepository } from './TenantRepository.js';

const SEED_USERS = [
  ['acme', 'alice', 'wonderland', 'admin'],
  ['acme', 'bob', 'builder42', 'member'],
  ['acme', 'dave', 'dave-pass', 'member'],
  ['globex', 'carol', 'hank-scorpio', 'admin'],
];

export function createRepos() {
  const repos = {
    users: new TenantRepository('u'),
    notes: new TenantRepository('n'),
    shares: new TenantRepository('s'),
    audit: new TenantRepository('a'),
  };
  const salt = bcrypt.genSaltSync(4);
  for (const [tenant, username, password, role] of SEED_USERS) {
    repos.users.add(tenant, { username, role, hash: bcrypt.hashSync(password, salt) });
  }
  return repos;
}

export { TenantRepository };
