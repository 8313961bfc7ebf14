// The module graph's rules (docs/architecture.md): `npm run lint:deps`, part of `npm run lint`.
// Type-only imports count (tsPreCompilationDeps): a cycle of types is still a cycle to a reader.
/** @type {import("dependency-cruiser").IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-circular",
      comment: "No file imports itself through others (type imports included).",
      severity: "error",
      from: { path: "^src/" },
      to: { circular: true },
    },
    {
      name: "no-circular-folders",
      comment:
        "No two folders depend on each other: src/modules/audit <-> src/modules/procurement " +
        "is a loop even when no single file cycle shows it.",
      severity: "error",
      scope: "folder",
      from: { path: "^src/" },
      to: { circular: true },
    },
    {
      name: "shared-is-the-bottom",
      comment: "src/shared (errors, clock, time, lifecycle, domain enums) imports nothing of ours.",
      severity: "error",
      from: { path: "^src/shared/" },
      to: { path: "^src/(?!shared/)" },
    },
    {
      name: "graphql-helpers-below-features",
      comment:
        "src/graphql (request context, pagination, errors, validation) names no feature module, " +
        "no database code and no composition: modules add to the context by declaration merging.",
      severity: "error",
      from: { path: "^src/graphql/" },
      to: { path: "^src/(modules|database|app|demo)/|^src/(server|main|web-portal)\\.ts$" },
    },
    {
      name: "database-names-no-feature",
      comment:
        "src/database (transaction, embedded PostgreSQL, invariants) is infrastructure: features " +
        "plug in through the composition root (src/app), never the other way round.",
      severity: "error",
      from: { path: "^src/database/" },
      to: { path: "^src/(modules|app|demo)/|^src/(server|main|web-portal)\\.ts$" },
    },
    {
      name: "features-below-composition",
      comment: "Modules are assembled by src/app, src/server.ts and src/main.ts; they import none.",
      severity: "error",
      from: { path: "^src/modules/" },
      to: { path: "^src/(app|demo)/|^src/(server|main|web-portal)\\.ts$" },
    },
    {
      name: "scoring-is-pure",
      comment: "src/modules/scoring: results in, scores out; no other module, no I/O layer.",
      severity: "error",
      from: { path: "^src/modules/scoring/" },
      to: { path: "^src/(modules/(?!scoring/)|database/|graphql/|app/)" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    // Specs are tests: they may import whatever they test against (the demo data, say).
    exclude: { path: ["^src/web/", "\\.spec\\.ts$"] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
