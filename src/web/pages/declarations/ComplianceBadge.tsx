import { useTranslation } from "react-i18next";
import { Badge } from "../../components/ui";

/** "COMPLIANT", or "N VIOLATIONS" when the computed compliance found any. */
export function ComplianceBadge({ violations }: { violations: number }) {
  const { t } = useTranslation("declarations");
  if (violations === 0) return <Badge value={t("compliance.compliant")} kind="compliant" />;
  return <Badge value={t("compliance.violations", { count: violations })} kind="violations" />;
}
