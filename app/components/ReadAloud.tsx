import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { readableChunks } from "~/lib/read-aloud";

type State = "idle" | "speaking" | "paused";

/**
 * "朗读本页": reads the main content with the browser's own speech synthesis. Shown only where the browser
 * supports it (never without JavaScript); one button starts, pauses and resumes, another stops.
 */
export function ReadAloud() {
  const { t, i18n } = useTranslation();
  const [supported, setSupported] = useState(false);
  const [state, setState] = useState<State>("idle");
  const run = useRef(0);
  const toggleButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    setSupported(typeof window !== "undefined" && "speechSynthesis" in window && "SpeechSynthesisUtterance" in window);
    // Leaving the page stops reading.
    return () => {
      if ("speechSynthesis" in window) window.speechSynthesis.cancel();
    };
  }, []);

  if (!supported) return null;

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
      <button type="button" className="button button--secondary" onClick={toggle} ref={toggleButton}>
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
