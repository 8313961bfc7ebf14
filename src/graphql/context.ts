import type { DataSource, EntityManager } from "typeorm";
import type { Logger } from "pino";
import type { Clock } from "../shared/clock";
import type { Role } from "../shared/domain/role.enum";
import type { Locale } from "../shared/i18n/locale";

/** Who is asking. Services take it first and decide ownership from it. */
export interface Viewer {
  userId: string;
  role: Role;
  /** Set for SUPPLIER users only: the one supplier they belong to. */
  supplierId: string | null;
  email: string;
  /** After an admin's password reset: only `me`, `changePassword` and `logout` until changed. */
  mustChangePassword?: boolean;
  /** The bearer token this request came with (`logout` revokes it). */
  token?: { id: string; expiresAt: Date };
  /** Set when the request came with an API token (`esgp_...`): the token it acts for. */
  apiTokenId?: string;
  /** The user's stored language; null or absent: not chosen yet (the request's is used). */
  locale?: Locale | null;
}

/**
 * Long-lived, stateless collaborators the services need (no per-user state here). Modules add
 * theirs by declaration merging (identity's `tokens`, in token.ts), so this layer imports none.
 */
export interface AppServices {
  loginPolicy: {
    maxFailures: number;
    windowMinutes: number;
    /** Failed log-ins per client address in the window; unset: no per-address limit. */
    maxFailuresPerAddress?: number;
  };
}

/**
 * Every module's DataLoaders for one request. Each module adds its own in its `*.loaders.ts`
 * (declaration merging), so this layer names no feature module; src/app/loaders.ts builds them
 * all, typed as this interface, so a module's loaders left out of it fail the type check.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by the modules
export interface Loaders {}

/** A request's hold on its `Idempotency-Key`; the mutation's transaction marks it executed. */
export interface IdempotencyClaim {
  userId: string;
  key: string;
  owner: string;
  markExecuted(manager: EntityManager): Promise<void>;
}

/** Per request: never shared, so DataLoader caches cannot leak between users. */
export interface RequestContext {
  viewer: Viewer | null;
  /**
   * The language answers are given in: the viewer's stored locale, else the request's
   * Accept-Language, else English (src/app/request-context.ts decides).
   */
  locale: Locale;
  /** What the request's Accept-Language asked for, if it names one of our locales. */
  requestedLocale?: Locale | null;
  requestId: string;
  /** The HTTP client's address (`req.ip`, behind TRUST_PROXY); null in-process. */
  clientAddress?: string | null;
  dataSource: DataSource;
  clock: Clock;
  logger: Logger;
  loaders: Loaders;
  app: AppServices;
  /** Set when a mutation carries an `Idempotency-Key` this request holds. */
  idempotency?: IdempotencyClaim;
}
