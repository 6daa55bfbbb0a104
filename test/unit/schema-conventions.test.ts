import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isSpecifiedScalarType,
  type GraphQLSchema,
} from 'graphql';
import { buildAppSchema } from '../../src/graphql/schema';

/**
 * Every element a dashboard author reads in GraphiQL or the SDL, as `Type`, `Type.field`,
 * `Type.field(argument)` or `Enum.VALUE`, each with its description ('' when it has none).
 * GraphQL's own types (`__Schema`, …) and built-in scalars (`String`, …) are the spec's, not ours.
 */
function elementsOf(schema: GraphQLSchema): { element: string; description: string }[] {
  const elements: { element: string; description: string }[] = [];
  const add = (element: string, description: string | null | undefined): void => {
    elements.push({ element, description: description?.trim() ?? '' });
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || isSpecifiedScalarType(type)) continue;
    add(type.name, type.description);
    if (isObjectType(type) || isInterfaceType(type))
      for (const field of Object.values(type.getFields())) {
        add(`${type.name}.${field.name}`, field.description);
        for (const arg of field.args) add(`${type.name}.${field.name}(${arg.name})`, arg.description);
      }
    if (isInputObjectType(type))
      for (const field of Object.values(type.getFields()))
        add(`${type.name}.${field.name}`, field.description);
    if (isEnumType(type))
      for (const value of type.getValues()) add(`${type.name}.${value.name}`, value.description);
  }
  return elements;
}

/** Every argument of an output field, as `Type.field(argument)` with its name and type. */
function argumentsOf(schema: GraphQLSchema): { element: string; name: string; type: string }[] {
  return Object.values(schema.getTypeMap())
    .filter((type) => !type.name.startsWith('__'))
    .flatMap((type) =>
      isObjectType(type) || isInterfaceType(type)
        ? Object.values(type.getFields()).flatMap((field) =>
            field.args.map((arg) => ({
              element: `${type.name}.${field.name}(${arg.name})`,
              name: arg.name,
              type: String(arg.type),
            })),
          )
        : [],
    );
}

describe('the schema built from the code', () => {
  it('describes every type, field, argument and enum value', async () => {
    const elements = elementsOf(await buildAppSchema());
    // Hundreds of elements, so the check below cannot pass by finding none.
    expect(elements.length).toBeGreaterThan(700);
    expect(elements.filter((e) => e.description === '').map((e) => e.element)).toEqual([]);
  });

  it('puts no placeholder where a description belongs ("The id", "TODO", a bare field name)', async () => {
    const placeholders = elementsOf(await buildAppSchema()).filter(({ element, description }) => {
      const name = element.replace(/^.*[.(]/, '').replace(/\)$/, '');
      return (
        /^(the |an? )?(id|name|todo|tbd|fixme)\.?$/i.test(description) ||
        description.toLowerCase() === name.toLowerCase()
      );
    });
    expect(placeholders.map((e) => `${e.element}: ${e.description}`)).toEqual([]);
  });

  it('calls every list size `first`, paged lists and ranked analyses alike', async () => {
    const schema = await buildAppSchema();
    const sizeSynonyms = new Set(['limit', 'top', 'take', 'size', 'pageSize', 'count', 'max']);
    const misnamed = argumentsOf(schema).filter((a) => sizeSynonyms.has(a.name));
    expect(misnamed.map((a) => a.element)).toEqual([]);
    // …and `first` is used where it should be: on every paged list and ranked analysis.
    expect(argumentsOf(schema).filter((a) => a.name === 'first').length).toBeGreaterThan(20);
  });

  it('calls the date an answer is taken at `asOf`, on every field that takes one', async () => {
    const dated = argumentsOf(await buildAppSchema()).filter(
      (a) => a.type.startsWith('LocalDate') && !a.element.startsWith('Mutation.'),
    );
    // Analyses, statuses and "active at" filters alike; mutations take the dates they write (endedOn).
    expect(dated.filter((a) => a.name !== 'asOf').map((a) => a.element)).toEqual([]);
    expect(dated.map((a) => a.element)).toEqual(
      expect.arrayContaining([
        'Community.profile(asOf)',
        'Region.gaps(asOf)',
        'Partnership.status(asOf)',
        'Query.partnerships(asOf)',
        'Stakeholder.partners(asOf)',
      ]),
    );
  });
});
