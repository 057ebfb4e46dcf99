import { snippetParts } from "../../search/snippet";

/** A search snippet: matched words in <mark>, everything as text (never injected as HTML). */
export function Snippet({ snippet }: { snippet: string }) {
  return (
    <>
      {snippetParts(snippet).map((part, i) => (part.marked ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
    </>
  );
}
