import { IsEnum, IsOptional, Length, Matches } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { DESCRIBE } from '../domain/descriptions';
import { NeedPriority } from '../domain/enums';
import { IfGiven, IsEntityId, IsFilterList, IsName, IsOptionalText, TEXT_LIMITS } from '../domain/validation';
import { NameOrder, PageArgs } from '../graphql/pagination';

/** A need's theme: not blank, without ';'. The import document's schema states the same pattern. */
export const NEED_THEME = /^[^;]*\S[^;]*$/;

/** One theme: 1 to 100 characters, not blank, without ';' (the CSV separator of themes). */
function IsTheme(): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    Length(1, TEXT_LIMITS.theme, { message: `$property must be 1 to ${TEXT_LIMITS.theme} characters long` })(
      target,
      propertyName,
    );
    Matches(NEED_THEME, { message: "$property must not be blank or contain ';'" })(target, propertyName);
  };
}

@InputType({ description: 'A new need of an existing community.' })
export class CreateNeedInput {
  @Field(() => ID, { nullable: true, description: DESCRIBE.newId })
  @IsOptional()
  @IsEntityId()
  id?: string | null;

  @Field({ description: DESCRIBE.newName })
  @IsName()
  name!: string;

  @Field({
    description: `e.g. "digital skills"; matched against asset themes. 1 to ${TEXT_LIMITS.theme} characters, not blank, without ';'.`,
  })
  @IsTheme()
  theme!: string;

  @Field(() => String, {
    nullable: true,
    description: `Who it is for, e.g. "seniors living alone"; 1 to ${TEXT_LIMITS.type} characters.`,
  })
  @IsOptionalText(TEXT_LIMITS.type)
  targetGroup?: string | null;

  @Field(() => NeedPriority, { defaultValue: NeedPriority.MEDIUM, description: 'How urgent it is.' })
  @IsEnum(NeedPriority)
  priority: NeedPriority = NeedPriority.MEDIUM;

  @Field(() => LocalDateResolver, { nullable: true, description: 'When the need was identified, if known.' })
  identifiedOn?: string | null;

  @Field(() => String, { nullable: true, description: DESCRIBE.newDescription })
  @IsOptionalText(TEXT_LIMITS.description)
  description?: string | null;

  @Field(() => ID, { description: 'The community that has the need.' })
  @IsEntityId()
  communityId!: string;
}

@InputType({
  description: 'Only the fields given change; null clears targetGroup, identifiedOn or description.',
})
export class UpdateNeedInput {
  @Field({ nullable: true, description: DESCRIBE.change('name') })
  @IfGiven()
  @IsName()
  name?: string;

  @Field({ nullable: true, description: DESCRIBE.change('theme') })
  @IfGiven()
  @IsTheme()
  theme?: string;

  @Field(() => String, { nullable: true, description: DESCRIBE.changeOrClear('target group') })
  @IsOptionalText(TEXT_LIMITS.type)
  targetGroup?: string | null;

  @Field(() => NeedPriority, { nullable: true, description: DESCRIBE.change('priority') })
  @IfGiven()
  @IsEnum(NeedPriority)
  priority?: NeedPriority;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: DESCRIBE.changeOrClear('identification date'),
  })
  identifiedOn?: string | null;

  @Field(() => String, { nullable: true, description: DESCRIBE.changeOrClear('description') })
  @IsOptionalText(TEXT_LIMITS.description)
  description?: string | null;

  @Field(() => ID, { nullable: true, description: 'Moves the need to this community.' })
  @IfGiven()
  @IsEntityId()
  communityId?: string;
}

@ArgsType()
export class NeedListArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: DESCRIBE.communityFilter('needs') })
  communityId?: string;

  @Field(() => [ID], { nullable: true, description: DESCRIBE.communitiesFilter('needs') })
  @IsFilterList(IsEntityId({ each: true }))
  communityIds?: string[] | null;

  @Field(() => ID, { nullable: true, description: DESCRIBE.regionFilter('needs') })
  regionId?: string;

  @Field(() => [ID], { nullable: true, description: DESCRIBE.regionsFilter('needs') })
  @IsFilterList(IsEntityId({ each: true }))
  regionIds?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'Needs this partnership addresses.' })
  addressedBy?: string;

  @Field(() => NeedPriority, { nullable: true, description: 'Only needs of this priority.' })
  @IsOptional()
  @IsEnum(NeedPriority)
  priority?: NeedPriority;

  @Field(() => [NeedPriority], {
    nullable: true,
    description: `Only needs of one of these priorities. ${DESCRIBE.listFilter}`,
  })
  @IsFilterList(IsEnum(NeedPriority, { each: true }))
  priorities?: NeedPriority[] | null;

  @Field({
    nullable: true,
    description: 'The theme, compared after trimming, lower-casing and collapsing spaces.',
  })
  @IsOptional()
  theme?: string;

  @Field({ nullable: true, description: 'Part of the name, case-insensitive.' })
  @IsOptional()
  search?: string;

  @Field(() => NameOrder, { defaultValue: NameOrder.NAME_ASC, description: DESCRIBE.orderBy })
  orderBy: NameOrder = NameOrder.NAME_ASC;
}
