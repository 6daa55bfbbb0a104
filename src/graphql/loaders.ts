import type { Services } from '../services';

/** Per-request DataLoaders, created fresh for every request so nothing is cached across requests. */
export type Loaders = Record<string, never>;

export function createLoaders(_services: Services): Loaders {
  return {};
}
