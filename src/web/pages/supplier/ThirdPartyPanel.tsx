import { useState, type FormEvent } from "react";
import { ApiError } from "../../api/client";
import { useMutation } from "../../api/hooks";
import { formatBytes, type UploadedDocument } from "../../api/upload";
import { DocumentLink, DocumentUpload } from "../../components/documents";
import { ConfirmButton } from "../../components/once";
import {
  areaLabel,
  Badge,
  Empty,
  ErrorMessage,
  formatDate,
  formatNumber,
  Notice,
  SelectField,
  TextArea,
  TextField,
} from "../../components/ui";
import { graphql } from "../../gql";
import type {
  ThirdPartyAssessmentInput,
  ThirdPartyPanelFragment,
  ThirdPartyScheme,
} from "../../gql/graphql";

graphql(`
  fragment ThirdPartyPanel on Supplier {
    id
    thirdPartyAssessments {
      id
      scheme
      schemeName
      assessedAt
      validUntil
      expired
      reference
      assessor
      importedAt
      importedBy {
        name
      }
      withdrawnAt
      withdrawReason
      withdrawnBy {
        name
      }
      areaScores {
        area
        score
        basis
      }
      reportDocument {
        id
        filename
        size
        downloadUrl
      }
    }
  }
`);

const IMPORT = graphql(`
  mutation ImportThirdPartyAssessment($supplierId: ID!, $input: ThirdPartyAssessmentInput!) {
    importThirdPartyAssessment(supplierId: $supplierId, input: $input) {
      id
    }
  }
`);
const WITHDRAW = graphql(`
  mutation WithdrawThirdPartyAssessment($id: ID!, $reason: String!) {
    withdrawThirdPartyAssessment(id: $id, reason: $reason) {
      id
      withdrawnAt
    }
  }
`);

type Assessment = ThirdPartyPanelFragment["thirdPartyAssessments"][number];

const SCHEMES: { value: ThirdPartyScheme; label: string }[] = [
  { value: "ECOVADIS", label: "EcoVadis rating" },
  { value: "RBA_VAP", label: "RBA Validated Audit (VAP)" },
  { value: "AMFORI_BSCI", label: "amfori BSCI audit" },
  { value: "SMETA", label: "SMETA audit (Sedex)" },
  { value: "SSI", label: "Solar Stewardship Initiative assessment" },
];

const GRADES = ["A", "B", "C", "D", "E"].map((g) => ({ value: g, label: g }));
const NOT_RATED = [{ value: "", label: "not rated" }, ...GRADES];
const MEDALS = [
  { value: "", label: "none given" },
  ...["PLATINUM", "GOLD", "SILVER", "BRONZE", "NONE"].map((m) => ({
    value: m,
    label: m === "NONE" ? "no medal" : m[0] + m.slice(1).toLowerCase(),
  })),
];
const LEVELS = [0, 1, 2, 3].map((l) => ({
  value: String(l),
  label: l === 0 ? "0 (below threshold)" : `Level ${l}`,
}));

const AMFORI_PAS = [
  "Social management system and cascade effect",
  "Workers involvement and protection",
  "Freedom of association and collective bargaining",
  "No discrimination, violence or harassment",
  "Fair remuneration",
  "Decent working hours",
  "Occupational health and safety",
  "No child labour",
  "Special protection for young workers",
  "No precarious employment",
  "No bonded, forced labour or human trafficking",
  "Protection of the environment",
  "Ethical business behaviour",
];
const RBA_SECTIONS = [
  ["LABOR", "Labor"],
  ["HEALTH_AND_SAFETY", "Health & Safety"],
  ["ENVIRONMENT", "Environment"],
  ["ETHICS", "Ethics"],
  ["MANAGEMENT_SYSTEM", "Management System"],
] as const;
const ECOVADIS_THEMES = [
  ["ENVIRONMENT", "Environment"],
  ["LABOR_AND_HUMAN_RIGHTS", "Labor & Human Rights"],
  ["ETHICS", "Ethics"],
  ["SUSTAINABLE_PROCUREMENT", "Sustainable Procurement"],
] as const;
const SMETA_PILLARS = [
  ["LABOUR_STANDARDS", "Labour Standards"],
  ["HEALTH_AND_SAFETY", "Health & Safety"],
  ["ENVIRONMENT", "Environment"],
  ["BUSINESS_ETHICS", "Business Ethics"],
] as const;

type Values = Record<string, string>;

const num = (value: string | undefined) => (value?.trim() ? Number(value) : undefined);

