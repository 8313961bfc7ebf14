import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
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
import { i18next } from "../../i18n";

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

const SCHEMES: readonly ThirdPartyScheme[] = ["ECOVADIS", "RBA_VAP", "AMFORI_BSCI", "SMETA", "SSI"];

// Option words are read when the form renders, so they follow a change of language.
const tr = i18next.getFixedT(null, "supplier");

const schemeLabel = (scheme: string) =>
  SCHEMES.includes(scheme as ThirdPartyScheme)
    ? tr(`thirdParty.schemes.${scheme as ThirdPartyScheme}`)
    : scheme;
const schemeOptions = () => SCHEMES.map((value) => ({ value, label: schemeLabel(value) }));

const GRADES = ["A", "B", "C", "D", "E"].map((g) => ({ value: g, label: g }));
const notRated = () => [{ value: "", label: tr("thirdParty.notRated") }, ...GRADES];
const MEDAL_CODES = ["PLATINUM", "GOLD", "SILVER", "BRONZE", "NONE"] as const;
const medals = () => [
  { value: "", label: tr("thirdParty.noneGiven") },
  ...MEDAL_CODES.map((m) => ({ value: m, label: tr(`thirdParty.medals.${m}`) })),
];
const levels = () =>
  [0, 1, 2, 3].map((l) => ({
    value: String(l),
    label: l === 0 ? tr("thirdParty.levelBelow") : tr("thirdParty.level", { level: l }),
  }));

