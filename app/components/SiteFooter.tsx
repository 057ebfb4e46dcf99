import { Link, useLocation } from "@remix-run/react";
import { Trans, useTranslation } from "react-i18next";
import { Zh } from "./Zh";
import { langFromPathname, localePath } from "~/lib/lang";
import { useSiteFacts } from "~/lib/site-facts";

export function SiteFooter() {
  const { t } = useTranslation();
  const lang = langFromPathname(useLocation().pathname);
  const { plan } = useSiteFacts();
  return (
    <footer className="site-footer">
      <div className="wrap">
        <ul className="site-footer__links">
          <li>
            <Link to={localePath(lang, "/accessibility")}>{t("nav.accessibility")}</Link>
          </li>
          <li>
            <Link to={localePath(lang, "/privacy")}>{t("nav.privacy")}</Link>
          </li>
          <li>
            <Link to={localePath(lang, "/plan")}>{t("nav.plan")}</Link>
          </li>
        </ul>
        <p>
          <Trans i18nKey="footer.source" values={{ title: plan.title, docno: plan.document_number }} components={{ zh: <Zh /> }} />{" "}
          {t("footer.period", { start: plan.period_start, end: plan.period_end })}
        </p>
      </div>
    </footer>
  );
}
