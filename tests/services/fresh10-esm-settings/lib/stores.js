import { makeStore } from './makeStore.js';

const stores = {};
export const changes = { total: 0, byTenant: {} };

export function storeFor(tenant) {
  stores[tenant] ||= createTenantStore(tenant);
  return stores[tenant];
}

function createTenantStore(tenant) {
  const store = makeStore({ theme: 'light', features: { beta: false }, admins: [] });
  store.watch(() => {
    changes.total++;
    changes.byTenant[tenant] = (changes.byTenant[tenant] ?? 0) + 1;
  });
  return store;
}

export const tenants = () => Object.keys(stores).sort();
