import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'The Neo4j server behind the API.' })
export class DatabaseInfo {
  @Field()
  version!: string;

  @Field()
  edition!: string;
}

@ObjectType({ description: 'What is serving this API.' })
export class ServiceInfo {
  @Field()
  name!: string;

  @Field()
  version!: string;

  // Resolved by SystemResolver.database only when asked for.
}
