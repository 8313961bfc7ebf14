import { graphql } from "../../gql";
import { i18next } from "../../i18n";
import en from "../../i18n/locales/en/search.json";

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

type Group = "match" | "auditStatus" | "auditType" | "severity" | "findingStatus";

/** A word table read in the interface's language each time a word is looked up. */
function translated(group: Group): Readonly<Record<string, string>> {
  const table: Record<string, string> = {};
  for (const code of Object.keys(en[group])) {
    Object.defineProperty(table, code, {
      enumerable: true,
      get: () => i18next.t(`search:${group}.${code}` as never),
    });
  }
  return table;
}

export const MATCH_WORDS = translated("match");
export const AUDIT_STATUS_WORDS = translated("auditStatus");
export const AUDIT_TYPE_WORDS = translated("auditType");
export const SEVERITY_WORDS = translated("severity");
export const FINDING_STATUS_WORDS = translated("findingStatus");

/** What a word map lacks still reads as words, never as a code. */
export function words(map: Readonly<Record<string, string>>, code: string): string {
  return map[code] ?? code.replace(/_/g, " ").toLowerCase();
}

/** A long finding text cut at a word for a one-line hit. */
export function excerpt(text: string, max = 90): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), max - 20))}…`;
}

/** "Initial audit of Acme": an audit as one hit names it. */
export function auditOf(type: string, supplier: string): string {
  return i18next.t("search:auditOf", { type: words(AUDIT_TYPE_WORDS, type), supplier });
}

export const searchPath = (query: string) => `/search?q=${encodeURIComponent(query.trim())}`;
