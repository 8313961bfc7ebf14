import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError, isStaleVersion } from "../../api/client";
import type { UploadedDocument } from "../../api/upload";
import { DocumentLink, DocumentUpload } from "../../components/documents";
import { ErrorMessage, SelectField, TextArea, TextField } from "../../components/ui";
import type { CustodyModel, LinkEvidenceKind } from "../../gql/graphql";
import {
  custodyOptions,
  evidenceKindLabel,
  evidenceKindOptions,
  type MapLink,
  type MapNode,
  type Tier,
} from "./map.types";

/** A stale `expectedVersion` in words, with the way out; any other error as usual. */
export function MapError({ error, onReload }: { error: unknown; onReload: () => void }) {
  const { t } = useTranslation("supplyChain");
  if (isStaleVersion(error)) {
    return (
      <div className="error" role="alert">
        {t("forms.stale")}{" "}
        <button type="button" onClick={onReload}>
          {t("forms.reload")}
        </button>
      </div>
    );
  }
  return <ErrorMessage error={error} />;
}

export interface NodeDraft {
  name: string;
  tierId: string;
  country: string;
  region: string;
  address: string;
  latitude: string;
  longitude: string;
}

export function nodeDraftOf(node: MapNode | null, tierId: string): NodeDraft {
  return {
    name: node?.name ?? "",
    tierId: node?.tierId ?? tierId,
    country: node?.country ?? "",
    region: node?.region ?? "",
    address: node?.address ?? "",
    latitude: node?.latitude?.toString() ?? "",
    longitude: node?.longitude?.toString() ?? "",
  };
}

/** Blank coordinates are null; anything else goes as typed so the API judges the number. */
function coordinate(value: string): number | null {
  const trimmed = value.trim();
  return trimmed === "" ? null : Number(trimmed);
}

export function nodeInputOf(draft: NodeDraft) {
  return {
    name: draft.name,
    tierId: draft.tierId,
    country: draft.country.trim().toUpperCase(),
    region: draft.region.trim() === "" ? null : draft.region.trim().toUpperCase(),
    address: draft.address.trim() === "" ? null : draft.address,
    latitude: coordinate(draft.latitude),
    longitude: coordinate(draft.longitude),
  };
}

export function NodeForm({
  title,
  tiers,
  initial,
  rootTier,
  busy,
  error,
  onReload,
  onSubmit,
  onCancel,
}: {
  title: string;
  tiers: readonly Tier[];
  initial: NodeDraft;
  /** The root may not move: its tier is fixed. */
  rootTier: boolean;
  busy: boolean;
  error: unknown;
  onReload: () => void;
  onSubmit: (draft: NodeDraft) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation("supplyChain");
  const [draft, setDraft] = useState(initial);
  const set = (key: keyof NodeDraft) => (event: { target: { value: string } }) =>
    setDraft((current) => ({ ...current, [key]: event.target.value }));
  return (
    <form
      className="card"
      aria-label={title}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit(draft);
      }}
    >
      <h2>{title}</h2>
      <div className="form-grid">
        <TextField
          label={t("forms.node.name")}
          name="name"
          value={draft.name}
          error={error}
          required
          onChange={set("name")}
        />
        <SelectField
          label={t("forms.node.tier")}
          name="tierId"
          value={draft.tierId}
          error={error}
          disabled={rootTier}
          options={tiers.map((tier) => ({ value: tier.id, label: tier.name }))}
          onChange={set("tierId")}
        />
        <TextField
          label={t("forms.node.country")}
          name="country"
          value={draft.country}
          error={error}
          hint={t("forms.node.countryHint")}
          maxLength={2}
          onChange={set("country")}
        />
        <TextField
          label={t("forms.node.region")}
          name="region"
          value={draft.region}
          error={error}
          hint={t("forms.node.regionHint")}
          onChange={set("region")}
        />
        <TextField
          label={t("forms.node.latitude")}
          name="latitude"
          value={draft.latitude}
          error={error}
          inputMode="decimal"
          hint={t("forms.node.latitudeHint")}
          onChange={set("latitude")}
        />
        <TextField
          label={t("forms.node.longitude")}
          name="longitude"
          value={draft.longitude}
          error={error}
          inputMode="decimal"
          onChange={set("longitude")}
        />
      </div>
      <TextArea
        label={t("forms.node.address")}
        name="address"
        value={draft.address}
        error={error}
        rows={2}
        onChange={set("address")}
      />
      <MapError error={error} onReload={onReload} />
      <div className="button-row">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t("forms.saving") : t("forms.node.save")}
        </button>
        <button type="button" onClick={onCancel}>
          {t("forms.cancel")}
        </button>
      </div>
    </form>
  );
}

