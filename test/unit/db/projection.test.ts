import 'reflect-metadata';
import { isObjectType } from 'graphql';
import { fromValues, projectionOf, type FieldNeeds, type NodeProperties } from '../../../src/db/projection';
import { buildAppSchema } from '../../../src/graphql/schema';
import { PARTNERSHIP_FIELD_NEEDS, PARTNERSHIP_PROPERTIES } from '../../../src/partnerships/partnership.node';
import { STAKEHOLDER_FIELD_NEEDS, STAKEHOLDER_PROPERTIES } from '../../../src/stakeholders/stakeholder.node';

interface Node {
  id: string;
  name: string;
  startedOn: string;
  endedOn: string;
  notes: string;
}
const ALL: NodeProperties<Node> = ['id', 'name', 'startedOn', 'endedOn', 'notes'];
const NEEDS: FieldNeeds<Node> = { derived: { status: ['startedOn', 'endedOn'] }, keyOnly: ['members'] };

describe('projectionOf', () => {
  it('reads the key and the selected properties, in the order of the full list', () => {
    expect(projectionOf(ALL, NEEDS, new Set(['notes', 'name']))).toEqual(['id', 'name', 'notes']);
  });

  it('reads the properties a selected derived field is computed from', () => {
    expect(projectionOf(ALL, NEEDS, new Set(['status']))).toEqual(['id', 'startedOn', 'endedOn']);
  });

  it('reads only the key when only relations (or __typename) are selected', () => {
    expect(projectionOf(ALL, NEEDS, new Set(['members', '__typename']))).toEqual(['id']);
  });

  it('reads every property when there is no selection to go by', () => {
    expect(projectionOf(ALL, NEEDS, null)).toBe(ALL);
  });
});

describe('fromValues', () => {
  it('pairs each value with the property at the same position, leaving the others absent', () => {
    expect(fromValues<Node>(['id', 'endedOn'], ['p1', null])).toEqual({ id: 'p1', endedOn: null });
  });
});

describe.each([
  ['Stakeholder', STAKEHOLDER_PROPERTIES, STAKEHOLDER_FIELD_NEEDS],
  ['Partnership', PARTNERSHIP_PROPERTIES, PARTNERSHIP_FIELD_NEEDS],
] as const)('the projection of %s', (typeName, properties, needs) => {
  it('knows every field of the GraphQL type: a property, derived from properties, or needing only the id', async () => {
    const type = (await buildAppSchema()).getType(typeName);
    if (!isObjectType(type)) throw new Error(`${typeName} is not an object type`);
    const known = new Set<string>([...properties, ...Object.keys(needs.derived), ...needs.keyOnly]);
    // A new field resolver that reads a property must be listed in `derived`, or its answers would be
    // computed from a property the page query did not read.
    expect(Object.keys(type.getFields()).filter((field) => !known.has(field))).toEqual([]);
  });

  it('lists no property, derivation or relation the GraphQL type does not have', async () => {
    const type = (await buildAppSchema()).getType(typeName);
    if (!isObjectType(type)) throw new Error(`${typeName} is not an object type`);
    const fields = new Set(Object.keys(type.getFields()));
    const listed = [...properties, ...Object.keys(needs.derived), ...needs.keyOnly];
    expect(listed.filter((field) => !fields.has(field))).toEqual([]);
  });
});
