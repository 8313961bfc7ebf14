import { createHash } from "node:crypto";
import http from "node:http";
import { Readable } from "node:stream";
import { crc32, deflateSync } from "node:zlib";
import type { Document } from "../../src/modules/document/document.entity";
import { uploadDocument } from "../../src/modules/document/document.service";
import type { TestApp } from "./test-app";

export const sha256 = (bytes: Buffer): string => createHash("sha256").update(bytes).digest("hex");

export interface UploadResult {
  status: number;
  body: any;
  headers: http.IncomingHttpHeaders;
}

/**
 * POST /documents as a browser sends it (multipart: optional `title`, then `file`). `chunked`
 * sends no Content-Length, so only the server's streaming count can refuse a large file.
 */
export function upload(
  baseUrl: string,
  token: string | null,
  bytes: Buffer,
  filename: string,
  options: { title?: string; chunked?: boolean; field?: string } = {},
): Promise<UploadResult> {
  const boundary = `----esg${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = [];
  if (options.title !== undefined) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="title"\r\n\r\n${options.title}\r\n`,
      ),
    );
  }
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="${options.field ?? "file"}"; ` +
      `filename*=UTF-8''${encodeURIComponent(filename)}\r\n` +
      `Content-Type: application/octet-stream\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  const total = parts.reduce((n, p) => n + p.length, 0) + head.length + bytes.length + tail.length;
  const url = new URL("/documents", baseUrl);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        method: "POST",
        hostname: url.hostname,
        port: url.port,
        path: url.pathname,
        headers: {
          "content-type": `multipart/form-data; boundary=${boundary}`,
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...(options.chunked ? { "transfer-encoding": "chunked" } : { "content-length": total }),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          let body: unknown = text;
          try {
            body = JSON.parse(text);
          } catch {
            // not JSON: keep the text
          }
          resolve({ status: res.statusCode ?? 0, body, headers: res.headers });
        });
      },
    );
    // The server may answer (413, 415) and close before the body is all sent.
    req.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code !== "EPIPE" && error.code !== "ECONNRESET") reject(error);
    });
    for (const part of parts) req.write(part);
    req.write(head);
    const slice = 256 * 1024;
    for (let at = 0; at < bytes.length; at += slice) req.write(bytes.subarray(at, at + slice));
    req.end(tail);
  });
}

/** GET a path with the bearer token, the whole body as bytes. */
export async function download(
  baseUrl: string,
  token: string | null,
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; bytes: Buffer; headers: Headers }> {
  const response = await fetch(new URL(path, baseUrl), {
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
  });
  return {
    status: response.status,
    bytes: Buffer.from(await response.arrayBuffer()),
    headers: response.headers,
  };
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A valid RGB PNG of `width` x `height` with a gradient, so every pixel row differs. */
export function pngBytes(width = 32, height = 16): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3);
    for (let x = 0; x < width; x++) row.set([(x * 8) & 255, (y * 16) & 255, 128], 1 + x * 3);
    rows.push(row);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk("IHDR", header),
    pngChunk("IDAT", deflateSync(Buffer.concat(rows))),
    pngChunk("IEND", Buffer.alloc(0)),
  ]);
}

/** A zip of stored (uncompressed) entries: enough for an Office file's container. */
export function zipBytes(entries: { name: string; content: string }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, "utf8");
    const data = Buffer.from(entry.content, "utf8");
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, data);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += local.length + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** A minimal DOCX container (file-type tells it from XLSX by its `word/` entries). */
export const docxBytes = (): Buffer =>
  zipBytes([
    { name: "[Content_Types].xml", content: '<?xml version="1.0"?><Types/>' },
    { name: "_rels/.rels", content: '<?xml version="1.0"?><Relationships/>' },
    { name: "word/document.xml", content: '<?xml version="1.0"?><w:document/>' },
  ]);

/** A Windows executable's first bytes: what a renamed `.exe` starts with. */
export const exeBytes = (): Buffer =>
  Buffer.concat([
    Buffer.from("MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff", "latin1"),
    Buffer.alloc(512),
  ]);

/** An upload through the real upload service, for tests that do not listen on a port. */
export async function storeDocument(
  app: TestApp,
  token: string,
  bytes: Buffer,
  filename: string,
): Promise<Document> {
  return uploadDocument(await app.server.contextFor(token), app.config.documents, {
    filename,
    stream: Readable.from([bytes]),
    fields: Promise.resolve({}),
  });
}
