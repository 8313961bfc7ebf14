/** Bytes per stored chunk: large enough for few rows, small enough to stream with flat memory. */
export const CHUNK_BYTES = 256 * 1024;

/** Bytes read before the type is decided: enough for the zip entries that tell DOCX from XLSX. */
export const SNIFF_BYTES = 64 * 1024;

export const MAX_FILENAME_LENGTH = 200;
export const MAX_TITLE_LENGTH = 200;

/** Multipart overhead allowed above DOCUMENT_MAX_BYTES before Content-Length alone refuses. */
export const MULTIPART_OVERHEAD_BYTES = 64 * 1024;

/** Documents one `documents` page or one record's evidence list shows at most. */
export const MAX_ATTACHMENTS_SHOWN = 100;
