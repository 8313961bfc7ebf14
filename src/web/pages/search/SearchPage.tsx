import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router-dom";
import { useQuery } from "../../api/hooks";
import { Empty, formatDate, QueryGate, TextField } from "../../components/ui";
import {
  AUDIT_STATUS_WORDS,
  auditOf,
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

function More({ more, what }: { more: boolean; what: "suppliers" | "audits" | "findings" }) {
  const { t } = useTranslation("search");
  if (!more) return null;
  return <p className="muted">{t("page.more", { what: t(`page.what.${what}`), n: PAGE_HITS })}</p>;
}

/** `/search?q=…`: every kind of hit for the query, as far as the viewer may read them. */
export function SearchPage() {
  const { t } = useTranslation("search");
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
      <h1>{query ? t("page.resultsFor", { query }) : t("page.title")}</h1>
      <form className="card search-form" role="search" onSubmit={submit}>
        <TextField
          label={t("page.label")}
          name="query"
          type="search"
          value={text}
          maxLength={100}
          hint={t("page.hint")}
          onChange={(event) => setText(event.target.value)}
        />
        <button type="submit" className="primary">
          {t("page.submit")}
        </button>
      </form>
      {!long ? (
        <Empty>{t("page.tooShort", { n: MIN_QUERY })}</Empty>
      ) : (
        <QueryGate state={state}>
          {({ search }) => (
            <>
              <section className="card" aria-labelledby="search-suppliers">
                <h2 id="search-suppliers">{t("page.suppliers", { n: search.suppliers.length })}</h2>
                {search.suppliers.length === 0 ? (
                  <Empty>{t("page.noSupplier")}</Empty>
                ) : (
                  <ul className="search-hits">
                    {search.suppliers.map((hit) => (
                      <li key={hit.supplierId}>
                        <Link to={`/suppliers/${hit.supplierId}`}>{hit.supplier.name}</Link>{" "}
                        <span className="muted">
                          {hit.supplier.country}
                          {hit.matchedOn !== "NAME" &&
                            ` · ${t("page.matched", { what: words(MATCH_WORDS, hit.matchedOn), text: hit.matchedText })}`}
                          {hit.supplier.archived && ` · ${t("page.archived")}`}
                        </span>
                      </li>
                    ))}
                  </ul>
                )}
                <More more={search.moreSuppliers} what="suppliers" />
              </section>
              <section className="card" aria-labelledby="search-audits">
                <h2 id="search-audits">{t("page.audits", { n: search.audits.length })}</h2>
                {search.audits.length === 0 ? (
                  <Empty>{t("page.noAudit")}</Empty>
                ) : (
                  <ul className="search-hits">
                    {search.audits.map((audit) => (
                      <li key={audit.id}>
                        <Link to={`/audits/${audit.id}`}>
                          {auditOf(audit.type, audit.supplier.name)}
                        </Link>{" "}
                        <span className="muted">
                          {words(AUDIT_STATUS_WORDS, audit.status)}
                          {t("page.statusJoin")}
                          {audit.completedAt
                            ? t("page.completed", { date: formatDate(audit.completedAt) })
                            : t("page.plannedFor", { date: formatDate(audit.plannedDate) })}
                          {audit.auditFirm && ` · ${audit.auditFirm}`}
                        </span>
                      </li>
                    ))}
                  </ul>
                )}
                <More more={search.moreAudits} what="audits" />
              </section>
              <section className="card" aria-labelledby="search-findings">
                <h2 id="search-findings">{t("page.findings", { n: search.findings.length })}</h2>
                {search.findings.length === 0 ? (
                  <Empty>{t("page.noFinding")}</Empty>
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
