import type { EntityManager } from "typeorm";
import type { RequestContext } from "../graphql/context";
import { AuditEvent } from "../modules/audit-trail/audit-event.entity";
import { diffFields } from "../modules/audit-trail/changes";

export interface RecordedChange {
  action: string;
  entityType: string;
  entityId: string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

/** A mutation's unit of work: its manager, and the audit events it appends. */
export class Tx {
  constructor(
    readonly manager: EntityManager,
    readonly ctx: RequestContext,
  ) {}

  get now(): Date {
    return this.ctx.clock.now();
  }

  /** Appends an audit-trail event with the same manager, so it commits or rolls back with the change. */
  async record(change: RecordedChange): Promise<void> {
    const changes = diffFields(change.before, change.after);
    const event = Object.assign(new AuditEvent(), {
      action: change.action,
      entityType: change.entityType,
      entityId: change.entityId,
      actorId: this.ctx.viewer?.userId ?? null,
      role: this.ctx.viewer?.role ?? null,
      at: this.now,
      changes: Object.keys(changes).length > 0 ? changes : null,
      requestId: this.ctx.requestId,
    });
    await this.manager.insert(AuditEvent, event);
  }
}

/** One transaction per mutation: on any error nothing of it is kept. */
export function inTransaction<T>(ctx: RequestContext, work: (tx: Tx) => Promise<T>): Promise<T> {
  return ctx.dataSource.transaction(async (manager) => {
    const result = await work(new Tx(manager, ctx));
    // An Idempotency-Key is marked used in the same commit as the change it stands for.
    await ctx.idempotency?.markExecuted(manager);
    return result;
  });
}
