import DataLoader from 'dataloader';

// One set of loaders per request: lookups in the same tick are batched into one findMany.
export function createLoaders(store) {
  return {
    users: new DataLoader((ids) => store.findMany('users', ids)),
    workspaces: new DataLoader((ids) => store.findMany('workspaces', ids)),
  };
}
