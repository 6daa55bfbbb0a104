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
  description:
    'A community\'s stage on the way to full-spectrum cross-sector partnering (docs/measures.md), earliest first. "Active partnerships" are those active at asOf with a member in the scope; only their members in the scope count.',
  valuesConfig: {
    EMERGING: {
      description: 'The start: none of the later rules holds (e.g. fewer than two active partnerships).',
    },
    EDUCATIONAL_SOCIAL: {
      description:
        'At least two active partnerships and a cross-sector edge, all members from EDUCATION, PUBLIC and CIVIL_SOCIETY only.',
    },
    CONSORTIUM: {
      description:
        'An active partnership with at least three members from at least three sectors, and CULTURAL or SPORT in some active partnership.',
    },
    CROSS_SECTOR: {
      description:
        'A substantive edge joins a PRIVATE or FINANCIAL stakeholder to a PUBLIC or EDUCATION one.',
    },
    FULL_SPECTRUM: {
      description: 'CROSS_SECTOR holds, all seven sectors are present and spectrum coverage is at least 0.6.',
    },
  },
});

@ObjectType({ description: 'Number of stakeholders of one sector.' })
export class SectorCount {
  @Field(() => Sector, { description: 'The sector counted.' })
  sector!: Sector;

  @Field(() => Int, { description: 'Stakeholders of that sector (n_a); 0 when it is absent.' })
  count!: number;
}

@ObjectType({ description: "One sector's share of the active memberships." })
export class SectorShare {
  @Field(() => Sector, { description: 'The sector whose memberships are counted.' })
  sector!: Sector;

  @Field(() => Int, {
    description: "Memberships of the sector's stakeholders in partnerships active at asOf.",
  })
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

  @Field(() => Float, {
    nullable: true,
    description: "The dominant sector's share, 0 to 1; null when there is no active membership.",
  })
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

  @Field(() => [Stakeholder], {
    description:
      'The charityOnly stakeholders themselves, by id: who sponsors but does not yet work with others.',
  })
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
  @Field(() => MaturityStage, { description: 'The highest stage whose rule holds at asOf.' })
  stage!: MaturityStage;

  @Field(() => [String], {
    description:
      'Plain-English facts that make the stage hold, naming stakeholders or partnerships; for EMERGING, why no later stage holds.',
  })
  reasons!: string[];
}

@ObjectType({ description: 'Counts of the 21 cross-sector pairs by gap kind (docs/measures.md).' })
export class GapCounts {
  @Field(() => Int, { description: 'Pairs of present sectors with no tie (GapKind MISSING).' })
  missing!: number;

  @Field(() => Int, { description: 'Pairs tied only through charitable memberships (CHARITY_ONLY).' })
  charityOnly!: number;

  @Field(() => Int, {
    description: 'Pairs whose substantive density is below half the overall density (WEAK).',
  })
  weak!: number;

  @Field(() => Int, { description: 'Pairs with a sector that has no stakeholder (ABSENT_SECTOR).' })
  absentSector!: number;
}

@ObjectType({ description: 'Headline measures of the partner graph G(C, d), defined in docs/measures.md.' })
export class PartnerGraphProfile {
  @Field(() => LocalDateResolver, {
    description: 'The date the measures are taken at (the asOf asked, or today).',
  })
  asOf!: string;

  @Field(() => Int, { description: 'N, the stakeholders based in the scope.' })
  stakeholders!: number;

  @Field(() => [SectorCount], { description: 'n_a for every sector, in enum order.' })
  sectorCounts!: SectorCount[];

  @Field(() => Int, {
    description: '|E|: pairs of stakeholders in the scope sharing at least one active partnership.',
  })
  edges!: number;

  @Field(() => Int, {
    description:
      'Edges with a shared partnership in which both ends hold a substantive (not charitable) membership.',
  })
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

  @Field(() => SectorDominance, { description: "Each sector's share of the active memberships." })
  dominance!: SectorDominance;

  @Field(() => BusinessEngagement, {
    description:
      'How many PRIVATE and FINANCIAL stakeholders take part not at all, only charitably, or substantively.',
  })
  businessEngagement!: BusinessEngagement;

  @Field(() => HelixSynergy, {
    description: 'Triple and quadruple helix synergy of the active partnerships.',
  })
  helixSynergy!: HelixSynergy;

  @Field(() => Maturity, { description: 'The maturity stage and the reasons for it.' })
  maturity!: Maturity;

  @Field(() => GapCounts, { description: 'How many cross-sector pairs are gaps of each kind (see `gaps`).' })
  gapCounts!: GapCounts;

  @Field(() => NeedSummary, { description: 'Its needs: how many, addressed, cross-sector, business-backed.' })
  needs!: NeedSummary;
}

@ObjectType({ description: 'Ties between two sectors (sectorA before or equal to sectorB in enum order).' })
export class SectorMatrixCell {
  @Field(() => Sector, { description: 'The first sector, in enum order.' })
  sectorA!: Sector;

  @Field(() => Sector, { description: 'The second sector; equal to sectorA for a within-sector cell.' })
  sectorB!: Sector;

  @Field(() => Int, { description: 'Edges with one end in each sector (both ends in it, within one).' })
  ties!: number;

