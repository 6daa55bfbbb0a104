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

export function communityNotFound(id: string): NotFoundError {
  return new NotFoundError(`community '${id}' not found`, { id });
}
