import type { DataSource } from "typeorm";
import type { Logger } from "pino";
import type { Clock } from "../shared/clock";
import type { Role } from "../shared/domain/role.enum";
import type { TokenService } from "../modules/identity/token";
import type { IdempotencyClaim } from "../modules/idempotency/idempotency.service";
import { createLoaders, type Loaders } from "./loaders";

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
}

/** Long-lived, stateless collaborators the services need (no per-user state here). */
export interface AppServices {
  tokens: TokenService;
  loginPolicy: {
    maxFailures: number;
    windowMinutes: number;
    /** Failed log-ins per client address in the window; unset: no per-address limit. */
    maxFailuresPerAddress?: number;
  };
}

/** Per request: never shared, so DataLoader caches cannot leak between users. */
export interface RequestContext {
  viewer: Viewer | null;
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

export function createRequestContext(options: Omit<RequestContext, "loaders">): RequestContext {
  return { ...options, loaders: createLoaders(options.dataSource) };
}
