import { Link, useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { WithZh } from "./Zh";
import { langFromPathname, localePath } from "~/lib/lang";
import { useSiteFacts } from "~/lib/site-facts";

const FOOTER_LINKS = [
  { key: "nav.az", path: "/a-z" },
  { key: "nav.accessibility", path: "/accessibility" },
  { key: "nav.privacy", path: "/privacy" },
  { key: "nav.plan", path: "/plan" },
  { key: "nav.glossary", path: "/glossary" },
  { key: "nav.preferences", path: "/preferences" },
  { key: "nav.operator", path: "/operator" },
  { key: "changes.title", path: "/changes" },
] as const;

export function SiteFooter() {
  const { t } = useTranslation();
  const lang = langFromPathname(useLocation().pathname);
  const { plan, planStatus, hotline } = useSiteFacts();
  return (
    <footer className="site-footer">
      <div className="wrap">
        <ul className="site-footer__links">
          {FOOTER_LINKS.map((link) => (
            <li key={link.path}>
              <Link to={localePath(lang, link.path)}>{t(link.key)}</Link>
            </li>
          ))}
        </ul>
        <p>
          <WithZh text={t("footer.source", { title: plan.title, docno: plan.document_number })} />{" "}
          {t(`footer.status.${planStatus.kind}`, { start: planStatus.start, end: planStatus.end, hotline: hotline.number })}
        </p>
      </div>
    </footer>
  );
}
