/**
 * Notification texts (title, then body lines) by kind, and the words they are built from.
 * `{{supplier}}` is the supplier's name; days are `{{day}}` etc., already formatted.
 */
export const notifications = {
  aSupplier: "a supplier",
  days_one: "{{count}} day",
  days_other: "{{count}} days",
  findings_one: "{{count}} finding",
  findings_other: "{{count}} findings",
  finding: "{{severity}} finding in {{area}}",
  "step.PROPOSE": "propose the corrective action plan",
  "step.IMPLEMENT": "implement the accepted plan",

  "saq.returned.title": "Self-assessment returned: {{supplier}}",
  "saq.returned.body":
    "The auditor returned the self-assessment. Please change it and submit it again.",
  "saq.returned.reason": "Reason: {{reason}}",
  "saq.submitted.title": "Self-assessment submitted: {{supplier}}",
  "saq.submitted.body": "{{supplier}} submitted its self-assessment; it is waiting for a review.",
  "saq.reviewed.title": "Self-assessment reviewed: {{supplier}}",
  "saq.reviewed.body": "The auditor reviewed the self-assessment. Nothing more is needed.",
  "audit.scheduled.title": "Audit scheduled: {{supplier}}, {{day}}",
  "audit.scheduled.body": "A {{type}} audit of {{supplier}} is planned for {{day}}.",
  "audit.scheduled.bodyByFirm":
    "A {{type}} audit of {{supplier}} is planned for {{day}}, by {{firm}}.",
  "audit.reminder.title": "Audit in {{days}}: {{supplier}}, {{day}}",
  "audit.reminder.body": "The audit of {{supplier}} is planned for {{day}}, in {{days}}.",
  "audit.completed.title": "Audit completed: {{supplier}}, {{findings}}",
  "audit.completed.none": "The audit of {{supplier}} is completed without findings.",
  "audit.completed.some": "The audit of {{supplier}} is completed with {{findings}}:",
  "audit.completed.planDue": "- {{finding}}: plan due {{day}}",
  "audit.completed.noPlan": "- {{finding}}: no plan needed",
  "audit.completed.closeBy": ", to be closed by {{day}}",
  "audit.next_due.title": "Next audit due {{day}}: {{supplier}}",
  "audit.next_due.body": "{{supplier}} is due for its next audit by {{day}} and none is planned.",
  "cap.proposed.title": "Corrective action proposed: {{supplier}}",
  "cap.proposed.body": "{{supplier}} proposed a plan for its {{finding}}; please review it.",
  "cap.implemented.title": "Corrective action implemented: {{supplier}}",
  "cap.implemented.body":
    "{{supplier}} marked the plan for its {{finding}} implemented; please verify it.",
  "cap.accepted.title": "Corrective action accepted",
  "cap.accepted.body":
    "The auditor accepted your plan for the {{finding}}. Implement it and add the evidence.",
  comment: "Comment: {{comment}}",
  "cap.rejected.title": "Corrective action rejected",
  "cap.rejected.body":
    "The auditor rejected your plan for the {{finding}}. Please propose a new one.",
  "cap.verified.title": "Corrective action verified",
  "cap.verified.body":
    "The auditor verified your plan for the {{finding}} as effective; the finding is closed.",
  "cap.reopened.title": "Corrective action not effective",
  "cap.reopened.body":
    "The auditor found the implementation for the {{finding}} not effective. Please implement it again.",
  "cap.due_soon.title": "Due in {{days}}: {{step}}",
  "cap.due_soon.body": "For the {{finding}}, {{step}} by {{day}}.",
  "cap.due_today.title": "Due today: {{step}}",
  "cap.due_today.body": "For the {{finding}}, {{step}} today.",
  "cap.overdue.title": "Overdue: {{step}}",
  "cap.overdue.body": "For the {{finding}}, the deadline to {{step}} was {{day}}.",
  "cap.overdue_weekly.title": "Still overdue ({{days}}): {{step}}",
  "cap.overdue_weekly.body":
    "For the {{finding}}, the deadline to {{step}} was {{day}}, {{days}} ago.",
  "cap.escalated.title": "Escalation: {{supplier}} is {{days}} late",
  "cap.escalated.body":
    "{{supplier}} has not met the deadline of {{day}} to {{step}} for its {{finding}}.",
  "finding.escalated.title": "Escalation: finding of {{supplier}} overdue {{days}}",
  "finding.escalated.body":
    "The {{finding}} of {{supplier}} was due to be closed by {{day}} and is still open.",
  "certificate.expiring.title": "Certificate expiring {{day}}: {{supplier}}, {{certificate}}",
  "certificate.expiring.body":
    "The {{certificate}} certificate of {{supplier}} is valid until {{day}}. Plan the renewal.",
  "certificate.expired.title": "Certificate expired: {{supplier}}, {{certificate}}",
  "certificate.expired.body": "The {{certificate}} certificate of {{supplier}} expired on {{day}}.",
  "procurement.status_changed.title": "{{supplier}} is now {{to}} (was {{from}})",
  "procurement.status_changed.body":
    "The procurement status of {{supplier}} changed from {{from}} to {{to}}.",
  "procurement.status_changed.reasons": "Reasons:",
  listItem: "- {{text}}",
};
