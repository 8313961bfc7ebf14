import { useState, type FormEvent } from "react";
import { Link, useNavigate, useSearchParams } from "react-router-dom";
import { useQuery } from "../../api/hooks";
import { Empty, formatDate, QueryGate, TextField } from "../../components/ui";
import {
  AUDIT_STATUS_WORDS,
  AUDIT_TYPE_WORDS,
  excerpt,
  FINDING_STATUS_WORDS,
  MATCH_WORDS,
  MIN_QUERY,
  SEARCH,
  searchPath,
  SEVERITY_WORDS,
  words,
} from "./search-query";

const PAGE_HITS = 25;

function More({ more, what }: { more: boolean; what: string }) {
  if (!more) return null;
  return (
    <p className="muted">
      More {what} match than the {PAGE_HITS} shown: add words to narrow the search.
    </p>
  );
}

/** `/search?q=…`: every kind of hit for the query, as far as the viewer may read them. */
export function SearchPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const query = (params.get("q") ?? "").trim();
  const [text, setText] = useState(query);
  const [typed, setTyped] = useState(query);
  if (typed !== query) {
    // Another search from the top bar: show its words in this box too.
    setTyped(query);
    setText(query);
  }
  const long = query.length >= MIN_QUERY;
  const state = useQuery(SEARCH, { query, first: PAGE_HITS }, { skip: !long });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void navigate(searchPath(text));
  };
  return (
    <section>
      <h1>{query ? `Search results for “${query}”` : "Search"}</h1>
      <form className="card search-form" role="search" onSubmit={submit}>
        <TextField
          label="Search suppliers, audits and findings"
          name="query"
          type="search"
          value={text}
          maxLength={100}
          hint="Supplier name, legal name, registration number or external id; audit firm; words of a finding"
          onChange={(event) => setText(event.target.value)}
        />
        <button type="submit" className="primary">
          Search
        </button>
      </form>
      {!long ? (
        <Empty>Type at least {MIN_QUERY} characters.</Empty>
      ) : (
        <QueryGate state={state}>
          {({ search }) => (
            <>
              <section className="card" aria-labelledby="search-suppliers">
                <h2 id="search-suppliers">Suppliers ({search.suppliers.length})</h2>
                {search.suppliers.length === 0 ? (
                  <Empty>No supplier matches.</Empty>
                ) : (
                  <ul className="search-hits">
                    {search.suppliers.map((hit) => (
                      <li key={hit.supplierId}>
                        <Link to={`/suppliers/${hit.supplierId}`}>{hit.supplier.name}</Link>{" "}
                        <span className="muted">
                          {hit.supplier.country}
                          {hit.matchedOn !== "NAME" &&
                            ` · ${words(MATCH_WORDS, hit.matchedOn)}: ${hit.matchedText}`}
                          {hit.supplier.archived && " · archived"}
                        </span>
                      </li>
                    ))}
                  </ul>
                )}
                <More more={search.moreSuppliers} what="suppliers" />
              </section>
              <section className="card" aria-labelledby="search-audits">
                <h2 id="search-audits">Audits ({search.audits.length})</h2>
                {search.audits.length === 0 ? (
                  <Empty>No audit matches.</Empty>
                ) : (
                  <ul className="search-hits">
                    {search.audits.map((audit) => (
                      <li key={audit.id}>
                        <Link to={`/audits/${audit.id}`}>
                          {words(AUDIT_TYPE_WORDS, audit.type)} of {audit.supplier.name}
                        </Link>{" "}
                        <span className="muted">
                          {words(AUDIT_STATUS_WORDS, audit.status)},{" "}
                          {audit.completedAt
                            ? `completed ${formatDate(audit.completedAt)}`
                            : `planned for ${formatDate(audit.plannedDate)}`}
                          {audit.auditFirm && ` · ${audit.auditFirm}`}
                        </span>
                      </li>
                    ))}
                  </ul>
                )}
                <More more={search.moreAudits} what="audits" />
              </section>
              <section className="card" aria-labelledby="search-findings">
                <h2 id="search-findings">Findings ({search.findings.length})</h2>
                {search.findings.length === 0 ? (
                  <Empty>No finding matches.</Empty>
                ) : (
                  <ul className="search-hits">
                    {search.findings.map((finding) => (
                      <li key={finding.id}>
                        <Link to={`/audits/${finding.audit.id}#finding-${finding.id}`}>
                          {excerpt(finding.description, 160)}
                        </Link>{" "}
                        <span className="muted">
                          {finding.audit.supplier.name} · {words(SEVERITY_WORDS, finding.severity)}{" "}
                          · {words(FINDING_STATUS_WORDS, finding.status)}
                        </span>
                      </li>
                    ))}
                  </ul>
                )}
                <More more={search.moreFindings} what="findings" />
              </section>
            </>
          )}
        </QueryGate>
      )}
    </section>
  );
}
