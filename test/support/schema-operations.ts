import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';

/**
 * Operations built from the schema alone, so the security tests cover fields and mutations written
 * after them: plausible argument values for any input type, and a selection of scalar leaves.
 */
export interface ProbeValues {
  /** Every ID (and every String argument or field named like an id) gets this value. */
  id: string;
  /** Every other String gets this value. */
  text: string;
}

export interface ProbeOperation {
  kind: 'query' | 'mutation';
  field: string;
  query: string;
  variables: Record<string, unknown>;
}

const isRequired = (arg: { type: GraphQLInputType; defaultValue: unknown }): boolean =>
  isNonNullType(arg.type) && arg.defaultValue === undefined;

/** A String field's value by its name: an id, a date, a country code, a URL, else the probe text. */
function stringFor(name: string, values: ProbeValues): string {
  if (/(^id$|Id$|Ids$)/.test(name)) return values.id;
  if (/(date|On$|^asOf$)/i.test(name)) return '2024-01-01';
  if (/country/i.test(name)) return 'PT';
  if (/(website|url)/i.test(name)) return 'https://example.org';
  return values.text;
}

/** A value for a custom scalar: the first candidate its own parseValue accepts. */
function customScalarValue(type: GraphQLNamedType, name: string, values: ProbeValues): unknown {
  if (!isScalarType(type)) return null;
  const candidates: unknown[] = [
    ...(/date.?time|timestamp/i.test(type.name) ? ['2024-01-01T00:00:00.000Z'] : []),
    ...(/date/i.test(type.name) ? ['2024-01-01'] : []),
    stringFor(name, values),
    '2024-01-01',
    '2024-01-01T00:00:00.000Z',
    'https://example.org',
    'probe@example.org',
    1,
    true,
    {},
  ];
  return candidates.find((candidate) => {
    try {
      type.parseValue(candidate);
      return true;
    } catch {
      return false;
    }
  });
}

/** A JSON value (as sent in variables) of the given input type; optional input fields left out. */
export function plausibleValue(
  type: GraphQLInputType,
  name: string,
  values: ProbeValues,
  depth = 0,
): unknown {
  if (isNonNullType(type)) return plausibleValue(type.ofType, name, values, depth);
  if (isListType(type)) return [plausibleValue(type.ofType, name, values, depth)];
  if (isEnumType(type)) return type.getValues()[0]?.name ?? null;
  if (isInputObjectType(type)) {
    if (depth > 6) return null;
    const out: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) {
      if (isRequired(field)) out[field.name] = plausibleValue(field.type, field.name, values, depth + 1);
    }
    return out;
  }
  switch (type.name) {
    case 'ID':
      return values.id;
    case 'String':
      return stringFor(name, values);
    case 'Int':
      return 1;
    case 'Float':
      return 1.5;
    case 'Boolean':
      return false;
    default:
      return customScalarValue(type, name, values);
  }
}

/**
 * `{ __typename leaf … }` for a field's type: scalar fields without required arguments, and object
 * fields without required arguments down to `depth` levels. Leaf types get no selection.
 */
export function selectionFor(type: GraphQLNamedType, depth = 1): string {
  if (isLeafType(type)) return '';
  if (!isObjectType(type) && !isInterfaceType(type)) return ' { __typename }';
  const parts = ['__typename'];
  for (const field of Object.values(type.getFields())) {
    if (field.args.some(isRequired)) continue;
    const named = getNamedType(field.type);
    if (isLeafType(named)) parts.push(field.name);
    else if (depth > 0) parts.push(`${field.name}${selectionFor(named, depth - 1)}`);
  }
  return ` { ${parts.join(' ')} }`;
}

/** One operation calling a root field with its required arguments (as variables) and a selection. */
export function probeOperation(
  kind: 'query' | 'mutation',
  field: GraphQLField<unknown, unknown>,
  values: ProbeValues,
  depth = 1,
): ProbeOperation {
  const args = field.args.filter(isRequired);
  const declarations = args.map((arg: GraphQLArgument) => `$${arg.name}: ${String(arg.type)}`);
  const variables = Object.fromEntries(
    args.map((arg) => [arg.name, plausibleValue(arg.type, arg.name, values)]),
  );
  const header = declarations.length > 0 ? `(${declarations.join(', ')})` : '';
  // A probe needs one item of a list, not a page of them (a page of regions, each analysed, is over
  // the object budget and rightly refused).
  const one = field.args.some((arg) => arg.name === 'first' && !isRequired(arg)) ? ['first: 1'] : [];
  const passed = [...args.map((a) => `${a.name}: $${a.name}`), ...one];
  const call = passed.length > 0 ? `(${passed.join(', ')})` : '';
  const query = `${kind} Probe${header} { ${field.name}${call}${selectionFor(getNamedType(field.type), depth)} }`;
  return { kind, field: field.name, query, variables };
}

/** Every root field of the schema as a probe operation. */
export function probeOperations(schema: GraphQLSchema, values: ProbeValues, depth = 1): ProbeOperation[] {
  const roots: ['query' | 'mutation', ReturnType<GraphQLSchema['getQueryType']>][] = [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ];
  return roots.flatMap(([kind, type]) =>
    type ? Object.values(type.getFields()).map((field) => probeOperation(kind, field, values, depth)) : [],
  );
}
