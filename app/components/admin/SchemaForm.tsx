import { useTranslation } from "react-i18next";
import { shownValue, valueAt, withPrefix, type Field } from "~/admin/schema-fields";
import { encodeChoice, type QuoteChoice } from "~/admin/quote-choices";

export interface FieldCopy {
  label: string;
  hint?: string;
}

// Where the site already names a field's values (audience.role.self → 残疾人本人), the form uses those names.
const OPTION_NAMES: Record<string, string> = {
  role: "audience.role",
  age: "audience.age",
  category: "audience.category",
  severity: "audience.severity",
  condition: "audience.condition",
  group: "group",
  stance: "admin.stance",
  kind: "services.kindName",
  level: "services.level",
};

function useOptionName() {
  const { t } = useTranslation();
  return (field: string, value: string) => {
    const prefix = OPTION_NAMES[field.split(".").pop()!];
    return prefix ? t(`${prefix}.${value}`, { defaultValue: value }) : value;
  };
}

/**
 * The fields of a content kind's schema as a form (app/admin/schema-fields.ts), each with its label, help and
 * the error from the last save next to it (GOV.UK pattern). Works without JavaScript: plain inputs, text
 * areas (a list is one item a line), selects and checkboxes.
 */
export function SchemaFields({
  fields,
  data,
  errors,
  copy,
  found,
  fixed = [],
}: {
  fields: Field[];
  data: unknown;
  errors: Record<string, string>;
  copy: (name: string) => FieldCopy;
  found: (QuoteChoice & { where: string })[];
  /** Fields shown but not changed here (the key of an entry that has no address to rename). */
  fixed?: string[];
}) {
  return (
    <>
      {fields.map((field) => (
        <FieldView key={field.name} field={field} data={data} errors={errors} copy={copy} found={found} fixed={fixed.includes(field.name)} />
      ))}
    </>
  );
}

const idOf = (name: string) => `field-${name.replace(/\./g, "-")}`;
export { idOf as fieldId };

