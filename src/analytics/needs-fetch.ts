import type { Query } from '../db/cypher-catalog';
import type { QueryRunner } from '../db/query-runner';
import type { AssetKind, MemberRole, NeedPriority, PartnershipKind, Sector } from '../domain/enums';
import type { ScopeAsset, ScopeNeed } from './needs';

/** One streamed row of analytics/fetch-scope-needs: compact lists, see the .cypher file. */
type NeedsRow =
  | {
      row: 'need';
      data: [
        id: string,
        name: string,
        theme: string,
        targetGroup: string | null,
        priority: NeedPriority,
        identifiedOn: string | null,
        description: string | null,
        communityId: string,
      ];
      extra: {
        id: string;
        name: string;
        kind: PartnershipKind;
        startedOn: string | null;
        endedOn: string | null;
        members: [id: string, sector: Sector, role: MemberRole][];
      }[];
    }
  | {
      row: 'asset';
      data: [id: string, name: string, kind: AssetKind, description: string | null, stakeholderId: string];
      extra: string[];
    };

/** The needs (with their addressing partnerships) and the assets of a community or a region. */
export async function fetchScopeNeeds(
  runner: QueryRunner,
  query: Query,
  scope: { communityId: string | null; regionId: string | null },
): Promise<{ needs: ScopeNeed[]; assets: ScopeAsset[] }> {
  const rows = await runner.read<NeedsRow>(query, scope);
  const needs: ScopeNeed[] = [];
  const assets: ScopeAsset[] = [];
  for (const r of rows) {
    if (r.row === 'need') {
      const [id, name, theme, targetGroup, priority, identifiedOn, description, communityId] = r.data;
      needs.push({
        id,
        name,
        theme,
        targetGroup,
        priority,
        identifiedOn,
        description,
        communityId,
        addressedBy: r.extra.map((p) => ({
          ...p,
          members: p.members.map(([stakeholderId, sector, role]) => ({ stakeholderId, sector, role })),
        })),
      });
    } else {
      const [id, name, kind, description, stakeholderId] = r.data;
      assets.push({ id, name, kind, themes: r.extra, description, stakeholderId });
    }
  }
  return { needs, assets };
}
