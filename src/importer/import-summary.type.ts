import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'How many records of one type an import created, updated or left unchanged.' })
export class ImportCounts {
  @Field(() => Int, { description: 'Records whose id was not stored before.' })
  created!: number;

  @Field(() => Int, { description: 'Stored records whose properties or links the document changed.' })
  updated!: number;

  @Field(() => Int, { description: 'Stored records the document lists exactly as they are.' })
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

  @Field(() => ImportCounts, { description: 'Regions the document lists.' })
  regions!: ImportCounts;

  @Field(() => ImportCounts, { description: 'Communities the document lists.' })
  communities!: ImportCounts;

  @Field(() => ImportCounts, { description: 'Stakeholders the document lists.' })
  stakeholders!: ImportCounts;

  @Field(() => ImportCounts, { description: 'Partnerships the document lists.' })
  partnerships!: ImportCounts;

  @Field(() => MembershipImportCounts, {
    description: 'Memberships (stakeholder, partnership, role) of the listed partnerships.',
  })
  memberships!: MembershipImportCounts;

  @Field(() => ImportCounts, { description: 'Needs the document lists.' })
  needs!: ImportCounts;

  @Field(() => ImportCounts, { description: 'Assets the document lists.' })
  assets!: ImportCounts;

  @Field(() => ImportCounts, { description: 'Partnership–need links; an import only adds them.' })
  addressedNeeds!: ImportCounts;

  @Field(() => Int, {
    description:
      'Records processed: regions, communities, stakeholders, partnerships, memberships, needs, assets and addressed needs.',
  })
  rows!: number;

  @Field(() => Int, {
    description:
      'UNWIND transactions written (or checked, in a dry run), each of at most 5,000 rows by default.',
  })
  batches!: number;

  @Field(() => Int, {
    description: 'Wall-clock time of the whole import, validation included, in milliseconds.',
  })
  durationMs!: number;

  @Field(() => Int, { description: '`rows` per second of durationMs, rounded.' })
  rowsPerSecond!: number;

  @Field(() => Int, { description: 'Memberships per second of durationMs, rounded.' })
  membershipsPerSecond!: number;
}
