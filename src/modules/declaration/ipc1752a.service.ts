import type { RequestContext } from "../../graphql/context";
import { inTransaction } from "../../database/transaction";
import { badInput } from "../../shared/errors";
import { sentenceText } from "../../shared/i18n/sentences";
import { addMonths } from "../../shared/time";
import { documentStore } from "../document/document-store";
import { readableDocument } from "../document/document.service";
import { evidenceFromInput } from "../document/evidence-links";
import { assertSupplierVisible, requireRole } from "../identity/access";
import { DeclarationClass } from "./declaration.enums";
import { IMPORT_VALIDITY_MONTHS, MAX_IMPORT_BYTES } from "./declaration.limits";
import { DECLARATION_PERMISSIONS } from "./declaration.permissions";
import { assertCanDeclare, contentFrom, forget, insertDraft } from "./declaration.service";
import { readIpc1752a } from "./ipc1752a";
import type { MaterialDeclaration } from "./material-declaration.entity";

const XML_TYPES = new Set(["application/xml", "text/plain"]);

const onDocument = (message: string) => badInput([{ path: "documentId", message }]);

/**
 * Reads an uploaded IPC-1752A file (class C/D) into a new DRAFT of the supplier: the part, its
 * homogeneous materials and substances; the file itself becomes the draft's first evidence.
 * All or nothing: any problem writes nothing, and each is named by line and element
 * (`line 14, <Substance>: CAS 7439-92-2 fails its check digit`). Valid for
 * `IMPORT_VALIDITY_MONTHS` until the supplier edits `validUntil`.
 */
export async function importIpc1752a(
  ctx: RequestContext,
  supplierId: string,
  categoryId: string,
  documentId: string,
): Promise<MaterialDeclaration> {
  const viewer = requireRole(ctx, ...DECLARATION_PERMISSIONS.importIpc1752a);
  assertSupplierVisible(viewer, supplierId);
  const document = await readableDocument(ctx, documentId);
  if (!document)
    throw onDocument("is not a document you may read (upload it with POST /documents)");
  if (!XML_TYPES.has(document.contentType))
    throw onDocument(`is ${document.contentType}; the import reads IPC-1752A XML files`);
  if (document.size > MAX_IMPORT_BYTES)
    throw onDocument(`is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB`);
  const chunks: Buffer[] = [];
  for await (const chunk of documentStore.open(ctx.dataSource.manager, document.id))
    chunks.push(chunk as Buffer);
  const read = readIpc1752a(Buffer.concat(chunks).toString("utf8"));
  if (read.problems.length > 0)
    throw badInput(
      read.problems.map((p) => ({
        path: "documentId",
        message: `line ${p.line}, <${p.element}>: ${p.message}`,
      })),
      `The IPC-1752A file has ${read.problems.length} problem(s); nothing was imported`,
    );
  const created = await inTransaction(ctx, async (tx) => {
    await assertCanDeclare(tx, supplierId, categoryId);
    const content = await contentFrom(
      tx,
      DeclarationClass.C,
      {
        partNumber: read.partNumber ?? undefined,
        partName: read.partName,
        materials: read.materials,
        validUntil: addMonths(tx.now, IMPORT_VALIDITY_MONTHS),
      },
      null,
    );
    return insertDraft(
      tx,
      viewer,
      {
        ...content,
        supplierId,
        categoryId,
        declarationClass: DeclarationClass.C,
        evidence: await evidenceFromInput(
          tx,
          [
            {
              title: sentenceText("en", "declaration.importedFileEvidence", {
                file: document.filename,
              }).slice(0, 200),
              documentId: document.id,
            },
          ],
          "documentId",
          supplierId,
        ),
        sourceDocumentId: document.id,
      },
      "material_declaration.imported",
    );
  });
  forget(ctx, created);
  return created;
}
