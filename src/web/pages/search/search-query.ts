import { graphql } from "../../gql";

/** One query for both the top bar's live list (first: 5) and the results page (first: 25). */
export const SEARCH = graphql(`
  query GlobalSearch($query: String!, $first: Int) {
    search(query: $query, first: $first) {
      query
      suppliers {
        supplierId
        matchedOn
        matchedText
        supplier {
          id
          name
          country
          archived
        }
      }
      moreSuppliers
      audits {
        id
        status
        type
        plannedDate
        completedAt
        auditFirm
        supplier {
          id
          name
        }
      }
      moreAudits
      findings {
        id
        description
        severity
        status
        area
        audit {
          id
          supplier {
            id
            name
          }
        }
      }
      moreFindings
    }
  }
`);

/** The API refuses shorter queries; the box waits for this many characters. */
export const MIN_QUERY = 2;

export const MATCH_WORDS: Record<string, string> = {
  NAME: "name",
  LEGAL_NAME: "legal name",
  REGISTRATION_NUMBER: "registration number",
  EXTERNAL_ID: "external id",
};

export const AUDIT_STATUS_WORDS: Record<string, string> = {
  PLANNED: "planned",
  IN_PROGRESS: "in progress",
  COMPLETED: "completed",
  CANCELLED: "cancelled",
};

export const AUDIT_TYPE_WORDS: Record<string, string> = {
  INITIAL: "Initial audit",
  PERIODIC: "Periodic audit",
  FOLLOW_UP: "Follow-up audit",
  SPECIAL: "Special audit",
};

export const SEVERITY_WORDS: Record<string, string> = {
  OBSERVATION: "observation",
  MINOR: "minor",
  MAJOR: "major",
  ZERO_TOLERANCE: "zero tolerance",
};

export const FINDING_STATUS_WORDS: Record<string, string> = {
  OPEN: "open",
  CLOSED: "closed",
  WITHDRAWN: "withdrawn",
};

/** What a word map lacks still reads as words, never as a code. */
export function words(map: Record<string, string>, code: string): string {
  return map[code] ?? code.replace(/_/g, " ").toLowerCase();
}

/** A long finding text cut at a word for a one-line hit. */
export function excerpt(text: string, max = 90): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), max - 20))}…`;
}

export const searchPath = (query: string) => `/search?q=${encodeURIComponent(query.trim())}`;
