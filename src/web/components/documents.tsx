import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ApiError, describeError, downloadWithToken, gql } from "../api/client";
import { formatBytes, uploadDocument, type Upload, type UploadedDocument } from "../api/upload";
import { graphql } from "../gql";
import type { EvidenceInput } from "../gql/graphql";
import { TextField } from "./ui";

const REMOVE_UPLOAD = graphql(`
  mutation RemoveUpload($id: ID!) {
    removeDocument(id: $id)
  }
`);

/** The types `POST /documents` accepts (it checks the content, not the name). */
const ACCEPT = [
  ".pdf",
  ".png",
  ".jpg",
  ".jpeg",
  ".webp",
  ".heic",
  ".xlsx",
  ".docx",
  ".csv",
  ".txt",
  "application/pdf",
  "image/png",
  "image/jpeg",
  "image/webp",
  "image/heic",
  "text/csv",
  "text/plain",
].join(",");

/**
 * A document as a download button needs it: `document { id filename size downloadUrl }`, or
 * the upload's answer. Queries spell these fields out rather than spread a fragment: every
 * spread counts as a level in the API's depth limit, and evidence sits deep in some pages.
 */
export interface DownloadableDocument {
  id: string;
  filename: string;
  size: number;
  downloadUrl?: string | null;
}

/** Evidence as the views show it (the `EvidenceView` fragment, or a draft not yet saved). */
export interface EvidenceShown {
  title: string;
  url?: string | null;
  documentId?: string | null;
  document?: DownloadableDocument | null;
}

export function documentPath(document: DownloadableDocument): string {
  return document.downloadUrl || `/documents/${encodeURIComponent(document.id)}`;
}

/** A button that fetches a file with the bearer token and saves it (tokens are not cookies). */
export function DownloadButton({
  path,
  filename,
  children,
  className = "link-button",
  label,
}: {
  path: string;
  filename: string;
  children: ReactNode;
  className?: string;
  /** The accessible name when the visible text alone is ambiguous. */
  label?: string;
}) {
  const { t } = useTranslation("common");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const download = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await downloadWithToken(path, filename);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <button
        type="button"
        className={className}
        disabled={busy}
        aria-label={label}
        onClick={() => void download()}
      >
        {busy ? t("documents.downloading") : children}
      </button>
      {error !== undefined && (
        <span className="field-error" role="alert">
          {" "}
          {describeError(error)}
        </span>
      )}
    </>
  );
}

/** File name, size and a download button. */
export function DocumentLink({ document }: { document: DownloadableDocument }) {
  const { t } = useTranslation("common");
  return (
    <span className="document-link" data-document-id={document.id}>
      <span className="document-name">{document.filename}</span>{" "}
      <span className="muted">({formatBytes(document.size)})</span>{" "}
      <DownloadButton
        path={documentPath(document)}
        filename={document.filename}
        label={t("documents.downloadNamed", { filename: document.filename })}
      >
        {t("documents.download")}
      </DownloadButton>
    </span>
  );
}

/** One evidence item: its title, the link or the uploaded document. */
export function EvidenceItem({ evidence }: { evidence: EvidenceShown }) {
  const { t } = useTranslation("common");
  return (
    <span className="evidence-item">
      {evidence.url ? (
        <a href={evidence.url} target="_blank" rel="noreferrer noopener">
          {evidence.title}
        </a>
      ) : (
        evidence.title
      )}
      {evidence.document ? (
        <>
          {" · "}
          <DocumentLink document={evidence.document} />
        </>
      ) : (
        evidence.documentId && (
          <span className="muted">
            {" · "}
            {t("documents.notAvailable")}
          </span>
        )
      )}
    </span>
  );
}

