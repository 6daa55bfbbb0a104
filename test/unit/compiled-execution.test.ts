import { buildSchema, execute, parse, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { compiledExecution } from '../../src/graphql/compiled-execution';

const schema: GraphQLSchema = buildSchema(`
  input Filter { words: [String!]! = [], upTo: Int = 3 }
  type Query {
    echo(filter: Filter!): String!
    broken: String
  }
`);
Object.assign(schema.getQueryType()!.getFields().echo!, {
  resolve: (_: unknown, args: { filter: { words: string[]; upTo: number } }) =>
    `${args.filter.words.join('+')}/${args.filter.upTo}`,
});
Object.assign(schema.getQueryType()!.getFields().broken!, {
  resolve: () => {
    throw new Error('exploded');
  },
});

type Gateway = ReturnType<typeof compiledExecution>;
type GatewayExecutor = NonNullable<Awaited<ReturnType<Gateway['load']>>['executor']>;

async function executorFor(): Promise<GatewayExecutor> {
  const gateway = compiledExecution(schema);
  const { executor } = await gateway.load({
    apollo: { key: undefined, keyHash: undefined, graphRef: undefined },
  });
  if (!executor) throw new Error('the gateway gave no executor');
  return executor;
}

/** What Apollo hands the executor, reduced to the fields it reads. */
function requestFor(query: string, variables: Record<string, unknown>) {
  const document = parse(query);
  const operation = document.definitions[0];
  return {
    document,
    operation,
    request: { query, variables },
    context: {},
  } as unknown as Parameters<GatewayExecutor>[0];
}

describe('compiled execution (graphql-jit behind Apollo)', () => {
  const echo = 'query($filter: Filter!) { echo(filter: $filter) }';

  it('answers what graphql-js answers, input defaults included', async () => {
    const executor = await executorFor();
    const variables = { filter: {} };
    const compiled = (await executor(requestFor(echo, variables))) as ExecutionResult;
    const interpreted = await execute({ schema, document: parse(echo), variableValues: variables });
    expect(compiled).toEqual({ data: { echo: '/3' } });
    expect(compiled).toEqual(interpreted);
  });

  it("refuses a bad variable with graphql-js's own message (Apollo answers it with 400)", async () => {
    const executor = await executorFor();
    const result = (await executor(requestFor(echo, { filter: { upTo: 'x' } }))) as ExecutionResult;
    expect(result.data).toBeUndefined();
    expect(result.errors?.map((e) => e.message)).toEqual([
      'Variable "$filter" got invalid value "x" at "filter.upTo"; Int cannot represent non-integer value: "x"',
    ]);
  });

  it("gives a resolver's error as a GraphQLError with extensions, path, locations and the original error", async () => {
    const executor = await executorFor();
    const result = (await executor(requestFor('{ broken }', {}))) as ExecutionResult;
    expect(result.data).toEqual({ broken: null });
    const [error] = result.errors ?? [];
    expect(error?.extensions).toEqual({});
    expect(error?.path).toEqual(['broken']);
    expect(error?.locations).toEqual([{ line: 1, column: 3 }]);
    expect(error?.originalError?.message).toBe('exploded');
  });
});
