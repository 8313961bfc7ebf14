import { Badge } from "../../components/ui";

/** "COMPLIANT", or "N VIOLATIONS" when the computed compliance found any. */
export function ComplianceBadge({ violations }: { violations: number }) {
  if (violations === 0) return <Badge value="COMPLIANT" kind="compliant" />;
  return (
    <Badge value={`${violations} VIOLATION${violations === 1 ? "" : "S"}`} kind="violations" />
  );
}