/** amfori BSCI's 13 performance areas, in their order (PA1 to PA13). */
const AMFORI_PAS = [
  "socialManagement",
  "workersInvolvement",
  "freedomOfAssociation",
  "noDiscrimination",
  "fairRemuneration",
  "workingHours",
  "healthAndSafety",
  "noChildLabour",
  "youngWorkers",
  "noPrecariousEmployment",
  "noForcedLabour",
  "environment",
  "ethicalBusiness",
] as const;
const RBA_SECTIONS = [
  "LABOR",
  "HEALTH_AND_SAFETY",
  "ENVIRONMENT",
  "ETHICS",
  "MANAGEMENT_SYSTEM",
] as const;
const ECOVADIS_THEMES = [
  "ENVIRONMENT",
  "LABOR_AND_HUMAN_RIGHTS",
  "ETHICS",
  "SUSTAINABLE_PROCUREMENT",
] as const;
const SMETA_PILLARS = [
  "LABOUR_STANDARDS",
  "HEALTH_AND_SAFETY",
  "ENVIRONMENT",
  "BUSINESS_ETHICS",
] as const;
const SSI_PARTS = ["governance", "environment", "humanRights"] as const;

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
          themes: ECOVADIS_THEMES.flatMap((theme) =>
            v[`theme.${theme}`]?.trim() ? [{ theme, score: Number(v[`theme.${theme}`]) }] : [],
          ),
        },
      };
    case "RBA_VAP":
      return {
        rbaVap: {
          score: num(v.score) ?? Number.NaN,
          sections: RBA_SECTIONS.flatMap((section) =>
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
          pillars: SMETA_PILLARS.flatMap((pillar) =>
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

const SMETA_SEVERITIES = ["critical", "major", "minor"] as const;

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
  const { t } = useTranslation("supplier");
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
  type Option = { value: string; label: string };
  const select = (key: string, label: string, path: string, options: Option[], fallback = "") => (
    <SelectField
      key={key}
      label={label}
      name={path}
      value={values[key] ?? fallback}
      options={options}
      onChange={set(key)}
    />
  );
  switch (scheme) {
    case "ECOVADIS": {
      const score = number("score", t("thirdParty.fields.ecoVadisScore"), "ecoVadis.score");
      const themes = ECOVADIS_THEMES.map((theme, index) =>
        number(
          `theme.${theme}`,
          t("thirdParty.fields.theme", { theme: t(`thirdParty.ecoVadisThemes.${theme}`) }),
          `ecoVadis.themes.${index}.score`,
        ),
      );
      const onMedal = set("medal");
      return (
        <div className="form-grid">
          {score}
          <SelectField
            label={t("thirdParty.fields.medal")}
            name="ecoVadis.medal"
            value={values.medal ?? ""}
            options={medals()}
            error={error}
            onChange={onMedal}
          />
          {themes}
        </div>
      );
    }
    case "RBA_VAP": {
      const score = number("score", t("thirdParty.fields.rbaScore"), "rbaVap.score");
      const sections = RBA_SECTIONS.map((section, index) =>
        number(
          `section.${section}`,
          t("thirdParty.fields.rbaSection", { section: t(`thirdParty.rbaSections.${section}`) }),
          `rbaVap.sections.${index}.score`,
        ),
      );
      return (
        <div className="form-grid">
          {score}
          {sections}
        </div>
      );
    }
    case "AMFORI_BSCI": {
      const onGrade = set("overallGrade");
      const areas = AMFORI_PAS.map((name, index) =>
        select(
          `pa.${index + 1}`,
          t("thirdParty.fields.performanceArea", {
            number: index + 1,
            name: t(`thirdParty.amforiPas.${name}`),
          }),
          `pa.${index + 1}`,
          notRated(),
        ),
      );
      return (
        <div className="form-grid">
          <SelectField
            label={t("thirdParty.fields.overallRating")}
            name="amforiBsci.overallGrade"
            value={values.overallGrade ?? "A"}
            options={GRADES}
            error={error}
            onChange={onGrade}
          />
          {areas}
        </div>
      );
    }
    case "SSI": {
      const parts = SSI_PARTS.map((key) =>
        select(
          key,
          t("thirdParty.fields.ssiLevel", { part: t(`thirdParty.ssiParts.${key}`) }),
          `ssi.${key}`,
          levels(),
          "1",
        ),
      );
      return <div className="form-grid">{parts}</div>;
    }
    case "SMETA": {
      const yesNo = [
        { value: "yes", label: t("thirdParty.fields.yes") },
        { value: "no", label: t("thirdParty.fields.no") },
      ];
      const pillars = SMETA_PILLARS.map((pillar, index) => {
        const covered = select(
          `covered.${pillar}`,
          t("thirdParty.fields.covered"),
          `covered.${pillar}`,
          yesNo,
          index < 2 ? "yes" : "no",
        );
        const counts = SMETA_SEVERITIES.map((severity) =>
          number(
            `${pillar}.${severity}`,
            t(`thirdParty.fields.nonConformances.${severity}`),
            `smeta.pillars.${index}.${severity}`,
          ),
        );
        return (
          <fieldset key={pillar} className="form-grid">
            <legend>{t(`thirdParty.smetaPillars.${pillar}`)}</legend>
            {covered}
            {counts}
          </fieldset>
        );
      });
      return (
        <div className="smeta-pillars">
          <p className="muted">{t("thirdParty.fields.smetaHint")}</p>
          {pillars}
        </div>
      );
    }
  }
}

const SMETA_DEFAULTS: Values = {
  "covered.LABOUR_STANDARDS": "yes",
  "covered.HEALTH_AND_SAFETY": "yes",
  "covered.ENVIRONMENT": "no",
  "covered.BUSINESS_ETHICS": "no",
};

function ImportForm({ supplierId, onImported }: { supplierId: string; onImported: () => void }) {
  const { t } = useTranslation("supplier");
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
    missing.length > 0
      ? new ApiError(t("thirdParty.import.incomplete"), "BAD_USER_INPUT", missing)
      : run.error;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    const gaps = [
      ...(common.assessedAt
        ? []
        : [{ path: "assessedAt", message: t("thirdParty.import.chooseDay") }]),
      ...(report
        ? []
        : [{ path: "reportDocumentId", message: t("thirdParty.import.uploadReport") }]),
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

  const reportMessage =
    error instanceof ApiError ? error.fieldMessage("reportDocumentId") : undefined;
  return (
    <form
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-label={t("thirdParty.import.formLabel")}
    >
      <h3>{t("thirdParty.import.title")}</h3>
      {done && <Notice>{t("thirdParty.import.recorded")}</Notice>}
      <ErrorMessage error={error} />
      <div className="form-grid">
        <SelectField
          label={t("thirdParty.import.scheme")}
          name="scheme"
          value={scheme}
          options={schemeOptions()}
          onChange={(event) => {
            setScheme(event.target.value as ThirdPartyScheme);
            setValues(SMETA_DEFAULTS);
          }}
        />
        <TextField
          label={t("thirdParty.import.assessedAt")}
          name="assessedAt"
          type="date"
          value={common.assessedAt}
          error={error}
          onChange={setField("assessedAt")}
        />
        <TextField
          label={t("thirdParty.import.reference")}
          name="reference"
          value={common.reference}
          error={error}
          onChange={setField("reference")}
        />
        <TextField
          label={t("thirdParty.import.assessor")}
          name="assessor"
          value={common.assessor}
          error={error}
          onChange={setField("assessor")}
        />
      </div>
      <SchemeFields scheme={scheme} values={values} set={set} error={error} />
      {report ? (
        <p className="uploaded" role="status">
          {t("thirdParty.import.uploaded")} <span className="document-name">{report.filename}</span>{" "}
          <span className="muted">({formatBytes(report.size)})</span>{" "}
          <button type="button" className="link-button" onClick={() => setReport(null)}>
            {t("thirdParty.import.chooseAnother")}
          </button>
        </p>
      ) : (
        <DocumentUpload
          label={t("thirdParty.import.report")}
          title={t("thirdParty.import.reportTitle", { scheme: schemeLabel(scheme) })}
          message={reportMessage}
          onUploaded={setReport}
          onBusyChange={setUploading}
        />
      )}
      <button type="submit" className="primary" disabled={run.busy || uploading}>
        {run.busy ? t("thirdParty.import.recording") : t("thirdParty.import.record")}
      </button>
    </form>
  );
}

function WithdrawForm({ assessment, onDone }: { assessment: Assessment; onDone: () => void }) {
  const [reason, setReason] = useState("");
  const withdraw = useMutation(WITHDRAW);
  const { t } = useTranslation("supplier");
  return (
    <div className="inline-form">
      <TextArea
        label={t("thirdParty.withdraw.reason")}
        name="reason"
        value={reason}
        error={withdraw.error}
        rows={2}
        onChange={(event) => setReason(event.target.value)}
      />
      <ConfirmButton
        label={t("thirdParty.withdraw.button")}
        accessibleLabel={t("thirdParty.withdraw.accessible", {
          scheme: assessment.schemeName,
          date: formatDate(assessment.assessedAt),
        })}
        question={t("thirdParty.withdraw.question")}
        confirmLabel={t("thirdParty.withdraw.confirm")}
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
  const { t } = useTranslation("supplier");
  if (assessment.withdrawnAt) {
    return <Badge value={t("thirdParty.badge.withdrawn")} kind="expired" />;
  }
  if (assessment.expired) return <Badge value={t("thirdParty.badge.expired")} kind="expired" />;
  return <Badge value={t("thirdParty.badge.counts")} kind="valid" />;
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
  const { t } = useTranslation("supplier");
  return (
    <div className="card" data-testid="third-party-panel">
      <h2>{t("thirdParty.title")}</h2>
      <p className="muted">{t("thirdParty.intro")}</p>
      {supplier.thirdPartyAssessments.length === 0 ? (
        <Empty>{t("thirdParty.empty")}</Empty>
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
                {[
                  assessment.reference &&
                    t("thirdParty.entry.reference", { reference: assessment.reference }),
                  assessment.assessor,
                  t("thirdParty.entry.validUntil", { date: formatDate(assessment.validUntil) }),
                  t("thirdParty.entry.entered", {
                    date: formatDate(assessment.importedAt),
                    name: assessment.importedBy.name,
                  }),
                ]
                  .filter(Boolean)
                  .join(" · ")}
              </p>
              {assessment.withdrawnAt && (
                <p className="muted">
                  {assessment.withdrawnBy
                    ? t("thirdParty.entry.withdrawnBy", {
                        date: formatDate(assessment.withdrawnAt),
                        name: assessment.withdrawnBy.name,
                        reason: assessment.withdrawReason,
                      })
                    : t("thirdParty.entry.withdrawn", {
                        date: formatDate(assessment.withdrawnAt),
                        reason: assessment.withdrawReason,
                      })}
                </p>
              )}
              <div className="table-wrap">
                <table>
                  <caption className="sr-only">
                    {t("thirdParty.entry.caption", { scheme: assessment.schemeName })}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">{t("thirdParty.entry.area")}</th>
                      <th scope="col" className="num">
                        {t("thirdParty.entry.mappedScore")}
                      </th>
                      <th scope="col">{t("thirdParty.entry.fromReport")}</th>
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
                  {t("thirdParty.entry.report")}{" "}
                  <DocumentLink document={assessment.reportDocument} />
                </p>
              ) : (
                <p className="muted">{t("thirdParty.entry.reportHidden")}</p>
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