/** A list of evidence items, or "None" when there is none. */
export function EvidenceList({
  evidence,
  empty,
  onRemove,
}: {
  evidence: readonly EvidenceShown[];
  empty?: string;
  /** Shows a Remove button per item. */
  onRemove?: (index: number) => void;
}) {
  const { t } = useTranslation("common");
  if (evidence.length === 0) return <span className="muted">{empty ?? t("none")}</span>;
  return (
    <ul className="evidence-list">
      {evidence.map((item, index) => (
        <li key={index}>
          <EvidenceItem evidence={item} />
          {onRemove && (
            <button
              type="button"
              className="link-button"
              aria-label={t("documents.removeEvidence", { title: item.title })}
              onClick={() => onRemove(index)}
            >
              {t("actions.remove")}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}

/**
 * A file input that uploads the chosen file at once (`POST /documents`), with a progress bar,
 * a cancel button and the server's refusal in words; hands the stored document to `onUploaded`.
 */
export function DocumentUpload({
  label,
  title,
  onUploaded,
  message,
  onBusyChange,
  accept = ACCEPT,
  hint,
}: {
  label: string;
  /** Sent as the document's title. */
  title?: string;
  /** The file picker's filter, when a form wants one type (the server checks the content). */
  accept?: string;
  hint?: string;
  onUploaded: (document: UploadedDocument) => void;
  /** A form error about the document (`evidence.0.documentId`). */
  message?: string;
  /** True while a file is being sent: forms hold their submit button until it is stored. */
  onBusyChange?: (busy: boolean) => void;
}) {
  const { t } = useTranslation("common");
  const id = useId();
  const [progress, setProgress] = useState<number | null>(null);
  const [sending, setSending] = useState<string | null>(null);
  const [error, setError] = useState<unknown>();
  const [inputKey, setInputKey] = useState(0);
  const current = useRef<Upload | null>(null);
  useEffect(() => () => current.current?.abort(), []);

  const start = async (file: File) => {
    setError(undefined);
    setSending(file.name);
    setProgress(0);
    onBusyChange?.(true);
    const upload = uploadDocument(file, { title, onProgress: setProgress });
    current.current = upload;
    try {
      const document = await upload.done;
      onUploaded(document);
    } catch (caught) {
      if (!(caught instanceof ApiError && caught.code === "ABORTED")) setError(caught);
    } finally {
      if (current.current === upload) current.current = null;
      setSending(null);
      setProgress(null);
      onBusyChange?.(false);
      setInputKey((value) => value + 1);
    }
  };

  const shown = message ?? (error !== undefined ? describeError(error) : undefined);
  const percent = progress === null ? 0 : Math.round(progress * 100);
  return (
    <div className={shown ? "field upload invalid" : "field upload"}>
      <label htmlFor={id}>{label}</label>
      <input
        key={inputKey}
        id={id}
        type="file"
        accept={accept}
        disabled={sending !== null}
        aria-describedby={`${id}-hint${shown ? ` ${id}-error` : ""}`}
        aria-invalid={shown ? true : undefined}
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) void start(file);
        }}
      />
      <small id={`${id}-hint`} className="hint">
        {hint ?? t("documents.uploadHint")}
      </small>
      {sending !== null && (
        <div className="progress-wrap upload-progress">
          <progress
            className="progress"
            max={100}
            value={percent}
            aria-label={t("documents.uploading", { name: sending })}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={percent}
            aria-valuetext={t("documents.sentOf", { percent, name: sending })}
          >
            {percent}%
          </progress>
          <span className="progress-text" aria-live="polite">
            {percent < 100 ? t("documents.sent", { percent }) : t("documents.storing")}
          </span>
          <button type="button" onClick={() => current.current?.abort()}>
            {t("documents.cancelUpload")}
          </button>
        </div>
      )}
      {shown && (
        <small id={`${id}-error`} className="field-error" role="alert">
          {shown}
        </small>
      )}
    </div>
  );
}

/** One piece of evidence being entered: a title and either a URL or an uploaded file. */
export interface EvidenceDraft {
  title: string;
  url: string;
  document: UploadedDocument | null;
}

export const EMPTY_EVIDENCE: EvidenceDraft = { title: "", url: "", document: null };

/** The EvidenceInput for a draft, or null when nothing was entered. */
export function evidenceInputOf(draft: EvidenceDraft): EvidenceInput | null {
  const title = draft.title.trim() || draft.document?.title || draft.document?.filename || "";
  const url = draft.url.trim();
  if (!title && !url && !draft.document) return null;
  if (draft.document) return { title, documentId: draft.document.id };
  return { title, ...(url ? { url } : {}) };
}

/** The draft as the evidence views show it (before it is saved). */
export function evidenceShownOf(draft: EvidenceDraft): EvidenceShown | null {
  const input = evidenceInputOf(draft);
  return input ? { ...input, document: draft.document } : null;
}

function messageFor(error: unknown, path: string): string | undefined {
  return error instanceof ApiError ? error.fieldMessage(path) : undefined;
}

/**
 * Title, then a URL or an uploaded file, for one piece of evidence. `name` is the list's path
 * in the form's errors (`evidence`): `evidence.0.title`, `.url` and `.documentId` show under
 * their inputs, a problem with the list itself above them.
 */
export function EvidenceFields({
  value,
  onChange,
  error,
  name = "evidence",
  labelSuffix = "",
  titleHint,
  legend,
  onBusyChange,
}: {
  value: EvidenceDraft;
  onChange: (next: EvidenceDraft) => void;
  error?: unknown;
  name?: string;
  /** Appended to every label (`for EN-02`), so several on a page stay distinct. */
  labelSuffix?: string;
  titleHint?: string;
  legend?: string;
  onBusyChange?: (busy: boolean) => void;
}) {
  const { t } = useTranslation("common");
  const removeUpload = (document: UploadedDocument) => {
    onChange({ ...value, document: null });
    // Linked nowhere yet: remove it now rather than leave it to the unattached sweep.
    void gql(REMOVE_UPLOAD, { id: document.id }).catch(() => undefined);
  };
  const listMessage = messageFor(error, name);
  const uploadMessage = messageFor(error, `${name}.0.documentId`);
  const body = (
    <>
      {listMessage && (
        <p className="field-error" role="alert">
          {listMessage}
        </p>
      )}
      <div className="form-grid">
        <TextField
          label={t("documents.evidenceTitle", { suffix: labelSuffix })}
          name={`${name}.0.title`}
          value={value.title}
          error={error}
          hint={titleHint}
          onChange={(event) => onChange({ ...value, title: event.target.value })}
        />
        <TextField
          label={t("documents.evidenceUrl", { suffix: labelSuffix })}
          name={`${name}.0.url`}
          type="url"
          value={value.url}
          error={error}
          disabled={value.document !== null}
          hint={value.document ? t("documents.fileAttached") : t("documents.urlHint")}
          onChange={(event) => onChange({ ...value, url: event.target.value })}
        />
      </div>
      {value.document ? (
        <p className="uploaded" role="status">
          {t("documents.uploaded")} <span className="document-name">{value.document.filename}</span>{" "}
          <span className="muted">({formatBytes(value.document.size)})</span>{" "}
          <button
            type="button"
            className="link-button"
            onClick={() => value.document && removeUpload(value.document)}
          >
            {t("documents.removeFile")}
          </button>
        </p>
      ) : (
        <DocumentUpload
          label={t("documents.orUpload", { suffix: labelSuffix })}
          title={value.title}
          message={uploadMessage}
          onBusyChange={onBusyChange}
          onUploaded={(document) => onChange({ ...value, url: "", document })}
        />
      )}
    </>
  );
  return legend ? (
    <fieldset className="evidence-fields">
      <legend>{legend}</legend>
      {body}
    </fieldset>
  ) : (
    <div className="evidence-fields">{body}</div>
  );
}
