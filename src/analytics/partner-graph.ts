import { statusAt, type IsoDate } from '../domain/dates';
import { isCharitable, PartnershipStatus, type PartnershipKind, type Sector } from '../domain/enums';
import { sectorIndex } from './sector-matrix';
import { allAtOnce, type Steps } from './steps';
import type { ScopePartnership, ScopeStakeholder, Subgraph } from './subgraph';

/** An active partnership with at least one member in the scope, reduced to what the measures need. */
export interface ActivePartnership {
  id: string;
  kind: PartnershipKind;
  /** Vertex indexes of its members in the scope, each once. */
  members: number[];
  /** Parallel to `members`: whether that member holds a substantive membership (docs/measures.md). */
  substantive: boolean[];
  /** How many of its members are based outside the scope. */
  outsiders: number;
}

/** One edge of G as an object: how the exports (and hand-made fixtures) take them. */
export interface Edge {
  u: number;
  v: number;
  /** Number of active partnerships the two ends share. */
  weight: number;
  /** At least one shared partnership has substantive memberships for both ends. */
  substantive: boolean;
  /** How many of the shared partnerships have substantive memberships for both ends. */
  substantiveWeight: number;
}

/**
 * The edges of G as parallel typed arrays, edge e joining u[e] < v[e], in order of first appearance.
 * Kept this way rather than as an object per edge: a region's 166,000 Edge objects were 12 MB of
 * every cached analysis for the garbage collector to copy and mark; typed arrays are not traced.
 */
export interface EdgeList {
  count: number;
  u: Int32Array;
  v: Int32Array;
  /** Number of active partnerships the two ends share. */
  weight: Int32Array;
  /** How many of them have substantive memberships for both ends (> 0: a substantive edge). */
  substantiveWeight: Int32Array;
}

/** Edge e of the list as an object. */
function edgeAt(edges: EdgeList, e: number): Edge {
  const substantiveWeight = edges.substantiveWeight[e]!;
  return {
    u: edges.u[e]!,
    v: edges.v[e]!,
    weight: edges.weight[e]!,
    substantive: substantiveWeight > 0,
    substantiveWeight,
  };
}

/** Every edge as an object, in order (for the exports). */
export function edgesOf(edges: EdgeList): Edge[] {
  return Array.from({ length: edges.count }, (_, e) => edgeAt(edges, e));
}

/** The first edge, in order, whose ends (and whether it is substantive) pass the test. */
export function findEdge(
  edges: EdgeList,
  test: (u: number, v: number, substantive: boolean) => boolean,
): Edge | undefined {
  for (let e = 0; e < edges.count; e += 1)
    if (test(edges.u[e]!, edges.v[e]!, edges.substantiveWeight[e]! > 0)) return edgeAt(edges, e);
  return undefined;
}

/**
 * G(C, d) of docs/measures.md "The partner graph": vertices are the scope's stakeholders (indexes into `stakeholders`, in id
 * order), edges join two stakeholders sharing a partnership active at d. Adjacency is kept as sorted lists; the measures
 * that test adjacency mark a vertex's neighbours in a flat array instead of keeping a Set per vertex.
 */
export interface PartnerGraph {
  asOf: IsoDate;
  scope: Subgraph['scope'];
  scopeName: string;
  stakeholders: ScopeStakeholder[];
  sectors: Sector[];
  /** Parallel to `sectors`: each sector's position in SECTORS, for the measures' flat counters. */
  sectorIndexes: Uint8Array;
  neighbours: number[][];
  edges: EdgeList;
  partnerships: ActivePartnership[];
  /** Per vertex: its active memberships, and how many of them are charitable. */
  activeMemberships: number[];
  charitableMemberships: number[];
  /** Distinct (s in scope, t outside) pairs sharing an active partnership. */
  externalTies: number;
}

/**
 * The edge rule, in one place: every two members of a partnership that counts are partners, `both`
 * when both memberships are substantive. buildPartnerGraph sums these into edges; the exports of a
 * history (GEXF spells) walk them to know which partnerships make each edge.
 */
