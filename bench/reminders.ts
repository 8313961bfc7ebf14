import { createDataSource } from "../src/app/data-source";
import { scanReminders } from "../src/modules/notification/reminder-scanner";
import { systemClock } from "../src/shared/clock";

/**
 * The reminder scan a running portal would long have made: without it the portals' start-up
 * scan writes the freshly seeded backlog while the first workload is measured.
 */
export async function settleReminders(benchUrl: string): Promise<void> {
  const dataSource = createDataSource({ url: benchUrl, poolSize: 2 });
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: "each" });
    const started = performance.now();
    const written = await scanReminders(dataSource, systemClock);
    console.log(
      `Reminder scan: ${written} notifications in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
  } finally {
    await dataSource.destroy();
  }
}
