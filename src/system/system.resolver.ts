import { Ctx, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../graphql/context';
import { SERVICE_VERSION } from '../version';
import { ServiceInfo } from './system.type';

@Resolver()
export class SystemResolver {
  @Query(() => ServiceInfo, { description: 'The service and the Neo4j server behind it.' })
  async serviceInfo(@Ctx() ctx: AppContext): Promise<ServiceInfo> {
    return {
      name: 'partnership-graph',
      version: SERVICE_VERSION,
      database: await ctx.services.system.database(),
    };
  }
}
