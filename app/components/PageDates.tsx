import { useTranslation } from "react-i18next";

/** "最后更新" and "复核日期" from the content file's front matter. */
export function PageDates({ updated, reviewBy }: { updated: string; reviewBy: string }) {
  const { t } = useTranslation();
  return (
    <dl className="page-dates">
      <div>
        <dt>{t("subsidies.updated")}</dt>
        <dd>
          <time dateTime={updated}>{updated}</time>
        </dd>
      </div>
      <div>
        <dt>{t("subsidies.reviewBy")}</dt>
        <dd>
          <time dateTime={reviewBy}>{reviewBy}</time>
        </dd>
      </div>
    </dl>
  );
}
