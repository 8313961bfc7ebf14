export interface Evidence {
  title: string;
  url: string | null;
  documentId: string | null;
}

export interface CorrectiveAction {
  id: string;
  status: string;
  rootCause: string;
  actions: string;
  owner: string;
  targetDate: string;
  implementationEvidence: Evidence[];
  history: {
    toStatus: string;
    comment: string | null;
    at: string;
    actor: { name: string } | null;
  }[];
}

export interface Finding {
  id: string;
  area: string;
  item: { id: string; code: string } | null;
  severity: string;
  likelihood: number;
  impact: number;
  riskScore: number;
  riskLevel: string;
  status: string;
  description: string;
  capDueDate: string | null;
  dueDate: string | null;
  overdue: boolean;
  repeat: boolean;
  correctiveAction: CorrectiveAction | null;
}

export interface AuditItem {
  id: string;
  code: string;
  area: string;
  question: string;
  zeroTolerance: boolean;
  order: number;
}

export interface Audit {
  id: string;
  status: "PLANNED" | "IN_PROGRESS" | "COMPLETED" | "CANCELLED";
  type: string;
  plannedDate: string;
  startedAt: string | null;
  completedAt: string | null;
  cancelReason: string | null;
  auditFirm: string | null;
  supplier: { id: string; name: string };
  site: { name: string } | null;
  leadAuditor: { id: string; name: string };
  checklist: { id: string; name: string; version: number; items: AuditItem[] };
  results: { item: { id: string }; result: string; note: string | null }[];
  findings: Finding[];
}

export const AUDIT = `query Audit($id: ID!) {
  audit(id: $id) {
    id status type plannedDate startedAt completedAt cancelReason auditFirm
    supplier { id name } site { name } leadAuditor { id name }
    checklist { id name version items { id code area question zeroTolerance order } }
    results { item { id } result note }
    findings {
      id area item { id code } severity likelihood impact riskScore riskLevel status description
      capDueDate dueDate overdue repeat
      correctiveAction {
        id status rootCause actions owner targetDate
        implementationEvidence { title url documentId }
        history { toStatus comment at actor { name } }
      }
    }
  }
}`;
