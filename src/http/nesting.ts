import type { RequestHandler } from 'express';
import { refuse } from './guards';

/**
 * The deepest brackets a request may nest, in its JSON variables and in its query text alike. A
 * network document nests 4 levels and the deepest operation GRAPHQL_MAX_DEPTH allows about 30, so 64 is
 * far above honest use and far below the depths that overflow the parser's and validators' stacks.
 */
export const MAX_INPUT_NESTING = 64;

export interface TooDeep {
  depth: number;
  /** A JSON path (variables) or a 1-based line:column (query text) where the limit was crossed. */
  where: string;
}

/** The first place a JSON value nests deeper than `limit`, found without recursion; null if none. */
export function tooDeepValue(value: unknown, limit: number, root = '$'): TooDeep | null {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value, path: root, depth: 0 }];
  while (stack.length > 0) {
    const { value: current, path, depth } = stack.pop()!;
    if (current === null || typeof current !== 'object') continue;
    if (depth + 1 > limit) return { depth: depth + 1, where: path };
    const entries = Array.isArray(current)
      ? current.map((item, index) => [`${path}[${index}]`, item] as const)
      : Object.entries(current).map(([key, item]) => [`${path}.${key}`, item] as const);
    for (const [itemPath, item] of entries) stack.push({ value: item, path: itemPath, depth: depth + 1 });
  }
  return null;
}

/**
 * The first place GraphQL text opens more than `limit` brackets ({, [ or () at once, skipping strings,
 * block strings and comments; null if none. Runs before the parser, whose recursion a deep literal
 * would exhaust.
 */
export function tooDeepQuery(query: string, limit: number): TooDeep | null {
  let depth = 0;
  for (let i = 0; i < query.length; i += 1) {
    const char = query[i]!;
    if (char === '#') {
      const end = query.indexOf('\n', i);
      i = end < 0 ? query.length : end;
    } else if (char === '"') {
      const block = query.startsWith('"""', i);
      const end = block ? closingBlockQuote(query, i) : closingQuote(query, i);
      if (end < 0) return null; // unterminated: the parser says so
      i = block ? end + 2 : end;
    } else if (char === '{' || char === '[' || char === '(') {
      depth += 1;
      if (depth > limit) return { depth, where: lineColumn(query, i) };
    } else if (char === '}' || char === ']' || char === ')') {
      depth -= 1;
    }
  }
  return null;
}

function lineColumn(text: string, index: number): string {
  const before = text.slice(0, index);
  const line = before.split('\n').length;
  return `${line}:${index - before.lastIndexOf('\n')}`;
}

/** The index of the triple quote closing the block string opened at `open` (\\""" is an escape), or -1. */
function closingBlockQuote(text: string, open: number): number {
  let from = open + 3;
  for (;;) {
    const end = text.indexOf('"""', from);
    if (end < 0 || text[end - 1] !== '\\') return end;
    from = end + 3;
  }
}

/** The index of the quote closing the string opened at `open`, or -1 (end of line or text first). */
function closingQuote(text: string, open: number): number {
  for (let i = open + 1; i < text.length; i += 1) {
    if (text[i] === '\\') i += 1;
    else if (text[i] === '"') return i;
    else if (text[i] === '\n') return -1;
  }
  return -1;
}

interface GraphQLBody {
  query?: unknown;
  variables?: unknown;
}

/**
 * Refuses, as BAD_USER_INPUT and before any parsing or validation, a request whose query text or
 * variables nest deeper than `limit` (a JSON document thousands of levels deep would otherwise
 * overflow the stack of the parser or of argument conversion).
 */
export function refuseDeepNesting(limit = MAX_INPUT_NESTING): RequestHandler {
  return (req, res, next) => {
    const body = (req.method === 'GET' ? req.query : req.body) as GraphQLBody | undefined;
    const variables =
      typeof body?.variables === 'string' ? safeParse(body.variables) : (body?.variables ?? null);
    const inVariables = tooDeepValue(variables, limit, '$variables');
    const inQuery = typeof body?.query === 'string' ? tooDeepQuery(body.query, limit) : null;
    const found = inVariables ?? inQuery;
    if (found === null) {
      next();
      return;
    }
    const place = inVariables ? `at ${found.where}` : `in the query at ${found.where}`;
    refuse(
      res,
      400,
      'BAD_USER_INPUT',
      `the request nests more than ${limit} levels deep (${place}); flatten the input, no document needs that depth`,
      { limit },
    );
  };
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null; // Apollo reports malformed variables itself
  }
}
