import { useState, type FormEvent } from "react";
import { useViewer } from "../../api/auth";
import { ApiError, gql } from "../../api/client";
import { useCursorPages, useMutation, useQuery } from "../../api/hooks";
import {
  Badge,
  Empty,
  ErrorMessage,
  formatNumber,
  Pager,
  QueryGate,
  SelectField,
  TextField,
} from "../../components/ui";
import { graphql } from "../../gql";
import type { ApplicationStage } from "../../gql/graphql";
import { HeatMap } from "./HeatMap";
import { AnalysisFields, RiskEntryPanel } from "./RiskEntryPanel";
import { STAGES, stageLabel } from "./risk";

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
      setCasProblem("is not a substance of the reference data");
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
      aria-label="New register entry"
      noValidate
      onSubmit={(event) => void submit(event)}
    >
      <h2>New entry</h2>
      <p className="muted">Identify the substance, where it is used, and analyse it.</p>
      <ErrorMessage error={create.error} />
      <div className="form-grid">
        <div className={casProblem ? "field invalid" : "field"}>
          <label htmlFor="risk-cas">CAS number</label>
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
              CAS number {casProblem}
            </small>
          )}
        </div>
        <SelectField
          label="Application stage"
          name="stage"
          value={stage}
          error={create.error}
          options={STAGES}
          onChange={(event) => setStage(event.target.value as ApplicationStage)}
        />
        <TextField
          label="Site or product line"
          name="location"
          value={location}
          error={create.error}
          onChange={(event) => setLocation(event.target.value)}
        />
        <SelectField
          label="Material category"
          name="categoryId"
          value={categoryId}
          error={create.error}
          options={[
            { value: "", label: "None" },
            ...options.categories.map((c) => ({ value: c.id, label: c.name })),
          ]}
          onChange={(event) => setCategoryId(event.target.value)}
        />
        <SelectField
          label="Bought from"
          name="supplierId"
          value={supplierId}
          error={create.error}
          options={[
            { value: "", label: "None" },
            ...options.suppliers.map((s) => ({ value: s.id, label: s.name })),
          ]}
          onChange={(event) => setSupplierId(event.target.value)}
        />
      </div>
      <AnalysisFields value={factors} onChange={setFactors} error={create.error} />
      <TextField
        label="Note"
        name="note"
        value={note}
        error={create.error}
        onChange={(event) => setNote(event.target.value)}
      />
      <button type="submit" className="primary" disabled={create.busy}>
        {create.busy ? "Adding…" : "Add entry"}
      </button>
    </form>
  );
}

/** The EHS view of the company's hazardous-substance register: priority order and heat map. */
export function RiskRegisterPage() {
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
        <h1>Hazardous-substance risk register</h1>
        <p className="muted">
          Identify, analyse, assess, control: highest priority (likelihood × exposure × severity)
          first.
        </p>
      </div>
      <ErrorMessage error={optionsState.error} />
      {writer && <CreateEntryForm options={options} onCreated={state.reload} />}
      <div className="card" aria-label="Filters">
        <div className="form-grid">
          <SelectField
            label="Stage"
            name="stage-filter"
            value={stage}
            options={[{ value: "", label: "Any stage" }, ...STAGES]}
            onChange={(event) => setStage(event.target.value as "" | ApplicationStage)}
          />
          <SelectField
            label="Category"
            name="category-filter"
            value={categoryId}
            options={[
              { value: "", label: "Any category" },
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
              Re-assessment due only
            </label>
          </div>
        </div>
      </div>
      <QueryGate state={state}>
        {(data) => (
          <>
            <div className="card">
              <h2>Heat map</h2>
              <p data-testid="coverage">
                Coverage: {data.riskRegisterCoverage.categoriesAssessed} of{" "}
                {data.riskRegisterCoverage.categoriesTotal} material categories have a current
                assessment ({formatNumber(data.riskRegisterCoverage.share * 100, 0)} %; the policy
                asks for at least 90 %).
              </p>
              <HeatMap cells={data.riskHeatMap} />
            </div>
            <div className="card">
              <h2>Entries by priority</h2>
              {data.riskRegister.edges.length === 0 ? (
                <Empty>No register entries.</Empty>
              ) : (
                <>
                  <div className="table-wrap">
                    <table className="table" data-testid="risk-register">
                      <thead>
                        <tr>
                          <th>Priority</th>
                          <th>Substance</th>
                          <th>Stage</th>
                          <th>Site or line</th>
                          <th>Category</th>
                          <th>L × E × S</th>
                          <th>Risk</th>
                          <th>Re-assessment</th>
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
                              {node.riskScore} <Badge value={node.riskLevel} />
                            </td>
                            <td>
                              {node.reassessmentDue ? (
                                <>
                                  <Badge value="Due" kind="high" />
                                  <ul className="reasons">
                                    {node.reassessmentReasons.map((reason) => (
                                      <li key={reason}>{reason}</li>
                                    ))}
                                  </ul>
                                </>
                              ) : (
                                <span className="muted">Current</span>
                              )}
                            </td>
                            <td>
                              <button
                                type="button"
                                className="link-button"
                                aria-expanded={open === node.id}
                                onClick={() => setOpen(open === node.id ? null : node.id)}
                              >
                                {open === node.id ? "Close" : "Open"}
                              </button>
                            </td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </div>
                  <Pager
                    label="Register entries"
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
