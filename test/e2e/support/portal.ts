import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { loginOver, post } from "../../support/graphql-client";

const ROOT = path.join(__dirname, "..", "..", "..");

export interface BuiltPortal {
  url: string;
  dataDir: string;
  output(): string;
  stop(): Promise<void>;
}

/**
 * Runs the built portal (`node dist/src/main.js`, as `npm start` does after `npm run build`) on a
 * fresh embedded database with the demo data, so the browser gets the real dist/web bundle;
 * `env` adds settings (e-mail, job intervals).
 */
export async function startBuiltPortal(
  options: { env?: Record<string, string>; timeoutMs?: number } = {},
): Promise<BuiltPortal> {
  const timeoutMs = options.timeoutMs ?? 60_000;
  const main = path.join(ROOT, "dist", "src", "main.js");
  if (!fs.existsSync(main) || !fs.existsSync(path.join(ROOT, "dist", "web", "index.html"))) {
    throw new Error("Build first: `npm run build` (npm run test:e2e does it)");
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "esg-e2e-"));
  const child: ChildProcessWithoutNullStreams = spawn(process.execPath, [main], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      LOG_LEVEL: "info",
      PORT: "0",
      DATA_DIR: dataDir,
      STANDING_REFRESH_SECONDS: "0",
      ...options.env,
    },
  });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk.toString()));
  child.stderr.on("data", (chunk) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`portal did not start:\n${output.slice(-4000)}`)),
      timeoutMs,
    );
    const check = () => {
      const match = /"url":"(http:\/\/[^"]+)".*"msg":"portal listening"/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout.on("data", check);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`portal exited with ${code}:\n${output.slice(-4000)}`));
    });
  });
  return {
    url,
    dataDir,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null) {
        child.kill("SIGTERM");
        await exited;
      }
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** One operation for a journey's setup or check; throws on any GraphQL error. */
export async function api<T = any>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  token?: string,
): Promise<T> {
  const { body } = await post<T>(url, query, variables, { token });
  if (body.errors) throw new Error(`GraphQL error: ${JSON.stringify(body.errors)}`);
  return body.data as T;
}

/** A demo account's token (every demo account has the same password). */
export function apiLogin(url: string, email: string): Promise<string> {
  return loginOver(url, email, "demo-password-1");
}
