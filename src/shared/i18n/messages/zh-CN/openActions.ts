/** The open actions' titles in Chinese (see en/openActions.ts). */
export const openActions: Record<string, string> = {
  SAQ_TO_FILL: "填写并提交自评问卷（{{checklist}} 第 {{version}} 版）",
  SAQ_RETURNED: "修改并重新提交被退回的自评问卷（{{checklist}} 第 {{version}} 版）",
  SAQ_RETURNED_reason:
    "修改并重新提交被退回的自评问卷（{{checklist}} 第 {{version}} 版）：{{reason}}",
  CAP_TO_IMPLEMENT: "针对{{finding}}实施已接受的计划",
  CAP_TO_REPROPOSE: "针对{{finding}}重新提交计划（上一份计划已被驳回）",
  CAP_TO_PROPOSE: "针对{{finding}}提交纠正措施计划",
  SAQ_TO_REVIEW: "审阅 {{supplier}} 的自评问卷",
  CAP_TO_REVIEW: "审阅 {{supplier}} 针对其{{finding}}提交的计划",
  CAP_TO_VERIFY: "验证 {{supplier}} 针对其{{finding}}已实施的计划",
  AUDIT_PLANNED: "计划中的审核：{{supplier}}",
  AUDIT_IN_PROGRESS: "进行中的审核：{{supplier}}",
  SUPPLIER_STATUS_CHANGED: "状态变更：{{title}}",
  SUPPLIER_BLOCKED: "{{supplier}} 处于{{status}}状态",
  FINDING_ESCALATED: "{{supplier}}：{{finding}}已逾期，已升级处理",
};
