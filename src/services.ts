import { AnalyticsService } from './analytics/analytics.service';
import { WorkerPool } from './analytics/network/worker-pool';
import { CommunityService } from './communities/community.service';
import type { CypherCatalog } from './db/cypher-catalog';
import type { QueryRunner } from './db/query-runner';
import { PartnershipService } from './partnerships/partnership.service';
import { RegionService } from './regions/region.service';
import { StakeholderService } from './stakeholders/stakeholder.service';
import { NetworkExporter } from './exporter/network-exporter';
import { NetworkImporter } from './importer/network-importer';
import { AssetService } from './assets/asset.service';
import { NeedService } from './needs/need.service';
import { SystemService } from './system/system.service';

/**
 * Every feature's service, created once at start-up by the composition root (src/app.ts), so a
 * missing .cypher file fails start-up.
 */
export interface Services {
  system: SystemService;
  analytics: AnalyticsService;
  regions: RegionService;
  communities: CommunityService;
  stakeholders: StakeholderService;
  partnerships: PartnershipService;
  needs: NeedService;
  assets: AssetService;
  importer: NetworkImporter;
  exporter: NetworkExporter;
}

/** `analyticsWorkers`: the size of the worker pool for the network measures (default: cores − 1, or cores on two cores or fewer). */
export function createServices(
  runner: QueryRunner,
  catalog: CypherCatalog,
  options: { analyticsWorkers?: number } = {},
): Services {
  return {
    system: new SystemService(runner, catalog),
    analytics: new AnalyticsService(runner, catalog, {
      engine: new WorkerPool(options.analyticsWorkers),
    }),
    regions: new RegionService(runner, catalog),
    communities: new CommunityService(runner, catalog),
    stakeholders: new StakeholderService(runner, catalog),
    partnerships: new PartnershipService(runner, catalog),
    needs: new NeedService(runner, catalog),
    assets: new AssetService(runner, catalog),
    importer: new NetworkImporter(runner, catalog),
    exporter: new NetworkExporter(runner, catalog),
  };
}
