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
  description:
    "The gap kind of a need-driven pair's two sectors, LINKED when that pair is no gap; need recommendations rank in this order.",
  valuesConfig: {
    MISSING: { description: 'The two sectors are present in the scope and no edge joins them.' },
    CHARITY_ONLY: { description: 'The two sectors are joined only through sponsorship, charity or funding.' },
    WEAK: { description: "The pair's substantive density is below half the overall density." },
    LINKED: { description: 'The pair of sectors is not a gap; the need alone is the reason to meet.' },
  },
});

@ObjectType({ description: 'Counts of needs by status.' })
export class NeedCounts {
  @Field(() => Int, { description: 'All needs counted here.' })
  total!: number;

  @Field(() => Int, {
    description: 'Needs a partnership active at asOf addresses (singleSector + crossSector).',
  })
  addressed!: number;

  @Field(() => Int, { description: 'Needs no active partnership addresses (status UNMET).' })
  unmet!: number;

  @Field(() => Int, {
    description:
      "Addressed needs whose addressing partnerships' members in the community are all of one sector.",
  })
  singleSector!: number;

  @Field(() => Int, {
    description: 'Needs addressed by members of at least two sectors (status CROSS_SECTOR).',
  })
  crossSector!: number;

  @Field(() => Int, {
    description:
      'Needs where a PRIVATE or FINANCIAL stakeholder holds a substantive membership (not SPONSORSHIP, CHARITY or FUNDER) in an addressing active partnership.',
  })
  businessBacked!: number;
}

@ObjectType({ description: 'Counts of the needs of one priority by status.' })
export class PriorityCoverage extends NeedCounts {
  @Field(() => NeedPriority, { description: 'The priority these counts are for.' })
  priority!: NeedPriority;
}

@ObjectType({ description: "A stakeholder of the need's community offering assets with its theme." })
export class AssetHolder {
  @Field(() => Stakeholder, { description: 'The stakeholder offering the assets.' })
  stakeholder!: Stakeholder;

  @Field(() => [Asset], { description: 'Its assets with the theme, by id.' })
  assets!: Asset[];
}

@ObjectType({ description: "One need's state at asOf." })
export class NeedReport {
  @Field(() => Need, { description: 'The need reported on.' })
  need!: Need;

  @Field(() => NeedStatus, { description: 'Unmet, single-sector or cross-sector at asOf.' })
  status!: NeedStatus;

  @Field({
    description:
      'A PRIVATE or FINANCIAL stakeholder (based anywhere) holds a substantive membership in an addressing active partnership.',
  })
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
  @Field(() => Need, { description: 'The need that gives the two a reason to meet.' })
  need!: Need;

  @Field(() => NeedStatus, { description: "The need's status at asOf: UNMET or SINGLE_SECTOR." })
  needStatus!: NeedStatus;

  @Field(() => PairGapKind, {
    description: "The gap kind of the two stakeholders' sectors; the first ranking key.",
  })
  gapKind!: PairGapKind;

  @Field(() => StakeholderPosition, { description: 'The stakeholder with the smaller id.' })
  source!: StakeholderPosition;

  @Field(() => StakeholderPosition, { description: 'The stakeholder with the larger id, of another sector.' })
  target!: StakeholderPosition;

  @Field(() => [Asset], {
    description: "The source's assets for the need's theme (none when it is a member).",
  })
  sourceAssets!: Asset[];

  @Field(() => [Asset], {
    description: "The target's assets for the need's theme (none when it is a member).",
  })
  targetAssets!: Asset[];

  @Field(() => Float, { description: 'Σ 1/ln|Γ(z)| over the common neighbours; 0 without any.' })
  adamicAdar!: number;

  @Field(() => Int, { description: '|Γ(s) ∩ Γ(t)|: partners the two have in common; may be 0.' })
  commonNeighbours!: number;

  @Field(() => Float, { description: 'Σ 1/|Γ(z)| over the common neighbours; 0 without any.' })
  resourceAllocation!: number;

  @Field(() => [Introducer], { description: 'Common neighbours by contribution descending.' })
  introducers!: Introducer[];

  @Field({
    description: 'One plain-English sentence: the need, what each side offers and who knows both.',
  })
  explanation!: string;
}
