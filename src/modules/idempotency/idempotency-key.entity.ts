import { Column, Entity, Index, PrimaryColumn } from "typeorm";

export enum IdempotencyState {
  /** Claimed by a request that has not committed anything yet. */
  PENDING = "PENDING",
  /** The mutation's transaction committed (written inside it); the response is not stored yet. */
  EXECUTED = "EXECUTED",
  /** The response is stored and is replayed to every retry. */
  COMPLETED = "COMPLETED",
}

/** One `Idempotency-Key` of one user: the request it stands for and, once done, its response. */
@Entity({ name: "idempotency_key" })
@Index("idempotency_key_created_at_idx", ["createdAt"])
export class IdempotencyKey {
  @PrimaryColumn({ type: "uuid", name: "user_id" })
  userId: string;

  @PrimaryColumn({ type: "varchar", length: 255 })
  key: string;

  /** SHA-256 of the operation text, name and variables. */
  @Column({ type: "char", length: 64, name: "request_hash" })
  requestHash: string;

  @Column({ type: "varchar", length: 10 })
  state: IdempotencyState;

  /** Which request holds a PENDING claim; a retry may take over once `leaseUntil` has passed. */
  @Column({ type: "uuid" })
  owner: string;

  @Column({ type: "timestamptz", name: "lease_until" })
  leaseUntil: Date;

  @Column({ type: "jsonb", nullable: true })
  response: Record<string, unknown> | null;

  @Column({ type: "timestamptz", name: "created_at" })
  createdAt: Date;
}
