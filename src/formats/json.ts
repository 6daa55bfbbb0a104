import { decodeUtf8 } from './encoding';
import type { LoadedSource } from './loaded-source';

/** A JSON document from its bytes: encoding and syntax problems carry file and line. */
export function parseJsonSource(buffer: Buffer, file: string): LoadedSource {
  const decoded = decodeUtf8(buffer, file);
  if (decoded.text === null) return { document: null, problems: decoded.problems };
  try {
    return { document: JSON.parse(decoded.text) as unknown, problems: [] };
  } catch {
    const { offset, expected } = jsonSyntaxError(decoded.text);
    const before = decoded.text.slice(0, offset).split('\n');
    const line = before.length;
    const column = (before[before.length - 1]?.length ?? 0) + 1;
    const found =
      offset >= decoded.text.length ? 'the end of the file' : JSON.stringify(decoded.text[offset]);
    return {
      document: null,
      problems: [
        {
          code: 'MALFORMED_JSON',
          location: `${file}:${line}`,
          message: `not valid JSON at column ${column}: expected ${expected}, found ${found}`,
          file,
          line,
        },
      ],
    };
  }
}

/**
 * Where JSON.parse failed and what was expected there (Node's own message gives no position).
 * A small recursive-descent reader, run only on text that JSON.parse has refused.
 */
export function jsonSyntaxError(text: string): { offset: number; expected: string } {
  let i = 0;
  class Stop extends Error {
    constructor(readonly expected: string) {
      super(expected);
    }
  }
  const space = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i += 1;
  };
  const literal = (word: string): void => {
    for (const ch of word) {
      if (text[i] !== ch) throw new Stop(`"${word}"`);
      i += 1;
    }
  };
  const string = (): void => {
    if (text[i] !== '"') throw new Stop('a string');
    i += 1;
    for (;;) {
      if (i >= text.length) throw new Stop('a closing quote');
      const ch = text[i] as string;
      if (ch === '"') {
        i += 1;
        return;
      }
      if (ch < ' ') throw new Stop('a closing quote on the same line');
      if (ch === '\\') {
        i += 1;
        const escape = text[i] ?? '';
        if (escape === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) throw new Stop('4 hex digits');
          i += 5;
        } else if ('"\\/bfnrt'.includes(escape) && escape !== '') i += 1;
        else throw new Stop('an escape such as \\n or \\"');
      } else i += 1;
    }
  };
  const number = (): void => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i));
    if (!match) throw new Stop('a value');
    i += match[0].length;
  };
  const value = (): void => {
    space();
    const ch = text[i];
    if (ch === '{') {
      i += 1;
      space();
      if (text[i] === '}') {
        i += 1;
        return;
      }
      for (;;) {
        space();
        string();
        space();
        if (text[i] !== ':') throw new Stop("':'");
        i += 1;
        value();
        space();
        if (text[i] === ',') i += 1;
        else if (text[i] === '}') {
          i += 1;
          return;
        } else throw new Stop("',' or '}'");
      }
    }
    if (ch === '[') {
      i += 1;
      space();
      if (text[i] === ']') {
        i += 1;
        return;
      }
      for (;;) {
        value();
        space();
        if (text[i] === ',') i += 1;
        else if (text[i] === ']') {
          i += 1;
          return;
        } else throw new Stop("',' or ']'");
      }
    }
    if (ch === '"') return string();
    if (ch === 't') return literal('true');
    if (ch === 'f') return literal('false');
    if (ch === 'n') return literal('null');
    number();
  };
  try {
    value();
    space();
    if (i < text.length) throw new Stop('the end of the document');
    return { offset: i, expected: 'nothing' };
  } catch (error) {
    return { offset: i, expected: error instanceof Stop ? error.expected : 'a value' };
  }
}
