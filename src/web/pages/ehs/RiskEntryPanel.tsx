import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useMutation } from "../../api/hooks";
import { riskLevel } from "../../components/RiskMatrix";
import {
  Badge,
  ErrorMessage,
  formatDate,
  formatDateTime,
  SelectField,
  TextField,
} from "../../components/ui";
import { graphql } from "../../gql";
import type { ApplicationStage, ControlStatus, ControlType } from "../../gql/graphql";
import type { Options } from "./RiskRegisterPage";
import {
  badgeText,
  controlStatusOptions,
  controlTypeLabel,
  controlTypeOptions,
  dayInput,
  dayToIso,
  FACTORS,
  stageOptions,
} from "./risk";

const UPDATE = graphql(`
  mutation UpdateRiskEntry($id: ID!, $input: UpdateRiskEntryInput!, $expectedVersion: Int!) {
    updateRiskEntry(id: $id, input: $input, expectedVersion: $expectedVersion) {
      id
      version
    }
  }
`);
const ASSESS = graphql(`
  mutation AssessRiskEntry($id: ID!, $input: RiskAnalysisInput!) {
    assessRiskEntry(id: $id, input: $input) {
      id
      priority
      riskScore
      riskLevel
    }
  }
`);
const ADD_CONTROL = graphql(`
  mutation AddRiskControl($entryId: ID!, $input: RiskControlInput!) {
    addRiskControl(entryId: $entryId, input: $input) {
      id
    }
  }
`);
const UPDATE_CONTROL = graphql(`
  mutation UpdateRiskControl($id: ID!, $input: UpdateRiskControlInput!) {
    updateRiskControl(id: $id, input: $input) {
      id
      status
    }
  }
`);

interface Factors {
  likelihood: number;
  exposure: number;
  severity: number;
}

/** Likelihood, exposure and severity (1-5) with what they compute, as the server does. */
export function AnalysisFields({
  value,
  onChange,
  error,
}: {
  value: Factors;
  onChange: (value: Factors) => void;
  error?: unknown;
}) {
  const { t } = useTranslation("ehs");
  const score = value.likelihood * value.severity;
  const fields: { key: keyof Factors; label: string }[] = [
    { key: "likelihood", label: t("analysis.likelihood") },
    { key: "exposure", label: t("analysis.exposure") },
    { key: "severity", label: t("analysis.severity") },
  ];
  return (
    <>
      <div className="form-grid">
        {fields.map((field) => (
          <SelectField
            key={field.key}
            label={field.label}
            name={field.key}
            value={String(value[field.key])}
            error={error}
            options={FACTORS}
            onChange={(event) => onChange({ ...value, [field.key]: Number(event.target.value) })}
          />
        ))}
      </div>
      <p className="rm-result" aria-live="polite" data-testid="computed-risk">
        {t("analysis.score", { likelihood: value.likelihood, severity: value.severity })}{" "}
        <strong>{score}</strong>{" "}
        <Badge value={badgeText(riskLevel(score))} kind={riskLevel(score)} />
        {t("analysis.priority", {
          likelihood: value.likelihood,
          exposure: value.exposure,
          severity: value.severity,
        })}{" "}
        <strong>{value.likelihood * value.exposure * value.severity}</strong>
      </p>
    </>
  );
}

export interface PanelEntry {
  id: string;
  version: number;
  stage: ApplicationStage;
  location: string;
  likelihood: number;
  exposure: number;
  severity: number;
  lastAssessedAt: string;
  substance: { name: string; cas?: string | null };
  category?: { id: string } | null;
  controls: {
    id: string;
    type: ControlType;
    description: string;
    owner: string;
    dueDate: string;
    status: ControlStatus;
    overdue: boolean;
  }[];
}

