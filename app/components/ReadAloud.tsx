import { useTranslation } from "react-i18next";

/**
 * "朗读本页": reads the main content with the browser's own speech synthesis; one button starts, pauses and
 * resumes, another stops. It is in the server's HTML but hidden by CSS unless a script in <head> found
 * speech synthesis (html.can-speak), so it never appears without JavaScript or support, and appearing does
 * not move the page after it has been laid out. The page's script enables it and loads the reading code on
 * the first press (app/enhance/read-aloud.ts); until then the button cannot be pressed in vain.
 */
export function ReadAloud() {
  const { t } = useTranslation();
  const labels = {
    start: t("readAloud.start"),
    pause: t("readAloud.pause"),
    resume: t("readAloud.resume"),
    speaking: t("readAloud.speaking"),
    paused: t("readAloud.paused"),
  };
  return (
    <div className="read-aloud no-print" data-no-read data-read-aloud={JSON.stringify(labels)}>
      <button type="button" className="button button--secondary" disabled>
        {labels.start}
      </button>
      <button type="button" className="button button--secondary" hidden>
        {t("readAloud.stop")}
      </button>
      <p className="visually-hidden" role="status"></p>
    </div>
  );
}
