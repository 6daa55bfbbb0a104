import type { Adjacency } from './adjacency';

/** At most this many intermediaries between the two stakeholders (a path of up to 4 edges). */
export const MAX_INTERMEDIARIES = 3;

/**
 * The shortest paths from s to t with at most three intermediaries, as their intermediaries' vertex
 * lists, ordered by the sequence of intermediary ids (vertices are in id order, so vertex order is id
 * order); at most `limit`. None when s and t are adjacent, the same vertex, or further apart. All
 * shortest paths have the same length, so "by length, then by intermediaries" is the latter here.
 */
export function introductionPaths(g: Adjacency, s: number, t: number, limit: number): number[][] {
  if (s === t || limit < 1) return [];
  const maxLength = MAX_INTERMEDIARIES + 1;
  const fromS = levels(g, s, maxLength);
  const length = fromS.get(t);
  if (length === undefined || length < 2) return [];
  const toT = levels(g, t, length);

  // Depth-first from s through vertices on a shortest path (d(s,x) + d(x,t) = length), neighbours in
  // ascending order, so paths come out in lexicographic order and the walk stops at `limit`.
  const paths: number[][] = [];
  const path: number[] = [];
  const walk = (x: number, depth: number): void => {
    for (let e = g.offsets[x]!, end = g.offsets[x + 1]!; e < end && paths.length < limit; e += 1) {
      const y = g.targets[e]!;
      if (depth + 1 === length) {
        if (y === t) paths.push([...path]);
      } else if (fromS.get(y) === depth + 1 && toT.get(y) === length - depth - 1) {
        path.push(y);
        walk(y, depth + 1);
        path.pop();
      }
    }
  };
  walk(s, 0);
  return paths;
}

/** Breadth-first distances from `from`, up to `depth` edges (a map: only the reached few are stored). */
function levels(g: Adjacency, from: number, depth: number): Map<number, number> {
  const dist = new Map<number, number>([[from, 0]]);
  let frontier = [from];
  for (let d = 1; d <= depth && frontier.length > 0; d += 1) {
    const next: number[] = [];
    for (const x of frontier)
      for (let e = g.offsets[x]!, end = g.offsets[x + 1]!; e < end; e += 1) {
        const y = g.targets[e]!;
        if (!dist.has(y)) {
          dist.set(y, d);
          next.push(y);
        }
      }
    frontier = next;
  }
  return dist;
}
