import { IsEnum, IsInt, IsOptional, Min } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { CommunityKind } from '../domain/enums';
import { IfGiven, IsCountryCode, IsEntityId, IsFilterList, IsName } from '../domain/validation';
import { NameOrder, PageArgs } from '../graphql/pagination';
import { DESCRIBE } from '../domain/descriptions';

@InputType({ description: 'A new community in an existing region.' })
export class CreateCommunityInput {
  @Field(() => ID, { nullable: true, description: 'Generated from the name when absent.' })
  @IsOptional()
  @IsEntityId()
  id?: string | null;

  @Field({ description: DESCRIBE.newName })
  @IsName()
  name!: string;

  @Field({ description: 'ISO 3166-1 alpha-2 country code, e.g. PT.' })
  @IsCountryCode()
  country!: string;

  @Field(() => CommunityKind, { description: 'What sort of place it is.' })
  @IsEnum(CommunityKind)
  kind!: CommunityKind;

  @Field(() => Int, { nullable: true, description: 'Inhabitants, 0 or more; null or absent when unknown.' })
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
  @Field({ nullable: true, description: DESCRIBE.change('name') })
  @IfGiven()
  @IsName()
  name?: string;

  @Field({ nullable: true, description: DESCRIBE.change('ISO 3166-1 alpha-2 country code, e.g. PT') })
  @IfGiven()
  @IsCountryCode()
  country?: string;

  @Field(() => CommunityKind, { nullable: true, description: DESCRIBE.change('kind') })
  @IfGiven()
  @IsEnum(CommunityKind)
  kind?: CommunityKind;

  @Field(() => Int, { nullable: true, description: DESCRIBE.changeOrClear('population (0 or more)') })
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
  @Field(() => ID, { nullable: true, description: 'Only communities of this region.' })
  regionId?: string;

  @Field(() => [ID], {
    nullable: true,
    description: `Only communities of one of these regions. ${DESCRIBE.listFilter}`,
  })
  @IsFilterList(IsEntityId({ each: true }))
  regionIds?: string[] | null;

  @Field({
    nullable: true,
    description: 'Only communities in this country (ISO 3166-1 alpha-2 code, e.g. PT).',
  })
  @IsOptional()
  @IsCountryCode()
  country?: string;

  @Field(() => CommunityKind, { nullable: true, description: 'Only communities of this kind.' })
  @IsOptional()
  @IsEnum(CommunityKind)
  kind?: CommunityKind;

  @Field(() => [CommunityKind], {
    nullable: true,
    description: `Only communities of one of these kinds. ${DESCRIBE.listFilter}`,
  })
  @IsFilterList(IsEnum(CommunityKind, { each: true }))
  kinds?: CommunityKind[] | null;

  @Field({ nullable: true, description: 'Part of the name, case-insensitive.' })
  @IsOptional()
  search?: string;

  @Field(() => NameOrder, { defaultValue: NameOrder.NAME_ASC, description: DESCRIBE.orderBy })
  orderBy: NameOrder = NameOrder.NAME_ASC;
}
