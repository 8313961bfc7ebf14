import pino, { type Logger } from "pino";

/** JSON lines on stdout; secrets never reach the log. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: "esg-audit-portal" },
    redact: ["req.headers.authorization", "password", "*.password", "token"],
    timestamp: pino.stdTimeFunctions.isoTime,
  });
}
