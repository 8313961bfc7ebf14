import { formatDate } from "../../components/ui";
import { i18next } from "../../i18n";
import saqTexts from "../../i18n/locales/en/saq.json";

/**
 * A self-assessment's state in words (the badge's text; its colour comes from the code). The
 * SAQ screens' own words ("In progress" for a draft), not the generic status labels.
 */
export const saqStatusLabel = (status: string): string =>
  status in saqTexts.status
    ? i18next.t(`status.${status as keyof typeof saqTexts.status}`, { ns: "saq" })
    : status;

/** Draft or returned: the one a supplier may have open per checklist (SPEC 5). */
export const isOpenSaq = (status: string): boolean => status === "DRAFT" || status === "RETURNED";

/**
 * What tells two self-assessments on the same checklist apart in a list: the reference, the
 * version answered, and the start and submission days.
 */
export function saqDates(saq: {
  createdAt: string;
  submittedAt?: string | null;
  reviewedAt?: string | null;
}): string {
  const t = i18next.getFixedT(null, "saq");
  return [
    t("dates.started", { date: formatDate(saq.createdAt) }),
    saq.submittedAt
      ? t("dates.submitted", { date: formatDate(saq.submittedAt) })
      : t("dates.notSubmitted"),
    saq.reviewedAt ? t("dates.reviewed", { date: formatDate(saq.reviewedAt) }) : "",
  ]
    .filter(Boolean)
    .join(t("dates.separator"));
}
