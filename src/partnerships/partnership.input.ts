import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsEnum, IsOptional, ValidateNested } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { ArgsType, Field, ID, InputType, registerEnumType } from 'type-graphql';
import { MemberRole, PartnershipKind } from '../domain/enums';
import {
  IfGiven,
  IsEntityId,
  IsName,
  IsOnOrAfter,
  IsOptionalText,
  IsThemes,
  TEXT_LIMITS,
} from '../domain/validation';
import { PageArgs } from '../graphql/pagination';

@InputType({ description: 'A stakeholder joining a partnership, with its role.' })
export class MemberInput {
  @Field(() => ID)
  @IsEntityId()
  stakeholderId!: string;

  @Field(() => MemberRole, { defaultValue: MemberRole.PARTNER })
  @IsEnum(MemberRole)
  role: MemberRole = MemberRole.PARTNER;
}

@InputType()
export class CreatePartnershipInput {
  @Field(() => ID, { nullable: true, description: 'Generated from the name when absent.' })
  @IsOptional()
  @IsEntityId()
  id?: string | null;

  @Field()
  @IsName()
  name!: string;

  @Field(() => PartnershipKind)
  @IsEnum(PartnershipKind)
  kind!: PartnershipKind;

  @Field(() => LocalDateResolver, { nullable: true })
  startedOn?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'On or after startedOn.' })
  @IsOnOrAfter('startedOn')
  endedOn?: string | null;

  @Field(() => [String], { defaultValue: [] })
  @IsThemes()
  themes!: string[];

  @Field(() => String, { nullable: true })
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
  @Field({ nullable: true })
  @IfGiven()
  @IsName()
  name?: string;

  @Field(() => PartnershipKind, { nullable: true })
  @IfGiven()
  @IsEnum(PartnershipKind)
  kind?: PartnershipKind;

  @Field(() => LocalDateResolver, { nullable: true })
  startedOn?: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  @IsOnOrAfter('startedOn')
  endedOn?: string | null;

  @Field(() => [String], { nullable: true })
  @IfGiven()
  @IsThemes()
  themes?: string[];

  @Field(() => String, { nullable: true })
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
  description: 'By name (case-insensitive) or start date (undated first), then id.',
});

@ArgsType()
export class PartnershipListArgs extends PageArgs {
  @Field(() => PartnershipKind, { nullable: true })
  @IsOptional()
  @IsEnum(PartnershipKind)
  kind?: PartnershipKind;

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

  @Field(() => LocalDateResolver, { nullable: true, description: 'Active at this date (docs/measures.md).' })
  activeAt?: string;

  @Field(() => PartnershipOrder, { defaultValue: PartnershipOrder.NAME_ASC })
  orderBy: PartnershipOrder = PartnershipOrder.NAME_ASC;
}
