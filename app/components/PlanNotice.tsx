import { Link, useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { OfficialTextNote } from "./OfficialTextNote";
import { WithZh } from "./Zh";
import { spokenDate } from "~/lib/dates";
import { langFromPathname, localePath } from "~/lib/lang";
import { useSiteFacts } from "~/lib/site-facts";

/**
 * What every page built on official documents must say, for each document it draws on: its name, number,
 * date and period, its status on the day the page is made, and to check with 12345. `documents` lists the
 * ids the page draws on; without it, every document of the site.
 */
export function PlanNotice({ documents: drawnOn }: { documents?: string[] }) {
  const { t } = useTranslation();
  const lang = langFromPathname(useLocation().pathname);
  const { documents, hotline } = useSiteFacts();
  const shown = drawnOn ? documents.filter((d) => drawnOn.includes(d.id)) : documents;
  // A document's own contents page does not link to itself.
  const here = useLocation().pathname.replace(/^\/en(?=\/|$)/, "") || "/";
  return (
    <aside className="plan-notice" aria-labelledby="plan-notice-heading">
      <h2 id="plan-notice-heading" className="plan-notice__heading">
        {t("planNotice.heading")}
      </h2>
      {shown.map((doc) => {
        const called = lang === "en" ? doc.called_en : doc.called;
        return (
          <p key={doc.id}>
            <WithZh
              text={t(doc.document_number ? "planNotice.body" : "planNotice.bodyUnnumbered", {
                title: doc.title,
                short: doc.short_title_en,
                docno: doc.document_number,
                issued: spokenDate(doc.issued, lang),
                called,
                start: doc.status.start,
                end: doc.status.end,
                hotline: hotline.number,
              })}
            />{" "}
            {/* Added with the document registry (issue 17): left out of the published-text comparison. */}
            <span data-addition="document-status">
              {t(`planNotice.status.${doc.status.kind}`, { called, end: doc.status.end, by: lang === "en" ? doc.replacedBy?.title_en : doc.replacedBy?.title })}{" "}
              {here === doc.url ? null : <Link to={localePath(lang, doc.url)}>{t("planNotice.read", { called })}</Link>}
            </span>
          </p>
        );
      })}
      {/* The plan's own pages keep saying "the plan's official text"; a page drawing on several says "the official texts". */}
      <OfficialTextNote called={shown.length === 1 ? shown[0].called_en : undefined} />
    </aside>
  );
}
