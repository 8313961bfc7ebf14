import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const root = fileURLToPath(new URL(".", import.meta.url));

/** The portal's browser app: built into dist/web and served by src/server.ts at `/`. */
export default defineConfig({
  root,
  base: "/",
  oxc: { jsx: { runtime: "automatic" } },
  build: {
    outDir: fileURLToPath(new URL("../../dist/web", import.meta.url)),
    emptyOutDir: true,
    // Everything bundled: no CDN, no remote font, no inline script (CSP script-src 'self').
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      // react-router's "use client" directives mean nothing in a client-only bundle.
      onwarn(warning, warn) {
        if (warning.code === "MODULE_LEVEL_DIRECTIVE") return;
        warn(warning);
      },
    },
  },
  server: { proxy: { "/graphql": "http://127.0.0.1:4000", "/exports": "http://127.0.0.1:4000" } },
});