export function forEachPartnerPair(
  p: ActivePartnership,
  visit: (u: number, v: number, both: boolean) => void,
): void {
  const { members, substantive } = p;
  for (let i = 0; i < members.length; i += 1)
    for (let j = i + 1; j < members.length; j += 1)
      visit(members[i]!, members[j]!, substantive[i]! && substantive[j]!);
}

/** Ids in code-unit order: the order every result is sorted and every tie broken in. */
export const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * `counts` says which partnerships tie their members; by default those active at `asOf` (the measures'
 * rule). Exports of a whole history (GEXF spells, GraphML without a date) count every partnership.
 *
 * One pass over the partnerships with no allocation per membership or per pair: members are marked in
 * flat arrays stamped with the partnership's number, and edges are summed in a hash table over Int32
 * vertex pairs (edgeTable), so a region's ~180,000 pairs cost neither a Map entry nor an object each
 * until the edges are handed out, in order of first appearance as before.
 */
export function buildPartnerGraph(
  subgraph: Subgraph,
  asOf: IsoDate,
  counts: (p: ScopePartnership) => boolean = activeAt(asOf),
): PartnerGraph {
  return allAtOnce(partnerGraphSteps(subgraph, asOf, counts));
}

/** The measures' rule: a partnership ties its members when it is active at the date. */
const activeAt =
  (asOf: IsoDate) =>
  (p: ScopePartnership): boolean =>
    statusAt(p.startedOn, p.endedOn, asOf) === PartnershipStatus.ACTIVE;

/** Partnerships summed per step of partnerGraphSteps (about 1 ms; see stepByStep). */
export const PARTNERSHIPS_PER_STEP = 512;

/** Vertices whose neighbour lists are filled per step (about 1 ms for a region's). */
export const VERTICES_PER_STEP = 8_192;

/**
 * buildPartnerGraph a slice at a time: pauses (yields) once the stakeholders are indexed, after every
 * `perStep` partnerships, and between the parts of making the neighbour lists, and returns the graph.
 * Built in one go, a region's graph held the event loop for about 0.2 s (and several cold analyses
 * whose fetches ended together, for their sum); taken in steps (stepByStep), /health and small
 * queries are served in between.
 */
