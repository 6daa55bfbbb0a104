import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'How many records of one type an import created, updated or left unchanged.' })
export class ImportCounts {
  @Field(() => Int)
  created!: number;

  @Field(() => Int)
  updated!: number;

  @Field(() => Int)
  unchanged!: number;
}

@ObjectType({ description: 'Import counts of memberships, plus those the document no longer lists.' })
export class MembershipImportCounts extends ImportCounts {
  @Field(() => Int, {
    description: "Memberships of listed partnerships that were not in the partnership's member list.",
  })
  removed!: number;
}

@ObjectType({ description: 'What an import did (or, in a dry run, would do).' })
export class ImportSummary {
  @Field({ description: 'True when nothing was written.' })
  dryRun!: boolean;

  @Field(() => ImportCounts)
  regions!: ImportCounts;

  @Field(() => ImportCounts)
  communities!: ImportCounts;

  @Field(() => ImportCounts)
  stakeholders!: ImportCounts;

  @Field(() => ImportCounts)
  partnerships!: ImportCounts;

  @Field(() => MembershipImportCounts)
  memberships!: MembershipImportCounts;

  @Field(() => ImportCounts)
  needs!: ImportCounts;

  @Field(() => ImportCounts)
  assets!: ImportCounts;

  @Field(() => ImportCounts, { description: 'Partnership–need links; an import only adds them.' })
  addressedNeeds!: ImportCounts;

  @Field(() => Int, {
    description:
      'Records processed: regions, communities, stakeholders, partnerships, memberships, needs, assets and addressed needs.',
  })
  rows!: number;

  @Field(() => Int)
  batches!: number;

  @Field(() => Int)
  durationMs!: number;

  @Field(() => Int)
  rowsPerSecond!: number;

  @Field(() => Int)
  membershipsPerSecond!: number;
}
