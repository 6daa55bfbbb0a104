import {
  getVariableValues,
  GraphQLBoolean,
  GraphQLEnumType,
  GraphQLID,
  GraphQLInputObjectType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  parse,
  validate,
  type OperationDefinitionNode,
} from 'graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { probeOperations } from '../support/schema-operations';

/**
 * The security tests build operations for fields they have never seen; this checks the builder on a
 * schema shaped like the entity mutations: nested inputs, enums with defaults, a strict date scalar.
 */
const Sector = new GraphQLEnumType({ name: 'Sector', values: { PUBLIC: {}, EDUCATION: {} } });
const MemberInput = new GraphQLInputObjectType({
  name: 'MemberInput',
  fields: { stakeholderId: { type: new GraphQLNonNull(GraphQLID) }, note: { type: GraphQLString } },
});
const CreateInput = new GraphQLInputObjectType({
  name: 'CreateInput',
  fields: {
    name: { type: new GraphQLNonNull(GraphQLString) },
    country: { type: new GraphQLNonNull(GraphQLString) },
    sector: { type: new GraphQLNonNull(Sector) },
    startedOn: { type: new GraphQLNonNull(GraphQLLocalDate) },
    members: { type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(MemberInput))) },
    website: { type: GraphQLString },
  },
});
const Thing: GraphQLObjectType = new GraphQLObjectType({
  name: 'Thing',
  fields: () => ({
    id: { type: new GraphQLNonNull(GraphQLID) },
    name: { type: GraphQLString },
    parent: { type: Thing },
    children: { type: new GraphQLList(Thing), args: { first: { type: new GraphQLNonNull(GraphQLID) } } },
  }),
});
const schema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: 'Query',
    fields: { thing: { type: Thing, args: { id: { type: new GraphQLNonNull(GraphQLID) } } } },
  }),
  mutation: new GraphQLObjectType({
    name: 'Mutation',
    fields: {
      createThing: { type: Thing, args: { input: { type: new GraphQLNonNull(CreateInput) } } },
      deleteThing: {
        type: GraphQLBoolean,
        args: {
          id: { type: new GraphQLNonNull(GraphQLID) },
          cascade: { type: new GraphQLNonNull(GraphQLBoolean), defaultValue: false },
        },
      },
    },
  }),
});

describe('probe operations built from a schema', () => {
  const operations = probeOperations(schema, { id: 'probe-1', text: 'probe text' });

  it('builds one operation per root field', () => {
    expect(operations.map((o) => `${o.kind} ${o.field}`)).toEqual([
      'query thing',
      'mutation createThing',
      'mutation deleteThing',
    ]);
  });

  it('fills required arguments with values the schema accepts, leaving defaults and optional fields out', () => {
    const create = operations.find((o) => o.field === 'createThing')!;
    expect(create.variables).toEqual({
      input: {
        name: 'probe text',
        country: 'PT',
        sector: 'PUBLIC',
        startedOn: '2024-01-01',
        members: [{ stakeholderId: 'probe-1' }],
      },
    });
    expect(operations.find((o) => o.field === 'deleteThing')!.variables).toEqual({ id: 'probe-1' });
  });

  it('writes documents that validate and variables that coerce', () => {
    for (const op of operations) {
      const document = parse(op.query);
      expect(validate(schema, document)).toEqual([]);
      const definition = document.definitions[0] as OperationDefinitionNode;
      expect(
        getVariableValues(schema, definition.variableDefinitions ?? [], op.variables),
      ).not.toHaveProperty('errors');
    }
  });

  it('selects leaves and skips fields that need arguments', () => {
    expect(operations[0]!.query).toBe(
      'query Probe($id: ID!) { thing(id: $id) { __typename id name parent { __typename id name } } }',
    );
  });
});