export function* partnerGraphSteps(
  subgraph: Subgraph,
  asOf: IsoDate,
  counts: (p: ScopePartnership) => boolean = activeAt(asOf),
  perStep = PARTNERSHIPS_PER_STEP,
): Steps<PartnerGraph> {
  // Vertices in id order, so every result (and every tie broken by position) is the same whatever order
  // the database returned the rows in.
  const stakeholders = [...inIdOrder(subgraph.stakeholders)];
  const n = stakeholders.length;
  const index = new Map<string, number>();
  for (let v = 0; v < n; v += 1) index.set(stakeholders[v]!.id, v);
  const sectors = stakeholders.map((s) => s.sector);

  const partnerships: ActivePartnership[] = [];
  const activeMemberships = new Array<number>(n).fill(0);
  const charitableMemberships = new Array<number>(n).fill(0);
  const table = edgeTable();
  // External ties as numeric keys outsider·n + vertex (exact below 2^53).
  const external = new Set<number>();
  const outsiderIndex = new Map<string, number>();
  // markedIn[v] = t: vertex v was already met in the t-th counted partnership (outsiders likewise);
  // substantiveIn[v] says whether any of its memberships there is substantive.
  const markedIn = new Int32Array(n);
  const substantiveIn = new Uint8Array(n);
  const outsiderMarkedIn: number[] = [];
  const scratch: number[] = [];
  let counted = 0;
  let seen = 0;
  // The stakeholders' order checked and their index made: a region's 40,000, a step of their own.
  yield;
  for (const p of inIdOrder(subgraph.partnerships)) {
    seen += 1;
    if (seen % perStep === 0) yield;
    if (!counts(p)) continue;
    counted += 1;
    // A stakeholder holding several memberships of one partnership counts once, as substantive when
    // any of them is. Gathered in a scratch list and copied at their number: a list grown by push
    // from empty keeps room for 17, 5 MB of empty room over a region's 42,000 partnerships.
    scratch.length = 0;
    let outside: number[] | null = null;
    const { memberIds, roles } = p;
    for (let k = 0; k < memberIds.length; k += 1) {
      const stakeholderId = memberIds[k]!;
      const vertex = index.get(stakeholderId);
      const substantive = !isCharitable(p.kind, roles[k]!);
      if (vertex === undefined) {
        let o = outsiderIndex.get(stakeholderId);
        if (o === undefined) {
          o = outsiderIndex.size;
          outsiderIndex.set(stakeholderId, o);
        }
        if (outsiderMarkedIn[o] !== counted) {
          outsiderMarkedIn[o] = counted;
          (outside ??= []).push(o);
        }
      } else if (markedIn[vertex] !== counted) {
        markedIn[vertex] = counted;
        substantiveIn[vertex] = substantive ? 1 : 0;
        scratch.push(vertex);
      } else if (substantive) substantiveIn[vertex] = 1;
    }
    if (scratch.length === 0) continue;
    const members = scratch.slice();
    sortAscending(members);
    const substantive = members.map((v) => substantiveIn[v] === 1);
    partnerships.push({ id: p.id, kind: p.kind, members, substantive, outsiders: outside?.length ?? 0 });
    for (let i = 0; i < members.length; i += 1) {
      const v = members[i]!;
      activeMemberships[v]! += 1;
      if (!substantive[i]) charitableMemberships[v]! += 1;
      if (outside) for (const o of outside) external.add(o * n + v);
    }
    forEachPartnerPair(partnerships[partnerships.length - 1]!, (u, v, both) => table.add(u, v, both));
  }
  yield;

  return {
    asOf,
    scope: subgraph.scope,
    scopeName: subgraph.name,
    stakeholders,
    sectors,
    sectorIndexes: Uint8Array.from(sectors, sectorIndex),
    neighbours: yield* sortedNeighbours(n, table),
    edges: table.list(),
    partnerships,
    activeMemberships,
    charitableMemberships,
    externalTies: external.size,
  };
}

/**
 * The rows in id order: themselves when they already are (as the database returns them), else a sorted
 * copy. The sort is stable, so both give the same order.
 */
export function inIdOrder<T extends { id: string }>(rows: readonly T[]): readonly T[] {
  for (let i = 1; i < rows.length; i += 1)
    if (compareIds(rows[i - 1]!.id, rows[i]!.id) > 0) return [...rows].sort((a, b) => compareIds(a.id, b.id));
  return rows;
}

/** Sorts a partnership's members (a dozen at most, as a rule) in place. */
function sortAscending(list: number[]): void {
  if (list.length > 32) {
    list.sort((a, b) => a - b);
    return;
  }
  for (let i = 1; i < list.length; i += 1) {
    const x = list[i]!;
    let j = i - 1;
    while (j >= 0 && list[j]! > x) {
      list[j + 1] = list[j]!;
      j -= 1;
    }
    list[j + 1] = x;
  }
}

/** The edges summed so far, in flat arrays indexed by edge number (order of first appearance). */
interface EdgeTable {
  count: number;
  u: Int32Array;
  v: Int32Array;
  weight: Int32Array;
  substantiveWeight: Int32Array;
  /** One shared partnership of u < v, `both` when both memberships are substantive. */
  add(u: number, v: number, both: boolean): void;
  /** The edges summed, in arrays of their number. */
  list(): EdgeList;
}

