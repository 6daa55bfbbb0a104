import { LocalDateResolver } from 'graphql-scalars';
import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Community } from '../communities/community.type';
import { Sector } from '../domain/enums';
import { Stakeholder } from '../stakeholders/stakeholder.type';
import type { Analysis } from './analysis';
import { GapKind } from './gap-kind';
import { MaturityStage } from './maturity';
import { NeedSummary } from './needs-summary.type';

registerEnumType(GapKind, {
  name: 'GapKind',
  description: 'Why a cross-sector pair is a gap (docs/measures.md), in the order gaps are listed.',
  valuesConfig: {
    MISSING: { description: 'Both sectors are present and no edge joins them.' },
    CHARITY_ONLY: { description: 'Joined only through sponsorship, charity or funding.' },
    WEAK: { description: 'Substantive density below half the overall density.' },
    ABSENT_SECTOR: { description: 'One of the sectors has no stakeholder: recruit, do not connect.' },
  },
});
registerEnumType(MaturityStage, {
  name: 'MaturityStage',
  description: "A community's stage on the way to full-spectrum cross-sector partnering (docs/measures.md).",
});

@ObjectType({ description: 'Number of stakeholders of one sector.' })
export class SectorCount {
  @Field(() => Sector)
  sector!: Sector;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: "One sector's share of the active memberships." })
export class SectorShare {
  @Field(() => Sector)
  sector!: Sector;

  @Field(() => Int)
  memberships!: number;

  @Field(() => Float, { nullable: true, description: 'Null when there is no active membership.' })
  share!: number | null;
}

@ObjectType({ description: 'Which sector holds the most active memberships.' })
export class SectorDominance {
  @Field(() => [SectorShare], { description: 'Every sector, in enum order.' })
  sectors!: SectorShare[];

  @Field(() => Sector, { nullable: true, description: 'Largest share, ties broken by the enum order.' })
  dominantSector!: Sector | null;

  @Field(() => Float, { nullable: true })
  dominantShare!: number | null;

  @Field({ description: 'The dominant sector holds at least half of the active memberships.' })
  dominated!: boolean;
}

@ObjectType({ description: 'How the PRIVATE and FINANCIAL stakeholders take part.' })
export class BusinessEngagement {
  @Field(() => Int, { description: 'Business stakeholders without an active membership.' })
  none!: number;

  @Field(() => Int, { description: 'Business stakeholders whose active memberships are all charitable.' })
  charityOnly!: number;

  @Field(() => Int, { description: 'Business stakeholders with a substantive active membership.' })
  substantive!: number;

  @Field(() => [Stakeholder])
  charityOnlyStakeholders!: Stakeholder[];
}

@ObjectType({
  description: "Leydesdorff's mutual information among the helices, in bits; negative = synergy.",
})
export class HelixSynergy {
  @Field(() => Int, { description: 'Active partnerships with a member in the scope: the sample.' })
  partnerships!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Knowledge, industry, government. Null without partnerships.',
  })
  triple!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'The three plus civil society. Null without partnerships.',
  })
  quadruple!: number | null;
}

@ObjectType({ description: 'The highest maturity stage whose rule holds, and why.' })
export class Maturity {
  @Field(() => MaturityStage)
  stage!: MaturityStage;

  @Field(() => [String])
  reasons!: string[];
}

@ObjectType({ description: 'Counts of gaps by kind.' })
export class GapCounts {
  @Field(() => Int)
  missing!: number;

  @Field(() => Int)
  charityOnly!: number;

  @Field(() => Int)
  weak!: number;

  @Field(() => Int)
  absentSector!: number;
}

@ObjectType({ description: 'Headline measures of the partner graph G(C, d), defined in docs/measures.md.' })
export class PartnerGraphProfile {
  @Field(() => LocalDateResolver)
  asOf!: string;

  @Field(() => Int, { description: 'N, the stakeholders based in the scope.' })
  stakeholders!: number;

  @Field(() => [SectorCount], { description: 'n_a for every sector, in enum order.' })
  sectorCounts!: SectorCount[];

  @Field(() => Int)
  edges!: number;

  @Field(() => Int)
  substantiveEdges!: number;

  @Field(() => Int, { description: 'Distinct pairs with a stakeholder based outside the scope.' })
  externalTies!: number;

  @Field(() => Int, { description: 'Partnerships active at asOf with a member in the scope.' })
  activePartnerships!: number;

  @Field(() => Float, { nullable: true, description: '|E| / (N(N−1)/2); null when N < 2.' })
  density!: number | null;

  @Field(() => Float, { description: 'Share of the 21 cross-sector pairs with at least one tie.' })
  spectrumCoverage!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Krackhardt–Stern (E − I)/(E + I); null without edges.',
  })
  eiIndex!: number | null;

  @Field(() => Float, { nullable: true, description: "Blau's 1 − Σ (n_a/N)²; null when N = 0." })
  blau!: number | null;

  @Field(() => Float, { nullable: true, description: 'Blau / (1 − 1/7).' })
  normalizedBlau!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: "Newman's sector assortativity; null without edges or when all edge ends share one sector.",
  })
  assortativity!: number | null;

  @Field(() => SectorDominance)
  dominance!: SectorDominance;

  @Field(() => BusinessEngagement)
  businessEngagement!: BusinessEngagement;

  @Field(() => HelixSynergy)
  helixSynergy!: HelixSynergy;

  @Field(() => Maturity)
  maturity!: Maturity;

  @Field(() => GapCounts)
  gapCounts!: GapCounts;

  @Field(() => NeedSummary, { description: 'Its needs: how many, addressed, cross-sector, business-backed.' })
  needs!: NeedSummary;
}

