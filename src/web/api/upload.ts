/**
 * Uploads to `POST /documents` (multipart: `file`, optional `title`) with the bearer token.
 * XMLHttpRequest rather than fetch: only it reports upload progress (`upload.onprogress`).
 */
import { ApiError, getToken, setToken } from "./client";
import { currentLocale, i18next } from "../i18n";

/** What `POST /documents` answers with 201. */
export interface UploadedDocument {
  id: string;
  filename: string;
  contentType: string;
  size: number;
  sha256: string;
  title: string | null;
}

export interface Upload {
  done: Promise<UploadedDocument>;
  abort(): void;
}

interface ErrorBody {
  errors?: { message?: string; extensions?: { code?: string } }[];
}

function failure(xhr: XMLHttpRequest): ApiError {
  let body: ErrorBody | null = null;
  try {
    body = JSON.parse(xhr.responseText) as ErrorBody;
  } catch {
    // not JSON (a proxy's page): keep the status below
  }
  const first = body?.errors?.[0];
  const code = first?.extensions?.code ?? "HTTP";
  if (code === "UNAUTHENTICATED" && getToken()) setToken(null);
  // The server's message names the limit or the allowed types: show it as it is.
  return new ApiError(
    first?.message ?? i18next.t("common:errors.uploadFailed", { status: xhr.status }),
    code,
  );
}

/** Starts one upload; `onProgress` gets the share sent so far, 0 to 1. */
export function uploadDocument(
  file: File,
  options: { title?: string; onProgress?: (sent: number) => void } = {},
): Upload {
  const xhr = new XMLHttpRequest();
  const done = new Promise<UploadedDocument>((resolve, reject) => {
    xhr.open("POST", "/documents");
    const token = getToken();
    if (token) xhr.setRequestHeader("authorization", `Bearer ${token}`);
    // The refusal (too large, wrong type) comes back in the interface's language.
    xhr.setRequestHeader("accept-language", currentLocale());
    xhr.responseType = "text";
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0)
        options.onProgress?.(event.loaded / event.total);
    };
    xhr.onload = () => {
      if (xhr.status !== 201) {
        reject(failure(xhr));
        return;
      }
      try {
        options.onProgress?.(1);
        resolve(JSON.parse(xhr.responseText) as UploadedDocument);
      } catch {
        reject(new ApiError(i18next.t("common:errors.uploadUnreadable"), "HTTP"));
      }
    };
    xhr.onerror = () => reject(new ApiError(i18next.t("common:errors.uploadNetwork"), "NETWORK"));
    xhr.onabort = () => reject(new ApiError(i18next.t("common:errors.uploadCancelled"), "ABORTED"));
    const form = new FormData();
    // Fields before the file: the server reads the title while the file streams in.
    if (options.title?.trim()) form.append("title", options.title.trim());
    form.append("file", file, file.name);
    xhr.send(form);
  });
  return { done, abort: () => xhr.abort() };
}

/** 1 234 567 bytes as "1.2 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ["KB", "MB", "GB"];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value < 10 ? value.toFixed(1) : Math.round(value)} ${units[unit]}`;
}
