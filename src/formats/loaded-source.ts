import type { ImportProblem, Locate } from '../network-document/validation';

/** A document as read from a file or folder, before validation. */
export interface LoadedSource {
  /** The parsed document (unknown shape until validated); null when it could not be read at all. */
  document: unknown;
  /** Problems of the source itself: encoding, JSON syntax, CSV quoting and headers. */
  problems: ImportProblem[];
  /** Maps JSON paths back to source lines (CSV); absent for JSON, whose paths are the locations. */
  locate?: Locate;
}
