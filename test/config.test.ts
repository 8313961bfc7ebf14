import { ConfigError, loadConfig } from "../src/config/config";
import { runPortal } from "./support/portal-process";

describe("configuration", () => {
  it("uses documented defaults", () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 4000,
      dataDir: "./data",
      migrationsRun: true,
      seedDemo: true,
      jwtExpiresIn: "8h",
      logLevel: "info",
    });
    expect(loadConfig({ DATABASE_URL: "postgres://x@h/db" }).seedDemo).toBe(false);
  });

  it("reports every bad variable at once", () => {
    let error: unknown;
    try {
      loadConfig({
        PORT: "eighty",
        DATABASE_URL: "mysql://x",
        NODE_ENV: "staging",
        LOG_LEVEL: "loud",
        MIGRATIONS_RUN: "perhaps",
        ADMIN_EMAIL: "admin@x.io",
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join("\n");
    for (const name of [
      "PORT",
      "DATABASE_URL",
      "NODE_ENV",
      "LOG_LEVEL",
      "MIGRATIONS_RUN",
      "ADMIN_PASSWORD",
    ]) {
      expect(problems).toContain(name);
    }
    expect((error as ConfigError).problems).toHaveLength(6);
  });

  it("requires a strong JWT_SECRET in production", () => {
    expect(() => loadConfig({ NODE_ENV: "production" })).toThrow(/JWT_SECRET/);
    expect(() => loadConfig({ NODE_ENV: "production", JWT_SECRET: "short" })).toThrow(
      /at least 32/,
    );
    expect(loadConfig({ NODE_ENV: "production", JWT_SECRET: "x".repeat(32) }).env).toBe(
      "production",
    );
  });

  it("stops the process with exit code 1 and one readable message", async () => {
    const run = runPortal({ PORT: "99999", LOG_LEVEL: "nope" });
    expect(await run.exited).toBe(1);
    expect(run.output()).toMatch(/Invalid configuration:\n {2}- PORT.*\n {2}- LOG_LEVEL/);
    expect(run.output()).not.toMatch(/at .*\.ts:\d+/);
  }, 30_000);
});
