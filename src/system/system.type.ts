import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'The Neo4j server behind the API.' })
export class DatabaseInfo {
  @Field({ description: "Neo4j's kernel version, e.g. 5.26.0; 'unknown' when the server does not say." })
  version!: string;

  @Field({ description: "'community' or 'enterprise'; 'unknown' when the server does not say." })
  edition!: string;
}

@ObjectType({ description: 'What is serving this API.' })
export class ServiceInfo {
  @Field({ description: "Always 'partnership-graph'." })
  name!: string;

  @Field({ description: "The service's release (package.json version), e.g. 0.1.0." })
  version!: string;

  // Resolved by SystemResolver.database only when asked for.
}
