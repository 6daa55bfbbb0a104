import { GraphQLJSON } from 'graphql-scalars';
import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { Role } from '../auth/role';
import type { AppContext } from '../graphql/context';
import { ImportSummary } from './import-summary.type';
import type { NetworkDocument } from '../network-document/network-document';

@Resolver()
export class NetworkResolver {
  @Authorized(Role.EDITOR)
  @Mutation(() => ImportSummary, {
    description:
      'Import a network document (format "partnership-graph/v1"; JSON Schema in schema/network-document.schema.json). ' +
      'The whole document is validated first: any problem fails with BAD_USER_INPUT listing every problem with its ' +
      'JSON path in extensions.problems, and nothing is written. Writes are idempotent (MERGE on id); the document ' +
      "is authoritative for the records it lists, including each listed partnership's member list.",
  })
  async importNetwork(
    // Checked against the document's JSON Schema by the importer, not by class-validator.
    @Arg('document', () => GraphQLJSON, { validate: false }) document: unknown,
    @Arg('dryRun', () => Boolean, {
      defaultValue: false,
      description: 'Report what would be created, updated and left unchanged, without writing.',
    })
    dryRun: boolean,
    @Ctx() ctx: AppContext,
  ): Promise<ImportSummary> {
    return ctx.services.importer.run(document as NetworkDocument, { dryRun });
  }
}