  @Field(() => Int, { description: 'Those ties that are substantive edges.' })
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
  @Field(() => Sector, { description: 'The first sector of the pair, in enum order.' })
  sectorA!: Sector;

  @Field(() => Sector, { description: 'The second sector of the pair, after sectorA in enum order.' })
  sectorB!: Sector;

  @Field(() => GapKind, { description: 'Which gap rule the pair meets first.' })
  kind!: GapKind;

  @Field(() => Int, { description: 'Stakeholders of sectorA in the scope (n_a).' })
  countA!: number;

  @Field(() => Int, { description: 'Stakeholders of sectorB in the scope (n_b).' })
  countB!: number;

  @Field(() => Int, { description: 'Edges joining a sectorA stakeholder to a sectorB one.' })
  ties!: number;

  @Field(() => Int, { description: 'Those ties that are substantive edges.' })
  substantiveTies!: number;

  @Field(() => Int, { description: 'countA · countB, the ties there could be.' })
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

  @Field(() => Int, { description: 'All its open triads: the sum of the four roles.' })
  total!: number;
}

@ObjectType({ description: "A stakeholder's position in the partner graph at asOf." })
export class StakeholderPosition {
  /** Not in the schema: the analysis and vertex its centralities are read from (see structure.resolver). */
  at!: { analysis: Analysis; vertex: number };

  @Field(() => Stakeholder, { description: 'The stakeholder this position is of.' })
  stakeholder!: Stakeholder;

  @Field(() => Int, { description: '|Γ(v)|, its partners in the scope.' })
  degree!: number;

  @Field(() => Float, { nullable: true, description: 'E-I index over its own edges; null without edges.' })
  eiIndex!: number | null;

  @Field(() => [Sector], { description: 'Distinct sectors of its neighbours, in enum order.' })
  sectorsReached!: Sector[];

  @Field(() => BrokerageRoles, { description: 'The open triads it brokers, by role.' })
  brokerage!: BrokerageRoles;

  @Field(() => Float, { nullable: true, description: "Burt's effective size n − 2t/n; null without edges." })
  effectiveSize!: number | null;

  @Field(() => Float, { nullable: true, description: "Burt's constraint (unweighted); null without edges." })
  constraint!: number | null;
}

@ObjectType({ description: 'A common neighbour who could introduce the two stakeholders.' })
export class Introducer {
  @Field(() => StakeholderPosition, {
    description: 'The common neighbour z and its place in the partner graph.',
  })
  position!: StakeholderPosition;

  @Field(() => Float, { description: "1 / ln|Γ(z)|: this introducer's share of the Adamic-Adar score." })
  contribution!: number;
}

@ObjectType({ description: 'Two stakeholders of different sectors who are not yet partners and could be.' })
export class PartnerRecommendation {
  @Field(() => Sector, { description: "The sector of `source`: the gap's first sector." })
  sectorA!: Sector;

  @Field(() => Sector, { description: "The sector of `target`: the gap's second sector." })
  sectorB!: Sector;

  @Field(() => StakeholderPosition, { description: 'The stakeholder of sectorA.' })
  source!: StakeholderPosition;

  @Field(() => StakeholderPosition, { description: 'The stakeholder of sectorB.' })
  target!: StakeholderPosition;

  @Field(() => Float, { description: 'Σ 1/ln|Γ(z)| over the common neighbours z: the ranking score.' })
  adamicAdar!: number;

  @Field(() => Int, { description: '|Γ(s) ∩ Γ(t)|: partners the two have in common.' })
  commonNeighbours!: number;

  @Field(() => Float, { description: 'Σ 1/|Γ(z)| over the common neighbours.' })
  resourceAllocation!: number;

  @Field(() => Int, { description: '|Γ(s)|·|Γ(t)|: ranks candidates without common neighbours.' })
  preferentialAttachment!: number;

  @Field(() => [Introducer], { description: 'Common neighbours by contribution descending.' })
  introducers!: Introducer[];

  @Field({
    description:
      'One plain-English sentence: who could meet whom, which gap it closes and who could introduce them.',
  })
  explanation!: string;
}

@ObjectType({ description: 'A stakeholder with partners in both sectors of a gap.' })
export class SectorBridge {
  @Field(() => StakeholderPosition, {
    description: 'The bridging stakeholder and its place in the partner graph.',
  })
  position!: StakeholderPosition;

  @Field(() => Int, { description: 'Its partners of sectorA in the scope.' })
  neighboursA!: number;

  @Field(() => Int, { description: 'Its partners of sectorB in the scope.' })
  neighboursB!: number;

  @Field(() => Int, { description: 'neighboursA · neighboursB, the ranking score.' })
  score!: number;
}

@ObjectType({ description: 'The measures at 31 December of one year.' })
export class TrendPoint {
  @Field(() => Int, { description: 'The calendar year, e.g. 2024.' })
  year!: number;

  @Field(() => PartnerGraphProfile, { description: 'The profile at 31 December of that year.' })
  profile!: PartnerGraphProfile;
}

@ObjectType({ description: "One community's headline measures within its region." })
export class CommunityComparison {
  @Field(() => Community, { description: 'The community of the region this row is about.' })
  community!: Community;

  @Field(() => PartnerGraphProfile, { description: "The community's own G(C, d)." })
  profile!: PartnerGraphProfile;
}
