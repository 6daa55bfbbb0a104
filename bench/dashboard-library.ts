/**
 * Bench-only: the dashboard's data through Neo4j's generic @neo4j/graphql 7 (+ Apollo Server) on
 * the same Neo4j, for the side-by-side figures of bench/dashboard.bench.ts. The library needs a
 * driver of its own, so this bench file (never src/) creates one.
 */
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import neo4j from 'neo4j-driver';
import type { ConnectOptions } from '../src/db/query-runner';

const TYPE_DEFS = `
  type Stakeholder @node {
    id: ID!
    name: String!
    sector: String!
    community: [Community!]! @relationship(type: "BASED_IN", direction: OUT)
    partnerships: [Partnership!]! @relationship(type: "MEMBER_OF", direction: OUT, properties: "MemberOf")
  }
  type Partnership @node {
    id: ID!
    name: String!
    kind: String!
    members: [Stakeholder!]! @relationship(type: "MEMBER_OF", direction: IN, properties: "MemberOf")
  }
  type Community @node { id: ID! }
  type MemberOf @relationshipProperties { role: String! }
`;

/** The dashboard in the library's dialect: filters, sorting and relationship properties as it spells them. */
export const LIBRARY_DASHBOARD = `query Dashboard($communityId: ID!, $first: Int!, $nested: Int!) {
  stakeholders(where: { community: { some: { id: { eq: $communityId } } } }, sort: [{ name: ASC }, { id: ASC }], limit: $first) {
    id name sector
    partnershipsConnection(first: $nested, sort: [{ node: { name: ASC } }, { node: { id: ASC } }]) {
      edges { properties { role } node { id name kind
        membersConnection(first: $nested, sort: [{ node: { name: ASC } }, { node: { id: ASC } }]) {
          edges { properties { role } node { id name sector } } } } }
    }
  }
}`;

interface LibraryAnswer {
  stakeholders: {
    id: string;
    name: string;
    sector: string;
    partnershipsConnection: {
      edges: {
        properties: { role: string };
        node: {
          id: string;
          name: string;
          kind: string;
          membersConnection: { edges: { properties: { role: string }; node: unknown }[] };
        };
      }[];
    };
  }[];
}

/** The library's answer in the API's shape (nodes → partnerships → members), for the equality check. */
export function asApiShape(data: LibraryAnswer): unknown[] {
  return data.stakeholders.map((s) => ({
    id: s.id,
    name: s.name,
    sector: s.sector,
    partnerships: s.partnershipsConnection.edges.map((e) => ({
      role: e.properties.role,
      partnership: {
        id: e.node.id,
        name: e.node.name,
        kind: e.node.kind,
        members: e.node.membersConnection.edges.map((m) => ({
          role: m.properties.role,
          stakeholder: m.node,
        })),
      },
    })),
  }));
}

export async function startLibraryServer(
  connection: ConnectOptions,
): Promise<{ url: string; close(): Promise<void> }> {
  const driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.username, connection.password));
  const schema = await new Neo4jGraphQL({ typeDefs: TYPE_DEFS, driver }).getSchema();
  const server = new ApolloServer({ schema });
  const { url } = await startStandaloneServer(server, {
    listen: { port: 0, host: '127.0.0.1' },
    context: () => Promise.resolve({ sessionConfig: { database: connection.database } }),
  });
  return {
    url,
    close: async () => {
      await server.stop();
      await driver.close();
    },
  };
}
