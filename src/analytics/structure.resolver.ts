import { Args, Ctx, FieldResolver, Float, Int, Resolver, Root, type ClassType } from 'type-graphql';
import { Community } from '../communities/community.type';
import { today } from '../domain/dates';
import { BadUserInputError, NotFoundError } from '../errors';
import type { AppContext } from '../graphql/context';
import { Region } from '../regions/region.type';
import type { Analysis } from './analysis';
import { RankedArgs } from './analytics.args';
import { positionOf } from './analytics.mapper';
import type { Scope } from './analytics.service';
import { StakeholderPosition } from './analytics.type';
import { degreeCentrality } from './network/centrality';
import { CentralityArgs, IntroductionPathArgs } from './structure.args';
import { topVertices } from './top-k';
import { clusterBridgeOf, clusterOf, componentsOf, introductionPathOf } from './structure.mapper';
import {
  CentralityMeasure,
  CentralityRanking,
  ClusterBridge,
  IntroductionPath,
  NetworkClusters,
  NetworkComponents,
} from './structure.type';

/** Network-structure fields of Community and Region (docs/network-structure.md), declared once. */
function createStructureResolver<T extends { id: string }>(type: ClassType<T>, kind: Scope['kind']) {
  /**
   * `structure`: the field reads the network structure (worker measures), so they start early;
   * `roles`: it shows stakeholder positions (AnalyticsSession.analysis).
   */
  const analysis = (
    ctx: AppContext,
    root: T,
    asOf: string | null | undefined,
    needs: { structure?: boolean; roles?: boolean } = { structure: true },
  ): Promise<Analysis> => ctx.analytics.analysis({ kind, id: root.id }, asOf ?? today(), needs);
  const showing = { structure: true, roles: true };

  @Resolver(() => type)
  abstract class StructureResolver {
    @FieldResolver(() => CentralityRanking, {
      description: 'Stakeholders by a centrality, highest first, ties by id; each position carries all four.',
    })
    async centrality(
      @Root() root: T,
      @Args() { asOf, by, first }: CentralityArgs,
      @Ctx() ctx: AppContext,
    ): Promise<CentralityRanking> {
      const a = await analysis(ctx, root, asOf, showing);
      const structure = await a.structure();
      const values = await valuesOf(a, by);
      const top = a.memoized(`centrality|${by}|${first}`, () => topVertices(values, first));
      return {
        by,
        betweennessExact: structure.betweennessSamples === null,
        betweennessSamples: structure.betweennessSamples,
        positions: top.map((v) => positionOf(a, v)),
      };
    }

    @FieldResolver(() => NetworkComponents, { description: 'Connected components of the partner graph.' })
    async components(
      @Root() root: T,
      @Args() { asOf, first }: RankedArgs,
      @Ctx() ctx: AppContext,
    ): Promise<NetworkComponents> {
      return componentsOf((await (await analysis(ctx, root, asOf)).structure()).components, first);
    }

    @FieldResolver(() => NetworkClusters, {
      description: 'Louvain clusters with their modularity, sector make-up and silos; largest first.',
    })
    async clusters(
      @Root() root: T,
      @Args() { asOf, first }: RankedArgs,
      @Ctx() ctx: AppContext,
    ): Promise<NetworkClusters> {
      const a = await analysis(ctx, root, asOf);
      const { partition } = await a.structure();
      const { profiles } = await a.clusters();
      return {
        modularity: partition.modularity,
        count: partition.count,
        silos: profiles.filter((p) => p.silo).length,
        clusters: profiles.slice(0, first).map(clusterOf),
      };
    }

    @FieldResolver(() => [ClusterBridge], {
      description:
        'Stakeholders with partners in two or more other clusters: by clusters reached, betweenness, id.',
    })
    async clusterBridges(
      @Root() root: T,
      @Args() { asOf, first }: RankedArgs,
      @Ctx() ctx: AppContext,
    ): Promise<ClusterBridge[]> {
      const a = await analysis(ctx, root, asOf, showing);
      const { partition } = await a.structure();
      const { bridges } = await a.clusters();
      return bridges.slice(0, first).map((b) => clusterBridgeOf(a, b, partition.membership));
    }

    @FieldResolver(() => [IntroductionPath], {
      description:
        'Shortest chains of partners from `from` to `to` with at most 3 intermediaries, by their ids; none when the two are partners already or further apart.',
    })
    async introductionPaths(
      @Root() root: T,
      @Args() { asOf, from, to, first }: IntroductionPathArgs,
      @Ctx() ctx: AppContext,
    ): Promise<IntroductionPath[]> {
      if (from === to) throw new BadUserInputError('from and to must be two different stakeholders');
      const a = await analysis(ctx, root, asOf, { roles: true });
      const [s, t] = await Promise.all([from, to].map((id) => vertexIn(a, ctx, id, kind, root.id)));
      return a.introductionPaths(s!, t!, first).map((path) => introductionPathOf(a, path));
    }
  }
  return StructureResolver;
}

