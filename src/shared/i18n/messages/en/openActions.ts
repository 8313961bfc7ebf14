/**
 * The titles of the open actions list (src/modules/notification/open-actions.service.ts), by
 * action kind. `{{finding}}` is notifications' "finding" phrase, `{{status}}` a code in words.
 */
export const openActions = {
  SAQ_TO_FILL: "Fill in and submit the self-assessment ({{checklist}} v{{version}})",
  SAQ_RETURNED: "Change and resubmit the returned self-assessment ({{checklist}} v{{version}})",
  SAQ_RETURNED_reason:
    "Change and resubmit the returned self-assessment ({{checklist}} v{{version}}): {{reason}}",
  CAP_TO_IMPLEMENT: "Implement the accepted plan for the {{finding}}",
  CAP_TO_REPROPOSE: "Propose a new plan for the {{finding}} (the last one was rejected)",
  CAP_TO_PROPOSE: "Propose a corrective action plan for the {{finding}}",
  SAQ_TO_REVIEW: "Review the self-assessment of {{supplier}}",
  CAP_TO_REVIEW: "Review the proposed plan of {{supplier}} for its {{finding}}",
  CAP_TO_VERIFY: "Verify the implemented plan of {{supplier}} for its {{finding}}",
  AUDIT_PLANNED: "Planned audit: {{supplier}}",
  AUDIT_IN_PROGRESS: "Audit in progress: {{supplier}}",
  SUPPLIER_STATUS_CHANGED: "Status changed: {{title}}",
  SUPPLIER_BLOCKED: "{{supplier}} is {{status}}",
  FINDING_ESCALATED: "{{supplier}}: {{finding}} overdue, escalated",
};
