import { formatDate } from "../../components/ui";

const SAQ_STATUS: Record<string, string> = {
  DRAFT: "In progress",
  SUBMITTED: "Submitted",
  RETURNED: "Returned for changes",
  REVIEWED: "Reviewed",
};

/** A self-assessment's state in words (the badge's text; its colour comes from the code). */
export const saqStatusLabel = (status: string): string => SAQ_STATUS[status] ?? status;

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
  return [
    `started ${formatDate(saq.createdAt)}`,
    saq.submittedAt ? `submitted ${formatDate(saq.submittedAt)}` : "not submitted yet",
    saq.reviewedAt ? `reviewed ${formatDate(saq.reviewedAt)}` : "",
  ]
    .filter(Boolean)
    .join(" · ");
}
