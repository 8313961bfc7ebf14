/** Checklist and self-assessment states in words, for badges and sentences. */
const CHECKLIST_STATUS: Record<string, string> = {
  DRAFT: "Draft",
  PUBLISHED: "Published",
  RETIRED: "Retired",
};

export const checklistStatusLabel = (status: string): string => CHECKLIST_STATUS[status] ?? status;
