import { IsEnum, IsOptional } from 'class-validator';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { AssetKind } from '../domain/enums';
import { IfGiven, IsEntityId, IsName, IsOptionalText, IsThemes, TEXT_LIMITS } from '../domain/validation';
import { NameOrder, PageArgs } from '../graphql/pagination';

@InputType()
export class CreateAssetInput {
  @Field(() => ID, { nullable: true, description: 'Generated from the name when absent.' })
  @IsOptional()
  @IsEntityId()
  id?: string | null;

  @Field()
  @IsName()
  name!: string;

  @Field(() => AssetKind)
  @IsEnum(AssetKind)
  kind!: AssetKind;

  @Field(() => [String], { defaultValue: [], description: 'e.g. ["activities for seniors", "sport"].' })
  @IsThemes()
  themes!: string[];

  @Field(() => String, { nullable: true })
  @IsOptionalText(TEXT_LIMITS.description)
  description?: string | null;

  @Field(() => ID, { description: 'The stakeholder offering it.' })
  @IsEntityId()
  stakeholderId!: string;
}

@InputType({ description: 'Only the fields given change; null clears the description.' })
export class UpdateAssetInput {
  @Field({ nullable: true })
  @IfGiven()
  @IsName()
  name?: string;

  @Field(() => AssetKind, { nullable: true })
  @IfGiven()
  @IsEnum(AssetKind)
  kind?: AssetKind;

  @Field(() => [String], { nullable: true })
  @IfGiven()
  @IsThemes()
  themes?: string[];

  @Field(() => String, { nullable: true })
  @IsOptionalText(TEXT_LIMITS.description)
  description?: string | null;

  @Field(() => ID, { nullable: true, description: 'Hands the asset to this stakeholder.' })
  @IfGiven()
  @IsEntityId()
  stakeholderId?: string;
}

@ArgsType()
export class AssetListArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Assets this stakeholder offers.' })
  stakeholderId?: string;

  @Field(() => ID, { nullable: true, description: 'Assets of stakeholders based in this community.' })
  communityId?: string;

  @Field(() => ID, { nullable: true })
  regionId?: string;

  @Field(() => AssetKind, { nullable: true })
  @IsOptional()
  @IsEnum(AssetKind)
  kind?: AssetKind;

  @Field({
    nullable: true,
    description: 'One of its themes, compared after trimming, lower-casing and collapsing spaces.',
  })
  @IsOptional()
  theme?: string;

  @Field({ nullable: true, description: 'Part of the name, case-insensitive.' })
  @IsOptional()
  search?: string;

  @Field(() => NameOrder, { defaultValue: NameOrder.NAME_ASC })
  orderBy: NameOrder = NameOrder.NAME_ASC;
}
