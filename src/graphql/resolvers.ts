import type { NonEmptyArray } from 'type-graphql';
import { NetworkResolver } from '../importer/network.resolver';
import { SystemResolver } from '../system/system.resolver';

/** Every resolver class of the schema; a feature registers its resolvers here. */
export const resolvers: NonEmptyArray<new (...args: never[]) => object> = [SystemResolver, NetworkResolver];
