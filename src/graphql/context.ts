import type { AnalyticsSession } from '../analytics/analytics.service';
import type { Viewer } from '../auth/viewer';
import type { Services } from '../services';
import type { Loaders } from './loaders';

export interface AppContext {
  services: Services;
  /** Per-request DataLoaders: cross-entity fields batch through these (one UNWIND query per batch). */
  loaders: Loaders;
  viewer: Viewer;
  /** The catalog language of the request's Accept-Language; absent means English. */
  language?: string;
  /** Per-request analytics state: the graph version read once; analyses come from the shared cache. */
  analytics: AnalyticsSession;
}
