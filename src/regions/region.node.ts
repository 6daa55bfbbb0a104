import { NotFoundError } from '../errors';
import type { Region } from './region.type';

/** A :Region node's properties as the runner returns them. */
export interface RegionNode {
  id: string;
  name: string;
  country: string;
}

export function toRegion(node: RegionNode): Region {
  return { id: node.id, name: node.name, country: node.country };
}

export function regionNotFound(id: string): NotFoundError {
  return new NotFoundError(`region '${id}' not found`, { id });
}