export interface EvidenceRow {
  documentId: string;
  kind: LinkEvidenceKind;
  reference: string;
  sha256?: string | null;
  document?: { id: string; filename: string; size: number; downloadUrl?: string | null } | null;
}

export function evidenceRowsOf(link: MapLink | null): EvidenceRow[] {
  return (link?.evidence ?? []).map((item) => ({
    documentId: item.documentId,
    kind: item.kind,
    reference: item.reference ?? "",
    sha256: item.sha256,
    document: item.document,
  }));
}

export function evidenceInputsOf(rows: readonly EvidenceRow[]) {
  return rows.map((row) => ({
    documentId: row.documentId,
    kind: row.kind,
    reference: row.reference.trim() === "" ? null : row.reference.trim(),
    ...(row.sha256 ? { sha256: row.sha256 } : {}),
  }));
}

/** Purchase orders, invoices, bills of lading: uploaded files with a kind and a reference. */
export function LinkEvidenceFields({
  rows,
  onChange,
  error,
  legend,
  onBusyChange,
}: {
  rows: EvidenceRow[];
  onChange: (rows: EvidenceRow[]) => void;
  error: unknown;
  legend: string;
  onBusyChange: (busy: boolean) => void;
}) {
  const { t } = useTranslation("supplyChain");
  const [kind, setKind] = useState<LinkEvidenceKind>("PURCHASE_ORDER");
  const [reference, setReference] = useState("");
  const listMessage = error instanceof ApiError ? error.fieldMessage("evidence") : undefined;
  return (
    <fieldset className="evidence-fields">
      <legend>{legend}</legend>
      {listMessage && (
        <p className="field-error" role="alert">
          {t("forms.evidence.listError", { message: listMessage })}
        </p>
      )}
      {rows.length === 0 ? (
        <p className="muted">{t("forms.evidence.none")}</p>
      ) : (
        <ul className="evidence-list" aria-label={t("forms.evidence.list")}>
          {rows.map((row, index) => (
            <li key={`${row.documentId}-${index}`}>
              {evidenceKindLabel(row.kind)}
              {row.reference && ` ${row.reference}`}
              {row.document && (
                <>
                  {" · "}
                  <DocumentLink document={row.document} />
                </>
              )}{" "}
              <button
                type="button"
                className="link-button"
                aria-label={t("forms.evidence.removeLabel", {
                  item: row.reference || row.document?.filename || index + 1,
                })}
                onClick={() => onChange(rows.filter((_, i) => i !== index))}
              >
                {t("forms.evidence.remove")}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="form-grid">
        <SelectField
          label={t("forms.evidence.kind")}
          value={kind}
          options={evidenceKindOptions()}
          onChange={(event) => setKind(event.target.value as LinkEvidenceKind)}
        />
        <TextField
          label={t("forms.evidence.reference")}
          value={reference}
          hint={t("forms.evidence.referenceHint")}
          onChange={(event) => setReference(event.target.value)}
        />
      </div>
      <DocumentUpload
        label={t("forms.evidence.upload")}
        title={reference || evidenceKindLabel(kind)}
        onBusyChange={onBusyChange}
        onUploaded={(document: UploadedDocument) => {
          onChange([
            ...rows,
            { documentId: document.id, kind, reference, sha256: document.sha256, document },
          ]);
          setReference("");
        }}
      />
    </fieldset>
  );
}

export function LinkForm({
  title,
  nodes,
  link,
  busy,
  error,
  onReload,
  onSubmit,
  onCancel,
}: {
  title: string;
  nodes: readonly MapNode[];
  /** Null: a new link. An existing link keeps its ends (remove it and add another to move). */
  link: MapLink | null;
  busy: boolean;
  error: unknown;
  onReload: () => void;
  onSubmit: (value: {
    upstreamNodeId: string;
    downstreamNodeId: string;
    custody: CustodyModel;
    evidence: EvidenceRow[];
  }) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation("supplyChain");
  const sorted = [...nodes].sort((a, b) => a.name.localeCompare(b.name));
  const options = sorted.map((node) => ({
    value: node.id,
    label: t("forms.link.option", { name: node.name, tier: node.tier.name }),
  }));
  const [upstreamNodeId, setUpstream] = useState(
    link?.upstreamNodeId ?? sorted.find((node) => !node.isRoot)?.id ?? "",
  );
  const [downstreamNodeId, setDownstream] = useState(
    link?.downstreamNodeId ?? sorted.find((node) => node.isRoot)?.id ?? "",
  );
  const [custody, setCustody] = useState<CustodyModel>(link?.custody ?? "SEGREGATED");
  const [evidence, setEvidence] = useState<EvidenceRow[]>(() => evidenceRowsOf(link));
  const [uploading, setUploading] = useState(false);
  return (
    <form
      className="card"
      aria-label={title}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit({ upstreamNodeId, downstreamNodeId, custody, evidence });
      }}
    >
      <h2>{title}</h2>
      <p className="muted">
        {t("forms.link.intro")}
        {link?.state === "VERIFIED" && t("forms.link.resetsVerified")}
      </p>
      <div className="form-grid">
        <SelectField
          label={t("forms.link.upstream")}
          name="upstreamNodeId"
          value={upstreamNodeId}
          error={error}
          disabled={link !== null}
          options={options}
          onChange={(event) => setUpstream(event.target.value)}
        />
        <SelectField
          label={t("forms.link.downstream")}
          name="downstreamNodeId"
          value={downstreamNodeId}
          error={error}
          disabled={link !== null}
          options={options}
          onChange={(event) => setDownstream(event.target.value)}
        />
        <SelectField
          label={t("forms.link.custody")}
          name="custody"
          value={custody}
          error={error}
          options={custodyOptions()}
          onChange={(event) => setCustody(event.target.value as CustodyModel)}
        />
      </div>
      <LinkEvidenceFields
        rows={evidence}
        onChange={setEvidence}
        error={error}
        legend={t("forms.link.evidence")}
        onBusyChange={setUploading}
      />
      <MapError error={error} onReload={onReload} />
      <div className="button-row">
        <button type="submit" className="primary" disabled={busy || uploading}>
          {busy ? t("forms.saving") : t("forms.link.save")}
        </button>
        <button type="button" onClick={onCancel}>
          {t("forms.cancel")}
        </button>
      </div>
    </form>
  );
}

export function VerifyForm({
  link,
  label,
  busy,
  error,
  onReload,
  onSubmit,
  onCancel,
}: {
  link: MapLink;
  label: string;
  busy: boolean;
  error: unknown;
  onReload: () => void;
  onSubmit: (value: { evidence: EvidenceRow[]; note: string }) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation("supplyChain");
  const [evidence, setEvidence] = useState<EvidenceRow[]>([]);
  const [note, setNote] = useState("");
  const [uploading, setUploading] = useState(false);
  const title = t("map.verifyLink", { link: label });
  return (
    <form
      className="card"
      aria-label={title}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit({ evidence, note });
      }}
    >
      <h2>{title}</h2>
      <p className="muted">{t("forms.verify.intro", { documents: link.evidence.length })}</p>
      <LinkEvidenceFields
        rows={evidence}
        onChange={setEvidence}
        error={error}
        legend={t("forms.verify.evidence")}
        onBusyChange={setUploading}
      />
      <TextArea
        label={t("forms.verify.note")}
        name="note"
        value={note}
        error={error}
        rows={2}
        onChange={(event) => setNote(event.target.value)}
      />
      <MapError error={error} onReload={onReload} />
      <div className="button-row">
        <button type="submit" className="primary" disabled={busy || uploading}>
          {busy ? t("forms.verify.submitting") : t("forms.verify.submit")}
        </button>
        <button type="button" onClick={onCancel}>
          {t("forms.cancel")}
        </button>
      </div>
    </form>
  );
}
