import { useTranslation } from "react-i18next";
import type { TableUnit } from "~/model/schemas";
import { SpokenText } from "./SpokenText";
import { UnitLink } from "./UnitLink";

/**
 * A table of the plan, cells exactly as printed (empty cells stay empty). It scrolls inside its own
 * labelled, focusable region so the page itself never scrolls sideways (WCAG 1.4.10).
 */
export function DataTable({ table }: { table: TableUnit }) {
  const { t, i18n } = useTranslation();
  const captionId = `${table.id}-caption`;
  const rowHeader = table.row_header ?? 0;
  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0} id={table.id}>
      <table className="data-table">
        <caption id={captionId}>{table.caption}</caption>
        <thead>
          <tr>
            {table.columns.map((column, i) => (
              <th key={i} scope="col">
                {column}
              </th>
            ))}
            <th scope="col" className="data-table__link-col" lang={i18n.language}>
              {t("plan.linkText")}
            </th>
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, r) => (
            <tr key={row.id} id={row.id}>
              {row.cells.map((cell, i) =>
                i === rowHeader ? (
                  <th key={i} scope="row">
                    <SpokenText text={cell} />
                  </th>
                ) : (
                  <td key={i}>
                    <SpokenText text={cell} />
                  </td>
                ),
              )}
              <td>
                <UnitLink id={row.id} name={t("plan.rowName", { table: table.caption, n: r + 1 })} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