function EditForm({ entry, options, onChanged }: PanelProps) {
  const { t } = useTranslation("ehs");
  const update = useMutation(UPDATE);
  const [stage, setStage] = useState(entry.stage);
  const [location, setLocation] = useState(entry.location);
  const [categoryId, setCategoryId] = useState(entry.category?.id ?? "");
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const done = await update.run({
      id: entry.id,
      expectedVersion: entry.version,
      input: { stage, location, ...(categoryId ? { categoryId } : {}) },
    });
    if (done) onChanged();
  };
  return (
    <form aria-label={t("edit.label")} noValidate onSubmit={(event) => void submit(event)}>
      <h3>{t("edit.title")}</h3>
      <p className="muted">{t("edit.intro")}</p>
      <ErrorMessage error={update.error} />
      <div className="form-grid">
        <SelectField
          label={t("fields.stage")}
          name="stage"
          value={stage}
          error={update.error}
          options={stageOptions()}
          onChange={(event) => setStage(event.target.value as ApplicationStage)}
        />
        <TextField
          label={t("fields.location")}
          name="location"
          value={location}
          error={update.error}
          onChange={(event) => setLocation(event.target.value)}
        />
        <SelectField
          label={t("fields.category")}
          name="categoryId"
          value={categoryId}
          error={update.error}
          options={[
            { value: "", label: t("edit.unchanged") },
            ...options.categories.map((c) => ({ value: c.id, label: c.name })),
          ]}
          onChange={(event) => setCategoryId(event.target.value)}
        />
      </div>
      <button type="submit" disabled={update.busy}>
        {t("edit.save")}
      </button>
    </form>
  );
}

function AssessForm({ entry, onChanged }: PanelProps) {
  const { t } = useTranslation("ehs");
  const assess = useMutation(ASSESS);
  const [factors, setFactors] = useState<Factors>({
    likelihood: entry.likelihood,
    exposure: entry.exposure,
    severity: entry.severity,
  });
  const [note, setNote] = useState("");
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const done = await assess.run({ id: entry.id, input: { ...factors, note: note || null } });
    if (done) onChanged();
  };
  return (
    <form aria-label={t("assess.label")} noValidate onSubmit={(event) => void submit(event)}>
      <h3>{t("assess.title")}</h3>
      <p className="muted">
        {t("assess.lastAssessed", { date: formatDateTime(entry.lastAssessedAt) })}
      </p>
      <ErrorMessage error={assess.error} />
      <AnalysisFields value={factors} onChange={setFactors} error={assess.error} />
      <TextField
        label={t("assess.note")}
        name="note"
        value={note}
        error={assess.error}
        onChange={(event) => setNote(event.target.value)}
      />
      <button type="submit" className="primary" disabled={assess.busy}>
        {t("assess.submit")}
      </button>
    </form>
  );
}

function ControlRow({
  control,
  writer,
  onChanged,
}: {
  control: PanelEntry["controls"][number];
  writer: boolean;
  onChanged: () => void;
}) {
  const { t } = useTranslation("ehs");
  const update = useMutation(UPDATE_CONTROL);
  const [owner, setOwner] = useState(control.owner);
  const [due, setDue] = useState(dayInput(control.dueDate));
  const [status, setStatus] = useState(control.status);
  const save = async () => {
    const done = await update.run({
      id: control.id,
      input: { owner, dueDate: dayToIso(due), status },
    });
    if (done) onChanged();
  };
  return (
    <tr data-control-id={control.id}>
      <td>{controlTypeLabel(control.type)}</td>
      <td>{control.description}</td>
      {writer ? (
        <>
          <td>
            <input
              aria-label={t("entry.owner")}
              value={owner}
              onChange={(e) => setOwner(e.target.value)}
            />
            <ErrorMessage error={update.error} />
          </td>
          <td>
            <input
              type="date"
              aria-label={t("entry.dueDate")}
              value={due}
              onChange={(e) => setDue(e.target.value)}
            />
          </td>
          <td>
            <select
              aria-label={t("entry.status")}
              value={status}
              onChange={(e) => setStatus(e.target.value as ControlStatus)}
            >
              {controlStatusOptions().map((s) => (
                <option key={s.value} value={s.value}>
                  {s.label}
                </option>
              ))}
            </select>{" "}
            {control.overdue && <Badge value={badgeText("overdue")} kind="critical" />}
          </td>
          <td>
            <button type="button" disabled={update.busy} onClick={() => void save()}>
              {t("entry.save")}
            </button>
          </td>
        </>
      ) : (
        <>
          <td>{control.owner}</td>
          <td>{formatDate(control.dueDate)}</td>
          <td>
            <Badge value={badgeText(control.status)} kind={control.status} />{" "}
            {control.overdue && <Badge value={badgeText("overdue")} kind="critical" />}
          </td>
          <td />
        </>
      )}
    </tr>
  );
}

