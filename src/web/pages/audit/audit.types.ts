import { graphql } from "../../gql";
import type { AuditQuery } from "../../gql/graphql";

export const AUDIT = graphql(`
  query Audit($id: ID!) {
    audit(id: $id) {
      id
      status
      type
      plannedDate
      startedAt
      completedAt
      cancelReason
      auditFirm
      supplier {
        id
        name
      }
      site {
        name
      }
      leadAuditor {
        id
        name
      }
      checklist {
        id
        name
        version
        items {
          id
          code
          area
          question
          guidance
          zeroTolerance
          order
        }
      }
      results {
        item {
          id
        }
        result
        note
      }
      findings {
        id
        area
        item {
          id
          code
        }
        severity
        likelihood
        impact
        riskScore
        riskLevel
        status
        version
        withdrawnAt
        withdrawalReason
        description
        capDueDate
        dueDate
        overdue
        repeat
        evidence {
          title
          url
          documentId
          sha256
          document {
            id
            filename
            size
            downloadUrl
          }
        }
        correctiveAction {
          id
          status
          rootCause
          actions
          owner
          targetDate
          implementationEvidence {
            title
            url
            documentId
            sha256
            document {
              id
              filename
              size
              downloadUrl
            }
          }
          history {
            toStatus
            comment
            at
            actor {
              name
            }
          }
        }
      }
    }
  }
`);

/** An audit as the audit page reads it. */
export type Audit = NonNullable<AuditQuery["audit"]>;
export type Finding = Audit["findings"][number];
