import type { FieldNeeds, NodeProperties } from '../db/projection';
import type { IsoDate } from '../domain/dates';
import type { MemberRole, PartnershipKind } from '../domain/enums';
import { NotFoundError } from '../errors';
import { toStakeholder, type StakeholderNode } from '../stakeholders/stakeholder.node';
import type { Stakeholder } from '../stakeholders/stakeholder.type';
import type { Membership, Partnership } from './partnership.type';

/** A :Partnership node's properties as the runner returns them (dates as 'YYYY-MM-DD'). */
export interface PartnershipNode {
  id: string;
  name: string;
  kind: PartnershipKind;
  startedOn?: IsoDate | null;
  endedOn?: IsoDate | null;
  themes?: string[] | null;
  description?: string | null;
}

/** Every property of a :Partnership node, the id first; the GraphQL fields of the same names show them. */
export const PARTNERSHIP_PROPERTIES: NodeProperties<PartnershipNode> = [
  'id',
  'name',
  'kind',
  'startedOn',
  'endedOn',
  'themes',
  'description',
];

/** Partnership's `status` is computed from its dates; its other fields are relations read from the id. */
export const PARTNERSHIP_FIELD_NEEDS: FieldNeeds<PartnershipNode> = {
  derived: { status: ['startedOn', 'endedOn'] },
  keyOnly: ['members', 'addresses'],
};

/** The one row → type mapping for partnerships; other features that read partnership nodes use it. */
export function toPartnership(node: PartnershipNode): Partnership {
  return {
    id: node.id,
    name: node.name,
    kind: node.kind,
    startedOn: node.startedOn ?? null,
    endedOn: node.endedOn ?? null,
    themes: node.themes ?? [],
    description: node.description ?? null,
  };
}

/** One member of a partnership as the .cypher files return it. */
export interface MemberRow {
  role: MemberRole;
  stakeholder: StakeholderNode;
}

export function toMembers(partnership: Partnership, members: readonly MemberRow[]): Membership[] {
  return members.map((m) => ({ role: m.role, stakeholder: toStakeholder(m.stakeholder), partnership }));
}

export function membershipOf(
  role: MemberRole,
  stakeholder: Stakeholder,
  partnership: Partnership,
): Membership {
  return { role, stakeholder, partnership };
}

export function partnershipNotFound(id: string): NotFoundError {
  return new NotFoundError(`partnership '${id}' not found`, { id });
}