/** Open addressing with linear probing over (u, v) pairs; slots hold edge number + 1 (0 = empty). */
function edgeTable(): EdgeTable {
  let mask = (1 << 12) - 1;
  let slots = new Int32Array(mask + 1);
  const hash = (u: number, v: number): number => {
    const h = Math.imul(u, 0x9e3779b1) ^ Math.imul(v, 0x85ebca6b);
    return h ^ (h >>> 15);
  };
  const table: EdgeTable = {
    count: 0,
    u: new Int32Array(mask + 1),
    v: new Int32Array(mask + 1),
    weight: new Int32Array(mask + 1),
    substantiveWeight: new Int32Array(mask + 1),
    add(u, v, both) {
      let slot = hash(u, v) & mask;
      for (;;) {
        const e = slots[slot]! - 1;
        if (e < 0) break;
        if (table.u[e] === u && table.v[e] === v) {
          table.weight[e]! += 1;
          if (both) table.substantiveWeight[e]! += 1;
          return;
        }
        slot = (slot + 1) & mask;
      }
      const e = table.count;
      table.count += 1;
      slots[slot] = e + 1;
      table.u[e] = u;
      table.v[e] = v;
      table.weight[e] = 1;
      table.substantiveWeight[e] = both ? 1 : 0;
      // Kept at most half full; the edge arrays grow with the slots.
      if (2 * table.count > mask) {
        mask = 2 * mask + 1;
        slots = new Int32Array(mask + 1);
        for (let f = 0; f < table.count; f += 1) {
          let s = hash(table.u[f]!, table.v[f]!) & mask;
          while (slots[s] !== 0) s = (s + 1) & mask;
          slots[s] = f + 1;
        }
        const grow = (a: Int32Array): Int32Array => {
          const b = new Int32Array(mask + 1);
          b.set(a);
          return b;
        };
        table.u = grow(table.u);
        table.v = grow(table.v);
        table.weight = grow(table.weight);
        table.substantiveWeight = grow(table.substantiveWeight);
      }
    },
    list() {
      const { count } = table;
      return {
        count,
        u: table.u.slice(0, count),
        v: table.v.slice(0, count),
        weight: table.weight.slice(0, count),
        substantiveWeight: table.substantiveWeight.slice(0, count),
      };
    },
  };
  return table;
}

/**
 * Every vertex's neighbours in ascending order without sorting a list: the ends are first bucketed by
 * vertex (unordered), then each vertex x, in ascending order, is appended to the lists of its bucket.
 */
function* sortedNeighbours(n: number, table: EdgeTable): Steps<number[][]> {
  const start = new Int32Array(n + 1);
  for (let e = 0; e < table.count; e += 1) {
    start[table.u[e]! + 1]! += 1;
    start[table.v[e]! + 1]! += 1;
  }
  for (let x = 0; x < n; x += 1) start[x + 1]! += start[x]!;
  yield;
  const fill = start.slice(0, n);
  const bucket = new Int32Array(2 * table.count);
  for (let e = 0; e < table.count; e += 1) {
    const u = table.u[e]!;
    const v = table.v[e]!;
    bucket[fill[u]!++] = v;
    bucket[fill[v]!++] = u;
  }
  // Each list made at its final length (degrees are known): grown by push, a list of 8 would keep
  // room for 17, and a region's 40,000 lists 3 MB more for the garbage collector to copy and mark.
  yield;
  const neighbours: number[][] = [];
  for (let x = 0; x < n; x += 1) neighbours.push(new Array<number>(start[x + 1]! - start[x]!));
  fill.set(start.subarray(0, n));
  for (let x = 0; x < n; x += 1) {
    if (x > 0 && x % VERTICES_PER_STEP === 0) yield;
    for (let i = start[x]!; i < start[x + 1]!; i += 1) {
      const y = bucket[i]!;
      neighbours[y]![fill[y]! - start[y]!] = x;
      fill[y]! += 1;
    }
  }
  return neighbours;
}

/** The subgraph induced by some of the scope's stakeholders (a region's community), as its own G(C, d). */
export function restrictSubgraph(
  subgraph: Subgraph,
  keep: (s: ScopeStakeholder) => boolean,
  scope: Pick<Subgraph, 'scope' | 'id' | 'name' | 'communities'>,
): Subgraph {
  const stakeholders = subgraph.stakeholders.filter(keep);
  const inside = new Set(stakeholders.map((s) => s.id));
  const communities = new Set(scope.communities.map((c) => c.id));
  return {
    ...scope,
    needs: subgraph.needs?.filter((n) => communities.has(n.communityId)),
    assets: subgraph.assets?.filter((a) => inside.has(a.stakeholderId)),
    stakeholders,
    partnerships: subgraph.partnerships.filter((p) => p.memberIds.some((id) => inside.has(id))),
  };
}