function AddControlForm({ entry, onChanged }: PanelProps) {
  const { t } = useTranslation("ehs");
  const add = useMutation(ADD_CONTROL);
  const [type, setType] = useState<ControlType>("SOURCE_PREVENTION");
  const [description, setDescription] = useState("");
  const [owner, setOwner] = useState("");
  const [due, setDue] = useState("");
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const done = await add.run({
      entryId: entry.id,
      input: { type, description, owner, dueDate: dayToIso(due) },
    });
    if (done) {
      setDescription("");
      setOwner("");
      onChanged();
    }
  };
  return (
    <form aria-label={t("addControl.label")} noValidate onSubmit={(event) => void submit(event)}>
      <h3>{t("addControl.label")}</h3>
      <ErrorMessage error={add.error} />
      <div className="form-grid">
        <SelectField
          label={t("addControl.type")}
          name="type"
          value={type}
          error={add.error}
          options={controlTypeOptions()}
          onChange={(event) => setType(event.target.value as ControlType)}
        />
        <TextField
          label={t("entry.control")}
          name="description"
          value={description}
          error={add.error}
          onChange={(event) => setDescription(event.target.value)}
        />
        <TextField
          label={t("entry.owner")}
          name="owner"
          value={owner}
          error={add.error}
          onChange={(event) => setOwner(event.target.value)}
        />
        <TextField
          label={t("entry.dueDate")}
          name="dueDate"
          type="date"
          value={due}
          error={add.error}
          onChange={(event) => setDue(event.target.value)}
        />
      </div>
      <button type="submit" disabled={add.busy || !due}>
        {t("addControl.submit")}
      </button>
    </form>
  );
}

interface PanelProps {
  entry: PanelEntry;
  options: Options;
  writer: boolean;
  onChanged: () => void;
}

/** One entry opened: its controls, and for admins and auditors the edit and assess forms. */
export function RiskEntryPanel(props: PanelProps) {
  const { entry, writer, onChanged } = props;
  const { t } = useTranslation("ehs");
  return (
    <div
      className="card"
      aria-label={t("entry.label", { substance: entry.substance.name, location: entry.location })}
    >
      <h2>
        {entry.substance.name}
        {t("sep")}
        {entry.location}
      </h2>
      <h3>{t("entry.controls")}</h3>
      {entry.controls.length === 0 ? (
        <p className="muted">{t("entry.noControls")}</p>
      ) : (
        <div className="table-wrap">
          <table className="table" data-testid="risk-controls">
            <thead>
              <tr>
                <th>{t("entry.type")}</th>
                <th>{t("entry.control")}</th>
                <th>{t("entry.owner")}</th>
                <th>{t("entry.due")}</th>
                <th>{t("entry.status")}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {entry.controls.map((control) => (
                <ControlRow
                  key={`${control.id}:${control.status}:${control.owner}:${control.dueDate}`}
                  control={control}
                  writer={writer}
                  onChanged={onChanged}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {writer && (
        <>
          <AddControlForm {...props} />
          <AssessForm {...props} />
          <EditForm {...props} />
        </>
      )}
    </div>
  );
}
