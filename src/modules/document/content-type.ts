import FileType from "file-type";

/** What may be uploaded, by the type the content shows (magic bytes), with a reader's label. */
export const ALLOWED_TYPES: Readonly<Record<string, string>> = {
  "application/pdf": "PDF",
  "image/png": "PNG",
  "image/jpeg": "JPEG",
  "image/webp": "WebP",
  "image/heic": "HEIC",
  "image/heif": "HEIC",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "XLSX",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "DOCX",
  "text/csv": "CSV",
  "text/plain": "plain text",
  // IPC-1752A material declarations (issue 16); checked to the end as text, like CSV.
  "application/xml": "XML",
};

export const ALLOWED_LABELS = [...new Set(Object.values(ALLOWED_TYPES))].join(", ");

export type Detection =
  | { allowed: true; contentType: string; text: boolean }
  | { allowed: false; detected: string };

/**
 * The type from the first bytes, never from the name or the client's header. Content with no
 * known signature is text only when it is UTF-8 without control characters; the name then only
 * tells CSV from plain text. A text upload is checked to its end (`TextGuard`).
 */
export async function detectType(head: Buffer, filename: string): Promise<Detection> {
  const found = await FileType.fromBuffer(head);
  if (found) {
    return ALLOWED_TYPES[found.mime]
      ? { allowed: true, contentType: found.mime, text: found.mime === "application/xml" }
      : { allowed: false, detected: found.mime };
  }
  const guard = new TextGuard();
  if (!guard.accept(head, false)) return { allowed: false, detected: "binary data" };
  const csv = /\.csv$/i.test(filename);
  return { allowed: true, contentType: csv ? "text/csv" : "text/plain", text: true };
}

// Tab, line feed, form feed and carriage return are text; other C0 controls and DEL are not.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/;

/** Checks text content chunk by chunk: valid UTF-8 across chunk boundaries, no control bytes. */
export class TextGuard {
  private readonly decoder = new TextDecoder("utf-8", { fatal: true });

  /** False when the bytes are not text; `last` for the final chunk (no character left open). */
  accept(chunk: Buffer, last: boolean): boolean {
    try {
      return !CONTROL.test(this.decoder.decode(chunk, { stream: !last }));
    } catch {
      return false;
    }
  }
}
