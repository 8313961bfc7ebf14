import { Readable } from "node:stream";
import type { EntityManager } from "typeorm";
import { CHUNK_BYTES } from "./document.limits";

/**
 * Where a document's bytes live. Callers see only this interface, so an S3-compatible store can
 * replace the PostgreSQL one without touching them. `put` runs inside the upload's transaction:
 * the PostgreSQL store writes in it, so a refused upload leaves nothing.
 */
export interface DocumentStore {
  /** Writes the bytes as they come; resolves with the number of bytes written. */
  put(manager: EntityManager, documentId: string, source: AsyncIterable<Buffer>): Promise<number>;
  /** The bytes, in order, read in batches so memory stays flat for any size. */
  open(manager: EntityManager, documentId: string): Readable;
  remove(manager: EntityManager, documentIds: readonly string[]): Promise<void>;
}

/** Chunks read per query while streaming a download back. */
const CHUNKS_PER_READ = 8;

/** Bytes in `document_chunk` rows of CHUNK_BYTES each: every instance and every backup has them. */
export class PostgresDocumentStore implements DocumentStore {
  async put(
    manager: EntityManager,
    documentId: string,
    source: AsyncIterable<Buffer>,
  ): Promise<number> {
    let seq = 0;
    let written = 0;
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    const flush = async (all: boolean) => {
      while (pendingBytes >= CHUNK_BYTES || (all && pendingBytes > 0)) {
        const joined = Buffer.concat(pending, pendingBytes);
        const data = joined.subarray(0, CHUNK_BYTES);
        const rest = joined.subarray(data.length);
        pending = rest.length > 0 ? [rest] : [];
        pendingBytes = rest.length;
        await manager.query(
          `INSERT INTO document_chunk (document_id, seq, data) VALUES ($1, $2, $3)`,
          [documentId, seq++, data],
        );
        written += data.length;
      }
    };
    for await (const piece of source) {
      pending.push(piece);
      pendingBytes += piece.length;
      await flush(false);
    }
    await flush(true);
    return written;
  }

  open(manager: EntityManager, documentId: string): Readable {
    let next = 0;
    let done = false;
    return new Readable({
      highWaterMark: CHUNKS_PER_READ * CHUNK_BYTES,
      read() {
        if (done) return;
        manager
          .query(
            `SELECT data FROM document_chunk
              WHERE document_id = $1 AND seq >= $2 AND seq < $3 ORDER BY seq`,
            [documentId, next, next + CHUNKS_PER_READ],
          )
          .then((rows: { data: Buffer }[]) => {
            next += CHUNKS_PER_READ;
            for (const row of rows) this.push(row.data);
            if (rows.length < CHUNKS_PER_READ) {
              done = true;
              this.push(null);
            }
          })
          .catch((error: Error) => this.destroy(error));
      },
    });
  }

  async remove(manager: EntityManager, documentIds: readonly string[]): Promise<void> {
    if (documentIds.length === 0) return;
    await manager.query(`DELETE FROM document_chunk WHERE document_id = ANY($1::uuid[])`, [
      [...documentIds],
    ]);
  }
}

export const documentStore: DocumentStore = new PostgresDocumentStore();
