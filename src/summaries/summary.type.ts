import { Field, Int, ObjectType } from 'type-graphql';
import { Community } from '../communities/community.type';
import { PartnershipKind, Sector } from '../domain/enums';

/**
 * Counts grouped in the database over a filtered list (docs/queries.md). Groups with nothing in them
 * are left out; each summary field says how its groups are ordered.
 */

@ObjectType({ description: 'One sector and how many of the summarised items fall in it.' })
export class SectorGroup {
  @Field(() => Sector, { description: 'The sector of this group.' })
  sector!: Sector;

  @Field(() => Int, {
    description: 'How many items are in this group (at least 1); the summary field says what is counted.',
  })
  count!: number;
}

@ObjectType({ description: 'One community and how many of the summarised items fall in it.' })
export class CommunityGroup {
  @Field(() => Community, { description: 'The community of this group.' })
  community!: Community;

  @Field(() => Int, {
    description: 'How many items are in this group (at least 1); the summary field says what is counted.',
  })
  count!: number;
}

@ObjectType({ description: 'One kind of organisation and how many stakeholders are of it.' })
export class StakeholderTypeGroup {
  @Field(() => String, {
    nullable: true,
    description:
      'The kind of organisation, lower-cased (types compare case-insensitively); null for stakeholders without one.',
  })
  type!: string | null;

  @Field(() => Int, { description: 'Stakeholders of this kind of organisation (at least 1).' })
  count!: number;
}

@ObjectType({ description: 'One partnership kind and how many partnerships are of it.' })
export class PartnershipKindGroup {
  @Field(() => PartnershipKind, { description: 'The kind of this group.' })
  kind!: PartnershipKind;

  @Field(() => Int, { description: 'Partnerships of this kind (at least 1).' })
  count!: number;
}

@ObjectType({ description: 'One year and how many partnerships started in it.' })
export class YearGroup {
  @Field(() => Int, {
    nullable: true,
    description: 'The calendar year of startedOn; null for the partnerships without a start date.',
  })
  year!: number | null;

  @Field(() => Int, { description: 'Partnerships that started in this year (at least 1).' })
  count!: number;
}

@ObjectType({
  description:
    'Counts over the stakeholders the same filters list: totalCount of `stakeholders` with the same arguments equals `total`.',
})
export class StakeholderSummary {
  @Field(() => Int, { description: 'How many stakeholders match the filters.' })
  total!: number;

  @Field(() => [SectorGroup], {
    description:
      'Matching stakeholders per sector; by count descending, then sector name. Sectors with none are left out.',
  })
  bySector!: SectorGroup[];

  @Field(() => [CommunityGroup], {
    description:
      'Matching stakeholders per community they are based in; by count descending, then community name and id. Communities with none are left out.',
  })
  byCommunity!: CommunityGroup[];

  @Field(() => [StakeholderTypeGroup], {
    description:
      'Matching stakeholders per kind of organisation (case-insensitive); by count descending, then type, those without a type last.',
  })
  byType!: StakeholderTypeGroup[];
}

@ObjectType({
  description:
    'Counts over the partnerships the same filters list: totalCount of `partnerships` with the same arguments equals `total`.',
})
export class PartnershipSummary {
  @Field(() => Int, { description: 'How many partnerships match the filters.' })
  total!: number;

  @Field(() => [PartnershipKindGroup], {
    description:
      'Matching partnerships per kind; by count descending, then kind. Kinds with none are left out.',
  })
  byKind!: PartnershipKindGroup[];

  @Field(() => [YearGroup], {
    description:
      'Matching partnerships per year of startedOn, in calendar order (a time series), the undated ones last as year null. Years with none are left out.',
  })
  byYear!: YearGroup[];

  @Field(() => [CommunityGroup], {
    description:
      'Per community: how many matching partnerships have at least one member based there (a partnership counts once in each of its communities, so the counts may add up to more than total); by count descending, then community name and id.',
  })
  byCommunity!: CommunityGroup[];

  @Field(() => [SectorGroup], {
    description:
      "Per sector: how many matching partnerships have at least one member of that sector (a partnership counts once in each of its members' sectors, so the counts may add up to more than total); by count descending, then sector name.",
  })
  bySector!: SectorGroup[];
}
