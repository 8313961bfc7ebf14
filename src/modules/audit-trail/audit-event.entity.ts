import { GraphQLJSON } from "graphql-scalars";
import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Generated, Index, PrimaryGeneratedColumn } from "typeorm";
import { Role } from "../../shared/domain/role.enum";

/** Append-only: the database refuses UPDATE, DELETE and TRUNCATE on this table (SPEC 9). */
@ObjectType({
  description: "One recorded change, written in the transaction of the change",
})
@Entity({ name: "audit_event" })
@Index("audit_event_entity_seq_idx", ["entityType", "entityId", "seq"])
export class AuditEvent {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  /** Commit-independent total order: several events of one transaction share `at`. */
  @Column({ type: "bigint" })
  @Generated("increment")
  seq: string;

  @Field(() => String)
  @Column({ type: "varchar", length: 80 })
  action: string;

  @Field(() => String)
  @Column({ type: "varchar", length: 60, name: "entity_type" })
  entityType: string;

  @Field(() => ID)
  @Column({ type: "uuid", name: "entity_id" })
  entityId: string;

  @Column({ type: "uuid", name: "actor_id", nullable: true })
  actorId: string | null;

  @Field(() => Role, { nullable: true })
  @Column({ type: "varchar", length: 20, nullable: true })
  role: Role | null;

  @Field(() => Date)
  @Column({ type: "timestamptz", default: () => "now()" })
  at: Date;

  @Field(() => GraphQLJSON, {
    nullable: true,
    description: "{ field: { before, after } }",
  })
  @Column({ type: "jsonb", nullable: true })
  changes: object | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 100, name: "request_id", nullable: true })
  requestId: string | null;
}
