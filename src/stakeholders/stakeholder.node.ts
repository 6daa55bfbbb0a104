import type { FieldNeeds, NodeProperties } from '../db/projection';
import type { Sector } from '../domain/enums';
import { NotFoundError } from '../errors';
import type { Stakeholder } from './stakeholder.type';

/** A :Stakeholder node's properties as the runner returns them (absent properties are missing). */
export interface StakeholderNode {
  id: string;
  name: string;
  sector: Sector;
  type?: string | null;
  description?: string | null;
  website?: string | null;
}

/** Every property of a :Stakeholder node, the id first; the GraphQL fields of the same names show them. */
export const STAKEHOLDER_PROPERTIES: NodeProperties<StakeholderNode> = [
  'id',
  'name',
  'sector',
  'type',
  'description',
  'website',
];

/** Stakeholder's other fields are relations, each read by its own query from the id. */
export const STAKEHOLDER_FIELD_NEEDS: FieldNeeds<StakeholderNode> = {
  derived: {},
  keyOnly: ['community', 'partnerships', 'partners', 'assets'],
};

/** The one row → type mapping for stakeholders; other features that read stakeholder nodes use it. */
export function toStakeholder(node: StakeholderNode): Stakeholder {
  return {
    id: node.id,
    name: node.name,
    sector: node.sector,
    type: node.type ?? null,
    description: node.description ?? null,
    website: node.website ?? null,
  };
}

export function stakeholderNotFound(id: string): NotFoundError {
  return new NotFoundError(`stakeholder '${id}' not found`, { id });
}
