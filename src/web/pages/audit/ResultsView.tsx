import { useTranslation } from "react-i18next";
import { AREAS, areaLabel, Badge, Empty } from "../../components/ui";
import type { ItemResult } from "../../gql/graphql";
import type { Audit } from "./audit.types";

/** The recorded results of a closed audit, read-only, by area in checklist order. */
export function ResultsView({ audit }: { audit: Audit }) {
  const { t } = useTranslation("audit");
  const results = new Map(audit.results.map((row) => [row.item.id, row]));
  const items = [...audit.checklist.items].sort((a, b) => a.order - b.order);
  return (
    <div className="card" data-testid="audit-results">
      <h2>{t("results.title")}</h2>
      {results.size === 0 ? (
        <Empty>{t("results.none")}</Empty>
      ) : (
        <p>{t("results.count", { n: results.size, total: items.length })}</p>
      )}
      {results.size > 0 &&
        AREAS.map((area) => {
          const inArea = items.filter((item) => item.area === area);
          if (inArea.length === 0) return null;
          return (
            <section key={area} className="result-area" aria-labelledby={`rv-${area}`}>
              <h3 id={`rv-${area}`}>{areaLabel(area)}</h3>
              <div className="table-wrap">
                <table className="table compact results-table">
                  <caption className="sr-only">
                    {t("results.caption", { area: areaLabel(area) })}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">{t("results.item")}</th>
                      <th scope="col">{t("results.question")}</th>
                      <th scope="col">{t("results.result")}</th>
                      <th scope="col">{t("results.note")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {inArea.map((item) => {
                      const row = results.get(item.id);
                      return (
                        <tr key={item.id} data-code={item.code} data-result={row?.result ?? ""}>
                          <th scope="row" className="code">
                            {item.code}
                          </th>
                          <td>
                            {item.question}
                            {item.zeroTolerance && (
                              <span className="badge badge-zero_tolerance">
                                {t("zeroTolerance")}
                              </span>
                            )}
                            {item.guidance && <div className="muted">{item.guidance}</div>}
                          </td>
                          <td>
                            {row ? (
                              <Badge
                                value={t(`result.${row.result as ItemResult}`)}
                                kind={row.result}
                              />
                            ) : (
                              <span className="muted">—</span>
                            )}
                          </td>
                          <td>{row?.note ?? ""}</td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
            </section>
          );
        })}
    </div>
  );
}
