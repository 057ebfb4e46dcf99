import { useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { langFromPathname } from "~/lib/lang";
import { useSiteFacts } from "~/lib/site-facts";
import type { PLAN_STANCES } from "~/model/vocabulary";

/**
 * What a document does about a support, in its own terms ("规划要求完善"), named by the document the entry's
 * first quote comes from: the stance vocabulary is relative to a document, not to the plan.
 */
export function StanceText({ stance, quotes }: { stance: (typeof PLAN_STANCES)[number]; quotes: { document: string }[] }) {
  const { t } = useTranslation();
  const en = langFromPathname(useLocation().pathname) === "en";
  const { documents } = useSiteFacts();
  const document = documents.find((d) => d.id === quotes[0]?.document) ?? documents[0];
  const called = en ? document.called_en : document.called;
  return <>{t(`stance.${stance}`, { called, previous: document.previous_period ?? t("stance.previousPeriod", { called }) })}</>;
}
