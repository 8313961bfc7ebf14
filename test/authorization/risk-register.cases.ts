import { RISK_REGISTER_PERMISSIONS } from "../../src/modules/risk-register/risk-register.permissions";
import { CREATE_RISK_ENTRY, LEAD, createRiskEntry, substanceId } from "../support/risk-register";
import type { MatrixCase, MatrixFixture } from "./matrix";

const entry = (fx: MatrixFixture) => createRiskEntry(fx.app, fx.users.ADMIN.token);

async function control(fx: MatrixFixture): Promise<string> {
  const { id } = await entry(fx);
  const result = await fx.app.exec(
    fx.users.ADMIN.token,
    `mutation($id: ID!) { addRiskControl(entryId: $id, input: { type: SOURCE_PREVENTION,
      description: "Lead-free ribbon", owner: "EHS", dueDate: "2099-01-01T00:00:00Z" }) { id } }`,
    { id },
  );
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!.addRiskControl.id;
}

/** The register is the company's own inventory: never a supplier's. */
export const CASES: MatrixCase[] = [
  {
    operation: "riskRegister",
    kind: "query",
    allowed: RISK_REGISTER_PERMISSIONS.riskRegister,
    prepare: async () => ({
      query: `{ riskRegister(first: 5) { totalCount edges { node { id riskLevel reassessmentDue controls { overdue } } } } }`,
    }),
  },
  {
    operation: "riskRegisterCoverage",
    kind: "query",
    allowed: RISK_REGISTER_PERMISSIONS.riskRegisterCoverage,
    prepare: async () => ({
      query: `{ riskRegisterCoverage { categoriesTotal categoriesAssessed share } }`,
    }),
  },
  {
    operation: "createRiskEntry",
    kind: "mutation",
    allowed: RISK_REGISTER_PERMISSIONS.createRiskEntry,
    prepare: async (fx) => ({
      query: CREATE_RISK_ENTRY,
      variables: {
        input: {
          substanceId: await substanceId(fx.app, LEAD),
          stage: "DESIGN",
          location: "Module line",
          likelihood: 1,
          exposure: 1,
          severity: 1,
        },
      },
    }),
  },
  {
    operation: "updateRiskEntry",
    kind: "mutation",
    allowed: RISK_REGISTER_PERMISSIONS.updateRiskEntry,
    prepare: async (fx) => {
      const { id, version } = await entry(fx);
      return {
        query: `mutation($id: ID!, $v: Int!) { updateRiskEntry(id: $id, input: { location: "Line 3" }, expectedVersion: $v) { id } }`,
        variables: { id, v: version },
      };
    },
  },
  {
    operation: "assessRiskEntry",
    kind: "mutation",
    allowed: RISK_REGISTER_PERMISSIONS.assessRiskEntry,
    prepare: async (fx) => ({
      query: `mutation($id: ID!) { assessRiskEntry(id: $id, input: { likelihood: 1, exposure: 2, severity: 3 }) { id } }`,
      variables: { id: (await entry(fx)).id },
    }),
  },
  {
    operation: "addRiskControl",
    kind: "mutation",
    allowed: RISK_REGISTER_PERMISSIONS.addRiskControl,
    prepare: async (fx) => ({
      query: `mutation($id: ID!) { addRiskControl(entryId: $id, input: { type: END_TREATMENT,
        description: "Fume extraction", owner: "EHS", dueDate: "2099-01-01T00:00:00Z" }) { id } }`,
      variables: { id: (await entry(fx)).id },
    }),
  },
  {
    operation: "updateRiskControlStatus",
    kind: "mutation",
    allowed: RISK_REGISTER_PERMISSIONS.updateRiskControlStatus,
    prepare: async (fx) => ({
      query: `mutation($id: ID!) { updateRiskControlStatus(id: $id, status: IN_PLACE) { id status } }`,
      variables: { id: await control(fx) },
    }),
  },
  {
    operation: "updateRiskControl",
    kind: "mutation",
    allowed: RISK_REGISTER_PERMISSIONS.updateRiskControl,
    prepare: async (fx) => ({
      query: `mutation($id: ID!) { updateRiskControl(id: $id, input: { owner: "Line lead" }) { id owner } }`,
      variables: { id: await control(fx) },
    }),
  },
  {
    operation: "riskHeatMap",
    kind: "query",
    allowed: RISK_REGISTER_PERMISSIONS.riskHeatMap,
    prepare: async () => ({
      query: `{ riskHeatMap(stage: PRODUCTION) { likelihood severity riskLevel count } }`,
    }),
  },
  {
    operation: "substitution",
    kind: "query",
    allowed: RISK_REGISTER_PERMISSIONS.substitution,
    prepare: async () => ({
      query: `{ substitution(status: SUBMITTED, first: 5) { totalCount edges { node { cas targetKind supplier { name } category { code } } } } }`,
    }),
  },
];
