// Reads the main content with the browser's speech synthesis: the first button starts, pauses and resumes,
// the second stops and is shown only while reading. Leaving the page stops reading.
import { readableChunks } from "~/lib/read-aloud";

type State = "idle" | "speaking" | "paused";
interface Labels {
  start: string;
  pause: string;
  resume: string;
  speaking: string;
  paused: string;
}

export class ReadAloud {
  private state: State = "idle";
  private run = 0;
  private readonly labels: Labels;
  private readonly toggleButton: HTMLButtonElement;
  private readonly stopButton: HTMLButtonElement;
  private readonly status: HTMLElement;

  constructor(root: HTMLElement) {
    this.labels = JSON.parse(root.dataset.readAloud ?? "{}") as Labels;
    [this.toggleButton, this.stopButton] = root.querySelectorAll("button");
    this.status = root.querySelector("[role=status]")!;
    this.toggleButton.addEventListener("click", () => this.toggle());
    this.stopButton.addEventListener("click", () => this.stop());
    addEventListener("pagehide", () => this.run > 0 && speechSynthesis.cancel());
  }

  toggle() {
    if (this.state === "idle") this.start();
    else if (this.state === "speaking") {
      speechSynthesis.pause();
      this.show("paused");
    } else {
      speechSynthesis.resume();
      this.show("speaking");
    }
  }

  private start() {
    const main = document.getElementById("main");
    if (!main) return;
    speechSynthesis.cancel();
    const id = ++this.run;
    const chunks = readableChunks(main, document.documentElement.lang);
    chunks.forEach((chunk, i) => {
      const utterance = new SpeechSynthesisUtterance(chunk.text);
      utterance.lang = chunk.lang;
      if (i === chunks.length - 1) utterance.onend = () => this.run === id && this.show("idle");
      utterance.onerror = () => this.run === id && this.show("idle");
      speechSynthesis.speak(utterance);
    });
    this.show(chunks.length ? "speaking" : "idle");
  }

  private stop() {
    this.run++;
    speechSynthesis.cancel();
    this.show("idle");
    // The stop button disappears; focus goes back to the start button rather than to the page top.
    this.toggleButton.focus();
  }

  private show(state: State) {
    this.state = state;
    this.toggleButton.textContent = this.labels[state === "idle" ? "start" : state === "speaking" ? "pause" : "resume"];
    this.stopButton.hidden = state === "idle";
    this.status.textContent = state === "speaking" ? this.labels.speaking : state === "paused" ? this.labels.paused : "";
  }
}
