import type { CommunityKind } from '../domain/enums';
import { NotFoundError } from '../errors';
import type { Community } from './community.type';

/** A :Community node's properties as the runner returns them (absent properties are missing). */
export interface CommunityNode {
  id: string;
  name: string;
  country: string;
  kind: CommunityKind;
  population?: number | null;
}

export function toCommunity(node: CommunityNode): Community {
  return {
    id: node.id,
    name: node.name,
    country: node.country,
    kind: node.kind,
    population: node.population ?? null,
  };
}

/** A summary's community groups as the .cypher files return them → with the Community type. */
export function toCommunityGroups(
  groups: readonly { community: CommunityNode; count: number }[],
): { community: Community; count: number }[] {
  return groups.map((group) => ({ community: toCommunity(group.community), count: group.count }));
}

export function communityNotFound(id: string): NotFoundError {
  return new NotFoundError(`community '${id}' not found`, { id });
}
