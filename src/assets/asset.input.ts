import { IsEnum, IsOptional } from 'class-validator';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { DESCRIBE } from '../domain/descriptions';
import { AssetKind } from '../domain/enums';
import {
  IfGiven,
  IsEntityId,
  IsFilterList,
  IsName,
  IsOptionalText,
  IsThemes,
  TEXT_LIMITS,
} from '../domain/validation';
import { NameOrder, PageArgs } from '../graphql/pagination';

@InputType({ description: 'A new asset of an existing stakeholder.' })
export class CreateAssetInput {
  @Field(() => ID, { nullable: true, description: DESCRIBE.newId })
  @IsOptional()
  @IsEntityId()
  id?: string | null;

  @Field({ description: DESCRIBE.newName })
  @IsName()
  name!: string;

  @Field(() => AssetKind, { description: 'What sort of resource it is.' })
  @IsEnum(AssetKind)
  kind!: AssetKind;

  @Field(() => [String], {
    defaultValue: [],
    description: `The needs it can serve, e.g. ["activities for seniors", "sport"]. ${DESCRIBE.themes}`,
  })
  @IsThemes()
  themes!: string[];

  @Field(() => String, { nullable: true, description: DESCRIBE.newDescription })
  @IsOptionalText(TEXT_LIMITS.description)
  description?: string | null;

  @Field(() => ID, { description: 'The stakeholder offering it.' })
  @IsEntityId()
  stakeholderId!: string;
}

@InputType({ description: 'Only the fields given change; null clears the description.' })
export class UpdateAssetInput {
  @Field({ nullable: true, description: DESCRIBE.change('name') })
  @IfGiven()
  @IsName()
  name?: string;

  @Field(() => AssetKind, { nullable: true, description: DESCRIBE.change('kind') })
  @IfGiven()
  @IsEnum(AssetKind)
  kind?: AssetKind;

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

  @Field(() => [ID], {
    nullable: true,
    description: `Assets of stakeholders based in one of these communities. ${DESCRIBE.listFilter}`,
  })
  @IsFilterList(IsEntityId({ each: true }))
  communityIds?: string[] | null;

  @Field(() => ID, {
    nullable: true,
    description: "Assets of stakeholders based in this region's communities.",
  })
  regionId?: string;

  @Field(() => [ID], {
    nullable: true,
    description: `Assets of stakeholders based in a community of one of these regions. ${DESCRIBE.listFilter}`,
  })
  @IsFilterList(IsEntityId({ each: true }))
  regionIds?: string[] | null;

  @Field(() => AssetKind, { nullable: true, description: 'Only assets of this kind.' })
  @IsOptional()
  @IsEnum(AssetKind)
  kind?: AssetKind;

  @Field(() => [AssetKind], {
    nullable: true,
    description: `Only assets of one of these kinds. ${DESCRIBE.listFilter}`,
  })
  @IsFilterList(IsEnum(AssetKind, { each: true }))
  kinds?: AssetKind[] | null;

  @Field({
    nullable: true,
    description: 'One of its themes, compared after trimming, lower-casing and collapsing spaces.',
  })
  @IsOptional()
  theme?: string;

  @Field({ nullable: true, description: 'Part of the name, case-insensitive.' })
  @IsOptional()
  search?: string;

  @Field(() => NameOrder, { defaultValue: NameOrder.NAME_ASC, description: DESCRIBE.orderBy })
  orderBy: NameOrder = NameOrder.NAME_ASC;
}
