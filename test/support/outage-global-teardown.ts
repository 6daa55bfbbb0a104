import { destroyUnlessKept } from './outage-neo4j';

export default async function outageGlobalTeardown(): Promise<void> {
  await destroyUnlessKept(process.env.PG_OUTAGE_NEO4J);
}
