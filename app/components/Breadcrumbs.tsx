import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";

export interface Crumb {
  label: string;
  to: string;
  lang?: string;
}

/** The trail to the current page; the last crumb is the page itself and is not a link. */
export function Breadcrumbs({ trail, current, currentLang }: { trail: Crumb[]; current: string; currentLang?: string }) {
  const { t } = useTranslation();
  return (
    <nav className="breadcrumbs" aria-label={t("breadcrumb.label")}>
      <ol>
        {trail.map((crumb) => (
          <li key={crumb.to}>
            <Link to={crumb.to} lang={crumb.lang}>
              {crumb.label}
            </Link>
          </li>
        ))}
        <li aria-current="page" lang={currentLang}>
          {current}
        </li>
      </ol>
    </nav>
  );
}
