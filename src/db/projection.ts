/**
 * Projections: which properties of a node a query reads, and the positional rows such a query returns
 * turned back into objects. A .cypher file projects `[property IN $properties | n[property]]`, so the
 * driver decodes plain value lists (no map keys) and Neo4j reads only what the request selected.
 */

/** The properties of one node label, in a fixed order; the first is the key every projection keeps. */
export type NodeProperties<N> = readonly [keyof N & string, ...(keyof N & string)[]];

/**
 * Fields of a type that are not properties but are computed from some (a partnership's `status` from
 * its dates), and fields that need only the key (relations resolved by their own queries). Every
 * field of a projected type is one or the other or a property; test/unit/projection.test.ts checks it.
 */
export interface FieldNeeds<N> {
  derived: Readonly<Record<string, readonly (keyof N & string)[]>>;
  keyOnly: readonly string[];
}

/**
 * The properties to read: the key, plus each property of `all` that is selected or that a selected
 * derived field is computed from. With no selection (a caller that is not a GraphQL request) every
 * property is read.
 */
export function projectionOf<N>(
  all: NodeProperties<N>,
  needs: FieldNeeds<N>,
  selected: ReadonlySet<string> | null,
): NodeProperties<N> {
  if (selected === null) return all;
  const wanted = new Set<string>(selected);
  for (const field of selected) for (const property of needs.derived[field] ?? []) wanted.add(property);
  const [key, ...rest] = all;
  return [key, ...rest.filter((property) => wanted.has(property))];
}

/** A positional row back into a node's properties (the ones not read are absent). */
export function fromValues<N>(properties: NodeProperties<N>, values: readonly unknown[]): N {
  const node: Record<string, unknown> = {};
  for (let i = 0; i < properties.length; i += 1) node[properties[i]!] = values[i];
  return node as N;
}
