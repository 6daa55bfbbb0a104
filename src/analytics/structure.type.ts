import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Sector } from '../domain/enums';
import { SectorCount, StakeholderPosition } from './analytics.type';

export enum CentralityMeasure {
  DEGREE = 'DEGREE',
  BETWEENNESS = 'BETWEENNESS',
  CLOSENESS = 'CLOSENESS',
  PAGE_RANK = 'PAGE_RANK',
}
registerEnumType(CentralityMeasure, {
  name: 'CentralityMeasure',
  description: 'What a centrality list is ranked by (docs/network-structure.md).',
  valuesConfig: {
    DEGREE: { description: 'deg(v)/(N−1).' },
    BETWEENNESS: { description: 'Brandes betweenness, normalised by 2/((N−1)(N−2)).' },
    CLOSENESS: { description: 'Closeness with the Wasserman–Faust correction for disconnected graphs.' },
    PAGE_RANK: { description: 'PageRank, damping 0.85, edges weighted by shared partnerships.' },
  },
});

@ObjectType({ description: 'Stakeholders ranked by one centrality, highest first, ties by id.' })
export class CentralityRanking {
  @Field(() => CentralityMeasure)
  by!: CentralityMeasure;

  @Field({
    description: 'False when betweenness is estimated from sampled sources (scopes over 5,000 stakeholders).',
  })
  betweennessExact!: boolean;

  @Field(() => Int, { nullable: true, description: 'k, the sampled sources; null when exact.' })
  betweennessSamples!: number | null;

  @Field(() => [StakeholderPosition])
  positions!: StakeholderPosition[];
}

@ObjectType({ description: 'The connected components of the partner graph.' })
export class NetworkComponents {
  @Field(() => Int)
  count!: number;

  @Field(() => Int, { description: 'Stakeholders without any partner in the scope.' })
  isolates!: number;

  @Field(() => Int, { description: 'Size of the largest component (0 for an empty scope).' })
  largest!: number;

  @Field(() => [Int], { description: 'Component sizes, largest first, at most `limit` of them.' })
  sizes!: number[];
}

@ObjectType({ description: 'One cluster of the modularity partition and its sector make-up.' })
export class NetworkCluster {
  @Field(() => Int, { description: 'Cluster number: 0 is the largest, ties by the smallest member id.' })
  cluster!: number;

  @Field(() => Int)
  size!: number;

  @Field(() => [SectorCount], { description: 'Every sector, in enum order.' })
  sectorCounts!: SectorCount[];

  @Field(() => Float, { description: "Blau's 1 − Σ (n_a/size)² within the cluster." })
  blau!: number;

  @Field(() => Sector, { description: 'Largest sector, ties broken by the enum order.' })
  dominantSector!: Sector;

  @Field(() => Float)
  dominantShare!: number;

  @Field({ description: 'At least 3 stakeholders and the dominant sector holds at least 75% of them.' })
  silo!: boolean;
}

@ObjectType({ description: 'A Louvain partition of the partner graph (resolution 1, weighted, seeded).' })
export class NetworkClusters {
  @Field(() => Float, {
    nullable: true,
    description: "Newman's weighted modularity Q of this partition; null without edges.",
  })
  modularity!: number | null;

  @Field(() => Int)
  count!: number;

  @Field(() => Int, { description: 'Clusters that are sector silos.' })
  silos!: number;

  @Field(() => [NetworkCluster], { description: 'Largest first, at most `limit`.' })
  clusters!: NetworkCluster[];
}

@ObjectType({ description: 'A stakeholder whose partners belong to at least two other clusters.' })
export class ClusterBridge {
  @Field(() => StakeholderPosition)
  position!: StakeholderPosition;

  @Field(() => Int, { description: 'Its own cluster.' })
  cluster!: number;

  @Field(() => [Int], { description: 'The other clusters its partners belong to, ascending.' })
  clustersReached!: number[];
}

@ObjectType({ description: 'A shortest chain of partners from one stakeholder to another.' })
export class IntroductionPath {
  @Field(() => Int, { description: 'Edges from `from` to `to` (intermediaries + 1).' })
  length!: number;

  @Field(() => [StakeholderPosition], { description: 'Who introduces whom, in order from `from`.' })
  intermediaries!: StakeholderPosition[];
}
