import type { Analysis } from './analysis';
import { positionOf } from './analytics.mapper';
import type { ClusterBridgeCandidate, ClusterProfile, Components } from './network/clusters';
import type { ClusterBridge, IntroductionPath, NetworkCluster, NetworkComponents } from './structure.type';

/** The network measures' plain results → the GraphQL object shapes (lookups only). */

export function componentsOf(components: Components, limit: number): NetworkComponents {
  return {
    count: components.count,
    isolates: components.isolates,
    largest: components.sizes[0] ?? 0,
    sizes: components.sizes.slice(0, limit),
  };
}

export function clusterOf(profile: ClusterProfile): NetworkCluster {
  return { ...profile };
}

export function clusterBridgeOf(
  analysis: Analysis,
  bridge: ClusterBridgeCandidate,
  membership: Int32Array,
): ClusterBridge {
  return {
    position: positionOf(analysis, bridge.vertex),
    cluster: membership[bridge.vertex]!,
    clustersReached: bridge.clustersReached,
  };
}

export function introductionPathOf(analysis: Analysis, intermediaries: number[]): IntroductionPath {
  return {
    length: intermediaries.length + 1,
    intermediaries: intermediaries.map((v) => positionOf(analysis, v)),
  };
}
