import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Asset } from '../assets/asset.type';
import { NeedPriority, Sector } from '../domain/enums';
import { Need } from '../needs/need.type';
import { Stakeholder } from '../stakeholders/stakeholder.type';
import { Introducer, StakeholderPosition } from './analytics.type';
import { NeedStatus, PairGapKind } from './needs';

registerEnumType(NeedStatus, {
  name: 'NeedStatus',
  description: 'Whether and how a need is addressed at a date (docs/needs-and-assets.md).',
  valuesConfig: {
    UNMET: { description: 'No partnership active at the date addresses it.' },
    SINGLE_SECTOR: { description: 'Addressed, but its members in the community are all of one sector.' },
    CROSS_SECTOR: { description: 'Addressed by members of at least two sectors.' },
  },
});
registerEnumType(PairGapKind, {
  name: 'NeedPairGapKind',
  description: "The gap kind of a need-driven pair's two sectors, LINKED when that pair is no gap.",
});

@ObjectType({ description: 'Counts of needs by status.' })
export class NeedCounts {
  @Field(() => Int)
  total!: number;

  @Field(() => Int)
  addressed!: number;

  @Field(() => Int)
  unmet!: number;

  @Field(() => Int)
  singleSector!: number;

  @Field(() => Int)
  crossSector!: number;

  @Field(() => Int)
  businessBacked!: number;
}

@ObjectType({ description: 'Counts of the needs of one priority by status.' })
export class PriorityCoverage extends NeedCounts {
  @Field(() => NeedPriority)
  priority!: NeedPriority;
}

@ObjectType({ description: "A stakeholder of the need's community offering assets with its theme." })
export class AssetHolder {
  @Field(() => Stakeholder)
  stakeholder!: Stakeholder;

  @Field(() => [Asset], { description: 'Its assets with the theme, by id.' })
  assets!: Asset[];
}

@ObjectType({ description: "One need's state at asOf." })
export class NeedReport {
  @Field(() => Need)
  need!: Need;

  @Field(() => NeedStatus)
  status!: NeedStatus;

  @Field()
  businessBacked!: boolean;

  /** Resolved to partnerships through the per-request loader. */
  addressingIds!: string[];

  @Field(() => [Sector], {
    description: "Sectors of the addressing partnerships' members in the need's community, in enum order.",
  })
  sectors!: Sector[];

  @Field(() => [Stakeholder], { description: 'Those members, by id.' })
  members!: Stakeholder[];

  @Field(() => [AssetHolder], {
    description: "Stakeholders of the need's community with assets for its theme.",
  })
  assetHolders!: AssetHolder[];
}

@ObjectType({ description: "How far the scope's needs are addressed at asOf." })
export class NeedCoverage extends NeedCounts {
  @Field(() => Float, { nullable: true, description: 'addressed / total; null without needs.' })
  shareAddressed!: number | null;

  @Field(() => Float, { nullable: true, description: 'crossSector / total; null without needs.' })
  shareCrossSector!: number | null;

  @Field(() => [PriorityCoverage], { description: 'HIGH, MEDIUM, LOW.' })
  byPriority!: PriorityCoverage[];

  @Field(() => [NeedReport], { description: 'Every need, HIGH priority first, then by id.' })
  needs!: NeedReport[];
}

@ObjectType({ description: 'Two stakeholders a need gives a reason to meet, with what each brings.' })
export class NeedRecommendation {
  @Field(() => Need)
  need!: Need;

  @Field(() => NeedStatus)
  needStatus!: NeedStatus;

  @Field(() => PairGapKind)
  gapKind!: PairGapKind;

  @Field(() => StakeholderPosition, { description: 'The stakeholder with the smaller id.' })
  source!: StakeholderPosition;

  @Field(() => StakeholderPosition)
  target!: StakeholderPosition;

  @Field(() => [Asset], {
    description: "The source's assets for the need's theme (none when it is a member).",
  })
  sourceAssets!: Asset[];

  @Field(() => [Asset])
  targetAssets!: Asset[];

  @Field(() => Float, { description: 'Σ 1/ln|Γ(z)| over the common neighbours; 0 without any.' })
  adamicAdar!: number;

  @Field(() => Int)
  commonNeighbours!: number;

  @Field(() => Float)
  resourceAllocation!: number;

  @Field(() => [Introducer], { description: 'Common neighbours by contribution descending.' })
  introducers!: Introducer[];

  @Field()
  explanation!: string;
}
