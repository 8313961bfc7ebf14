import { createHash, randomUUID } from "node:crypto";
import type { RequestContext } from "../../graphql/context";
import type { DocumentLimits } from "../../config/config";
import { inTransaction, Tx } from "../../database/transaction";
import { Role } from "../../shared/domain/role.enum";
import { DomainError, ErrorCode, forbidden, notFound, stateConflict } from "../../shared/errors";
import { trimToNull, isUuid } from "../../shared/text";
import { decodeCursor, pageSize, toConnection, type Connection } from "../../graphql/pagination";
import { requireRole, supplierScope } from "../identity/access";
import { ALLOWED_LABELS, detectType, TextGuard } from "./content-type";
import { canReadDocument } from "./document.access";
import { Document } from "./document.entity";
import { MAX_TITLE_LENGTH, SNIFF_BYTES } from "./document.limits";
import { DOCUMENT_PERMISSIONS, UPLOAD_ROLES } from "./document.permissions";
import { attachmentsOf, lockOrphans, SUPPLIER_MAY_READ, uploadsSince } from "./document.repository";
import { documentStore } from "./document-store";
import { sanitiseFilename } from "./filename";

export const tooLarge = (maxBytes: number): DomainError =>
  new DomainError(
    ErrorCode.PAYLOAD_TOO_LARGE,
    `The file is larger than ${maxBytes} bytes (DOCUMENT_MAX_BYTES); nothing was stored`,
  );

const unsupported = (detected: string): DomainError =>
  new DomainError(
    ErrorCode.UNSUPPORTED_MEDIA_TYPE,
    `This file's content is ${detected}, which is not accepted; allowed: ${ALLOWED_LABELS}` +
      " (the type is read from the content, not from the file name)",
  );

export interface IncomingFile {
  filename: string | undefined;
  stream: AsyncIterable<Buffer>;
  /** Resolves once the whole request is read, with the form's other fields (`title`). */
  fields: Promise<Record<string, string>>;
}

/** Refuses an upload before its bytes are read: over the user's hourly quota. */
export async function assertUploadQuota(ctx: RequestContext, limits: DocumentLimits) {
  const viewer = requireRole(ctx, ...UPLOAD_ROLES);
  const since = new Date(ctx.clock.now().getTime() - 3_600_000);
  const count = await uploadsSince(ctx.dataSource.manager, viewer.userId, since);
  if (count >= limits.uploadsPerHour) {
    throw new DomainError(
      ErrorCode.TOO_MANY_REQUESTS,
      `At most ${limits.uploadsPerHour} uploads per hour (DOCUMENT_UPLOADS_PER_HOUR); try again later`,
    );
  }
}

/**
 * Reads the first SNIFF_BYTES to decide the type, then streams everything into the store in
 * one transaction while hashing and counting; over `maxBytes` or not of an allowed type, the
 * transaction rolls back and nothing is kept.
 */
export async function uploadDocument(
  ctx: RequestContext,
  limits: DocumentLimits,
  file: IncomingFile,
): Promise<Document> {
  const viewer = requireRole(ctx, ...UPLOAD_ROLES);
  const filename = sanitiseFilename(file.filename);
  const iterator = file.stream[Symbol.asyncIterator]();
  const hash = createHash("sha256");
  let size = 0;
  const take = (piece: Buffer): Buffer => {
    size += piece.length;
    if (size > limits.maxBytes) throw tooLarge(limits.maxBytes);
    hash.update(piece);
    return piece;
  };

  const head: Buffer[] = [];
  let headBytes = 0;
  let ended = false;
  while (headBytes < SNIFF_BYTES) {
    const next = await iterator.next();
    if (next.done) {
      ended = true;
      break;
    }
    head.push(take(next.value));
    headBytes += next.value.length;
  }
  const first = Buffer.concat(head, headBytes);
  const detection = await detectType(first, filename);
  if (!detection.allowed) throw unsupported(detection.detected);
  const textGuard = detection.text ? new TextGuard() : null;
  if (textGuard && !textGuard.accept(first, ended)) throw unsupported("binary data");

  async function* body(): AsyncGenerator<Buffer> {
    yield first;
    if (ended) return;
    for (;;) {
      const next = await iterator.next();
      if (next.done) break;
      const piece = take(next.value);
      if (textGuard && !textGuard.accept(piece, false)) throw unsupported("binary data");
      yield piece;
    }
    if (textGuard && !textGuard.accept(Buffer.alloc(0), true)) throw unsupported("binary data");
  }

  return inTransaction(ctx, async (tx) => {
    const id = randomUUID();
    const now = tx.now;
    // The row first (the chunks reference it); size and hash are set once the bytes are in.
    await tx.manager.query(
      `INSERT INTO document (id, filename, title, content_type, size, sha256, uploaded_by_id,
         uploaded_at, unattached_since)
       VALUES ($1, $2, NULL, $3, 0, $4, $5, $6, $6)`,
      [id, filename, detection.contentType, "0".repeat(64), viewer.userId, now],
    );
    await documentStore.put(tx.manager, id, body());
    const fields = await file.fields;
    const title = trimToNull(fields.title)?.slice(0, MAX_TITLE_LENGTH) ?? null;
    const sha256 = hash.digest("hex");
    await tx.manager.query(`UPDATE document SET size = $2, sha256 = $3, title = $4 WHERE id = $1`, [
      id,
      size,
      sha256,
      title,
    ]);
    const document = (await tx.manager.findOneByOrFail(Document, { id })) as Document;
    await tx.record({
      action: "document.uploaded",
      entityType: "Document",
      entityId: id,
      after: { filename, title, contentType: detection.contentType, size, sha256 },
    });
    return document;
  });
}