/** The scheme's block of the input from the form's flat values; blank optional fields left out. */
function resultBlock(scheme: ThirdPartyScheme, v: Values): Partial<ThirdPartyAssessmentInput> {
  switch (scheme) {
    case "ECOVADIS":
      return {
        ecoVadis: {
          score: num(v.score) ?? Number.NaN,
          ...(v.medal ? { medal: v.medal as never } : {}),
          themes: ECOVADIS_THEMES.flatMap(([theme]) =>
            v[`theme.${theme}`]?.trim() ? [{ theme, score: Number(v[`theme.${theme}`]) }] : [],
          ),
        },
      };
    case "RBA_VAP":
      return {
        rbaVap: {
          score: num(v.score) ?? Number.NaN,
          sections: RBA_SECTIONS.flatMap(([section]) =>
            v[`section.${section}`]?.trim()
              ? [{ section, score: Number(v[`section.${section}`]) }]
              : [],
          ),
        },
      };
    case "AMFORI_BSCI":
      return {
        amforiBsci: {
          overallGrade: (v.overallGrade || "A") as never,
          performanceAreas: AMFORI_PAS.flatMap((_, index) =>
            v[`pa.${index + 1}`]
              ? [{ number: index + 1, grade: v[`pa.${index + 1}`] as never }]
              : [],
          ),
        },
      };
    case "SSI":
      return {
        ssi: {
          governanceAndBusinessEthics: Number(v.governance ?? "1"),
          environment: Number(v.environment ?? "1"),
          humanAndLabourRights: Number(v.humanRights ?? "1"),
        },
      };
    case "SMETA":
      return {
        smeta: {
          pillars: SMETA_PILLARS.flatMap(([pillar]) =>
            v[`covered.${pillar}`] === "yes"
              ? [
                  {
                    pillar,
                    critical: num(v[`${pillar}.critical`]) ?? 0,
                    major: num(v[`${pillar}.major`]) ?? 0,
                    minor: num(v[`${pillar}.minor`]) ?? 0,
                  },
                ]
              : [],
          ),
        },
      };
  }
}

function SchemeFields({
  scheme,
  values,
  set,
  error,
}: {
  scheme: ThirdPartyScheme;
  values: Values;
  set: (key: string) => (event: { target: { value: string } }) => void;
  error: unknown;
}) {
  const number = (key: string, label: string, path: string, hint?: string) => (
    <TextField
      key={key}
      label={label}
      name={path}
      type="number"
      inputMode="decimal"
      value={values[key] ?? ""}
      error={error}
      hint={hint}
      onChange={set(key)}
    />
  );
  switch (scheme) {
    case "ECOVADIS":
      return (
        <div className="form-grid">
          {number("score", "Overall score (0-100)", "ecoVadis.score")}
          <SelectField
            label="Medal"
            name="ecoVadis.medal"
            value={values.medal ?? ""}
            options={MEDALS}
            error={error}
            onChange={set("medal")}
          />
          {ECOVADIS_THEMES.map(([theme, label], index) =>
            number(`theme.${theme}`, `${label} theme (optional)`, `ecoVadis.themes.${index}.score`),
          )}
        </div>
      );
    case "RBA_VAP":
      return (
        <div className="form-grid">
          {number("score", "Total score (0-200)", "rbaVap.score")}
          {RBA_SECTIONS.map(([section, label], index) =>
            number(
              `section.${section}`,
              `${label} section (0-200, optional)`,
              `rbaVap.sections.${index}.score`,
            ),
          )}
        </div>
      );
    case "AMFORI_BSCI":
      return (
        <div className="form-grid">
          <SelectField
            label="Overall rating"
            name="amforiBsci.overallGrade"
            value={values.overallGrade ?? "A"}
            options={GRADES}
            error={error}
            onChange={set("overallGrade")}
          />
          {AMFORI_PAS.map((name, index) => (
            <SelectField
              key={name}
              label={`PA${index + 1} ${name}`}
              name={`pa.${index + 1}`}
              value={values[`pa.${index + 1}`] ?? ""}
              options={NOT_RATED}
              onChange={set(`pa.${index + 1}`)}
            />
          ))}
        </div>
      );
    case "SSI":
      return (
        <div className="form-grid">
          {(
            [
              ["governance", "Governance and Business Ethics"],
              ["environment", "Environment"],
              ["humanRights", "Human and Labour Rights"],
            ] as const
          ).map(([key, label]) => (
            <SelectField
              key={key}
              label={`${label} level`}
              name={`ssi.${key}`}
              value={values[key] ?? "1"}
              options={LEVELS}
              onChange={set(key)}
            />
          ))}
        </div>
      );
    case "SMETA":
      return (
        <div className="smeta-pillars">
          <p className="muted">
            Mark the pillars the audit covered (2-pillar: the first two) and enter its
            non-conformances by severity.
          </p>
          {SMETA_PILLARS.map(([pillar, label], index) => (
            <fieldset key={pillar} className="form-grid">
              <legend>{label}</legend>
              <SelectField
                label="Covered by the audit"
                name={`covered.${pillar}`}
                value={values[`covered.${pillar}`] ?? (index < 2 ? "yes" : "no")}
                options={[
                  { value: "yes", label: "yes" },
                  { value: "no", label: "no" },
                ]}
                onChange={set(`covered.${pillar}`)}
              />
              {(["critical", "major", "minor"] as const).map((severity) =>
                number(
                  `${pillar}.${severity}`,
                  `${severity[0].toUpperCase()}${severity.slice(1)} non-conformances`,
                  `smeta.pillars.${index}.${severity}`,
                ),
              )}
            </fieldset>
          ))}
        </div>
      );
  }
}

