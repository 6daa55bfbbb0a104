import { LocalDateResolver } from 'graphql-scalars';
import type { GraphQLResolveInfo } from 'graphql';
import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Info,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { Role } from '../auth/role';
import { statusAt, today } from '../domain/dates';
import { MemberRole, PartnershipStatus } from '../domain/enums';
import { listKey } from '../db/paging';
import type { AppContext } from '../graphql/context';
import { NestedListArgs, PageArgs, pageRequest, toConnection } from '../graphql/pagination';
import { CreatePartnershipInput, PartnershipListArgs, UpdatePartnershipInput } from './partnership.input';
import { DeletePartnershipPayload, Membership, Partnership, PartnershipConnection } from './partnership.type';
import { DESCRIBE } from '../domain/descriptions';

@Resolver(() => Partnership)
export class PartnershipResolver {
  @Query(() => Partnership, { nullable: true, description: 'The partnership with this id, or null.' })
  partnership(
    @Arg('id', () => ID, { description: DESCRIBE.lookupId('partnership') }) id: string,
    @Ctx() ctx: AppContext,
  ): Promise<Partnership | null> {
    return ctx.loaders.partnership.load(id);
  }

  @Query(() => PartnershipConnection, { description: 'Partnerships, filtered, ordered and paged.' })
  async partnerships(
    @Args() args: PartnershipListArgs,
    @Args() paging: PageArgs,
    @Ctx() ctx: AppContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<PartnershipConnection> {
    const page = pageRequest(paging, args.orderBy, info);
    return toConnection(await ctx.services.partnerships.list(args, args.orderBy, page), page);
  }

  @FieldResolver(() => [Membership], { description: 'Its first members by name, with their roles.' })
  members(
    @Root() partnership: Partnership,
    @Args() args: NestedListArgs,
    @Ctx() ctx: AppContext,
  ): Promise<Membership[]> | Membership[] {
    const key = { id: partnership.id, first: args.first };
    const prefetched = partnership.prefetchedMembers;
    if (prefetched?.key === listKey(key)) return prefetched.value;
    return ctx.loaders.membersOfPartnership.load(key);
  }

  @FieldResolver(() => PartnershipStatus, {
    description: 'PLANNED, ACTIVE or ENDED at a date (docs/measures.md).',
  })
  status(
    @Root() partnership: Partnership,
    @Arg('asOf', () => LocalDateResolver, { nullable: true, description: 'Default: today (UTC).' })
    asOf: string | null | undefined,
  ): PartnershipStatus {
    return statusAt(partnership.startedOn, partnership.endedOn, asOf ?? today());
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => Partnership, {
    description: 'Creates a partnership with its members; NOT_FOUND names any unknown stakeholder.',
  })
  createPartnership(
    @Arg('input', { description: DESCRIBE.input('partnership') }) input: CreatePartnershipInput,
    @Ctx() ctx: AppContext,
  ): Promise<Partnership> {
    return ctx.services.partnerships.create(input);
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => Partnership, { description: 'Changes the fields given; NOT_FOUND for an unknown id.' })
  updatePartnership(
    @Arg('id', () => ID, { description: DESCRIBE.idOf('partnership') }) id: string,
    @Arg('input', { description: DESCRIBE.changes }) input: UpdatePartnershipInput,
    @Ctx() ctx: AppContext,
  ): Promise<Partnership> {
    return ctx.services.partnerships.update(id, input);
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => Partnership, {
    description: 'Sets endedOn (default today); CONFLICT when it has ended already.',
  })
  endPartnership(
    @Arg('id', () => ID, { description: DESCRIBE.idOf('partnership') }) id: string,
    @Arg('endedOn', () => LocalDateResolver, {
      nullable: true,
      description: 'Its last active day; default today (UTC). Must be on or after startedOn.',
    })
    endedOn: string | null | undefined,
    @Ctx() ctx: AppContext,
  ): Promise<Partnership> {
    return ctx.services.partnerships.end(id, endedOn ?? today());
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => DeletePartnershipPayload, { description: 'Deletes a partnership with its memberships.' })
  deletePartnership(
    @Arg('id', () => ID, { description: DESCRIBE.idOf('partnership') }) id: string,
    @Ctx() ctx: AppContext,
  ): Promise<DeletePartnershipPayload> {
    return ctx.services.partnerships.delete(id);
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => Partnership, {
    description: 'Adds a member, or changes its role when it is one already.',
  })
  addPartnershipMember(
    @Arg('partnershipId', () => ID, { description: DESCRIBE.idOf('partnership') }) partnershipId: string,
    @Arg('stakeholderId', () => ID, { description: DESCRIBE.idOf('stakeholder') }) stakeholderId: string,
    @Arg('role', () => MemberRole, {
      defaultValue: MemberRole.PARTNER,
      description: 'Its part in the partnership; FUNDER makes the membership charitable.',
    })
    role: MemberRole,
    @Ctx() ctx: AppContext,
  ): Promise<Partnership> {
    return ctx.services.partnerships.addMember(partnershipId, { stakeholderId, role });
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => Partnership, {
    description: 'Removes a member; CONFLICT for the last one (delete the partnership instead).',
  })
  removePartnershipMember(
    @Arg('partnershipId', () => ID, { description: DESCRIBE.idOf('partnership') }) partnershipId: string,
    @Arg('stakeholderId', () => ID, { description: DESCRIBE.idOf('stakeholder') }) stakeholderId: string,
    @Ctx() ctx: AppContext,
  ): Promise<Partnership> {
    return ctx.services.partnerships.removeMember(partnershipId, stakeholderId);
  }
}
