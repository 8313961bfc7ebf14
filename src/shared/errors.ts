/** The portal's one error vocabulary; `graphql/format-error.ts` maps it to `extensions.code`. */
export enum ErrorCode {
  UNAUTHENTICATED = "UNAUTHENTICATED",
  FORBIDDEN = "FORBIDDEN",
  NOT_FOUND = "NOT_FOUND",
  BAD_USER_INPUT = "BAD_USER_INPUT",
  CONFLICT = "CONFLICT",
  TOO_MANY_REQUESTS = "TOO_MANY_REQUESTS",
  /** Over the list-aware query cost (graphql/query-cost.ts), refused before execution. */
  QUERY_TOO_COMPLEX = "QUERY_TOO_COMPLEX",
  /** The response would exceed the size guard (graphql/response-size.ts). */
  PAYLOAD_TOO_LARGE = "PAYLOAD_TOO_LARGE",
  /** An upload whose content is not of an allowed type (documents). */
  UNSUPPORTED_MEDIA_TYPE = "UNSUPPORTED_MEDIA_TYPE",
  /** Too many concurrent uploads on this instance right now: retry shortly. */
  SERVICE_UNAVAILABLE = "SERVICE_UNAVAILABLE",
}

/** Why a CONFLICT happened, as `extensions.reason` (API.md round 2). */
export enum ConflictReason {
  /** The client's `expectedVersion` is not the record's version any more: reload and retry. */
  STALE_VERSION = "STALE_VERSION",
  /** The record's state does not allow this step (lifecycle, or already done by someone else). */
  INVALID_TRANSITION = "INVALID_TRANSITION",
}

export interface FieldProblem {
  path: string;
  message: string;
}

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: FieldProblem[],
    readonly reason?: ConflictReason,
    /** Further `extensions` a client acts on, e.g. the id of the record in the way. */
    readonly details?: Readonly<Record<string, string>>,
  ) {
    super(message);
    this.name = "DomainError";
  }
}

export const notFound = (entity: string, id?: string): DomainError =>
  new DomainError(ErrorCode.NOT_FOUND, id ? `${entity} ${id} not found` : `${entity} not found`);

export const conflict = (message: string, reason?: ConflictReason): DomainError =>
  new DomainError(ErrorCode.CONFLICT, message, undefined, reason);

export const forbidden = (message = "You are not allowed to do this"): DomainError =>
  new DomainError(ErrorCode.FORBIDDEN, message);

export const unauthenticated = (message = "Authentication required"): DomainError =>
  new DomainError(ErrorCode.UNAUTHENTICATED, message);

export const badInput = (fields: FieldProblem[], message?: string): DomainError =>
  new DomainError(
    ErrorCode.BAD_USER_INPUT,
    message ?? fields.map((f) => `${f.path}: ${f.message}`).join("; "),
    fields,
  );

export const staleVersion = (entity: string, expected: number, current: number): DomainError =>
  conflict(
    `${entity} was changed by someone else (you read version ${expected}, it is now ${current}); reload and try again`,
    ConflictReason.STALE_VERSION,
  );

/** A lifecycle step the transitions table does not allow. */
export const invalidTransition = (entity: string, current: string, action: string): DomainError =>
  conflict(`${entity} is ${current}; cannot ${action}`, ConflictReason.INVALID_TRANSITION);

/** A step refused by the record's state outside a transitions table (already done, archived). */
export const stateConflict = (message: string): DomainError =>
  conflict(message, ConflictReason.INVALID_TRANSITION);
