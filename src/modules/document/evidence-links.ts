import type { Tx } from "../../database/transaction";
import { badInput, type FieldProblem } from "../../shared/errors";
import { toEvidence, type Evidence, type EvidenceInput } from "../evidence/evidence";
import { requireViewer } from "../identity/access";
import type { AttachmentKind } from "./attachment-kind";
import { canReadDocument } from "./document.access";
import { attachmentsOf, syncAttachments } from "./document.repository";
import { isUuid } from "../../shared/text";

/**
 * Evidence as stored, its `documentId`s checked: each names an uploaded document the caller
 * may read, and a `sha256` given with it must be that document's. The hash stored is always
 * the document's own.
 */
export async function evidenceFromInput(
  tx: Tx,
  inputs: readonly EvidenceInput[] | null | undefined,
  path: string,
  supplierId: string,
): Promise<Evidence[]> {
  const [evidence] = await evidenceListsFromInput(tx, [{ inputs, path }], supplierId);
  return evidence;
}

/** Why a named document cannot be linked to a record. */
export const NOT_LINKABLE =
  "is not a document you uploaded or may read (upload it with POST /documents)";

/**
 * One document a record holds as its own file (a certificate's scan, a scheme's report),
 * lower-cased; BAD_USER_INPUT at `path` unless the caller may link it (`linkableDocuments`).
 */
export async function linkableDocument(
  tx: Tx,
  documentId: string,
  supplierId: string,
  path: string,
): Promise<string> {
  const id = documentId.toLowerCase();
  if (!(await linkableDocuments(tx, [id], supplierId)).has(id))
    throw badInput([{ path, message: NOT_LINKABLE }]);
  return id;
}

/** `evidenceFromInput` for several lists at once (a questionnaire's answers): one lookup. */
export async function evidenceListsFromInput(
  tx: Tx,
  lists: readonly { inputs: readonly EvidenceInput[] | null | undefined; path: string }[],
  supplierId: string,
): Promise<Evidence[][]> {
  const readable = await linkableDocuments(
    tx,
    lists.flatMap((list) => (list.inputs ?? []).map((e) => e.documentId)),
    supplierId,
  );
  const problems: FieldProblem[] = [];
  const stored = lists.map(({ inputs, path }) =>
    (inputs ?? []).map((input, index) => {
      const item = toEvidence(input);
      if (!input.documentId) return item;
      const hash = readable.get(input.documentId.toLowerCase());
      if (!hash) {
        problems.push({
          path: `${path}.${index}.documentId`,
          message: NOT_LINKABLE,
        });
      } else if (item.sha256 && item.sha256 !== hash) {
        problems.push({
          path: `${path}.${index}.sha256`,
          message: `does not match the document's SHA-256 (${hash})`,
        });
      }
      return { ...item, documentId: input.documentId.toLowerCase(), sha256: hash ?? item.sha256 };
    }),
  );
  if (problems.length > 0) throw badInput(problems);
  return stored;
}

/**
 * The SHA-256, by id, of each named document the caller may link to a record of `supplierId`:
 * one it may read, and not an upload by another supplier's user (linked, that supplier's file
 * would become readable to this one). The rows are share-locked until commit, so the orphan
 * sweep cannot delete one between this check and the link.
 */
export async function linkableDocuments(
  tx: Tx,
  documentIds: readonly (string | null | undefined)[],
  supplierId: string,
): Promise<Map<string, string>> {
  const ids = [
    ...new Set(
      documentIds.filter((id): id is string => !!id && isUuid(id)).map((id) => id.toLowerCase()),
    ),
  ];
  if (ids.length === 0) return new Map();
  const viewer = requireViewer(tx.ctx);
  const found: {
    id: string;
    sha256: string;
    uploaded_by_id: string;
    uploader_supplier_id: string | null;
  }[] = await tx.manager.query(
    `SELECT d.id, d.sha256, d.uploaded_by_id, u.supplier_id AS uploader_supplier_id
       FROM document d JOIN app_user u ON u.id = d.uploaded_by_id
      WHERE d.id = ANY($1::uuid[])
        FOR SHARE OF d`,
    [ids],
  );
  const attachments = await attachmentsOf(tx.manager, ids);
  return new Map(
    found
      .filter((doc) => doc.uploader_supplier_id === null || doc.uploader_supplier_id === supplierId)
      .filter((doc) =>
        canReadDocument(
          viewer,
          { uploadedById: doc.uploaded_by_id },
          attachments.filter((a) => a.documentId === doc.id),
        ),
      )
      .map((doc) => [doc.id, doc.sha256]),
  );
}

/** Links a record's stored evidence to its documents (and unlinks those it no longer has). */
export async function attachEvidence(
  tx: Tx,
  subject: { kind: AttachmentKind; subjectId: string; supplierId: string },
  evidence: readonly Pick<Evidence, "documentId">[],
): Promise<void> {
  const ids = evidence.map((e) => e.documentId).filter((id): id is string => !!id && isUuid(id));
  await syncAttachments(tx.manager, subject, ids, tx.now);
}
