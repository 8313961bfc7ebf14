import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useViewer } from "../../api/auth";
import { ApiError, gql } from "../../api/client";
import { useCursorPages, useMutation, useQuery } from "../../api/hooks";
import {
  Badge,
  Empty,
  ErrorMessage,
  Pager,
  QueryGate,
  SelectField,
  TextField,
} from "../../components/ui";
import { graphql } from "../../gql";
import type { ApplicationStage } from "../../gql/graphql";
import { HeatMap } from "./HeatMap";
import { AnalysisFields, RiskEntryPanel } from "./RiskEntryPanel";
import { badgeText, stageLabel, stageOptions } from "./risk";
import { formatPercent } from "../../i18n/format";

export const REGISTER = graphql(`
  query RiskRegister($stage: ApplicationStage, $categoryId: ID, $due: Boolean, $after: String) {
    riskRegister(
      stage: $stage
      categoryId: $categoryId
      reassessmentDue: $due
      first: 20
      after: $after
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          version
          stage
          location
          likelihood
          exposure
          severity
          riskScore
          riskLevel
          priority
          lastAssessedAt
          reassessmentDue
          reassessmentReasons
          substance {
            id
            name
            cas
          }
          category {
            id
            code
            name
          }
          supplier {
            id
            name
          }
          controls {
            id
            type
            description
            owner
            dueDate
            status
            overdue
          }
        }
      }
    }
    riskHeatMap(stage: $stage, categoryId: $categoryId, reassessmentDue: $due) {
      likelihood
      severity
      riskScore
      riskLevel
      count
    }
    riskRegisterCoverage {
      categoriesTotal
      categoriesAssessed
      share
    }
  }
`);
export const REGISTER_OPTIONS = graphql(`
  query RiskRegisterOptions {
    materialCategories {
      id
      code
      name
    }
    suppliers(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);
const SUBSTANCE_BY_CAS = graphql(`
  query RiskSubstanceByCas($cas: String!) {
    substance(cas: $cas) {
      id
      name
    }
  }
`);
const CREATE = graphql(`
  mutation CreateRiskEntry($input: CreateRiskEntryInput!) {
    createRiskEntry(input: $input) {
      id
    }
  }
`);

export type Options = {
  categories: { id: string; name: string }[];
  suppliers: { id: string; name: string }[];
};

function CreateEntryForm({ options, onCreated }: { options: Options; onCreated: () => void }) {
  const { t } = useTranslation("ehs");
  const create = useMutation(CREATE);
  const [cas, setCas] = useState("");
  const [casProblem, setCasProblem] = useState<string>();
  const [stage, setStage] = useState<ApplicationStage>("PRODUCTION");
  const [location, setLocation] = useState("");
  const [categoryId, setCategoryId] = useState("");
  const [supplierId, setSupplierId] = useState("");
  const [factors, setFactors] = useState({ likelihood: 3, exposure: 3, severity: 3 });
  const [note, setNote] = useState("");

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setCasProblem(undefined);
    let substanceId: string | undefined;
    try {
      substanceId = (await gql(SUBSTANCE_BY_CAS, { cas: cas.trim() })).substance?.id;
    } catch (error) {
      setCasProblem(error instanceof ApiError ? (error.fieldMessage("cas") ?? error.message) : "");
      return;
    }
    if (!substanceId) {
      setCasProblem(t("create.notASubstance"));
      return;
    }
    const created = await create.run({
      input: {
        substanceId,
        stage,
        location,
        categoryId: categoryId || null,
        supplierId: supplierId || null,
        ...factors,
        note: note || null,
      },
    });
    if (created) {
      setCas("");
      setLocation("");
      setNote("");
      onCreated();
    }
  };

  return (
    <form
      className="card"
      aria-label={t("create.label")}
      noValidate
      onSubmit={(event) => void submit(event)}
    >
      <h2>{t("create.title")}</h2>
      <p className="muted">{t("create.intro")}</p>
      <ErrorMessage error={create.error} />
      <div className="form-grid">
        <div className={casProblem ? "field invalid" : "field"}>
          <label htmlFor="risk-cas">{t("create.cas")}</label>
          <input
            id="risk-cas"
            name="cas"
            value={cas}
            placeholder="7439-92-1"
            aria-invalid={casProblem ? true : undefined}
            onChange={(event) => setCas(event.target.value)}
          />
          {casProblem && (
            <small className="field-error" role="alert">
              {t("create.casProblem", { problem: casProblem })}
            </small>
          )}
        </div>
        <SelectField
          label={t("fields.stage")}
          name="stage"
          value={stage}
          error={create.error}
          options={stageOptions()}
          onChange={(event) => setStage(event.target.value as ApplicationStage)}
        />
        <TextField
          label={t("fields.location")}
          name="location"
          value={location}
          error={create.error}
          onChange={(event) => setLocation(event.target.value)}
        />
        <SelectField
          label={t("fields.category")}
          name="categoryId"
          value={categoryId}
          error={create.error}
          options={[
            { value: "", label: t("create.none") },
            ...options.categories.map((c) => ({ value: c.id, label: c.name })),
          ]}
          onChange={(event) => setCategoryId(event.target.value)}
        />
        <SelectField
          label={t("create.boughtFrom")}
          name="supplierId"
          value={supplierId}
          error={create.error}
          options={[
            { value: "", label: t("create.none") },
            ...options.suppliers.map((s) => ({ value: s.id, label: s.name })),
          ]}
          onChange={(event) => setSupplierId(event.target.value)}
        />
      </div>
      <AnalysisFields value={factors} onChange={setFactors} error={create.error} />
      <TextField
        label={t("create.note")}
        name="note"
        value={note}
        error={create.error}
        onChange={(event) => setNote(event.target.value)}
      />
      <button type="submit" className="primary" disabled={create.busy}>
        {create.busy ? t("create.adding") : t("create.add")}
      </button>
    </form>
  );
}

/** The EHS view of the company's hazardous-substance register: priority order and heat map. */
export function RiskRegisterPage() {
  const { t } = useTranslation("ehs");
  const viewer = useViewer();
  const writer = viewer.role === "ADMIN" || viewer.role === "AUDITOR";
  const [stage, setStage] = useState<"" | ApplicationStage>("");
  const [categoryId, setCategoryId] = useState("");
  const [dueOnly, setDueOnly] = useState(false);
  const [open, setOpen] = useState<string | null>(null);
  const pages = useCursorPages(`${stage}|${categoryId}|${dueOnly}`);
  const state = useQuery(REGISTER, {
    stage: stage || null,
    categoryId: categoryId || null,
    due: dueOnly ? true : null,
    after: pages.after,
  });
  const optionsState = useQuery(REGISTER_OPTIONS);
  const options: Options = {
    categories: optionsState.data?.materialCategories ?? [],
    suppliers: optionsState.data?.suppliers.edges.map((e) => e.node) ?? [],
  };

  return (
    <section>
      <div className="page-head">
        <h1>{t("register.title")}</h1>
        <p className="muted">{t("register.intro")}</p>
      </div>
      <ErrorMessage error={optionsState.error} />
      {writer && <CreateEntryForm options={options} onCreated={state.reload} />}
      <div className="card" aria-label={t("register.filters")}>
        <div className="form-grid">
          <SelectField
            label={t("register.stage")}
            name="stage-filter"
            value={stage}
            options={[{ value: "", label: t("register.anyStage") }, ...stageOptions()]}
            onChange={(event) => setStage(event.target.value as "" | ApplicationStage)}
          />
          <SelectField
            label={t("register.category")}
            name="category-filter"
            value={categoryId}
            options={[
              { value: "", label: t("register.anyCategory") },
              ...options.categories.map((c) => ({ value: c.id, label: c.name })),
            ]}
            onChange={(event) => setCategoryId(event.target.value)}
          />
          <div className="field">
            <label>
              <input
                type="checkbox"
                checked={dueOnly}
                onChange={(event) => setDueOnly(event.target.checked)}
              />{" "}
              {t("register.dueOnly")}
            </label>
          </div>
        </div>
      </div>
      <QueryGate state={state}>
        {(data) => (
          <>
            <div className="card">
              <h2>{t("register.heatMap")}</h2>
              <p data-testid="coverage">
                {t("register.coverage", {
                  assessed: data.riskRegisterCoverage.categoriesAssessed,
                  total: data.riskRegisterCoverage.categoriesTotal,
                  share: formatPercent(data.riskRegisterCoverage.share, 0),
                  target: formatPercent(0.9, 0),
                })}
              </p>
              <HeatMap cells={data.riskHeatMap} />
            </div>
            <div className="card">
              <h2>{t("register.byPriority")}</h2>
              {data.riskRegister.edges.length === 0 ? (
                <Empty>{t("register.none")}</Empty>
              ) : (
                <>
                  <div className="table-wrap">
                    <table className="table" data-testid="risk-register">
                      <thead>
                        <tr>
                          <th>{t("register.priority")}</th>
                          <th>{t("register.substance")}</th>
                          <th>{t("register.stage")}</th>
                          <th>{t("register.siteOrLine")}</th>
                          <th>{t("register.category")}</th>
                          <th>{t("register.factors")}</th>
                          <th>{t("register.risk")}</th>
                          <th>{t("register.reassessment")}</th>
                          <th />
                        </tr>
                      </thead>
                      <tbody>
                        {data.riskRegister.edges.map(({ node }) => (
                          <tr key={node.id} data-entry-id={node.id}>
                            <td>
                              <strong>{node.priority}</strong>
                            </td>
                            <td>
                              {node.substance.name}
                              {node.substance.cas && (
                                <span className="muted"> ({node.substance.cas})</span>
                              )}
                            </td>
                            <td>{stageLabel(node.stage)}</td>
                            <td>{node.location}</td>
                            <td>{node.category?.name ?? "—"}</td>
                            <td>
                              {node.likelihood} × {node.exposure} × {node.severity}
                            </td>
                            <td>
                              {node.riskScore}{" "}
                              <Badge value={badgeText(node.riskLevel)} kind={node.riskLevel} />
                            </td>
                            <td>
                              {node.reassessmentDue ? (
                                <>
                                  <Badge value={badgeText("due")} kind="high" />
                                  <ul className="reasons">
                                    {node.reassessmentReasons.map((reason) => (
                                      <li key={reason}>{reason}</li>
                                    ))}
                                  </ul>
                                </>
                              ) : (
                                <span className="muted">{t("register.current")}</span>
                              )}
                            </td>
                            <td>
                              <button
                                type="button"
                                className="link-button"
                                aria-expanded={open === node.id}
                                onClick={() => setOpen(open === node.id ? null : node.id)}
                              >
                                {open === node.id ? t("register.close") : t("register.open")}
                              </button>
                            </td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </div>
                  <Pager
                    label={t("register.pager")}
                    total={data.riskRegister.totalCount}
                    hasNext={data.riskRegister.pageInfo.hasNextPage}
                    hasPrevious={pages.hasPrevious}
                    onNext={() => pages.next(data.riskRegister.pageInfo.endCursor)}
                    onPrevious={pages.previous}
                  />
                </>
              )}
            </div>
            {open &&
              data.riskRegister.edges
                .filter(({ node }) => node.id === open)
                .map(({ node }) => (
                  <RiskEntryPanel
                    key={`${node.id}:${node.version}`}
                    entry={node}
                    options={options}
                    writer={writer}
                    onChanged={state.reload}
                  />
                ))}
          </>
        )}
      </QueryGate>
    </section>
  );
}