@ObjectType({ description: 'Ties between two sectors (sectorA before or equal to sectorB in enum order).' })
export class SectorMatrixCell {
  @Field(() => Sector)
  sectorA!: Sector;

  @Field(() => Sector)
  sectorB!: Sector;

  @Field(() => Int)
  ties!: number;

  @Field(() => Int)
  substantiveTies!: number;

  @Field(() => Int, { description: 'n_a·n_b across sectors, n_a(n_a−1)/2 within one.' })
  possible!: number;

  @Field(() => Float, { nullable: true, description: 'ties / possible; null when possible = 0.' })
  density!: number | null;

  @Field(() => Int, {
    description: 'Active partnerships with a member of each sector (two members within one).',
  })
  partnerships!: number;
}

@ObjectType({
  description: 'A cross-sector pair that is missing, charity-only, weak or has an absent sector.',
})
export class SectorGap {
  @Field(() => Sector)
  sectorA!: Sector;

  @Field(() => Sector)
  sectorB!: Sector;

  @Field(() => GapKind)
  kind!: GapKind;

  @Field(() => Int)
  countA!: number;

  @Field(() => Int)
  countB!: number;

  @Field(() => Int)
  ties!: number;

  @Field(() => Int)
  substantiveTies!: number;

  @Field(() => Int)
  possible!: number;

  @Field({ description: 'One sentence built from the numbers, for dashboards and reports.' })
  explanation!: string;
}

@ObjectType({ description: 'Gould–Fernandez brokerage roles: open triads u–v–w with v in the middle.' })
export class BrokerageRoles {
  @Field(() => Int, { description: 'All three of one sector.' })
  coordinator!: number;

  @Field(() => Int, { description: 'Both ends of one sector, the broker of another.' })
  consultant!: number;

  @Field(() => Int, { description: "The broker shares exactly one end's sector." })
  gatekeeper!: number;

  @Field(() => Int, { description: 'Three different sectors.' })
  liaison!: number;

  @Field(() => Int)
  total!: number;
}

@ObjectType({ description: "A stakeholder's position in the partner graph at asOf." })
export class StakeholderPosition {
  /** Not in the schema: the analysis and vertex its centralities are read from (see structure.resolver). */
  at!: { analysis: Analysis; vertex: number };

  @Field(() => Stakeholder)
  stakeholder!: Stakeholder;

  @Field(() => Int, { description: '|Γ(v)|, its partners in the scope.' })
  degree!: number;

  @Field(() => Float, { nullable: true, description: 'E-I index over its own edges; null without edges.' })
  eiIndex!: number | null;

  @Field(() => [Sector], { description: 'Distinct sectors of its neighbours, in enum order.' })
  sectorsReached!: Sector[];

  @Field(() => BrokerageRoles)
  brokerage!: BrokerageRoles;

  @Field(() => Float, { nullable: true, description: "Burt's effective size n − 2t/n; null without edges." })
  effectiveSize!: number | null;

  @Field(() => Float, { nullable: true, description: "Burt's constraint (unweighted); null without edges." })
  constraint!: number | null;
}

@ObjectType({ description: 'A common neighbour who could introduce the two stakeholders.' })
export class Introducer {
  @Field(() => StakeholderPosition)
  position!: StakeholderPosition;

  @Field(() => Float, { description: "1 / ln|Γ(z)|: this introducer's share of the Adamic-Adar score." })
  contribution!: number;
}

@ObjectType({ description: 'Two stakeholders of different sectors who are not yet partners and could be.' })
export class PartnerRecommendation {
  @Field(() => Sector)
  sectorA!: Sector;

  @Field(() => Sector)
  sectorB!: Sector;

  @Field(() => StakeholderPosition, { description: 'The stakeholder of sectorA.' })
  source!: StakeholderPosition;

  @Field(() => StakeholderPosition, { description: 'The stakeholder of sectorB.' })
  target!: StakeholderPosition;

  @Field(() => Float, { description: 'Σ 1/ln|Γ(z)| over the common neighbours z: the ranking score.' })
  adamicAdar!: number;

  @Field(() => Int)
  commonNeighbours!: number;

  @Field(() => Float, { description: 'Σ 1/|Γ(z)| over the common neighbours.' })
  resourceAllocation!: number;

  @Field(() => Int, { description: '|Γ(s)|·|Γ(t)|: ranks candidates without common neighbours.' })
  preferentialAttachment!: number;

  @Field(() => [Introducer], { description: 'Common neighbours by contribution descending.' })
  introducers!: Introducer[];

  @Field()
  explanation!: string;
}

@ObjectType({ description: 'A stakeholder with partners in both sectors of a gap.' })
export class SectorBridge {
  @Field(() => StakeholderPosition)
  position!: StakeholderPosition;

  @Field(() => Int)
  neighboursA!: number;

  @Field(() => Int)
  neighboursB!: number;

  @Field(() => Int, { description: 'neighboursA · neighboursB, the ranking score.' })
  score!: number;
}

@ObjectType({ description: 'The measures at 31 December of one year.' })
export class TrendPoint {
  @Field(() => Int)
  year!: number;

  @Field(() => PartnerGraphProfile)
  profile!: PartnerGraphProfile;
}

@ObjectType({ description: "One community's headline measures within its region." })
export class CommunityComparison {
  @Field(() => Community)
  community!: Community;

  @Field(() => PartnerGraphProfile, { description: "The community's own G(C, d)." })
  profile!: PartnerGraphProfile;
}
