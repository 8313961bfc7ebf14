import { Writable } from "node:stream";
import pino from "pino";
import type { DataSource } from "typeorm";
import { FixedClock } from "../shared/clock";
import type { RequestContext } from "../graphql/context";
import { createRequestContext } from "./request-context";

function capturingLogger() {
  const lines: Array<Record<string, unknown>> = [];
  const logger = pino(
    { level: "info" },
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
        done();
      },
    }),
  );
  return { logger, lines };
}

function context(logger: pino.Logger): RequestContext {
  return createRequestContext({
    viewer: null,
    requestId: "req-42",
    clientAddress: null,
    dataSource: {} as DataSource,
    clock: new FixedClock(new Date("2026-06-01T09:00:00Z")),
    logger,
    app: {} as RequestContext["app"],
  });
}

/** What Apollo Server does with every request's context before executing (cloneObject). */
function apolloCopy<T extends object>(value: T): T {
  return Object.assign(Object.create(Object.getPrototypeOf(value) as object) as T, value);
}

describe("the request context's logger", () => {
  it("is not built for a request that never logs, even once Apollo has copied the context", () => {
    const { logger } = capturingLogger();
    const child = jest.spyOn(logger, "child");
    const copy = apolloCopy(context(logger));
    expect(copy.requestId).toBe("req-42");
    expect(child).not.toHaveBeenCalled();
  });

  it("writes the request id on every line, from the copy Apollo hands the resolvers", async () => {
    const { logger, lines } = capturingLogger();
    const child = jest.spyOn(logger, "child");
    const copy = apolloCopy(context(logger));
    copy.logger.warn("first");
    copy.logger.warn("second");
    await new Promise((resolve) => setImmediate(resolve));
    expect(lines.map((line) => [line.msg, line.requestId])).toEqual([
      ["first", "req-42"],
      ["second", "req-42"],
    ]);
    expect(child).toHaveBeenCalledTimes(1);
  });

  it("can be replaced, as a route does with a logger of its own", () => {
    const { logger } = capturingLogger();
    const ctx = context(logger);
    const other = pino({ level: "silent" });
    ctx.logger = other;
    expect(ctx.logger).toBe(other);
  });
});
