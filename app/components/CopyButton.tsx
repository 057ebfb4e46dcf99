import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";

/**
 * Copies the text of a read-only field. Shown only once JavaScript runs and the clipboard is available;
 * without it the field itself is there to select and copy.
 */
/** `label` names what is copied, so each of several buttons on a page has its own name. */
export function CopyButton({ targetId, label }: { targetId: string; label: React.ReactNode }) {
  const { t } = useTranslation();
  const [available, setAvailable] = useState(false);
  const [status, setStatus] = useState("");
  useEffect(() => setAvailable(typeof navigator !== "undefined" && !!navigator.clipboard), []);
  if (!available) return null;
  const copy = async () => {
    const field = document.getElementById(targetId) as HTMLTextAreaElement | null;
    if (!field) return;
    try {
      await navigator.clipboard.writeText(field.value);
      setStatus(t("operator.copied"));
    } catch {
      // Permission refused: select the text so Ctrl+C works, and say so.
      field.select();
      setStatus(t("operator.copyFailed"));
    }
  };
  return (
    <p className="copy-button">
      <button type="button" className="button button--secondary" onClick={copy}>
        {label}
      </button>{" "}
      <span role="status" className="copy-button__status">
        {status}
      </span>
    </p>
  );
}
