import { IsOptional } from 'class-validator';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { NameOrder, PageArgs } from '../graphql/pagination';
import { IfGiven, IsCountryCode, IsEntityId, IsName } from '../domain/validation';

@InputType()
export class CreateRegionInput {
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
}

@InputType({ description: 'Only the fields given change.' })
export class UpdateRegionInput {
  @Field({ nullable: true })
  @IfGiven()
  @IsName()
  name?: string;

  @Field({ nullable: true })
  @IfGiven()
  @IsCountryCode()
  country?: string;
}

@ArgsType()
export class RegionListArgs extends PageArgs {
  @Field({ nullable: true })
  @IsOptional()
  @IsCountryCode()
  country?: string;

  @Field({ nullable: true, description: 'Part of the name, case-insensitive.' })
  @IsOptional()
  search?: string;

  @Field(() => NameOrder, { defaultValue: NameOrder.NAME_ASC })
  orderBy: NameOrder = NameOrder.NAME_ASC;
}
