import type { EntityManager } from "typeorm";
import type { RequestContext } from "../graphql/context";
import type { RecomputeCause } from "../shared/domain/recompute-cause";
import { diffFields } from "./changes";

export interface RecordedChange {
  action: string;
  entityType: string;
  entityId: string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

/** The suppliers a transaction's work touched, each with its causes in the order they came. */
export type TouchedSuppliers = ReadonlyMap<string, readonly RecomputeCause[]>;

/** Runs in the transaction, after the work and before commit; an error rolls everything back. */
export type BeforeCommitHandler = (tx: Tx, touched: TouchedSuppliers) => Promise<void>;

let beforeCommit: BeforeCommitHandler | null = null;

/**
 * Installs what every transaction runs before commit for the suppliers it touched. The
 * composition root calls it (src/app/unit-of-work.ts), so this layer names no feature module.
 */
export function onBeforeCommit(handler: BeforeCommitHandler): void {
  beforeCommit = handler;
}

/** A mutation's unit of work: its manager, the audit events it appends, the suppliers it touched. */
export class Tx {
  private readonly touched = new Map<string, RecomputeCause[]>();

  constructor(
    readonly manager: EntityManager,
    readonly ctx: RequestContext,
    /** Only `inTransaction` runs the before-commit handler; a bare Tx refuses touches. */
    private readonly commitsTouched = false,
  ) {}

  get now(): Date {
    return this.ctx.clock.now();
  }

  /**
   * Appends an audit-trail event with the same manager, so it commits or rolls back with the
   * change. The append belongs to the unit of work (every change has one), so it is written here
   * in SQL; the audit-trail module owns the read side (entity, resolver, who may read).
   */
  async record(change: RecordedChange): Promise<void> {
    const changes = diffFields(change.before, change.after);
    await this.manager.query(
      `INSERT INTO audit_event (action, entity_type, entity_id, actor_id, role, at, changes,
         request_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        change.action,
        change.entityType,
        change.entityId,
        this.ctx.viewer?.userId ?? null,
        this.ctx.viewer?.role ?? null,
        this.now,
        Object.keys(changes).length > 0 ? JSON.stringify(changes) : null,
        this.ctx.requestId,
      ],
    );
  }

  /**
   * Marks a supplier's score, status and priority stale: they are recomputed once, in this
   * transaction, before it commits (SPEC 7), however many changes of the work touched it.
   */
  touchSupplier(supplierId: string, cause: RecomputeCause): void {
    if (!this.commitsTouched)
      throw new Error("touchSupplier needs a transaction from inTransaction (nothing would run)");
    const causes = this.touched.get(supplierId);
    if (causes) causes.push(cause);
    else this.touched.set(supplierId, [cause]);
  }

  /**
   * Runs the before-commit handler now for what was touched so far; `inTransaction` calls it
   * after the work. A service that must read a fresh standing before it returns calls it first.
   */
  async flushTouched(): Promise<void> {
    while (this.touched.size > 0) {
      if (!beforeCommit)
        throw new Error("Suppliers were touched but no before-commit handler is installed");
      const batch = new Map(this.touched);
      this.touched.clear();
      await beforeCommit(this, batch);
    }
  }
}

/** One transaction per mutation: on any error nothing of it is kept. */
export function inTransaction<T>(ctx: RequestContext, work: (tx: Tx) => Promise<T>): Promise<T> {
  return ctx.dataSource.transaction(async (manager) => {
    const tx = new Tx(manager, ctx, true);
    const result = await work(tx);
    await tx.flushTouched();
    // An Idempotency-Key is marked used in the same commit as the change it stands for.
    await ctx.idempotency?.markExecuted(manager);
    return result;
  });
}
