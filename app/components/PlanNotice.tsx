import { useTranslation } from "react-i18next";
import { OfficialTextNote } from "./OfficialTextNote";
import { WithZh } from "./Zh";
import { useSiteFacts } from "~/lib/site-facts";

/** What every page built on the plan must say: its period, document number, date, and to check with 12345. */
export function PlanNotice() {
  const { t } = useTranslation();
  const { plan, hotline } = useSiteFacts();
  return (
    <aside className="plan-notice" aria-labelledby="plan-notice-heading">
      <h2 id="plan-notice-heading" className="plan-notice__heading">
        {t("planNotice.heading")}
      </h2>
      <p>
        <WithZh
          text={t("planNotice.body", {
            title: plan.title,
            docno: plan.document_number,
            issued: t("planNotice.issued"),
            start: plan.period_start,
            end: plan.period_end,
            hotline: hotline.number,
          })}
        />
      </p>
      <OfficialTextNote />
    </aside>
  );
}