/** The vertex of a stakeholder of the scope; NOT_FOUND for an unknown id, BAD_USER_INPUT outside the scope. */
async function vertexIn(a: Analysis, ctx: AppContext, id: string, kind: Scope['kind'], scopeId: string) {
  const v = a.vertexOf(id);
  if (v !== undefined) return v;
  if (!(await ctx.loaders.stakeholder.load(id)))
    throw new NotFoundError(`stakeholder '${id}' not found`, { id });
  throw new BadUserInputError(`stakeholder '${id}' is not based in ${kind} '${scopeId}'`, { id });
}

async function valuesOf(a: Analysis, by: CentralityMeasure): Promise<ArrayLike<number>> {
  switch (by) {
    case CentralityMeasure.DEGREE:
      return a.graph.neighbours.map((list) => list.length);
    case CentralityMeasure.BETWEENNESS:
      return (await a.structure()).betweenness;
    case CentralityMeasure.CLOSENESS:
      return a.closenessAll();
    case CentralityMeasure.PAGE_RANK:
      return (await a.structure()).pageRank;
  }
}

@Resolver(() => Community)
export class CommunityStructureResolver extends createStructureResolver(Community, 'community') {}

@Resolver(() => Region)
export class RegionStructureResolver extends createStructureResolver(Region, 'region') {}

/** The four centralities as fields of every position (brokers, recommendations, centrality lists). */
@Resolver(() => StakeholderPosition)
export class StakeholderPositionResolver {
  @FieldResolver(() => Float, { description: 'deg(v)/(N−1); 0 when N < 2.' })
  degreeCentrality(@Root() { at }: StakeholderPosition): number {
    return degreeCentrality(at.analysis.adjacency, at.vertex);
  }

  @FieldResolver(() => Float, {
    description: 'Brandes betweenness, 2/((N−1)(N−2))-normalised; estimated above 5,000 stakeholders.',
  })
  async betweenness(@Root() { at }: StakeholderPosition): Promise<number> {
    return (await at.analysis.structure()).betweenness[at.vertex]!;
  }

  @FieldResolver(() => Float, {
    description: 'Wasserman–Faust closeness; 0 for a stakeholder without partners.',
  })
  closeness(@Root() { at }: StakeholderPosition): Promise<number> {
    return at.analysis.closeness(at.vertex);
  }

  @FieldResolver(() => Float, { description: 'PageRank (0.85, weighted by shared partnerships); sums to 1.' })
  async pageRank(@Root() { at }: StakeholderPosition): Promise<number> {
    return (await at.analysis.structure()).pageRank[at.vertex]!;
  }

  @FieldResolver(() => Int, { description: 'Its cluster in `clusters` (0 = the largest).' })
  async cluster(@Root() { at }: StakeholderPosition): Promise<number> {
    return (await at.analysis.structure()).partition.membership[at.vertex]!;
  }
}
