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
