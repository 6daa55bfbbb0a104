import ExcelJS from 'exceljs';
import type { NetworkDocument } from '../network-document/network-document';
import { edgesOf } from '../analytics/partner-graph';
import { documentPartnerGraph, type DocumentGraphOptions } from './document-graph';
import { addSheet } from './xlsx';

/** Kumu separates the tags of one cell with '|'. */
const KUMU_TAG_SEPARATOR = ' | ';

/**
 * A workbook Kumu (kumu.io) imports as it is: an Elements sheet (Label, Type, Description, Tags, then
 * ID, Sector, Community, Region and Organisation Type as custom fields) with one element per stakeholder,
 * and a Connections sheet (From, To, Type, Strength, Substantive) with one connection per partner pair of
 * the partner graph (docs/measures.md). Type is the sector for elements, so Kumu colours by sector;
 * Tags hold the sector and the community's name. Kumu matches From and To to labels, so a name two
 * stakeholders share is made unique with the stakeholder's id: "Escola Secundária (pt-evora-es1)".
 * A connection's Type is "substantive" when at least one shared partnership is substantive for both,
 * otherwise "charitable"; Strength is how many partnerships the two share (docs/formats.md).
 */
export async function writeKumuWorkbook(
  document: NetworkDocument,
  options: DocumentGraphOptions = {},
): Promise<Buffer> {
  const graph = documentPartnerGraph(document, options);
  const communities = new Map(document.communities.map((c) => [c.id, c]));
  const uses = new Map<string, number>();
  for (const s of graph.stakeholders) uses.set(s.name, (uses.get(s.name) ?? 0) + 1);
  const labels = graph.stakeholders.map((s) =>
    (uses.get(s.name) ?? 0) > 1 ? `${s.name} (${s.id})` : s.name,
  );

  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'partnership-graph';
  addSheet(
    workbook,
    'Elements',
    ['Label', 'Type', 'Description', 'Tags', 'ID', 'Sector', 'Community', 'Region', 'Organisation Type'],
    graph.stakeholders.map((s, i) => {
      const community = communities.get(s.communityId);
      return [
        labels[i]!,
        s.sector,
        s.description ?? '',
        [s.sector, community?.name ?? s.communityId].join(KUMU_TAG_SEPARATOR),
        s.id,
        s.sector,
        community?.name ?? s.communityId,
        community?.region ?? '',
        s.type ?? '',
      ];
    }),
  );
  addSheet(
    workbook,
    'Connections',
    ['From', 'To', 'Type', 'Strength', 'Substantive'],
    edgesOf(graph.edges).map((e) => [
      labels[e.u]!,
      labels[e.v]!,
      e.substantiveWeight > 0 ? 'substantive' : 'charitable',
      e.weight,
      e.substantiveWeight,
    ]),
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
