import type { ImportProblem } from '../network-document/validation';

const MAX_ENCODING_PROBLEMS = 10;

/**
 * Text of a file that must be UTF-8 (a UTF-8 byte-order mark is dropped). Each line that is not
 * UTF-8 is reported, so a Latin-1 or Windows-1252 export is caught before anything is read wrongly.
 */
export function decodeUtf8(buffer: Buffer, file: string): { text: string | null; problems: ImportProblem[] } {
  const problem = (line: number, message: string): ImportProblem => ({
    code: 'ENCODING',
    location: `${file}:${line}`,
    message,
    file,
    line,
  });
  if ((buffer[0] === 0xff && buffer[1] === 0xfe) || (buffer[0] === 0xfe && buffer[1] === 0xff)) {
    return { text: null, problems: [problem(1, 'the file is UTF-16; save it as UTF-8')] };
  }
  const body = buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf ? buffer.subarray(3) : buffer;
  const strict = new TextDecoder('utf-8', { fatal: true });
  try {
    return { text: strict.decode(body), problems: [] };
  } catch {
    const problems: ImportProblem[] = [];
    let start = 0;
    let line = 1;
    while (start <= body.length && problems.length < MAX_ENCODING_PROBLEMS) {
      let end = body.indexOf(0x0a, start);
      if (end === -1) end = body.length;
      try {
        strict.decode(body.subarray(start, end));
      } catch {
        problems.push(
          problem(
            line,
            'this line is not valid UTF-8 (it looks like Latin-1 or Windows-1252); save the file as UTF-8',
          ),
        );
      }
      start = end + 1;
      line += 1;
    }
    return { text: null, problems };
  }
}
