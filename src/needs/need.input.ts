import { IsEnum, IsOptional, Length, Matches } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { NeedPriority } from '../domain/enums';
import { IfGiven, IsEntityId, IsName, IsOptionalText, TEXT_LIMITS } from '../domain/validation';
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

@InputType()
export class CreateNeedInput {
  @Field(() => ID, { nullable: true, description: 'Generated from the name when absent.' })
  @IsOptional()
  @IsEntityId()
  id?: string | null;

  @Field()
  @IsName()
  name!: string;

  @Field({ description: 'e.g. "digital skills"; matched against asset themes.' })
  @IsTheme()
  theme!: string;

  @Field(() => String, { nullable: true })
  @IsOptionalText(TEXT_LIMITS.type)
  targetGroup?: string | null;

  @Field(() => NeedPriority, { defaultValue: NeedPriority.MEDIUM })
  @IsEnum(NeedPriority)
  priority: NeedPriority = NeedPriority.MEDIUM;

  @Field(() => LocalDateResolver, { nullable: true })
  identifiedOn?: string | null;

  @Field(() => String, { nullable: true })
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
  @Field({ nullable: true })
  @IfGiven()
  @IsName()
  name?: string;

  @Field({ nullable: true })
  @IfGiven()
  @IsTheme()
  theme?: string;

  @Field(() => String, { nullable: true })
  @IsOptionalText(TEXT_LIMITS.type)
  targetGroup?: string | null;

  @Field(() => NeedPriority, { nullable: true })
  @IfGiven()
  @IsEnum(NeedPriority)
  priority?: NeedPriority;

  @Field(() => LocalDateResolver, { nullable: true })
  identifiedOn?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptionalText(TEXT_LIMITS.description)
  description?: string | null;

  @Field(() => ID, { nullable: true, description: 'Moves the need to this community.' })
  @IfGiven()
  @IsEntityId()
  communityId?: string;
}

@ArgsType()
export class NeedListArgs extends PageArgs {
  @Field(() => ID, { nullable: true })
  communityId?: string;

  @Field(() => ID, { nullable: true })
  regionId?: string;

  @Field(() => ID, { nullable: true, description: 'Needs this partnership addresses.' })
  addressedBy?: string;

  @Field(() => NeedPriority, { nullable: true })
  @IsOptional()
  @IsEnum(NeedPriority)
  priority?: NeedPriority;

  @Field({
    nullable: true,
    description: 'The theme, compared after trimming, lower-casing and collapsing spaces.',
  })
  @IsOptional()
  theme?: string;

  @Field({ nullable: true, description: 'Part of the name, case-insensitive.' })
  @IsOptional()
  search?: string;

  @Field(() => NameOrder, { defaultValue: NameOrder.NAME_ASC })
  orderBy: NameOrder = NameOrder.NAME_ASC;
}
