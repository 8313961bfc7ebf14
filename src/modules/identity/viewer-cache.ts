import { Client } from "pg";
import type { Logger } from "pino";
import type { Viewer } from "../../graphql/context";

/** The channel the `app_user` and `revoked_token` triggers notify with a user id. */
export const VIEWER_CHANGED_CHANNEL = "viewer_changed";
/** An entry is checked against the database again after this long, notified or not. */
const ENTRY_TTL_MS = 60_000;
/** A user whose row a transaction locked is not cached for this long (or until notified). */
const CHANGE_HOLD_MS = 60_000;
const MAX_ENTRIES = 10_000;
const RECONNECT_MS = 1_000;

interface Entry {
  viewer: Viewer;
  storedAt: number;
}

/**
 * The holders of bearer tokens (JWTs) already checked against the database, so a request
 * usually needs no statement to know who is asking. Correct across instances because it is
 * used only while this process LISTENs on `viewer_changed`: a trigger notifies every instance
 * when a user's row changes (deactivation, password change or reset, role) or one of their
 * tokens is logged out. In this process a transaction that locks a user row (every such
 * change does, `lockUser`) stops the cache for that user at once, so its next request reads
 * the database even before the commit's notification arrives. Without the listener nothing is
 * cached. API tokens are never cached (they answer HTTP 401 at once, and record their use).
 */
export class ViewerCache {
  private readonly entries = new Map<string, Entry>();
  private readonly changing = new Map<string, number>();
  /** Bumped by every invalidation: a read that began before one may not store its result. */
  private epoch = 0;
  private client: Client | null = null;
  private stopped = true;
  private retry: NodeJS.Timeout | null = null;

  constructor(
    private readonly connectionString: string,
    private readonly logger: Logger,
    private readonly nowMs: () => number = Date.now,
  ) {}

  get listening(): boolean {
    return this.client !== null;
  }

  /** The epoch to hand back to `put` with what a database read found. */
  get current(): number {
    return this.epoch;
  }

  /**
   * A cached holder of `token`, unless the token has expired; undefined if none. Expiry by the
   * wall clock, as the signature check (jose) judges it.
   */
  get(token: string): Viewer | undefined {
    if (!this.client) return undefined;
    const entry = this.entries.get(token);
    if (!entry) return undefined;
    const { viewer } = entry;
    const nowMs = this.nowMs();
    if (
      nowMs - entry.storedAt > ENTRY_TTL_MS ||
      (viewer.token && viewer.token.expiresAt.getTime() <= nowMs) ||
      this.isChanging(viewer.userId)
    ) {
      this.entries.delete(token);
      return undefined;
    }
    return viewer;
  }

  /** Stores what a read that began at `epoch` found, unless anything was invalidated since. */
  put(token: string, viewer: Viewer, epoch: number): void {
    if (!this.client || epoch !== this.epoch || this.isChanging(viewer.userId)) return;
    if (this.entries.size >= MAX_ENTRIES) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(token, { viewer, storedAt: this.nowMs() });
  }

  /** A transaction is about to change this user: drop and stop caching them for a while. */
  userChanging(userId: string): void {
    this.changing.set(userId, this.nowMs() + CHANGE_HOLD_MS);
    this.invalidate(userId);
  }

  invalidate(userId: string): void {
    this.epoch++;
    for (const [token, entry] of this.entries)
      if (entry.viewer.userId === userId) this.entries.delete(token);
  }

  private isChanging(userId: string): boolean {
    const until = this.changing.get(userId);
    if (until === undefined) return false;
    if (until > this.nowMs()) return true;
    this.changing.delete(userId);
    return false;
  }

  private clear(): void {
    this.epoch++;
    this.entries.clear();
  }

  async start(): Promise<void> {
    this.stopped = false;
    await this.connect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    const client = this.client;
    this.client = null;
    this.clear();
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    const client = new Client({
      connectionString: this.connectionString,
      application_name: "esg-audit-portal-viewers",
    });
    client.on("notification", (message) => {
      if (message.channel === VIEWER_CHANGED_CHANNEL && message.payload)
        this.invalidate(message.payload);
    });
    client.on("error", (error) => this.lost(client, error));
    client.on("end", () => this.lost(client, null));
    try {
      await client.connect();
      await client.query(`LISTEN ${VIEWER_CHANGED_CHANNEL}`);
      if (this.stopped) {
        await client.end();
        return;
      }
      this.clear();
      this.client = client;
    } catch (error) {
      this.lost(client, error as Error);
    }
  }

  /** The listener is gone: nothing is cached until it is back (changes may go unheard). */
  private lost(client: Client, error: Error | null): void {
    if (this.client === client) this.client = null;
    this.clear();
    client.removeAllListeners();
    client.on("error", () => undefined);
    void client.end().catch(() => undefined);
    if (this.stopped || this.retry) return;
    this.logger.warn({ err: error }, "viewer cache listener lost; reading every viewer");
    this.retry = setTimeout(() => {
      this.retry = null;
      if (!this.stopped && !this.client) void this.connect();
    }, RECONNECT_MS);
    this.retry.unref();
  }
}

declare module "../../graphql/context" {
  interface AppServices {
    /** Absent where no server runs (scripts, the demo seed): every viewer is read. */
    viewers?: ViewerCache;
  }
}
