import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../paths';
import type { NetworkDocument } from '../network-document/network-document';
import type { ImportSummary, NetworkImporter } from '../importer/network-importer';

/** seed/demo.json: the six learning communities (illustrative organisations; see seed/README.md). */
export const DEMO_FILE = (): string => join(projectRoot(), 'seed', 'demo.json');

export function loadDemoNetwork(): NetworkDocument {
  return JSON.parse(readFileSync(DEMO_FILE(), 'utf8')) as NetworkDocument;
}

export interface SeedDeps {
  system: { countEntities(): Promise<number> };
  importer: Pick<NetworkImporter, 'run'>;
  /** Puts the uniqueness constraints in place before the first write. */
  ensureSchema(): Promise<void>;
}

/** Loads the demo network when the database holds no region, community, stakeholder or partnership. */
export async function seedDemoIfEmpty(deps: SeedDeps): Promise<ImportSummary | null> {
  if ((await deps.system.countEntities()) > 0) return null;
  await deps.ensureSchema();
  return deps.importer.run(loadDemoNetwork());
}
