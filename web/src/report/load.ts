import { ApiError, query, type NetworkStakeholder } from '../api';
import { layoutInWorker } from '../network/layout';
import { styleGraph } from '../network/network-view';
import { buildPartnerGraph, type PartnerGraph } from '../network/partner-graph';
import { fetchNetwork } from '../pages/community';
import { trendYears } from '../pages/region';
import regionNetworkQuery from '../queries/region-network.graphql?raw';
import communityNetworkQuery from '../queries/community-network.graphql?raw';
import fragments from '../queries/report-fragments.graphql?raw';
import communityReportQuery from '../queries/report-community.graphql?raw';
import regionReportQuery from '../queries/report-region.graphql?raw';
import type { CommunityReportResult, RegionReportResult, ReportData } from './types';

export type ReportScope = 'community' | 'region';

/**
 * Everything the report shows (performance marks report:profile-fetched, report:network-fetched and
 * report:laid-out say when each part arrived; main.ts adds report:drawn), from the public GraphQL API: the profile document and the partner
 * network page by page (as the dashboard fetches it), laid out by the dashboard's ForceAtlas2 worker.
 */
export async function loadReport(
  scope: ReportScope,
  id: string,
  asOf: string,
  language: string,
): Promise<ReportData> {
  const variables = { id, asOf, language, ...trendYears(asOf) };
  const network = fetchNetwork(
    id,
    asOf,
    scope === 'region' ? regionNetworkQuery : communityNetworkQuery,
  ).then((stakeholders) => {
    performance.mark('report:network-fetched');
    return stakeholders;
  });
  network.catch(() => undefined); // awaited below; the first failure is reported there
  let data: ReportData;
  if (scope === 'community') {
    const { community } = await query<CommunityReportResult>(
      `${communityReportQuery}\n${fragments}`,
      variables,
    );
    performance.mark('report:profile-fetched');
    if (!community) throw new ApiError(`There is no community with id "${id}".`);
    data = { scope, asOf, community, region: null, graph: await laidOut(await network) };
  } else {
    const { region } = await query<RegionReportResult>(`${regionReportQuery}\n${fragments}`, variables);
    performance.mark('report:profile-fetched');
    if (!region) throw new ApiError(`There is no region with id "${id}".`);
    data = { scope, asOf, community: null, region, graph: await laidOut(await network) };
  }
  return data;
}

async function laidOut(stakeholders: NetworkStakeholder[]): Promise<PartnerGraph> {
  const graph = buildPartnerGraph(stakeholders);
  styleGraph(graph);
  await layoutInWorker(graph);
  performance.mark('report:laid-out');
  return graph;
}
