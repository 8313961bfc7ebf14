import type { Logger } from "pino";
import type { DataSource } from "typeorm";
import type { Clock } from "../../shared/clock";
import { refreshDueStandings } from "./standing.service";

/**
 * Runs `refreshDueStandings` at start and then every `seconds`, so overdue findings and
 * expired scores change status and priority without any write. Safe with several instances.
 */
export function startStandingRefresher(
  dataSource: DataSource,
  clock: Clock,
  logger: Logger,
  seconds: number,
) {
  let running: Promise<void> | null = null;
  const run = () => {
    if (running) return;
    running = refreshDueStandings(dataSource, clock)
      .then((count) => {
        if (count > 0) logger.info({ refreshed: count }, "standings refreshed");
      })
      .catch((error: unknown) => logger.error({ err: error }, "standing refresh failed"))
      .finally(() => {
        running = null;
      });
  };
  run();
  const timer = seconds > 0 ? setInterval(run, seconds * 1000) : null;
  timer?.unref();
  return {
    async stop() {
      if (timer) clearInterval(timer);
      await running;
    },
  };
}
