import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { CopyButton } from "~/components/CopyButton";
import { SearchBox } from "~/components/SearchBox";
import { localePath } from "~/lib/lang";
import { pageTitle } from "~/lib/page-meta";
import { MAX_QUERY_LENGTH } from "~/lib/search-limits";
import { translator } from "~/lib/translate";
import { publicOrigin } from "~/lib/public-origin.server";
import { operatorCard, taskCard, taskNumberIn, type OperatorCard } from "~/model/operator.server";
import { langFromParam, operatorQueryFrom } from "~/lib/route-input.server";
import { PageText } from "~/components/Zh";
import { OfficialTextNote } from "~/components/OfficialTextNote";

const RESULTS = 6;

export async function loader({ params, request, context }: LoaderFunctionArgs) {
  const lang = langFromParam(params.lang);
  const { q, tooLong } = operatorQueryFrom(new URL(request.url));
  if (!q || tooLong) return { lang, q, cards: [] as OperatorCard[], tooLong, task: undefined, exact: true };
  const origin = publicOrigin();
  const task = taskNumberIn(q);
  if (task !== undefined) {
    const card = taskCard(task, lang, origin);
    return { lang, q, cards: card ? [card] : [], tooLong: false, task, exact: true };
  }
  // Ranked the way the assistant reads a question: what covers the caller's words best, a unit with a
  // figure first when a figure is asked for (“无障碍改造 户数”).
  const ranked = await context.search.rank(context.search.understand(q), { min: 0.2, limit: RESULTS });
  if (ranked.length) {
    const cards = ranked.flatMap(({ hit }) => operatorCard(hit.type, hit.id, lang, origin) ?? []);
    return { lang, q, cards, tooLong: false, task: undefined, exact: true };
  }
  const result = await context.search.search({ q, types: [], page: 1, limit: RESULTS, strategy: "frequency" });
  const cards = result.hits.flatMap((hit) => operatorCard(hit.type, hit.id, lang, origin) ?? []);
  return { lang, q, cards, tooLong: false, task: undefined, exact: result.exact };
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data ? [...pageTitle(data.lang, translator(data.lang)("operator.title")), { name: "robots", content: "noindex" }] : [];

function Card({ card, index }: { card: OperatorCard; index: number }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === "en" ? "en" : "zh-CN";
  const headingId = `card-${index}`;
  const replyId = `reply-${index}`;
  return (
    <article className="op-card" aria-labelledby={headingId}>
      <h2 id={headingId} className="op-card__title">
        <Link to={localePath(lang, card.url)} lang={card.titleLang === lang ? undefined : card.titleLang}>
          {card.title}
        </Link>{" "}
        <span className="op-card__kind">{t(`search.type.${card.kind}`)}</span>
      </h2>
      {card.answer ? (
        <>
          <h3>{t("operator.answer")}</h3>
          <p>{card.answer}</p>
        </>
      ) : null}
      <h3>{t("operator.sentences")}</h3>
      <ul className="op-card__sentences">
        {card.sentences.map((s) => (
          <li key={s.url + s.text}>
            <blockquote lang="zh-CN">{s.text}</blockquote>
            <p className="op-card__reference">
              {t("operator.sayAs")}
              <strong lang="zh-CN">{s.reference}</strong>
            </p>
          </li>
        ))}
      </ul>
      <h3>
        <label htmlFor={replyId}>{t("operator.reply")}</label>
      </h3>
      <textarea id={replyId} className="op-card__reply" readOnly rows={6} value={card.reply} />
      <CopyButton
        targetId={replyId}
        label={
          <>
            {t("operator.copy")}
            <span className="visually-hidden">
              {t("operator.copyOf")}
              <span lang={card.titleLang === lang ? undefined : card.titleLang}>{card.title}</span>
            </span>
          </>
        }
      />
    </article>
  );
}

export default function OperatorDesk() {
  const { lang, q, cards, tooLong, task, exact } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <div className="operator">
      <h1>{t("operator.title")}</h1>
      <OfficialTextNote />
      <p id="operator-hint" className="hint">
        <PageText text={t("operator.hint")} />
      </p>
      <SearchBox id="operator-q" path="/operator" label={t("operator.label")} defaultValue={q} variant="page" describedBy="operator-hint" />
      {tooLong ? (
        <p className="error-message" role="alert">
          {t("search.tooLong", { max: MAX_QUERY_LENGTH })}
        </p>
      ) : null}
      {q && !tooLong ? (
        <p role="status" className="operator__count">
          <PageText
            text={
              !cards.length
                ? task !== undefined
                  ? t("operator.noTask", { n: task })
                  : t("operator.none", { q })
                : exact
                  ? t("operator.count", { count: cards.length, q })
                  : t("operator.nearest", { count: cards.length, q })
            }
          />
        </p>
      ) : null}
      {cards.map((card, i) => (
        <Card key={card.kind + card.id} card={card} index={i + 1} />
      ))}
      <h2 className="operator__about">{t("operator.aboutHeading")}</h2>
      <ul className="list">
        {(t("operator.about", { returnObjects: true }) as string[]).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </div>
  );
}
