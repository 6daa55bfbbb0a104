import { IsOptional } from 'class-validator';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { NameOrder, PageArgs } from '../graphql/pagination';
import { IfGiven, IsCountryCode, IsEntityId, IsName } from '../domain/validation';
import { DESCRIBE } from '../domain/descriptions';

@InputType({ description: 'A new region; communities join it afterwards.' })
export class CreateRegionInput {
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
}

@InputType({ description: 'Only the fields given change.' })
export class UpdateRegionInput {
  @Field({ nullable: true, description: DESCRIBE.change('name') })
  @IfGiven()
  @IsName()
  name?: string;

  @Field({ nullable: true, description: DESCRIBE.change('ISO 3166-1 alpha-2 country code, e.g. PT') })
  @IfGiven()
  @IsCountryCode()
  country?: string;
}

@ArgsType()
export class RegionListArgs extends PageArgs {
  @Field({ nullable: true, description: 'Only regions in this country (ISO 3166-1 alpha-2 code, e.g. PT).' })
  @IsOptional()
  @IsCountryCode()
  country?: string;

  @Field({ nullable: true, description: 'Part of the name, case-insensitive.' })
  @IsOptional()
  search?: string;

  @Field(() => NameOrder, { defaultValue: NameOrder.NAME_ASC, description: DESCRIBE.orderBy })
  orderBy: NameOrder = NameOrder.NAME_ASC;
}