const SMETA_DEFAULTS: Values = {
  "covered.LABOUR_STANDARDS": "yes",
  "covered.HEALTH_AND_SAFETY": "yes",
  "covered.ENVIRONMENT": "no",
  "covered.BUSINESS_ETHICS": "no",
};

function ImportForm({ supplierId, onImported }: { supplierId: string; onImported: () => void }) {
  const [scheme, setScheme] = useState<ThirdPartyScheme>("ECOVADIS");
  const [common, setCommon] = useState({ assessedAt: "", reference: "", assessor: "" });
  const [values, setValues] = useState<Values>(SMETA_DEFAULTS);
  const [report, setReport] = useState<UploadedDocument | null>(null);
  const [uploading, setUploading] = useState(false);
  const [done, setDone] = useState(false);
  const [missing, setMissing] = useState<{ path: string; message: string }[]>([]);
  const run = useMutation(IMPORT);
  const set = (key: string) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [key]: event.target.value }));
  const setField = (key: keyof typeof common) => (event: { target: { value: string } }) =>
    setCommon((current) => ({ ...current, [key]: event.target.value }));
  const error =
    missing.length > 0 ? new ApiError("Complete the form", "BAD_USER_INPUT", missing) : run.error;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    const gaps = [
      ...(common.assessedAt ? [] : [{ path: "assessedAt", message: "Choose the assessment day" }]),
      ...(report ? [] : [{ path: "reportDocumentId", message: "Upload the scheme's report" }]),
    ];
    setMissing(gaps);
    if (gaps.length > 0 || !report) return;
    const result = await run.run({
      supplierId,
      input: {
        scheme,
        assessedAt: new Date(`${common.assessedAt}T00:00:00.000Z`).toISOString(),
        reportDocumentId: report.id,
        ...(common.reference.trim() ? { reference: common.reference.trim() } : {}),
        ...(common.assessor.trim() ? { assessor: common.assessor.trim() } : {}),
        ...resultBlock(scheme, values),
      } as ThirdPartyAssessmentInput,
    });
    if (result) {
      setValues(SMETA_DEFAULTS);
      setCommon({ assessedAt: "", reference: "", assessor: "" });
      setReport(null);
      setDone(true);
      onImported();
    }
  };

  return (
    <form
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-label="Enter a third-party result"
    >
      <h3>Enter a result from a scheme&apos;s report</h3>
      {done && <Notice>Result recorded; the score is recomputed.</Notice>}
      <ErrorMessage error={error} />
      <div className="form-grid">
        <SelectField
          label="Scheme"
          name="scheme"
          value={scheme}
          options={SCHEMES}
          onChange={(event) => {
            setScheme(event.target.value as ThirdPartyScheme);
            setValues(SMETA_DEFAULTS);
          }}
        />
        <TextField
          label="Assessment day"
          name="assessedAt"
          type="date"
          value={common.assessedAt}
          error={error}
          onChange={setField("assessedAt")}
        />
        <TextField
          label="Report or audit number (optional)"
          name="reference"
          value={common.reference}
          error={error}
          onChange={setField("reference")}
        />
        <TextField
          label="Audit firm or assessment body (optional)"
          name="assessor"
          value={common.assessor}
          error={error}
          onChange={setField("assessor")}
        />
      </div>
      <SchemeFields scheme={scheme} values={values} set={set} error={error} />
      {report ? (
        <p className="uploaded" role="status">
          Report uploaded: <span className="document-name">{report.filename}</span>{" "}
          <span className="muted">({formatBytes(report.size)})</span>{" "}
          <button type="button" className="link-button" onClick={() => setReport(null)}>
            Choose another file
          </button>
        </p>
      ) : (
        <DocumentUpload
          label="The scheme's report"
          title={`${SCHEMES.find((s) => s.value === scheme)?.label ?? scheme} report`}
          message={error instanceof ApiError ? error.fieldMessage("reportDocumentId") : undefined}
          onUploaded={setReport}
          onBusyChange={setUploading}
        />
      )}
      <button type="submit" className="primary" disabled={run.busy || uploading}>
        {run.busy ? "Recording…" : "Record result"}
      </button>
    </form>
  );
}

