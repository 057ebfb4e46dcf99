import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { readableChunks } from "~/lib/read-aloud";

type State = "idle" | "speaking" | "paused";

/**
 * "朗读本页": reads the main content with the browser's own speech synthesis; one button starts, pauses and
 * resumes, another stops. It is in the server's HTML but hidden by CSS unless a script in <head> found
 * speech synthesis (html.can-speak), so it never appears without JavaScript or support, and appearing does
 * not move the page after it has been laid out.
 */
export function ReadAloud() {
  const { t, i18n } = useTranslation();
  const [state, setState] = useState<State>("idle");
  // Until the page is interactive the button is in place (so nothing moves) but cannot be pressed in vain.
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  const run = useRef(0);
  const toggleButton = useRef<HTMLButtonElement>(null);

  // Leaving the page stops reading.
  useEffect(
    () => () => {
      if (run.current > 0) window.speechSynthesis?.cancel();
    },
    [],
  );

  const start = () => {
    const main = document.getElementById("main");
    if (!main) return;
    const synth = window.speechSynthesis;
    synth.cancel();
    const id = ++run.current;
    const chunks = readableChunks(main, document.documentElement.lang || i18n.language);
    chunks.forEach((chunk, i) => {
      const utterance = new SpeechSynthesisUtterance(chunk.text);
      utterance.lang = chunk.lang;
      if (i === chunks.length - 1) utterance.onend = () => run.current === id && setState("idle");
      utterance.onerror = () => run.current === id && setState("idle");
      synth.speak(utterance);
    });
    setState(chunks.length ? "speaking" : "idle");
  };
  const toggle = () => {
    const synth = window.speechSynthesis;
    if (state === "idle") start();
    else if (state === "speaking") {
      synth.pause();
      setState("paused");
    } else {
      synth.resume();
      setState("speaking");
    }
  };
  const stop = () => {
    run.current++;
    window.speechSynthesis.cancel();
    setState("idle");
    // The stop button disappears; focus goes back to the start button rather than to the page top.
    toggleButton.current?.focus();
  };

  return (
    <div className="read-aloud no-print" data-no-read>
      <button type="button" className="button button--secondary" onClick={toggle} ref={toggleButton} disabled={!ready}>
        {t(state === "idle" ? "readAloud.start" : state === "speaking" ? "readAloud.pause" : "readAloud.resume")}
      </button>
      {state !== "idle" ? (
        <button type="button" className="button button--secondary" onClick={stop}>
          {t("readAloud.stop")}
        </button>
      ) : null}
      <p className="visually-hidden" role="status">
        {state === "speaking" ? t("readAloud.speaking") : state === "paused" ? t("readAloud.paused") : ""}
      </p>
    </div>
  );
}
