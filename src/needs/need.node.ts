import type { IsoDate } from '../domain/dates';
import type { NeedPriority } from '../domain/enums';
import { NotFoundError } from '../errors';
import type { Need } from './need.type';

/** A :Need node's properties as the runner returns them (absent properties are missing). */
export interface NeedNode {
  id: string;
  name: string;
  theme: string;
  targetGroup?: string | null;
  priority: NeedPriority;
  identifiedOn?: IsoDate | null;
  description?: string | null;
}

export function toNeed(node: NeedNode, communityId: string | null): Need {
  return {
    id: node.id,
    name: node.name,
    theme: node.theme,
    targetGroup: node.targetGroup ?? null,
    priority: node.priority,
    identifiedOn: node.identifiedOn ?? null,
    description: node.description ?? null,
    communityId,
  };
}

export function needNotFound(id: string): NotFoundError {
  return new NotFoundError(`need '${id}' not found`, { id });
}
