import type { RequestContext } from "../graphql/context";
import { completeAudit } from "../modules/audit/audit-completion";
import { AuditType, ItemResult, Severity } from "../shared/domain/audit.enums";
import { recordItemResults, scheduleAudit, startAudit } from "../modules/audit/audit.service";
import {
  proposeCorrectiveAction,
  reviewCorrectiveAction,
} from "../modules/audit/corrective-action.service";
import { recordFinding } from "../modules/audit/finding.service";
import { ChecklistItem } from "../modules/checklist/checklist-item.entity";
import { Checklist } from "../modules/checklist/checklist.entity";
import { DEFAULT_CHECKLIST_FAMILY_ID } from "../modules/checklist/default-checklist";
import { SupplierSite } from "../modules/supplier/supplier-site.entity";
import { addDays } from "../shared/time";

interface DemoFinding {
  itemCode: string;
  severity: Severity;
  likelihood: number;
  impact: number;
  description: string;
}

interface DemoAudit {
  supplier: string;
  type: AuditType;
  plannedInDays: number;
  auditFirm?: string;
  /** Item results other than CONFORMS, by item code. */
  results?: Record<string, ItemResult>;
  findings?: DemoFinding[];
}

const SUNRISE: DemoAudit = {
  supplier: "sunrise",
  type: AuditType.PERIODIC,
  plannedInDays: -3,
  results: {
    "HS-03": ItemResult.NONCONFORMS,
    "WH-01": ItemResult.PARTIAL,
    "ENV-02": ItemResult.PARTIAL,
  },
  findings: [
    {
      itemCode: "HS-03",
      severity: Severity.MAJOR,
      likelihood: 3,
      impact: 5,
      description:
        "Two emergency exits of the wafer slicing hall were blocked by pallets, and the fire " +
        "alarm in dormitory B had not been tested for nine months.",
    },
    {
      itemCode: "WH-01",
      severity: Severity.MINOR,
      likelihood: 3,
      impact: 2,
      description:
        "Time records show 14 wire-saw operators working up to 66 hours a week during the March " +
        "production peak.",
    },
    {
      itemCode: "ENV-02",
      severity: Severity.OBSERVATION,
      likelihood: 2,
      impact: 1,
      description:
        "The greenhouse gas inventory covers scopes 1 and 2 only; no reduction target yet.",
    },
  ],
};

const NORDGLASS: DemoAudit = {
  supplier: "nordglass",
  type: AuditType.PERIODIC,
  plannedInDays: -20,
  auditFirm: "Nordic Assurance AB",
  results: { "ENV-05": ItemResult.PARTIAL },
  findings: [
    {
      itemCode: "ENV-05",
      severity: Severity.OBSERVATION,
      likelihood: 1,
      impact: 2,
      description: "The antimony risk assessment for the float line is due for its annual review.",
    },
  ],
};

const ALFRAME: DemoAudit = {
  supplier: "alframe",
  type: AuditType.SPECIAL,
  plannedInDays: -7,
  results: { "CFL-04": ItemResult.NONCONFORMS, "WH-04": ItemResult.NONCONFORMS },
  findings: [
    {
      itemCode: "CFL-04",
      severity: Severity.ZERO_TOLERANCE,
      likelihood: 4,
      impact: 5,
      description:
        "Contracts of migrant extrusion workers impose three months' wages as a penalty for " +
        "resigning within two years; final pay of two workers who left in April was withheld.",
    },
    {
      itemCode: "WH-04",
      severity: Severity.MAJOR,
      likelihood: 4,
      impact: 3,
      description: "Workers who refuse weekend overtime lose their attendance bonus.",
    },
  ],
};

/**
 * Demo audits, created through the services as the real actors would: the admin schedules, the
 * auditor (lead on every audit) runs and completes them, the sunrise supplier user proposes a
 * plan. Sunrise ends with open MAJOR/MINOR/OBSERVATION findings and an ACCEPTED plan, NordGlass
 * nearly clean, Al-Frame with a zero-tolerance forced-labour finding (hence SUSPENDED), and
 * CellVolt with a planned initial audit.
 */
export async function seedAuditDemo(
  adminCtx: RequestContext,
  auditorCtx: RequestContext,
  supplierCtx: RequestContext,
  supplierIds: Record<string, string>,
): Promise<void> {
  const manager = adminCtx.dataSource.manager;
  const checklist = await manager.findOneByOrFail(Checklist, {
    familyId: DEFAULT_CHECKLIST_FAMILY_ID,
    version: 1,
  });
  const items = await manager.find(ChecklistItem, {
    where: { checklistId: checklist.id },
    order: { order: "ASC" },
  });
  const itemByCode = (code: string) => {
    const item = items.find((candidate) => candidate.code === code);
    if (!item) throw new Error(`The default checklist has no item ${code}`);
    return item;
  };
  const leadAuditorId = auditorCtx.viewer!.userId;

  const schedule = async (demo: DemoAudit) => {
    const supplierId = supplierIds[demo.supplier];
    const site = await manager.findOne(SupplierSite, {
      where: { supplierId },
      order: { name: "ASC" },
    });
    return scheduleAudit(adminCtx, {
      supplierId,
      checklistId: checklist.id,
      type: demo.type,
      leadAuditorId,
      plannedDate: addDays(adminCtx.clock.now(), demo.plannedInDays),
      siteId: site?.id,
      auditFirm: demo.auditFirm,
    });
  };

  const complete = async (demo: DemoAudit): Promise<string[]> => {
    const audit = await schedule(demo);
    await startAudit(auditorCtx, audit.id);
    await recordItemResults(
      auditorCtx,
      audit.id,
      items.map((item) => ({
        itemId: item.id,
        result: demo.results?.[item.code] ?? ItemResult.CONFORMS,
      })),
    );
    const findingIds: string[] = [];
    for (const finding of demo.findings ?? []) {
      const item = itemByCode(finding.itemCode);
      const recorded = await recordFinding(auditorCtx, audit.id, {
        area: item.area,
        itemId: item.id,
        severity: finding.severity,
        likelihood: finding.likelihood,
        impact: finding.impact,
        description: finding.description,
      });
      findingIds.push(recorded.id);
    }
    await completeAudit(auditorCtx, audit.id);
    return findingIds;
  };

  const [sunriseMajor] = await complete(SUNRISE);
  const plan = await proposeCorrectiveAction(supplierCtx, sunriseMajor, {
    rootCause: "No owner for keeping escape routes clear; alarm tests were not scheduled.",
    actions:
      "Mark no-storage zones at every exit, add exits to the daily shift walk, and contract " +
      "quarterly alarm tests for all dormitories.",
    owner: "Li Wei, EHS manager",
    targetDate: addDays(supplierCtx.clock.now(), 30),
  });
  await reviewCorrectiveAction(
    auditorCtx,
    plan.id,
    true,
    "Plan accepted; send photos of the zones.",
  );

  await complete(NORDGLASS);
  await complete(ALFRAME);
  await schedule({ supplier: "cellvolt", type: AuditType.INITIAL, plannedInDays: 21 });
}
