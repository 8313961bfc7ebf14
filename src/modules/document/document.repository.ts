import type { EntityManager } from "typeorm";
import type { AttachmentKind } from "./attachment-kind";
import type { AttachmentAccess } from "./document.access";

export interface AttachmentRow extends AttachmentAccess {
  documentId: string;
  kind: AttachmentKind;
  subjectId: string;
  attachedAt: Date;
}

/**
 * Whether the supplier of attachment `a` may read it now: findings of an audit that is not
 * completed are drafts their supplier does not see (SPEC 1), and their evidence is hidden with
 * them; screening rebuttals are staff records the supplier never sees. The one statement of
 * this rule, for single documents and for lists.
 */
export const SUPPLIER_MAY_READ = `(a.kind <> 'SCREENING_REBUTTAL' AND (a.kind <> 'FINDING' OR EXISTS (
  SELECT 1 FROM finding f JOIN audit au ON au.id = f.audit_id
   WHERE f.id = a.subject_id AND au.status = 'COMPLETED')))`;

/** Every attachment of the documents, with whether the record's supplier may read it. */
export async function attachmentsOf(
  manager: EntityManager,
  documentIds: readonly string[],
): Promise<AttachmentRow[]> {
  const rows: {
    document_id: string;
    kind: AttachmentKind;
    subject_id: string;
    supplier_id: string;
    attached_at: Date;
    supplier_may_read: boolean;
  }[] = await manager.query(
    `SELECT a.document_id, a.kind, a.subject_id, a.supplier_id, a.attached_at,
            ${SUPPLIER_MAY_READ} AS supplier_may_read
       FROM document_attachment a
      WHERE a.document_id = ANY($1::uuid[])
      ORDER BY a.attached_at, a.kind, a.subject_id`,
    [[...documentIds]],
  );
  return rows.map((row) => ({
    documentId: row.document_id,
    kind: row.kind,
    subjectId: row.subject_id,
    supplierId: row.supplier_id,
    attachedAt: row.attached_at,
    supplierMayRead: row.supplier_may_read,
  }));
}

/** Uploads by a user since a time: the hourly quota counts these. */
export async function uploadsSince(
  manager: EntityManager,
  userId: string,
  since: Date,
): Promise<number> {
  const [row] = await manager.query(
    `SELECT count(*)::int AS n FROM document WHERE uploaded_by_id = $1 AND uploaded_at > $2`,
    [userId, since],
  );
  return (row as { n: number }).n;
}

/**
 * Makes a record's evidence link exactly these documents: links added, links no longer in
 * its evidence dropped. A document left linked nowhere starts its unattached window again.
 */
export async function syncAttachments(
  manager: EntityManager,
  subject: { kind: AttachmentKind; subjectId: string; supplierId: string },
  documentIds: readonly string[],
  now: Date,
): Promise<void> {
  const ids = [...new Set(documentIds)];
  const dropped: { document_id: string }[] = await manager.query(
    `SELECT document_id FROM document_attachment
      WHERE kind = $1 AND subject_id = $2 AND NOT (document_id = ANY($3::uuid[]))`,
    [subject.kind, subject.subjectId, ids],
  );
  if (dropped.length > 0) {
    await manager.query(
      `DELETE FROM document_attachment
        WHERE kind = $1 AND subject_id = $2 AND document_id = ANY($3::uuid[])`,
      [subject.kind, subject.subjectId, dropped.map((row) => row.document_id)],
    );
  }
  if (ids.length > 0) {
    await manager.query(
      `INSERT INTO document_attachment (document_id, kind, subject_id, supplier_id, attached_at)
       SELECT unnest($1::uuid[]), $2, $3, $4, $5
       ON CONFLICT DO NOTHING`,
      [ids, subject.kind, subject.subjectId, subject.supplierId, now],
    );
    await manager.query(
      `UPDATE document SET unattached_since = NULL
        WHERE id = ANY($1::uuid[]) AND unattached_since IS NOT NULL`,
      [ids],
    );
  }
  if (dropped.length > 0) {
    await manager.query(
      `UPDATE document d SET unattached_since = $2
        WHERE d.id = ANY($1::uuid[])
          AND NOT EXISTS (SELECT 1 FROM document_attachment a WHERE a.document_id = d.id)`,
      [dropped.map((row) => row.document_id), now],
    );
  }
}

/** Documents linked nowhere since before `cutoff`, locked so two sweepers never collide. */
export async function lockOrphans(
  manager: EntityManager,
  cutoff: Date,
  limit: number,
): Promise<{ id: string; filename: string; sha256: string; uploaded_by_id: string }[]> {
  return manager.query(
    `SELECT d.id, d.filename, d.sha256, d.uploaded_by_id FROM document d
      WHERE d.unattached_since < $1
        AND NOT EXISTS (SELECT 1 FROM document_attachment a WHERE a.document_id = d.id)
      ORDER BY d.unattached_since
      LIMIT $2
      FOR UPDATE SKIP LOCKED`,
    [cutoff, limit],
  );
}
