import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const ROOT = path.join(__dirname, "..", "..", "..");
const DOC = readFileSync(path.join(ROOT, "docs", "rules.md"), "utf8");

function exportedConstants(file: string): string[] {
  return [...readFileSync(file, "utf8").matchAll(/^export const ([A-Z][A-Z0-9_]+)\b/gm)].map(
    (m) => m[1],
  );
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "web" ? [] : sourceFiles(full);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".spec.ts") ? [full] : [];
  });
}

describe("docs/rules.md", () => {
  it.each(exportedConstants(path.join(__dirname, "scoring-policy.ts")))("documents %s", (name) => {
    expect(DOC).toContain(`\`${name}\``);
  });

  it("names only constants that exist in the code", () => {
    const files = sourceFiles(path.join(ROOT, "src"));
    // Enum members (`MAJOR`, `NOT_APPLICABLE`) are named in the values column.
    const enumMembers = files.flatMap((file) =>
      [...readFileSync(file, "utf8").matchAll(/^\s+([A-Z][A-Z0-9_]*) = "/gm)].map((m) => m[1]),
    );
    const known = new Set([...files.flatMap(exportedConstants), ...enumMembers]);
    const named = [...DOC.matchAll(/`([A-Z][A-Z0-9_]{2,})`/g)].map((m) => m[1]);
    expect(named.length).toBeGreaterThan(40);
    expect(named.filter((name) => !known.has(name))).toEqual([]);
  });

  it("links only to files that exist", () => {
    const links = [...DOC.matchAll(/\]\((\.\.\/[^)#]+)\)/g)].map((m) => m[1]);
    expect(links.length).toBeGreaterThan(3);
    const missing = links.filter((link) => {
      try {
        readFileSync(path.join(ROOT, "docs", link));
        return false;
      } catch {
        return true;
      }
    });
    expect(missing).toEqual([]);
  });
});