/** The document if the viewer may read it; null otherwise (existence is not revealed). */
export async function readableDocument(ctx: RequestContext, id: string): Promise<Document | null> {
  const viewer = requireRole(ctx, ...DOCUMENT_PERMISSIONS.document);
  if (!isUuid(id)) return null;
  const document = await ctx.loaders.document.load(id.toLowerCase());
  if (!document) return null;
  const attachments = await ctx.loaders.documentAttachments.load(document.id);
  return canReadDocument(viewer, document, attachments) ? document : null;
}

/**
 * Removes an upload that no record links: its uploader, or an admin. Evidence of a record
 * keeps its documents (a completed audit's, a submitted questionnaire's): CONFLICT.
 */
export async function removeDocument(ctx: RequestContext, id: string): Promise<boolean> {
  const viewer = requireRole(ctx, ...DOCUMENT_PERMISSIONS.removeDocument);
  if (!(await readableDocument(ctx, id))) throw notFound("Document", id);
  return inTransaction(ctx, async (tx) => {
    const document = await tx.manager.findOne(Document, {
      where: { id: id.toLowerCase() },
      lock: { mode: "pessimistic_write" },
    });
    if (!document) throw notFound("Document", id);
    if (viewer.role !== Role.ADMIN && document.uploadedById !== viewer.userId) {
      throw forbidden("Only the uploader or an admin may remove a document");
    }
    const links = await attachmentsOf(tx.manager, [document.id]);
    if (links.length > 0) {
      const kinds = [...new Set(links.map((link) => link.kind.toLowerCase().replace(/_/g, " ")))];
      throw stateConflict(
        `Document ${document.id} is evidence on ${links.length} record(s) (${kinds.join(", ")}); ` +
          "records keep their evidence, so it cannot be removed",
      );
    }
    await deleteDocuments(tx, [document], "document.removed");
    return true;
  });
}

async function deleteDocuments(
  tx: Tx,
  documents: { id: string; filename: string; sha256: string }[],
  action: string,
): Promise<void> {
  const ids = documents.map((d) => d.id);
  await documentStore.remove(tx.manager, ids);
  await tx.manager.query(`DELETE FROM document WHERE id = ANY($1::uuid[])`, [ids]);
  for (const document of documents) {
    await tx.record({
      action,
      entityType: "Document",
      entityId: document.id,
      before: { filename: document.filename, sha256: document.sha256 },
    });
  }
}

/** Uploads deleted per sweep transaction: a backlog goes in several short transactions. */
const SWEEP_BATCH = 100;

/**
 * Deletes uploads that no record has linked for `unattachedHours`. Runs as a system job (no
 * viewer); several instances may run it at once (rows are claimed with SKIP LOCKED).
 */
export async function sweepUnattachedDocuments(
  ctx: RequestContext,
  limits: Pick<DocumentLimits, "unattachedHours">,
): Promise<number> {
  const cutoff = new Date(ctx.clock.now().getTime() - limits.unattachedHours * 3_600_000);
  let total = 0;
  for (;;) {
    const deleted = await inTransaction(ctx, async (tx) => {
      const orphans = await lockOrphans(tx.manager, cutoff, SWEEP_BATCH);
      await deleteDocuments(tx, orphans, "document.swept");
      return orphans.length;
    });
    total += deleted;
    if (deleted < SWEEP_BATCH) return total;
  }
}

/**
 * Newest first. Staff see every document (or those on one supplier's records); a supplier
 * user sees its own uploads and the documents on its supplier's records it may read.
 */
export async function listDocuments(
  ctx: RequestContext,
  supplierId: string | undefined,
  first: number | undefined,
  after: string | undefined,
): Promise<Connection<Document>> {
  const viewer = requireRole(ctx, ...DOCUMENT_PERMISSIONS.documents);
  const limit = pageSize(first);
  const scope = supplierScope(viewer);
  const query = ctx.dataSource.manager.createQueryBuilder(Document, "d");
  const onSupplier = (param: string) =>
    `EXISTS (SELECT 1 FROM document_attachment a WHERE a.document_id = d.id
       AND a.supplier_id = :${param} AND ${SUPPLIER_MAY_READ})`;
  if (scope !== null) {
    query.where(`(d.uploaded_by_id = :me OR ${onSupplier("scope")})`, {
      me: viewer.userId,
      scope,
    });
  }
  if (supplierId) {
    if (!isUuid(supplierId)) return toConnection([], limit, 0, () => []);
    query.andWhere(onSupplier("supplierId"), { supplierId });
  }
  const totalCount = await query.clone().getCount();
  if (after) {
    const [at, id] = decodeCursor(after, ["timestamp", "uuid"]);
    query.andWhere("(d.uploadedAt, d.id) < (:at, :id)", { at, id });
  }
  const rows = await query
    .orderBy("d.uploadedAt", "DESC")
    .addOrderBy("d.id", "DESC")
    .limit(limit + 1)
    .getMany();
  return toConnection(rows, limit, totalCount, (d) => [d.uploadedAt.toISOString(), d.id]);
}
