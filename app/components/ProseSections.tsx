import type { ProsePage } from "~/model/schemas";

/** The sections of a prose page (content/pages/*.yaml): a heading, then a paragraph or a list. */
export function ProseSections({ sections }: { sections: ProsePage["sections"] }) {
  return (
    <>
      {sections.map((section) => (
        <section key={section.heading}>
          <h2>{section.heading}</h2>
          {section.text ? <p>{section.text}</p> : null}
          {section.items ? (
            <ul className="list">
              {section.items.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          ) : null}
        </section>
      ))}
    </>
  );
}
