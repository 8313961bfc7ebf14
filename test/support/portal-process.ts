import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import path from "node:path";
import { post } from "./graphql-client";

const ROOT = path.join(__dirname, "..", "..");

export interface PortalProcess {
  child: ChildProcessWithoutNullStreams;
  url: string;
  output(): string;
  /** Resolves with the exit code. */
  exited: Promise<number | null>;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** Runs src/main.ts in its own process (transpile-only), as `npm start` would. */
export function runPortal(env: NodeJS.ProcessEnv): {
  child: ChildProcessWithoutNullStreams;
  exited: Promise<number | null>;
  output(): string;
} {
  const child = spawn(process.execPath, ["-r", "ts-node/register/transpile-only", "src/main.ts"], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, LOG_LEVEL: "info", PORT: "0", ...env },
  });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk.toString()));
  child.stderr.on("data", (chunk) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, exited, output: () => output };
}

export async function startPortal(
  env: NodeJS.ProcessEnv,
  timeoutMs = 25_000,
): Promise<PortalProcess> {
  const run = runPortal(env);
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`portal did not start:\n${run.output()}`)),
      timeoutMs,
    );
    const check = () => {
      const match = /"url":"(http:\/\/[^"]+)".*"msg":"portal listening"/.exec(run.output());
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    run.child.stdout.on("data", check);
    void run.exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`portal exited with ${code}:\n${run.output()}`));
    });
  });
  return {
    ...run,
    url,
    stop: async (signal = "SIGTERM") => {
      run.child.kill(signal);
      return run.exited;
    },
  };
}

/** One operation against a portal process, over the shared client. */
export function gql(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  token?: string,
) {
  return post(url, query, variables, { token });
}
