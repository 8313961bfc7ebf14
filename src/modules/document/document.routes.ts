import busboy from "busboy";
import { Router, type Request, type Response } from "express";
import type { Logger } from "pino";
import type { DocumentLimits } from "../../config/config";
import type { RequestContextFor } from "../../http/request-context-for";
import { sendErrorResponse } from "../../http/error-response";
import type { Locale } from "../../shared/i18n/locale";
import { DomainError, ErrorCode, notFound } from "../../shared/errors";
import { requireRole } from "../identity/access";
import { documentStore } from "./document-store";
import { MULTIPART_OVERHEAD_BYTES } from "./document.limits";
import { UPLOAD_ROLES } from "./document.permissions";
import {
  assertUploadQuota,
  readableDocument,
  tooLarge,
  uploadDocument,
  type IncomingFile,
} from "./document.service";

const busy = () =>
  new DomainError(
    ErrorCode.SERVICE_UNAVAILABLE,
    "Too many uploads in progress on this server; try again in a few seconds",
  );

/**
 * After a refusal the client may still be sending: the rest is read and dropped (so it sees the
 * answer rather than a reset connection), up to the limit once more, then the socket is cut.
 */
function discardRest(req: Request, res: Response, maxBytes: number): void {
  res.setHeader("connection", "close");
  let drained = 0;
  req.on("data", (piece: Buffer) => {
    drained += piece.length;
    if (drained > maxBytes) req.destroy();
  });
  req.resume();
}

/** Parses a multipart body with one `file` part, handing it to `handle` as it streams in. */
function receive<T>(
  req: Request,
  maxBytes: number,
  handle: (file: IncomingFile) => Promise<T>,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: req.headers,
        defParamCharset: "utf8",
        // One byte over the limit is enough to know it is too large.
        limits: { files: 1, fileSize: maxBytes + 1, fields: 5, fieldSize: 1000, parts: 6 },
      });
    } catch {
      reject(badRequest("Send the file as multipart/form-data, in a part named `file`"));
      return;
    }
    const fields: Record<string, string> = {};
    let settle: (value: Record<string, string>) => void = () => {};
    let fail: (error: Error) => void = () => {};
    const done = new Promise<Record<string, string>>((ok, ko) => {
      settle = ok;
      fail = ko;
    });
    done.catch(() => undefined);
    let result: Promise<T> | null = null;
    parser.on("field", (name, value) => {
      fields[name] = value;
    });
    parser.on("file", (name, stream, info) => {
      if (name !== "file" || result) {
        stream.resume();
        return;
      }
      result = handle({ filename: info.filename, stream, fields: done });
      result.then(resolve, (error: unknown) => {
        stream.resume();
        reject(error);
      });
    });
    parser.on("close", () => {
      settle(fields);
      if (!result) reject(badRequest("No file: send it in a multipart part named `file`"));
    });
    parser.on("error", (error: Error) => {
      fail(error);
      reject(badRequest(`Malformed multipart body: ${error.message}`));
    });
    req.on("aborted", () => fail(new Error("upload aborted by the client")));
    req.pipe(parser);
  });
}

const badRequest = (message: string) =>
  new DomainError(ErrorCode.BAD_USER_INPUT, message, [{ path: "file", message }]);

/**
 * POST /documents (multipart: `file`, optional `title`) and GET /documents/:id, with the
 * bearer token. Uploads stream into the store; downloads stream out of it.
 */
export function documentRoutes(deps: {
  requestContext: RequestContextFor;
  limits: DocumentLimits;
  logger: Logger;
}): Router {
  const { requestContext, limits, logger } = deps;
  const router = Router();
  let uploading = 0;

  router.post("/documents", async (req, res) => {
    let slot = false;
    let locale: Locale | undefined;
    try {
      const ctx = await requestContext(req, res);
      locale = ctx.locale;
      requireRole(ctx, ...UPLOAD_ROLES);
      const declared = Number(req.header("content-length"));
      if (Number.isFinite(declared) && declared > limits.maxBytes + MULTIPART_OVERHEAD_BYTES) {
        throw tooLarge(limits.maxBytes);
      }
      await assertUploadQuota(ctx, limits);
      if (uploading >= limits.maxConcurrentUploads) throw busy();
      uploading += 1;
      slot = true;
      const document = await receive(req, limits.maxBytes, (file) =>
        uploadDocument(ctx, limits, file),
      );
      res.status(201).json({
        id: document.id,
        filename: document.filename,
        contentType: document.contentType,
        size: document.size,
        sha256: document.sha256,
        title: document.title,
      });
    } catch (error) {
      if (!req.readableEnded) discardRest(req, res, limits.maxBytes);
      if (error instanceof DomainError && error.code === ErrorCode.TOO_MANY_REQUESTS)
        res.setHeader("retry-after", "60");
      if (error instanceof DomainError && error.code === ErrorCode.SERVICE_UNAVAILABLE)
        res.setHeader("retry-after", "5");
      sendErrorResponse(res, error, logger, "document upload", locale);
    } finally {
      if (slot) uploading -= 1;
    }
  });

  router.get("/documents/:id", async (req, res) => {
    let locale: Locale | undefined;
    try {
      const ctx = await requestContext(req, res);
      locale = ctx.locale;
      const document = await readableDocument(ctx, req.params.id);
      if (!document) throw notFound("Document", req.params.id);
      const etag = `"${document.sha256}"`;
      res.setHeader("etag", etag);
      res.setHeader("cache-control", "private, no-cache");
      if (req.header("if-none-match") === etag) {
        res.status(304).end();
        return;
      }
      res.attachment(document.filename);
      res.setHeader("content-type", document.contentType);
      res.setHeader("content-length", String(document.size));
      res.setHeader("x-content-type-options", "nosniff");
      // Opened directly in a tab, the file can run nothing and load nothing.
      res.setHeader("content-security-policy", "default-src 'none'; sandbox");
      const stream = documentStore.open(ctx.dataSource.manager, document.id);
      stream.on("error", (error) =>
        sendErrorResponse(res, error, logger, "document download", locale),
      );
      stream.pipe(res);
    } catch (error) {
      sendErrorResponse(res, error, logger, "document download", locale);
    }
  });

  return router;
}
