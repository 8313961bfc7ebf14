import type { RequestContext } from "../../graphql/context";
import type { CsvRecord } from "../../shared/csv";
import { badInput } from "../../shared/errors";
import { readTable, TableFileError, TABLE_TYPES } from "../../shared/spreadsheet";
import { documentStore } from "./document-store";
import type { Document } from "./document.entity";
import { readableDocument } from "./document.service";

/**
 * The rows of an uploaded document that an import reads (CSV or XLSX), or BAD_USER_INPUT on
 * `path` when the viewer may not read it or it is not a table.
 */
export async function readImportTable(
  ctx: RequestContext,
  documentId: string,
  path = "documentId",
): Promise<{ document: Document; records: CsvRecord[] }> {
  const document = await readableDocument(ctx, documentId);
  if (!document)
    throw badInput([
      { path, message: "is not a document you may read (upload it with POST /documents)" },
    ]);
  if (!TABLE_TYPES.has(document.contentType))
    throw badInput([
      {
        path,
        message: `is ${document.contentType}; the import reads CSV (UTF-8) or XLSX`,
      },
    ]);
  const chunks: Buffer[] = [];
  for await (const chunk of documentStore.open(ctx.dataSource.manager, document.id))
    chunks.push(chunk as Buffer);
  try {
    return { document, records: await readTable(Buffer.concat(chunks), document.contentType) };
  } catch (error) {
    if (error instanceof TableFileError) throw badInput([{ path, message: error.message }]);
    throw error;
  }
}
