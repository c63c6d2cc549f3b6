import { GraphQLObjectType, GraphQLString, GraphQLInt, GraphQLList, GraphQLNonNull, GraphQLBoolean } from 'graphql';
import { movementsOf } from '../data/warehouse.js';

export const MovementType = new GraphQLObjectType({
  name: 'Movement',
  fields: {
    delta: { type: new GraphQLNonNull(GraphQLInt) },
    reason: { type: GraphQLString },
  },
});

export const ItemType = new GraphQLObjectType({
  name: 'Item',
  fields: () => ({
    sku: { type: new GraphQLNonNull(GraphQLString) },
    name: { type: new GraphQLNonNull(GraphQLString) },
    qty: { type: new GraphQLNonNull(GraphQLInt) },
    lowStock: { type: GraphQLBoolean, resolve: (item, _args, ctx) => item.qty < ctx.threshold },
    movements: { type: new GraphQLList(MovementType), resolve: (item) => movementsOf(item.sku) },
  }),
});
