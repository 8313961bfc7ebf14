import { readFileSync } from "node:fs";
import path from "node:path";
import { PORTAL_NODE_FLAGS } from "../src/node-flags";

const ROOT = path.resolve(__dirname, "..");

/** The arguments node gets before the entry point, from a command line or a Dockerfile CMD. */
function flagsBefore(entry: string, args: string[]): string[] {
  const node = args.lastIndexOf("node", args.indexOf(entry));
  expect(node).toBeGreaterThanOrEqual(0);
  return args.slice(node + 1, args.indexOf(entry));
}

describe("the portal's node flags (src/node-flags.ts)", () => {
  it("lists at least the semi-space size", () => {
    expect(PORTAL_NODE_FLAGS).toContain("--max-semi-space-size=64");
  });

  it("npm start runs the portal with them", () => {
    const scripts = (
      JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as {
        scripts: Record<string, string>;
      }
    ).scripts;
    const args = scripts.start.split(/\s+/);
    expect(flagsBefore("dist/src/main.js", args)).toEqual(PORTAL_NODE_FLAGS);
  });

  it("the Docker image runs the portal with them", () => {
    const dockerfile = readFileSync(path.join(ROOT, "docker/Dockerfile"), "utf8");
    const cmd = dockerfile
      .split("\n")
      .filter((line) => line.startsWith("CMD "))
      .map((line) => JSON.parse(line.slice(4)) as string[]);
    expect(cmd).toHaveLength(1);
    expect(flagsBefore("dist/src/main.js", cmd[0])).toEqual(PORTAL_NODE_FLAGS);
  });
});
