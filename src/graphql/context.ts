import type { Services } from '../services';
import type { Loaders } from './loaders';

/** Who is asking. Anonymous until authentication is configured. */
export interface Viewer {
  id: string | null;
}

export interface AppContext {
  requestId: string;
  services: Services;
  /** Per-request DataLoaders: cross-entity fields batch through these (one UNWIND query per batch). */
  loaders: Loaders;
  viewer: Viewer;
}
