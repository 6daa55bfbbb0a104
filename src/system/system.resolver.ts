import { Ctx, FieldResolver, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../graphql/context';
import { SERVICE_VERSION } from '../version';
import { DatabaseInfo, ServiceInfo } from './system.type';

@Resolver(() => ServiceInfo)
export class SystemResolver {
  @Query(() => ServiceInfo, {
    description:
      'The service and the Neo4j server behind it. Only `database` asks Neo4j: `serviceInfo { name version }` answers while the database is down.',
  })
  serviceInfo(): ServiceInfo {
    return { name: 'partnership-graph', version: SERVICE_VERSION };
  }

  @FieldResolver(() => DatabaseInfo)
  database(@Ctx() ctx: AppContext): Promise<DatabaseInfo> {
    return ctx.services.system.database();
  }
}
