import { randomUUID } from "node:crypto";
import http from "node:http";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { expressMiddleware } from "@as-integrations/express5";
import express, { type NextFunction, type Request, type Response } from "express";
import type { Logger } from "pino";
import type { DataSource } from "typeorm";
import { installUnitOfWork } from "./app/unit-of-work";
import type { AppConfig } from "./config/config";
import { createRequestContext } from "./app/request-context";
import type { AppServices, RequestContext } from "./graphql/context";
import { noStoreCacheControl } from "./graphql/cache-control";
import { clientErrorStatusPlugin } from "./graphql/client-error-status";
import { createErrorFormatter, errorLocalePlugin } from "./graphql/format-error";
import { queryProtection } from "./app/limits";
import { queryCostPlugin } from "./app/query-cost";
import { responseSizePlugin } from "./graphql/response-size";
import { buildAppSchema } from "./app/schema";
import { jitGateway } from "./app/jit-gateway";
import { idempotencyPlugin } from "./modules/idempotency/idempotency.plugin";
import { viewerFromToken } from "./modules/identity/identity.service";
import { API_TOKEN_REFUSED, isApiTokenSecret } from "./modules/identity/api-token.service";
import { exportRankingsCsv } from "./modules/procurement/ranking-export";
import { RankingPageCache, rankingPageCachePlugin } from "./modules/procurement/ranking-page-cache";
import { TokenService } from "./modules/identity/token";
import { ViewerCache } from "./modules/identity/viewer-cache";
import { systemClock, type Clock } from "./shared/clock";
import { webPortal } from "./web-portal";
import type { RequestContextFor } from "./http/request-context-for";
import { documentRoutes } from "./modules/document/document.routes";
import { auditReportRoutes } from "./modules/report/audit-report.routes";
import { supplyChainExportRoutes } from "./modules/supply-chain/supply-chain.export";
import { importTemplateRoutes } from "./modules/supplier/supplier-import.routes";
import { screeningTemplateRoutes } from "./modules/screening/screening.routes";
import { setEmailDelivery } from "./modules/notification/email-delivery";
import { negotiateLocale } from "./shared/i18n/locale";

export interface ServerOptions {
  config: AppConfig;
  dataSource: DataSource;
  logger: Logger;
  jwtSecret: string;
  clock?: Clock;
}

export interface PortalServer {
  app: express.Express;
  httpServer: http.Server;
  apollo: ApolloServer<RequestContext>;
  services: AppServices;
  /** This process's ranking page cache (src/modules/procurement/ranking-page-cache.ts). */
  rankingPages: RankingPageCache;
  /** Builds a context as the HTTP layer would, for in-process tests. */
  contextFor(
    token: string | null,
    requestId?: string,
    clientAddress?: string | null,
    /** The request's Accept-Language header: the language for a viewer who chose none. */
    acceptLanguage?: string | null,
  ): Promise<RequestContext>;
  listen(port: number, host: string): Promise<number>;
  stop(): Promise<void>;
}

const REQUEST_ID = /^[\w.-]{1,100}$/;

function bearer(header: string | undefined): string | null {
  const match = header ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  return match ? match[1] : null;
}

