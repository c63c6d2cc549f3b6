'use strict';
const { buildSchema } = require('graphql');

module.exports = buildSchema(/* GraphQL */ `
  type Todo {
    id: ID!
    title: String!
    done: Boolean!
    tags: [String!]!
    owner: String
    revision: Int!
  }

  type Stats {
    total: Int!
    done: Int!
    open: Int!
    byTag: [TagCount!]!
  }

  type TagCount {
    tag: String!
    count: Int!
  }

  type HistoryEntry {
    action: String!
    todoId: ID!
    revision: Int!
  }

  input NewTodo {
    title: String!
    tags: [String!]
  }

  type Query {
    todos(done: Boolean, tag: String): [Todo!]!
    todo(id: ID!): Todo
    stats: Stats!
    history: [HistoryEntry!]!
    operations: Int!
  }

  type Mutation {
    addTodo(input: NewTodo!): Todo!
    toggleTodo(id: ID!): Todo
    renameTodo(id: ID!, title: String!): Todo
    deleteTodo(id: ID!): Boolean!
  }
`);
