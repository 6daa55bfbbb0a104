import { IsEnum, IsOptional, Length } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { Sector } from '../domain/enums';
import {
  IfGiven,
  IsEntityId,
  IsFilterList,
  IsName,
  IsOptionalText,
  IsOptionalUrl,
  TEXT_LIMITS,
} from '../domain/validation';
import { NameOrder, NestedListArgs } from '../graphql/pagination';
import { DESCRIBE } from '../domain/descriptions';

@InputType({ description: 'A new stakeholder based in an existing community.' })
export class CreateStakeholderInput {
  @Field(() => ID, { nullable: true, description: 'Generated from the name when absent.' })
  @IsOptional()
  @IsEntityId()
  id?: string | null;

  @Field({ description: DESCRIBE.newName })
  @IsName()
  name!: string;

  @Field(() => Sector, { description: 'Its sector (docs/measures.md).' })
  @IsEnum(Sector)
  sector!: Sector;

  @Field(() => String, {
    nullable: true,
    description: 'Free-text kind of organisation, e.g. "kindergarten".',
  })
  @IsOptionalText(TEXT_LIMITS.type)
  type?: string | null;

  @Field(() => String, { nullable: true, description: DESCRIBE.newDescription })
  @IsOptionalText(TEXT_LIMITS.description)
  description?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Its web address: a URL with http:// or https://, up to 500 characters.',
  })
  @IsOptionalUrl()
  website?: string | null;

  @Field(() => ID, { description: 'The community it is based in.' })
  @IsEntityId()
  communityId!: string;
}

@InputType({ description: 'Only the fields given change; null clears type, description or website.' })
export class UpdateStakeholderInput {
  @Field({ nullable: true, description: DESCRIBE.change('name') })
  @IfGiven()
  @IsName()
  name?: string;

  @Field(() => Sector, { nullable: true, description: DESCRIBE.change('sector') })
  @IfGiven()
  @IsEnum(Sector)
  sector?: Sector;

  @Field(() => String, { nullable: true, description: DESCRIBE.changeOrClear('kind of organisation') })
  @IsOptionalText(TEXT_LIMITS.type)
  type?: string | null;

  @Field(() => String, { nullable: true, description: DESCRIBE.changeOrClear('description') })
  @IsOptionalText(TEXT_LIMITS.description)
  description?: string | null;

  @Field(() => String, {
    nullable: true,
    description: DESCRIBE.changeOrClear('web address (http:// or https://)'),
  })
  @IsOptionalUrl()
  website?: string | null;

  @Field(() => ID, { nullable: true, description: 'Moves the stakeholder to this community.' })
  @IfGiven()
  @IsEntityId()
  communityId?: string;
}

/**
 * The filters of `stakeholders` and `stakeholdersSummary`, one class so the two always agree. Every
 * filter given must hold (AND); a single-value filter and its list twin (`sector` and `sectors`)
 * may be given together, and then both hold.
 */
@ArgsType()
export class StakeholderFilterArgs {
  @Field(() => ID, { nullable: true, description: DESCRIBE.communityFilter('stakeholders') })
  communityId?: string;

  @Field(() => [ID], { nullable: true, description: DESCRIBE.communitiesFilter('stakeholders') })
  @IsFilterList(IsEntityId({ each: true }))
  communityIds?: string[] | null;

  @Field(() => ID, { nullable: true, description: DESCRIBE.regionFilter('stakeholders') })
  regionId?: string;

  @Field(() => [ID], { nullable: true, description: DESCRIBE.regionsFilter('stakeholders') })
  @IsFilterList(IsEntityId({ each: true }))
  regionIds?: string[] | null;

  @Field(() => Sector, { nullable: true, description: 'Only stakeholders of this sector.' })
  @IsOptional()
  @IsEnum(Sector)
  sector?: Sector;

  @Field(() => [Sector], {
    nullable: true,
    description: `Only stakeholders of one of these sectors. ${DESCRIBE.listFilter}`,
  })
  @IsFilterList(IsEnum(Sector, { each: true }))
  sectors?: Sector[] | null;

  @Field({ nullable: true, description: 'The kind of organisation, case-insensitive, e.g. "school".' })
  @IsOptional()
  type?: string;

  @Field(() => [String], {
    nullable: true,
    description: `One of these kinds of organisation, case-insensitive, e.g. ["school", "kindergarten"]. ${DESCRIBE.listFilter}`,
  })
  @IsFilterList(
    Length(1, TEXT_LIMITS.type, {
      each: true,
      message: `each of $property must be 1 to ${TEXT_LIMITS.type} characters long`,
    }),
  )
  types?: string[] | null;

  @Field({ nullable: true, description: 'Part of the name, case-insensitive.' })
  @IsOptional()
  search?: string;
}

@ArgsType()
export class StakeholderListArgs extends StakeholderFilterArgs {
  @Field(() => NameOrder, { defaultValue: NameOrder.NAME_ASC, description: DESCRIBE.orderBy })
  orderBy: NameOrder = NameOrder.NAME_ASC;
}

/** A stakeholder's partnerships or partners: the first `first` by name, optionally at a date. */
@ArgsType()
export class StakeholderLinksArgs extends NestedListArgs {
  @Field(() => LocalDateResolver, {
    nullable: true,
    description: 'Only partnerships active at this date (docs/measures.md); all when absent.',
  })
  asOf?: string | null;
}