/** Builds the whole HTTP + GraphQL server without listening; main.ts and the tests share it. */
export async function createServer(options: ServerOptions): Promise<PortalServer> {
  installUnitOfWork();
  const { config, dataSource, logger } = options;
  // Notifications written on this data source queue an e-mail only when there is SMTP.
  setEmailDelivery(dataSource, config.notifications.smtpUrl !== undefined);
  const clock = options.clock ?? systemClock;
  const production = config.env === "production";
  const services: AppServices = {
    tokens: new TokenService(options.jwtSecret, config.jwtExpiresIn),
    loginPolicy: {
      maxFailures: config.loginMaxFailures,
      windowMinutes: config.loginWindowMinutes,
      maxFailuresPerAddress: config.loginMaxFailuresPerAddress,
    },
    invitations: { publicUrl: config.notifications.publicUrl },
    webhooks: config.webhooks,
    protectedAreas: config.protectedAreas,
  };

  const app = express();
  app.disable("x-powered-by");
  // Express would hash every GraphQL answer for an ETag no client can use (they are POSTed and
  // no-store); a document download sets its own from the stored SHA-256.
  app.set("etag", false);
  // Off unless TRUST_PROXY names the proxies: else anyone could pick their own `req.ip` (and
  // with it their log-in throttling address) by sending X-Forwarded-For.
  app.set("trust proxy", config.trustProxy);
  const httpServer = http.createServer(app);
  const protection = queryProtection({ production });

  const schema = await buildAppSchema();
  const rankingPages = new RankingPageCache();
  const apollo = new ApolloServer<RequestContext>({
    // GRAPHQL_JIT: the same schema, validation and plugins; only execution is compiled.
    ...(config.graphqlJit ? { gateway: jitGateway(schema) } : { schema }),
    introspection: !production,
    hideSchemaDetailsFromClientErrors: production,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    formatError: createErrorFormatter(logger, { production }),
    validationRules: protection.validationRules,
    parseOptions: protection.parseOptions,
    plugins: [
      // First: the size guard replaces an oversized result before the idempotency plugin
      // stores it for replay.
      responseSizePlugin(config.maxResponseBytes),
      // Error messages in the request's language, before the idempotency plugin stores them.
      errorLocalePlugin<RequestContext>(),
      ...protection.plugins,
      queryCostPlugin(),
      // After the cost check (didResolveOperation) and the size guard (willSendResponse).
      rankingPageCachePlugin(rankingPages),
      idempotencyPlugin(),
      clientErrorStatusPlugin(),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ...noStoreCacheControl<RequestContext>(),
    ],
    allowBatchedHttpRequests: false,
    // main.ts owns the signals: it stops Apollo, then the pool, then the embedded database.
    stopOnTerminationSignals: false,
  });
  await apollo.start();
  // Who a token stands for, kept between requests while the change notifications are heard.
  const databaseUrl = (dataSource.options as { url?: string }).url;
  if (databaseUrl) {
    services.viewers = new ViewerCache(databaseUrl, logger);
    await services.viewers.start();
  }

  const contextFor = async (
    token: string | null,
    requestId: string = randomUUID(),
    clientAddress: string | null = null,
    acceptLanguage: string | null = null,
  ) => {
    const viewer = token
      ? await viewerFromToken(
          dataSource.manager,
          services.tokens,
          token,
          clock.now(),
          services.viewers,
        )
      : null;
    return createRequestContext({
      viewer,
      requestedLocale: negotiateLocale(acceptLanguage),
      requestId,
      clientAddress,
      dataSource,
      clock,
      logger,
      app: services,
    });
  };

  app.use((req: Request, res: Response, next: NextFunction) => {
    const incoming = req.header("x-request-id");
    const requestId = incoming && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    res.locals.requestId = requestId;
    res.setHeader("x-request-id", requestId);
    res.setHeader("x-content-type-options", "nosniff");
    // The request log line is built only when it would be written (LOG_LEVEL info or lower).
    if (!logger.isLevelEnabled("info")) return next();
    const started = process.hrtime.bigint();
    res.on("finish", () => {
      logger.info(
        {
          requestId,
          method: req.method,
          url: req.originalUrl.split("?")[0],
          status: res.statusCode,
          ms: Number(process.hrtime.bigint() - started) / 1e6,
        },
        "request",
      );
    });
    next();
  });

  // Shutting down: requests that arrive on a kept-alive connection after SIGTERM are refused
  // cleanly (503, connection closed); those already in flight finish.
  let draining = false;
  app.use((_req: Request, res: Response, next: NextFunction) => {
    if (!draining) return next();
    res.setHeader("connection", "close");
    res.setHeader("retry-after", "1");
    res.status(503).json({
      errors: [{ message: "Server is shutting down", extensions: { code: "SERVICE_UNAVAILABLE" } }],
    });
  });

  app.get("/healthz", (_req, res) => {
    res.json({ status: "ok" });
  });

  app.get("/readyz", async (_req, res) => {
    try {
      await dataSource.query("SELECT 1");
      res.json({ status: "ready" });
    } catch (error) {
      logger.warn({ err: error }, "readiness check failed");
      res.status(503).json({ status: "unavailable" });
    }
  });

  app.use(
    "/graphql",
    // An integration must notice a revoked or expired API token at once: HTTP 401, not a
    // 200 with errors. JWTs keep their path (UNAUTHENTICATED in the GraphQL answer).
    async (req: Request, res: Response, next: NextFunction) => {
      const token = bearer(req.header("authorization"));
      if (!token || !isApiTokenSecret(token)) return next();
      if (await viewerFromToken(dataSource.manager, services.tokens, token, clock.now())) {
        return next();
      }
      res.status(401).json({ errors: [API_TOKEN_REFUSED] });
    },
    express.json({ limit: config.bodyLimit }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const token = bearer(req.header("authorization"));
        return contextFor(
          token,
          res.locals.requestId as string,
          req.ip ?? null,
          req.header("accept-language") ?? null,
        );
      },
    }),
  );

  const requestContext: RequestContextFor = (req, res) =>
    contextFor(
      bearer(req.header("authorization")),
      res.locals.requestId as string,
      req.ip ?? null,
      req.header("accept-language") ?? null,
    );

  app.get("/exports/rankings.csv", async (req, res) => {
    await exportRankingsCsv(await requestContext(req, res), req, res);
  });
  app.use(documentRoutes({ requestContext, limits: config.documents, logger }));
  app.use(auditReportRoutes({ requestContext, logger }));
  app.use(supplyChainExportRoutes({ requestContext, logger }));
  app.use(importTemplateRoutes());
  app.use(screeningTemplateRoutes());

  // The browser app (dist/web) at `/`, with index.html for its client routes.
  app.use(webPortal());

  // Body too large or malformed JSON: answer in the GraphQL error shape, never with a stack.
  app.use(
    (
      error: Error & { status?: number; type?: string },
      _req: Request,
      res: Response,
      next: NextFunction,
    ) => {
      if (res.headersSent) return next(error);
      const status = error.status && error.status >= 400 && error.status < 500 ? error.status : 500;
      if (status === 500) logger.error({ err: error }, "unhandled HTTP error");
      const message =
        status === 413
          ? "Request body too large"
          : status === 500
            ? "Internal server error"
            : "Malformed request";
      res.status(status).json({
        errors: [
          {
            message,
            extensions: { code: status === 500 ? "INTERNAL_SERVER_ERROR" : "BAD_REQUEST" },
          },
        ],
      });
    },
  );

  let listening = false;
  return {
    app,
    httpServer,
    apollo,
    services,
    rankingPages,
    contextFor,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        httpServer.once("error", reject);
        httpServer.listen(port, host, () => {
          listening = true;
          const address = httpServer.address();
          resolve(typeof address === "object" && address ? address.port : port);
        });
      }),
    // Drain plugin: stop accepting, let in-flight requests finish, then close idle sockets.
    stop: async () => {
      draining = true;
      await apollo.stop();
      await services.viewers?.stop();
      if (listening && httpServer.listening) {
        await new Promise<void>((resolve) => httpServer.close(() => resolve()));
      }
    },
  };
}
