import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsEnum, IsOptional, ValidateNested } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { ArgsType, Field, ID, InputType, registerEnumType } from 'type-graphql';
import { MemberRole, PartnershipKind } from '../domain/enums';
import {
  IfGiven,
  IsBoundedRange,
  IsEntityId,
  IsFilterList,
  IsName,
  IsOnOrAfter,
  IsOptionalText,
  IsThemes,
  TEXT_LIMITS,
} from '../domain/validation';
import { DateRange } from '../graphql/date-range';
import { DESCRIBE } from '../domain/descriptions';

@InputType({ description: 'A stakeholder joining a partnership, with its role.' })
export class MemberInput {
  @Field(() => ID, { description: 'The stakeholder joining; NOT_FOUND when there is none.' })
  @IsEntityId()
  stakeholderId!: string;

  @Field(() => MemberRole, {
    defaultValue: MemberRole.PARTNER,
    description: 'Its part in the partnership; FUNDER makes the membership charitable.',
  })
  @IsEnum(MemberRole)
  role: MemberRole = MemberRole.PARTNER;
}

@InputType({ description: 'A new partnership with its members.' })
export class CreatePartnershipInput {
  @Field(() => ID, { nullable: true, description: 'Generated from the name when absent.' })
  @IsOptional()
  @IsEntityId()
  id?: string | null;

  @Field({ description: DESCRIBE.newName })
  @IsName()
  name!: string;

  @Field(() => PartnershipKind, {
    description: 'What sort of partnership it is; SPONSORSHIP and CHARITY are charitable.',
  })
  @IsEnum(PartnershipKind)
  kind!: PartnershipKind;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: 'First day it is active; absent when unknown.',
  })
  startedOn?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'On or after startedOn.' })
  @IsOnOrAfter('startedOn')
  endedOn?: string | null;

  @Field(() => [String], { defaultValue: [], description: DESCRIBE.themes })
  @IsThemes()
  themes!: string[];

  @Field(() => String, { nullable: true, description: DESCRIBE.newDescription })
  @IsOptionalText(TEXT_LIMITS.description)
  description?: string | null;

  @Field(() => [MemberInput], { description: 'At least one; each stakeholder once.' })
  @ArrayMinSize(1, { message: '$property must name at least one member' })
  @ArrayMaxSize(500)
  @ArrayUnique((member: MemberInput) => member.stakeholderId, {
    message: '$property names a stakeholder more than once',
  })
  @ValidateNested({ each: true })
  members!: MemberInput[];
}

@InputType({
  description:
    'Only the fields given change; null clears a date or the description. endedOn must stay on or after startedOn, the stored one included.',
})
export class UpdatePartnershipInput {
  @Field({ nullable: true, description: DESCRIBE.change('name') })
  @IfGiven()
  @IsName()
  name?: string;

  @Field(() => PartnershipKind, { nullable: true, description: DESCRIBE.change('kind') })
  @IfGiven()
  @IsEnum(PartnershipKind)
  kind?: PartnershipKind;

  @Field(() => LocalDateResolver, { nullable: true, description: DESCRIBE.changeOrClear('start date') })
  startedOn?: string | null;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: DESCRIBE.changeOrClear('end date (on or after startedOn)'),
  })
  @IsOnOrAfter('startedOn')
  endedOn?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: `${DESCRIBE.change('themes, replacing all of them')} ${DESCRIBE.themes}`,
  })
  @IfGiven()
  @IsThemes()
  themes?: string[];

  @Field(() => String, { nullable: true, description: DESCRIBE.changeOrClear('description') })
  @IsOptionalText(TEXT_LIMITS.description)
  description?: string | null;
}

/** Sort keys are enum values mapped to fixed parameters; nothing from a request reaches Cypher text. */
export enum PartnershipOrder {
  NAME_ASC = 'NAME_ASC',
  NAME_DESC = 'NAME_DESC',
  STARTED_ON_ASC = 'STARTED_ON_ASC',
  STARTED_ON_DESC = 'STARTED_ON_DESC',
}

registerEnumType(PartnershipOrder, {
  name: 'PartnershipOrder',
  description: 'By name (case-insensitive) or start date, then id.',
  valuesConfig: {
    NAME_ASC: { description: 'By name A to Z, case-insensitive, then id.' },
    NAME_DESC: { description: 'By name Z to A, case-insensitive, then id descending.' },
    STARTED_ON_ASC: { description: 'Oldest start first; partnerships without startedOn come first.' },
    STARTED_ON_DESC: { description: 'Newest start first; partnerships without startedOn come last.' },
  },
});

/**
 * The filters of `partnerships` and `partnershipsSummary`, one class so the two always agree. Every
 * filter given must hold (AND); a single-value filter and its list twin (`kind` and `kinds`) may be
 * given together, and then both hold.
 */
@ArgsType()
export class PartnershipFilterArgs {
  @Field(() => PartnershipKind, { nullable: true, description: 'Only partnerships of this kind.' })
  @IsOptional()
  @IsEnum(PartnershipKind)
  kind?: PartnershipKind;

  @Field(() => [PartnershipKind], {
    nullable: true,
    description: `Only partnerships of one of these kinds. ${DESCRIBE.listFilter}`,
  })
  @IsFilterList(IsEnum(PartnershipKind, { each: true }))
  kinds?: PartnershipKind[] | null;

  @Field({ nullable: true, description: 'One of its themes, case-insensitive.' })
  @IsOptional()
  theme?: string;

  @Field({ nullable: true, description: 'Part of the name, case-insensitive.' })
  @IsOptional()
  search?: string;

  @Field(() => ID, { nullable: true, description: 'Partnerships this stakeholder is a member of.' })
  memberId?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Partnerships with a member based in this community.',
  })
  communityId?: string;

  @Field(() => [ID], {
    nullable: true,
    description: `Partnerships with a member based in one of these communities. ${DESCRIBE.listFilter}`,
  })
  @IsFilterList(IsEntityId({ each: true }))
  communityIds?: string[] | null;

  @Field(() => [ID], {
    nullable: true,
    description: `Partnerships with a member based in a community of one of these regions. ${DESCRIBE.listFilter}`,
  })
  @IsFilterList(IsEntityId({ each: true }))
  regionIds?: string[] | null;

  @Field(() => DateRange, {
    nullable: true,
    description: 'Only partnerships that started in this range (inclusive); undated ones never match.',
  })
  @IsBoundedRange()
  startedOn?: DateRange | null;

  @Field(() => DateRange, {
    nullable: true,
    description: 'Only partnerships that ended in this range (inclusive); ones without endedOn never match.',
  })
  @IsBoundedRange()
  endedOn?: DateRange | null;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description:
      'Only partnerships active at this date: started on or before it (or undated) and not ended before it (docs/measures.md). All when absent.',
  })
  asOf?: string;
}

@ArgsType()
export class PartnershipListArgs extends PartnershipFilterArgs {
  @Field(() => PartnershipOrder, { defaultValue: PartnershipOrder.NAME_ASC, description: DESCRIBE.orderBy })
  orderBy: PartnershipOrder = PartnershipOrder.NAME_ASC;
}