function FieldView({ field, data, errors, copy, found, fixed }: { field: Field; data: unknown; errors: Record<string, string>; copy: (name: string) => FieldCopy; found: (QuoteChoice & { where: string })[]; fixed: boolean }) {
  const { t } = useTranslation();
  const optionName = useOptionName();
  const { label, hint } = copy(field.name);
  const id = idOf(field.name);
  const error = errors[field.name];
  const described = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
  const group = `form-group${error ? " form-group--error" : ""}`;
  const messages = (
    <>
      {hint ? (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="error-message">
          {error}
        </p>
      ) : null}
    </>
  );
  switch (field.kind) {
    case "group":
      return (
        <fieldset className="fieldset">
          <legend className="fieldset__legend">{label}</legend>
          <SchemaFields fields={field.fields} data={data} errors={errors} copy={copy} found={found} />
        </fieldset>
      );
    case "list": {
      const items = (valueAt(data, field.name) as unknown[] | undefined) ?? [];
      // Each item as it is, then one blank item for adding; a blank item is not saved.
      return (
        <fieldset className="fieldset" id={id}>
          <legend className="fieldset__legend">{label}</legend>
          {messages}
          {[...items, undefined].map((_, i) => (
            <fieldset className="fieldset admin-item" key={i}>
              <legend className="fieldset__legend">{i < items.length ? t("admin.list.item", { n: i + 1 }) : t("admin.list.add")}</legend>
              <SchemaFields fields={withPrefix(field.item, `${field.name}.${i}.`)} data={data} errors={errors} copy={copy} found={[]} />
              {i < items.length ? (
                <div className="checkbox">
                  <input type="checkbox" id={`${id}-${i}-remove`} name={`${field.name}.${i}._remove`} />
                  <label htmlFor={`${id}-${i}-remove`}>{t("admin.list.remove", { n: i + 1 })}</label>
                </div>
              ) : null}
            </fieldset>
          ))}
        </fieldset>
      );
    }
    case "kept":
      return (
        <div className={group}>
          <p className="field__label">{label}</p>
          <p className="hint">{t("admin.edit.kept")}</p>
          <pre className="admin-kept">{JSON.stringify(valueAt(data, field.name) ?? null, null, 2)}</pre>
        </div>
      );
    case "checkbox":
      return (
        <div className={group}>
          {messages}
          <div className="checkbox">
            <input type="checkbox" id={id} name={field.name} defaultChecked={((valueAt(data, field.name) as boolean | undefined) ?? field.default) === true} aria-describedby={described} />
            <label htmlFor={id}>{label}</label>
          </div>
        </div>
      );
    case "checkboxes": {
      const chosen = (valueAt(data, field.name) as string[] | undefined) ?? [];
      return (
        <div className={group}>
          <fieldset className="fieldset" aria-describedby={described}>
            <legend className="fieldset__legend">{label}</legend>
            {messages}
            <div className="checkboxes">
              {field.options.map((option) => (
                <div className="checkbox" key={option}>
                  <input type="checkbox" id={`${id}-${option}`} name={field.name} value={option} defaultChecked={chosen.includes(option)} />
                  <label htmlFor={`${id}-${option}`}>{optionName(field.name, option)}</label>
                </div>
              ))}
            </div>
          </fieldset>
        </div>
      );
    }
    case "quotes":
      return <QuotePicker field={field.name} label={label} chosen={(valueAt(data, field.name) as QuoteChoice[] | undefined) ?? []} found={found} error={error} />;
    case "select":
      return (
        <Labelled group={group} id={id} label={label} messages={messages}>
          <select id={id} name={field.name} defaultValue={shownValue(field, data)} className="field__select" aria-describedby={described}>
            {field.required ? null : <option value="" />}
            {field.options.map((o) => (
              <option key={o} value={o}>
                {optionName(field.name, o)}
              </option>
            ))}
          </select>
        </Labelled>
      );
    default: {
      const multi = field.kind === "textarea" || field.kind === "lines";
      return (
        <Labelled group={group} id={id} label={label} messages={messages}>
          {multi ? (
            <textarea id={id} name={field.name} rows={field.kind === "lines" ? 3 : 4} className="field__textarea" defaultValue={shownValue(field, data)} aria-describedby={described} />
          ) : (
            <input id={id} name={field.name} type={field.kind === "number" ? "number" : "text"} className="field__input" defaultValue={shownValue(field, data)} aria-describedby={described} readOnly={fixed} />
          )}
        </Labelled>
      );
    }
  }
}

/** A field with its label above, then its hint and error, then the control. */
function Labelled({ group, id, label, messages, children }: { group: string; id: string; label: string; messages: React.ReactNode; children: React.ReactNode }) {
  return (
    <div className={group}>
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      {messages}
      {children}
    </div>
  );
}

/**
 * Quotes are chosen, not typed: the quotes the entry has, ticked, and the sentences a search of the official
 * text found, to tick. Each checkbox's value is the sentence exactly as printed with its document and unit.
 */
function QuotePicker({ field, label, chosen, found, error }: { field: string; label: string; chosen: QuoteChoice[]; found: (QuoteChoice & { where: string })[]; error?: string }) {
  const { t } = useTranslation();
  const id = idOf(field);
  const key = (c: QuoteChoice) => encodeChoice(c);
  const chosenKeys = new Set(chosen.map(key));
  const more = found.filter((f) => !chosenKeys.has(key(f)));
  return (
    <div className={`form-group${error ? " form-group--error" : ""}`} id={id}>
      <fieldset className="fieldset" aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}>
        <legend className="fieldset__legend">{label}</legend>
        <p id={`${id}-hint`} className="hint">
          {t("admin.quotes.hint")}
        </p>
        {error ? (
          <p id={`${id}-error`} className="error-message">
            {error}
          </p>
        ) : null}
        <div className="checkboxes">
          {[...chosen, ...more].map((c, i) => (
            <div className="checkbox" key={key(c)}>
              <input type="checkbox" id={`${id}-${i}`} name={field} value={key(c)} defaultChecked={chosenKeys.has(key(c))} aria-describedby={`${id}-${i}-where`} />
              <label htmlFor={`${id}-${i}`} lang="zh-CN">
                {c.quote}
              </label>
              <p id={`${id}-${i}-where`} className="hint">
                {t("admin.quotes.where", { where: "where" in c ? String(c.where) : `${c.document} · ${c.unit}` })}
              </p>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
