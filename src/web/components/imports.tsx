/** What the file imports share on screen: the file types they read, the row-error table. */
import { useTranslation } from "react-i18next";

/** CSV, or an XLSX workbook (its first sheet). The server checks the content. */
export const TABLE_FILE_ACCEPT = [
  ".csv",
  ".xlsx",
  "text/csv",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
].join(",");

export interface ImportRowProblem {
  row: number;
  column?: string | null;
  message: string;
}

/** A refused file: every problem by row and column; nothing of the file was saved. */
export function ImportErrors({
  rows,
  errors,
}: {
  rows: number;
  errors: readonly ImportRowProblem[];
}) {
  const { t } = useTranslation("common");
  return (
    <div className="error" role="alert" data-testid="import-report">
      <p>{t("imports.summary", { count: errors.length, rows })}</p>
      <div className="table-wrap">
        <table className="table">
          <thead>
            <tr>
              <th>{t("imports.row")}</th>
              <th>{t("imports.column")}</th>
              <th>{t("imports.problem")}</th>
            </tr>
          </thead>
          <tbody>
            {errors.map((error, index) => (
              <tr key={index} data-row={error.row}>
                <td>{error.row}</td>
                <td>{error.column ?? "—"}</td>
                <td>{error.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
