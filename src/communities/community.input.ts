import { IsEnum, IsInt, IsOptional, Min } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { CommunityKind } from '../domain/enums';
import { IfGiven, IsCountryCode, IsEntityId, IsName } from '../domain/validation';
import { NameOrder, PageArgs } from '../graphql/pagination';

@InputType()
export class CreateCommunityInput {
  @Field(() => ID, { nullable: true, description: 'Generated from the name when absent.' })
  @IsOptional()
  @IsEntityId()
  id?: string | null;

  @Field()
  @IsName()
  name!: string;

  @Field({ description: 'ISO 3166-1 alpha-2 country code, e.g. PT.' })
  @IsCountryCode()
  country!: string;

  @Field(() => CommunityKind)
  @IsEnum(CommunityKind)
  kind!: CommunityKind;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0, { message: '$property must not be negative' })
  population?: number | null;

  @Field(() => ID, { description: 'The region it is part of.' })
  @IsEntityId()
  regionId!: string;
}

@InputType({ description: 'Only the fields given change; population null clears it.' })
export class UpdateCommunityInput {
  @Field({ nullable: true })
  @IfGiven()
  @IsName()
  name?: string;

  @Field({ nullable: true })
  @IfGiven()
  @IsCountryCode()
  country?: string;

  @Field(() => CommunityKind, { nullable: true })
  @IfGiven()
  @IsEnum(CommunityKind)
  kind?: CommunityKind;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0, { message: '$property must not be negative' })
  population?: number | null;

  @Field(() => ID, { nullable: true, description: 'Moves the community to this region.' })
  @IfGiven()
  @IsEntityId()
  regionId?: string;
}

@ArgsType()
export class CommunityListArgs extends PageArgs {
  @Field(() => ID, { nullable: true })
  regionId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsCountryCode()
  country?: string;

  @Field(() => CommunityKind, { nullable: true })
  @IsOptional()
  @IsEnum(CommunityKind)
  kind?: CommunityKind;

  @Field({ nullable: true, description: 'Part of the name, case-insensitive.' })
  @IsOptional()
  search?: string;

  @Field(() => NameOrder, { defaultValue: NameOrder.NAME_ASC })
  orderBy: NameOrder = NameOrder.NAME_ASC;
}