function WithdrawForm({ assessment, onDone }: { assessment: Assessment; onDone: () => void }) {
  const [reason, setReason] = useState("");
  const withdraw = useMutation(WITHDRAW);
  return (
    <div className="inline-form">
      <TextArea
        label="Why withdraw it (at least 10 characters)"
        name="reason"
        value={reason}
        error={withdraw.error}
        rows={2}
        onChange={(event) => setReason(event.target.value)}
      />
      <ConfirmButton
        label="Withdraw"
        accessibleLabel={`Withdraw the ${assessment.schemeName} result of ${formatDate(assessment.assessedAt)}`}
        question="It stops counting for the score at once; the record stays. Withdraw it?"
        confirmLabel="Yes, withdraw"
        busy={withdraw.busy}
        onConfirm={async () => {
          if (await withdraw.run({ id: assessment.id, reason })) onDone();
        }}
      />
      <ErrorMessage error={withdraw.error} />
    </div>
  );
}

function StateBadge({ assessment }: { assessment: Assessment }) {
  if (assessment.withdrawnAt) return <Badge value="WITHDRAWN" kind="expired" />;
  if (assessment.expired) return <Badge value="EXPIRED" kind="expired" />;
  return <Badge value="COUNTS" kind="valid" />;
}

/**
 * Results of other schemes (SMETA, RBA VAP, amfori BSCI, EcoVadis, SSI): a score source below
 * own audits. Auditors and admins enter and withdraw them; everyone who sees the supplier
 * sees them, the supplier included.
 */
export function ThirdPartyPanel({
  supplier,
  canImport,
  onChange,
}: {
  supplier: ThirdPartyPanelFragment;
  canImport: boolean;
  onChange: () => void;
}) {
  return (
    <div className="card" data-testid="third-party-panel">
      <h2>Third-party assessments</h2>
      <p className="muted">
        Counted at 85 % for the areas they cover while valid; an own audit takes precedence.
      </p>
      {supplier.thirdPartyAssessments.length === 0 ? (
        <Empty>No third-party results recorded.</Empty>
      ) : (
        <ul className="certificates">
          {supplier.thirdPartyAssessments.map((assessment) => (
            <li
              key={assessment.id}
              className="certificate"
              data-assessment-id={assessment.id}
              data-scheme={assessment.scheme}
            >
              <h3>
                {assessment.schemeName} {formatDate(assessment.assessedAt)}{" "}
                <StateBadge assessment={assessment} />
              </h3>
              <p className="muted">
                {assessment.reference && `no. ${assessment.reference} · `}
                {assessment.assessor && `${assessment.assessor} · `}
                valid until {formatDate(assessment.validUntil)} · entered{" "}
                {formatDate(assessment.importedAt)} by {assessment.importedBy.name}
              </p>
              {assessment.withdrawnAt && (
                <p className="muted">
                  Withdrawn {formatDate(assessment.withdrawnAt)}
                  {assessment.withdrawnBy && ` by ${assessment.withdrawnBy.name}`}:{" "}
                  {assessment.withdrawReason}
                </p>
              )}
              <div className="table-wrap">
                <table>
                  <caption className="sr-only">
                    Area scores of the {assessment.schemeName} result
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">Area</th>
                      <th scope="col" className="num">
                        Mapped score
                      </th>
                      <th scope="col">From the report</th>
                    </tr>
                  </thead>
                  <tbody>
                    {assessment.areaScores.map((row) => (
                      <tr key={row.area}>
                        <td>{areaLabel(row.area)}</td>
                        <td className="num">{formatNumber(row.score)}</td>
                        <td>{row.basis}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              {assessment.reportDocument ? (
                <p>
                  Report: <DocumentLink document={assessment.reportDocument} />
                </p>
              ) : (
                <p className="muted">The report is not visible to you.</p>
              )}
              {canImport && !assessment.withdrawnAt && (
                <WithdrawForm assessment={assessment} onDone={onChange} />
              )}
            </li>
          ))}
        </ul>
      )}
      {canImport && <ImportForm supplierId={supplier.id} onImported={onChange} />}
    </div>
  );
}
