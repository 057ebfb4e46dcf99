import { forwardRef } from "react";
import { useTranslation } from "react-i18next";

/**
 * The question box of /ask and the ask dialog: visible label, hint about personal data, and an inline
 * error linked by aria-describedby (GOV.UK pattern).
 */
export const QuestionField = forwardRef<
  HTMLTextAreaElement,
  { id: string; name?: string; error?: string; defaultValue?: string; announceError?: boolean }
>(function QuestionField({ id, name, error, defaultValue, announceError }, ref) {
  const { t } = useTranslation();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <>
      <label htmlFor={id} className="field__label">
        {t("assistant.label")}
      </label>
      <p id={hintId} className="hint">
        {t("assistant.hint")}
      </p>
      {error ? (
        <p id={errorId} className="error-message" role={announceError ? "alert" : undefined}>
          {error}
        </p>
      ) : null}
      <textarea
        id={id}
        name={name}
        ref={ref}
        rows={3}
        className="ask-form__input"
        defaultValue={defaultValue}
        aria-describedby={error ? `${hintId} ${errorId}` : hintId}
      />
    </>
  );
});
