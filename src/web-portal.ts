import fs from "node:fs";
import path from "node:path";
import express, { type Router } from "express";
import helmet from "helmet";

/**
 * Where `vite build` puts the browser app: dist/web. From compiled code (dist/src) that is
 * ../web; from the TypeScript sources (ts-node, tests) it is ../dist/web.
 */
export function webRoot(): string | null {
  const candidates = [path.join(__dirname, "..", "dist", "web"), path.join(__dirname, "..", "web")];
  return candidates.find((dir) => fs.existsSync(path.join(dir, "index.html"))) ?? null;
}

/**
 * The web portal at `/`: static files of the Vite build, and index.html for client routes (SPA
 * fallback), under security headers. The app is bundled (no CDN, no inline script), so the CSP
 * allows scripts from 'self' only; recharts sets inline styles, hence style-src 'unsafe-inline'.
 */
export function webPortal(root: string | null = webRoot()): Router {
  const router = express.Router();
  router.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", "data:", "blob:"],
          fontSrc: ["'self'"],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
        },
      },
      frameguard: { action: "deny" },
      // Plain http on 127.0.0.1 is the default deployment: never force https.
      strictTransportSecurity: false,
    }),
  );
  if (!root) {
    router.get("/{*path}", (_req, res) => {
      res
        .status(404)
        .type("text/plain")
        .send("The web portal is not built: run `npm run build` (GraphQL is at /graphql).");
    });
    return router;
  }
  router.use(
    express.static(root, {
      index: false,
      setHeaders: (res, file) => {
        // Vite names assets by content hash: they never change under one name.
        if (file.includes(`${path.sep}assets${path.sep}`)) {
          res.setHeader("cache-control", "public, max-age=31536000, immutable");
        }
      },
    }),
  );
  const index = path.join(root, "index.html");
  router.get("/{*path}", (req, res, next) => {
    if (req.path.startsWith("/assets/") || !req.accepts("html")) return next();
    res.setHeader("cache-control", "no-cache");
    res.sendFile(index);
  });
  return router;
}
