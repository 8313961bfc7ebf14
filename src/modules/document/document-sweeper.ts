import type { Logger } from "pino";
import type { DocumentLimits } from "../../config/config";
import type { RequestContext } from "../../graphql/context";
import { sweepUnattachedDocuments } from "./document.service";

/**
 * Runs the sweep of unattached uploads at start and every `sweepSeconds`; safe with several
 * instances (each claims different rows). `context` builds a system context (no viewer).
 */
export function startDocumentSweeper(
  context: () => Promise<RequestContext>,
  limits: DocumentLimits,
  logger: Logger,
) {
  let running: Promise<void> | null = null;
  const run = () => {
    if (running) return;
    running = context()
      .then((ctx) => sweepUnattachedDocuments(ctx, limits))
      .then((count) => {
        if (count > 0) logger.info({ deleted: count }, "unattached uploads swept");
      })
      .catch((error: unknown) => logger.error({ err: error }, "document sweep failed"))
      .finally(() => {
        running = null;
      });
  };
  run();
  const timer = limits.sweepSeconds > 0 ? setInterval(run, limits.sweepSeconds * 1000) : null;
  timer?.unref();
  return {
    async stop() {
      if (timer) clearInterval(timer);
      await running;
    },
  };
}
