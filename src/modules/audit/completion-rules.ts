import type { FieldProblem } from "../../shared/errors";
import type { ChecklistItem } from "../checklist/checklist-item.entity";
import type { AuditItemResult } from "./audit-item-result.entity";
import { ItemResult, Severity } from "../../shared/domain/audit.enums";
import type { Finding } from "./finding.entity";

type Item = Pick<ChecklistItem, "id" | "code" | "zeroTolerance">;
type Result = Pick<AuditItemResult, "itemId" | "result">;
type RecordedFinding = Pick<Finding, "itemId" | "severity">;

/**
 * SPEC 6: an audit completes only with a result for every checklist item, and with a
 * ZERO_TOLERANCE finding on every zero-tolerance item found NONCONFORMS (so the breach reaches
 * scoring and procurement). Returns every problem, keyed `items.<CODE>`, in checklist order.
 */
export function completionProblems(
  items: readonly Item[],
  results: readonly Result[],
  findings: readonly RecordedFinding[],
): FieldProblem[] {
  const resultOf = new Map(results.map((row) => [row.itemId, row.result]));
  const zeroToleranceFindings = new Set(
    findings
      .filter((finding) => finding.severity === Severity.ZERO_TOLERANCE && finding.itemId)
      .map((finding) => finding.itemId),
  );
  return items.flatMap((item): FieldProblem[] => {
    const result = resultOf.get(item.id);
    if (result === undefined) return [{ path: `items.${item.code}`, message: "has no result" }];
    if (
      item.zeroTolerance &&
      result === ItemResult.NONCONFORMS &&
      !zeroToleranceFindings.has(item.id)
    ) {
      return [
        {
          path: `items.${item.code}`,
          message: "is a zero-tolerance non-conformance and needs a ZERO_TOLERANCE finding",
        },
      ];
    }
    return [];
  });
}
