import { GraphQLSchema, GraphQLObjectType, GraphQLString, GraphQLInt, GraphQLList, GraphQLNonNull } from 'graphql';
import { ItemType } from './types.js';
import * as warehouse from '../data/warehouse.js';

let queriesServed = 0;

const QueryType = new GraphQLObjectType({
  name: 'Query',
  fields: () => ({
    items: {
      type: new GraphQLList(ItemType),
      resolve: () => {
        queriesServed += 1;
        return warehouse.allItems();
      },
    },
    item: {
      type: ItemType,
      args: { sku: { type: new GraphQLNonNull(GraphQLString) } },
      resolve: (_root, { sku }) => {
        queriesServed += 1;
        return warehouse.itemBySku(sku);
      },
    },
    served: { type: GraphQLInt, resolve: () => queriesServed },
    movementCount: { type: GraphQLInt, resolve: () => warehouse.movementCount() },
  }),
});

const MutationType = new GraphQLObjectType({
  name: 'Mutation',
  fields: () => ({
    addItem: {
      type: ItemType,
      args: { name: { type: new GraphQLNonNull(GraphQLString) }, qty: { type: GraphQLInt } },
      resolve: (_root, { name, qty = 0 }) => warehouse.addItem(name, qty),
    },
    receive: {
      type: ItemType,
      args: { sku: { type: new GraphQLNonNull(GraphQLString) }, qty: { type: new GraphQLNonNull(GraphQLInt) } },
      resolve: (_root, { sku, qty }) => warehouse.adjust(sku, qty, 'received'),
    },
    ship: {
      type: ItemType,
      args: { sku: { type: new GraphQLNonNull(GraphQLString) }, qty: { type: new GraphQLNonNull(GraphQLInt) } },
      resolve: async (_root, { sku, qty }, ctx) => {
        await Promise.resolve();
        return warehouse.adjust(sku, -qty, `shipped by ${ctx.user}`);
      },
    },
  }),
});

export const schema = new GraphQLSchema({ query: QueryType, mutation: MutationType });
