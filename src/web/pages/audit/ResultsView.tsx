import { AREAS, areaLabel, Badge, Empty } from "../../components/ui";
import type { Audit } from "./audit.types";

const RESULT_LABELS: Record<string, string> = {
  CONFORMS: "Conforms",
  PARTIAL: "Partial",
  NONCONFORMS: "Non-conforms",
  NOT_APPLICABLE: "N/A",
};

/** The recorded results of a closed audit, read-only, by area in checklist order. */
export function ResultsView({ audit }: { audit: Audit }) {
  const results = new Map(audit.results.map((row) => [row.item.id, row]));
  const items = [...audit.checklist.items].sort((a, b) => a.order - b.order);
  return (
    <div className="card" data-testid="audit-results">
      <h2>Results per checklist item</h2>
      {results.size === 0 ? (
        <Empty>No results were recorded.</Empty>
      ) : (
        <p>
          {results.size} of {items.length} items have a result.
        </p>
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
                  <caption className="sr-only">Results in {areaLabel(area)}</caption>
                  <thead>
                    <tr>
                      <th scope="col">Item</th>
                      <th scope="col">Question</th>
                      <th scope="col">Result</th>
                      <th scope="col">Note</th>
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
                              <span className="badge badge-zero_tolerance">zero tolerance</span>
                            )}
                          </td>
                          <td>
                            {row ? (
                              <Badge
                                value={RESULT_LABELS[row.result] ?? row.result}
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
