/** Keeps the best `limit` items under `before` (a strict order), cheaply when most do not qualify. */
export class TopK<T> {
  readonly items: T[] = [];

  constructor(
    private readonly limit: number,
    private readonly before: (x: T, y: T) => boolean,
  ) {}

  /** The item every newcomer must come before once the list is full; undefined until then. */
  get bar(): T | undefined {
    return this.items.length === this.limit ? this.items[this.items.length - 1] : undefined;
  }

  /** Keeps `item` if it is among the first `limit`; the usual item, worse than the last kept, costs one comparison. */
  offer(item: T): void {
    const items = this.items;
    if (this.limit <= 0 || (items.length === this.limit && !this.before(item, items[items.length - 1]!)))
      return;
    let i = items.length;
    while (i > 0 && this.before(item, items[i - 1]!)) i -= 1;
    items.splice(i, 0, item);
    if (items.length > this.limit) items.pop();
  }
}

/**
 * The `limit` vertices with the highest `values`, highest first, ties by vertex: what sorting every
 * vertex gives, without the sort (40,000 vertices of a region held the event loop 50–90 ms).
 */
export function topVertices(values: ArrayLike<number>, limit: number): number[] {
  const top = new TopK<number>(
    limit,
    (x, y) => values[x]! > values[y]! || (values[x] === values[y] && x < y),
  );
  for (let v = 0; v < values.length; v += 1) top.offer(v);
  return top.items;
}
