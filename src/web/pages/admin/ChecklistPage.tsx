import { HistoryLink } from "../../components/HistoryLink";
import { Fragment, useEffect, useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router-dom";
import { ApiError, isStaleVersion } from "../../api/client";
import { useMutation, useQuery } from "../../api/hooks";
import { ConfirmButton } from "../../components/once";
import {
  AREAS,
  areaLabel,
  Badge,
  Empty,
  ErrorMessage,
  formatDate,
  Notice,
  QueryGate,
  SelectField,
  TextField,
} from "../../components/ui";
import { LOCALE_NAMES, WEB_LOCALES, type WebLocale } from "../../i18n";
import { graphql } from "../../gql";
import type { ChecklistQuery } from "../../gql/graphql";
import {
  answerTypeLabel,
  blankItem,
  ChecklistItemFields,
  inputOf,
  rowOf,
  type ItemRow,
} from "./ChecklistItemFields";
import { checklistStatusLabel } from "./checklist-labels";

const ONE = graphql(`
  query Checklist($id: ID!) {
    checklist(id: $id) {
      id
      familyId
      name
      englishName: name(locale: "en")
      nameTranslations {
        locale
        name
      }
      version
      status
      revision
      publishedAt
      retiredAt
      requiredLocales
      items {
        id
        code
        area
        question
        guidance
        textFallback
        answerType
        weight
        zeroTolerance
        evidenceRequired
        order
        texts {
          locale
          saqQuestion
          auditQuestion
          guidance
        }
      }
    }
    checklists {
      id
      familyId
      version
      status
    }
  }
`);
const PUBLISH = graphql(`
  mutation PublishChecklist($id: ID!) {
    publishChecklist(id: $id) {
      id
      status
    }
  }
`);
const REVISE = graphql(`
  mutation ReviseChecklist($id: ID!) {
    reviseChecklist(id: $id) {
      id
      version
    }
  }
`);
const ADD = graphql(`
  mutation AddChecklistItem(
    $id: ID!
    $revision: Int!
    $input: ChecklistItemInput!
    $position: Int
  ) {
    addChecklistItem(
      checklistId: $id
      expectedRevision: $revision
      input: $input
      position: $position
    ) {
      id
      revision
    }
  }
`);
const UPDATE = graphql(`
  mutation UpdateChecklistItem($id: ID!, $revision: Int!, $input: ChecklistItemInput!) {
    updateChecklistItem(id: $id, expectedRevision: $revision, input: $input) {
      id
      revision
    }
  }
`);
const REMOVE = graphql(`
  mutation RemoveChecklistItem($id: ID!, $revision: Int!) {
    removeChecklistItem(id: $id, expectedRevision: $revision) {
      id
      revision
    }
  }
`);
const REQUIRE = graphql(`
  mutation SetChecklistRequiredLocales($id: ID!, $revision: Int!, $locales: [String!]!) {
    setChecklistRequiredLocales(id: $id, expectedRevision: $revision, requiredLocales: $locales) {
      id
      revision
      requiredLocales
    }
  }
`);
const RENAME = graphql(`
  mutation RenameChecklist($id: ID!, $revision: Int!, $input: RenameChecklistInput!) {
    renameChecklist(id: $id, expectedRevision: $revision, input: $input) {
      id
      revision
    }
  }
`);
const MOVE = graphql(`
  mutation MoveChecklistItem($id: ID!, $revision: Int!, $position: Int!) {
    moveChecklistItem(id: $id, expectedRevision: $revision, position: $position) {
      id
      revision
    }
  }
`);

type Checklist = NonNullable<ChecklistQuery["checklist"]>;
type Item = Checklist["items"][number];

/**
 * A stale revision: another admin edited the draft; the editor offers a reload. Scrolled into
 * view, as the button pressed may be far below the top of the list.
 */
function StaleNotice({ error, reload }: { error: unknown; reload: () => void }) {
  const { t } = useTranslation("checklist");
  const ref = useRef<HTMLDivElement>(null);
  const stale = isStaleVersion(error);
  useEffect(() => {
    if (stale) ref.current?.scrollIntoView({ block: "center" });
  }, [stale, error]);
  if (!stale) return <ErrorMessage error={error} />;
  return (
    <div className="error" role="alert" ref={ref}>
      {t("stale.message")}{" "}
      <button type="button" onClick={reload}>
        {t("stale.reload")}
      </button>
    </div>
  );
}

const FORM_FIELDS =
  /^(code|area|answerType|weight|position|texts\.\d+\.(saqQuestion|auditQuestion|guidance))$/;

/**
 * The error to show above the form: anything but field problems the inputs show themselves
 * (a full checklist, say, is a problem of no input).
 */
function formLevel(error: unknown): unknown {
  if (!(error instanceof ApiError) || error.code !== "BAD_USER_INPUT") return error;
  const shown = error.fields.every((field) => FORM_FIELDS.test(field.path.replace(/^input\./, "")));
  return shown ? undefined : error;
}

function ItemEditForm({
  checklist,
  item,
  onDone,
  onCancel,
  reload,
}: {
  checklist: Checklist;
  item: Item;
  onDone: () => void;
  onCancel: () => void;
  reload: () => void;
}) {
  const { t } = useTranslation("checklist");
  const [row, setRow] = useState<ItemRow>(() => rowOf(item));
  const update = useMutation(UPDATE);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const ok = await update.run({
      id: item.id,
      revision: checklist.revision,
      input: inputOf(row),
    });
    if (ok) onDone();
  };
  return (
    <form
      className="item-edit"
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-label={t("editor.editForm", { code: item.code })}
    >
      <StaleNotice error={formLevel(update.error)} reload={reload} />
      <ChecklistItemFields
        row={row}
        error={update.error}
        onChange={(change) => setRow((current) => ({ ...current, ...change }))}
      />
      <div className="button-row">
        <button type="submit" className="primary" disabled={update.busy}>
          {t("editor.save")}
        </button>
        <button type="button" onClick={onCancel}>
          {t("editor.cancel")}
        </button>
      </div>
    </form>
  );
}

function AddItemForm({ checklist, onDone }: { checklist: Checklist; onDone: () => void }) {
  const { t } = useTranslation("checklist");
  const [row, setRow] = useState<ItemRow>(blankItem);
  const [position, setPosition] = useState("");
  const add = useMutation(ADD);
  const items = checklist.items;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const ok = await add.run({
      id: checklist.id,
      revision: checklist.revision,
      input: inputOf(row),
      position: position === "" ? null : Number(position),
    });
    if (ok) {
      setRow(blankItem());
      setPosition("");
      onDone();
    }
  };
  return (
    <form
      className="card"
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-labelledby="add-question-heading"
    >
      <h2 id="add-question-heading">{t("add.title")}</h2>
      <StaleNotice error={formLevel(add.error)} reload={onDone} />
      <ChecklistItemFields
        row={row}
        error={add.error}
        onChange={(change) => setRow((current) => ({ ...current, ...change }))}
      />
      <SelectField
        label={t("add.place")}
        name="position"
        value={position}
        error={add.error}
        options={[
          { value: "", label: t("add.atEnd") },
          ...items.map((item, index) => ({
            value: String(index + 1),
            label: t("add.before", { number: index + 1, code: item.code }),
          })),
        ]}
        onChange={(e) => setPosition(e.target.value)}
      />
      <button type="submit" className="primary" disabled={add.busy}>
        {t("add.submit")}
      </button>
    </form>
  );
}

function ItemView({ item, requiredLocales }: { item: Item; requiredLocales: WebLocale[] }) {
  const { t } = useTranslation("checklist");
  const missing = requiredLocales.filter((locale) => missingTexts(item, locale).length > 0);
  return (
    <>
      <p className="item-question">
        <strong>{item.code}</strong> · {areaLabel(item.area)}
      </p>
      <p>
        {item.question}
        {item.textFallback && <span className="muted"> {t("item.inEnglish")}</span>}
      </p>
      {item.guidance ? (
        <p className="muted">{t("item.guidanceShown", { guidance: item.guidance })}</p>
      ) : (
        <p className="muted">{t("item.noGuidance")}</p>
      )}
      <p className="item-meta">
        {answerTypeLabel(item.answerType)} · {t("item.weightShown", { weight: item.weight })}
        {item.zeroTolerance && (
          <>
            {" "}
            · <Badge value={t("item.zeroToleranceBadge")} kind="zero_tolerance" />
          </>
        )}
        {item.evidenceRequired && <> · {t("item.evidenceRequiredShown")}</>}
        {missing.length > 0 && (
          <>
            {" "}
            ·{" "}
            <Badge
              value={t("item.missingIn", {
                languages: missing.map((locale) => LOCALE_NAMES[locale]).join(", "),
              })}
              kind="conditional"
            />
          </>
        )}
      </p>
    </>
  );
}

/** The editable list of a draft's questions: edit, move up or down, remove. */
function DraftItems({ checklist, reload }: { checklist: Checklist; reload: () => void }) {
  const { t } = useTranslation("checklist");
  const [editing, setEditing] = useState<string | null>(null);
  const move = useMutation(MOVE);
  const remove = useMutation(REMOVE);
  const items = checklist.items;
  const moveTo = async (item: Item, position: number) => {
    if (await move.run({ id: item.id, revision: checklist.revision, position })) reload();
  };
  return (
    <section className="card" aria-labelledby="questions-heading">
      <h2 id="questions-heading">{t("editor.title", { count: items.length })}</h2>
      <StaleNotice error={move.error ?? remove.error} reload={reload} />
      <ol className="checklist-editor">
        {items.map((item, index) => (
          <li key={item.id} id={`item-${item.code}`} className="checklist-editor-item">
            {editing === item.id ? (
              <ItemEditForm
                checklist={checklist}
                item={item}
                onCancel={() => setEditing(null)}
                onDone={() => {
                  setEditing(null);
                  reload();
                }}
                reload={reload}
              />
            ) : (
              <>
                <ItemView item={item} requiredLocales={requiredOf(checklist)} />
                <div className="button-row">
                  <button
                    type="button"
                    onClick={() => setEditing(item.id)}
                    aria-label={t("editor.edit", { code: item.code })}
                  >
                    {t("editor.editButton")}
                  </button>
                  <button
                    type="button"
                    disabled={index === 0 || move.busy}
                    onClick={() => void moveTo(item, index)}
                    aria-label={t("editor.moveUp", { code: item.code })}
                  >
                    {t("editor.moveUpButton")}
                  </button>
                  <button
                    type="button"
                    disabled={index === items.length - 1 || move.busy}
                    onClick={() => void moveTo(item, index + 2)}
                    aria-label={t("editor.moveDown", { code: item.code })}
                  >
                    {t("editor.moveDownButton")}
                  </button>
                  {items.length > 1 && (
                    <ConfirmButton
                      label={t("editor.removeButton")}
                      accessibleLabel={t("editor.remove", { code: item.code })}
                      question={t("editor.removeConfirm", { code: item.code })}
                      confirmLabel={t("editor.removeYes")}
                      busy={remove.busy}
                      onConfirm={async () => {
                        if (await remove.run({ id: item.id, revision: checklist.revision }))
                          reload();
                      }}
                    />
                  )}
                </div>
              </>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

/** The read-only questions of a published or retired version. */
function ReadOnlyItems({ checklist }: { checklist: Checklist }) {
  const { t } = useTranslation("checklist");
  return (
    <div className="table-wrap" role="region" aria-label={t("readOnly.label")} tabIndex={0}>
      <table className="table">
        <caption className="sr-only">{t("readOnly.label")}</caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">{t("readOnly.code")}</th>
            <th scope="col">{t("readOnly.area")}</th>
            <th scope="col">{t("readOnly.question")}</th>
            <th scope="col">{t("readOnly.answer")}</th>
            <th scope="col">{t("readOnly.weight")}</th>
            <th scope="col">{t("readOnly.flags")}</th>
          </tr>
        </thead>
        <tbody>
          {checklist.items.map((item) => (
            <tr key={item.id}>
              <td>{item.order}</td>
              <td>{item.code}</td>
              <td>{areaLabel(item.area)}</td>
              <td>
                {item.question}
                {item.textFallback && <span className="muted"> {t("item.inEnglish")}</span>}
                {item.guidance && (
                  <div className="muted">
                    {t("item.guidanceShown", { guidance: item.guidance })}
                  </div>
                )}
              </td>
              <td>{answerTypeLabel(item.answerType)}</td>
              <td>{item.weight}</td>
              <td>
                {[
                  item.zeroTolerance ? t("readOnly.zeroTolerance") : "",
                  item.evidenceRequired ? t("readOnly.evidenceRequired") : "",
                ]
                  .filter(Boolean)
                  .join(", ")}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const requiredOf = (checklist: Checklist): WebLocale[] =>
  WEB_LOCALES.filter((locale) => checklist.requiredLocales.includes(locale));

type TextField = "saqQuestion" | "auditQuestion" | "guidance";
const TEXT_FIELDS: TextField[] = ["auditQuestion", "saqQuestion", "guidance"];

/** What publishing will refuse for this item in `locale` (the API's rule, shown beforehand). */
function missingTexts(item: Item, locale: WebLocale): TextField[] {
  const text = item.texts.find((candidate) => candidate.locale === locale);
  const english = item.texts.find((candidate) => candidate.locale === "en");
  return TEXT_FIELDS.filter((field) =>
    field === "guidance" ? !!english?.guidance && !text?.guidance : !text?.[field],
  );
}

/** Before publishing: each required language's missing texts, by item. */
function MissingTexts({ checklist }: { checklist: Checklist }) {
  const { t } = useTranslation("checklist");
  const gaps = requiredOf(checklist).flatMap((locale) => {
    const items = checklist.items.flatMap((item) => {
      const fields = missingTexts(item, locale);
      return fields.length > 0 ? [{ code: item.code, fields }] : [];
    });
    // English is the name itself; other languages need their own (the API's rule).
    const name =
      locale !== "en" && !checklist.nameTranslations.some((entry) => entry.locale === locale);
    return items.length > 0 || name ? [{ locale, name, items }] : [];
  });
  if (gaps.length === 0) return <p className="muted">{t("missing.none")}</p>;
  return (
    <div className="notice warn" role="status">
      {gaps.map(({ locale, name, items }) => (
        <Fragment key={locale}>
          {name && <p>{t("missing.name", { language: LOCALE_NAMES[locale] })}</p>}
          {items.length > 0 && (
            <p>{t("missing.title", { language: LOCALE_NAMES[locale], count: items.length })}</p>
          )}
          <ul>
            {items.map(({ code, fields }) => (
              <li key={code}>
                {t("missing.item", {
                  code,
                  fields: fields.map((field) => t(`missing.field.${field}`)).join(", "),
                })}
              </li>
            ))}
          </ul>
        </Fragment>
      ))}
    </div>
  );
}

const chineseNameOf = (checklist: Checklist): string =>
  checklist.nameTranslations.find((entry) => entry.locale === "zh-CN")?.name ?? "";

const NAME_FIELDS = /^(name|nameTranslations\.\d+\.name)$/;

/** The draft's name in English and in Chinese; a published version shows them read-only. */
function NamesBox({ checklist, onDone }: { checklist: Checklist; onDone: () => void }) {
  const { t } = useTranslation("checklist");
  const [english, setEnglish] = useState(checklist.englishName);
  const [chinese, setChinese] = useState(() => chineseNameOf(checklist));
  const rename = useMutation(RENAME);
  if (checklist.status !== "DRAFT") {
    return (
      <dl className="card names">
        <dt>{t("names.english")}</dt>
        <dd>{checklist.englishName}</dd>
        <dt>{t("names.chinese")}</dt>
        <dd>{chineseNameOf(checklist) || <span className="muted">{t("names.none")}</span>}</dd>
      </dl>
    );
  }
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const ok = await rename.run({
      id: checklist.id,
      revision: checklist.revision,
      input: {
        name: english,
        nameTranslations: [{ locale: "zh-CN", name: chinese }],
      },
    });
    if (ok) onDone();
  };
  const error = rename.error;
  const shownByFields =
    error instanceof ApiError &&
    error.code === "BAD_USER_INPUT" &&
    error.fields.every((field) => NAME_FIELDS.test(field.path.replace(/^input\./, "")));
  return (
    <form
      className="card names"
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-labelledby="names-heading"
    >
      <h2 id="names-heading">{t("names.title")}</h2>
      <StaleNotice error={shownByFields ? undefined : error} reload={onDone} />
      <TextField
        label={t("names.english")}
        name="name"
        value={english}
        error={error}
        maxLength={200}
        required
        onChange={(e) => setEnglish(e.target.value)}
      />
      <TextField
        label={t("names.chinese")}
        name="nameTranslations.0.name"
        value={chinese}
        error={error}
        maxLength={200}
        hint={t("names.chineseHint")}
        onChange={(e) => setChinese(e.target.value)}
      />
      <button type="submit" disabled={rename.busy}>
        {t("names.save")}
      </button>
    </form>
  );
}

/** Which languages publishing needs complete; English always. */
function RequiredLocalesBox({ checklist, onDone }: { checklist: Checklist; onDone: () => void }) {
  const { t } = useTranslation("checklist");
  const require = useMutation(REQUIRE);
  const required = requiredOf(checklist);
  const toggle = async (locale: WebLocale, on: boolean) => {
    const locales = WEB_LOCALES.filter((l) => (l === locale ? on : required.includes(l)));
    if (await require.run({ id: checklist.id, revision: checklist.revision, locales })) onDone();
  };
  return (
    <fieldset className="card required-locales">
      <legend>{t("required.title")}</legend>
      <p className="muted">{t("required.intro")}</p>
      <div className="checks">
        {WEB_LOCALES.map((locale) => (
          <label key={locale}>
            <input
              type="checkbox"
              checked={required.includes(locale)}
              disabled={locale === "en" || require.busy}
              onChange={(e) => void toggle(locale, e.target.checked)}
            />{" "}
            {LOCALE_NAMES[locale]}
            {locale === "en" && <span className="muted"> {t("required.englishAlways")}</span>}
          </label>
        ))}
      </div>
      <StaleNotice error={require.error} reload={onDone} />
    </fieldset>
  );
}

function PublishBox({ checklist, onDone }: { checklist: Checklist; onDone: () => void }) {
  const { t } = useTranslation("checklist");
  const publish = useMutation(PUBLISH);
  const problems = publish.error instanceof ApiError ? publish.error.fields : [];
  const uncovered = AREAS.filter((area) => !checklist.items.some((item) => item.area === area));
  return (
    <div className="card">
      <h2>{t("publish.title")}</h2>
      <p>{t("publish.intro")}</p>
      {uncovered.length > 0 && (
        <p className="muted">
          {t("publish.uncovered", { areas: uncovered.map(areaLabel).join(", ") })}
        </p>
      )}
      <MissingTexts checklist={checklist} />
      {problems.length > 0 ? (
        <div className="error" role="alert">
          <p>{t("publish.refused")}</p>
          <ul>
            {problems.map((problem) => (
              <li key={problem.path}>{problem.message}</li>
            ))}
          </ul>
        </div>
      ) : (
        <ErrorMessage error={publish.error} />
      )}
      <ConfirmButton
        label={t("publish.button")}
        question={t("publish.confirm", { name: checklist.name, version: checklist.version })}
        confirmLabel={t("publish.yes")}
        busy={publish.busy}
        onConfirm={async () => {
          if (await publish.run({ id: checklist.id })) onDone();
        }}
      />
    </div>
  );
}

function ReviseBox({
  checklist,
  draftId,
  draftVersion,
}: {
  checklist: Checklist;
  draftId?: string;
  draftVersion?: number;
}) {
  const { t } = useTranslation("checklist");
  const navigate = useNavigate();
  const revise = useMutation(REVISE);
  if (draftId) {
    return (
      <Notice>
        {t("revise.inProgress")}{" "}
        <Link to={`/admin/checklists/${draftId}`}>
          {t("revise.editDraft", { version: draftVersion })}
        </Link>
        .
      </Notice>
    );
  }
  return (
    <div className="button-row">
      <button
        type="button"
        disabled={revise.busy}
        onClick={() =>
          void revise
            .run({ id: checklist.id })
            .then(
              (result) => result && void navigate(`/admin/checklists/${result.reviseChecklist.id}`),
            )
        }
      >
        {t("revise.button")}
      </button>
      <ErrorMessage error={revise.error} />
    </div>
  );
}

export function ChecklistPage() {
  const { t } = useTranslation("checklist");
  const { id = "" } = useParams();
  const state = useQuery(ONE, { id });
  return (
    <section>
      <p className="crumbs">
        <Link to="/admin/checklists">{t("page.crumb")}</Link>
      </p>
      <QueryGate state={state}>
        {({ checklist, checklists }) => {
          if (!checklist) return <Empty>{t("page.notFound")}</Empty>;
          const draft = checklists.find(
            (other) => other.familyId === checklist.familyId && other.status === "DRAFT",
          );
          const isDraft = checklist.status === "DRAFT";
          return (
            <>
              <header className="page-head">
                <div>
                  <h1>{t("page.title", { name: checklist.name, version: checklist.version })}</h1>
                  <p className="muted">
                    {isDraft
                      ? t("page.draft")
                      : checklist.status === "PUBLISHED"
                        ? t("page.published", { date: formatDate(checklist.publishedAt) })
                        : t("page.retired", { date: formatDate(checklist.retiredAt) })}
                  </p>
                  <p className="muted">
                    {t("page.languages", {
                      languages: requiredOf(checklist)
                        .map((locale) => LOCALE_NAMES[locale])
                        .join(", "),
                    })}
                  </p>
                </div>
                <div className="head-actions">
                  <Badge value={checklistStatusLabel(checklist.status)} kind={checklist.status} />
                  <HistoryLink
                    // eslint-disable-next-line i18next/no-literal-string -- an entity type code
                    entityType="Checklist"
                    entityId={checklist.id}
                    name={t("page.title", { name: checklist.name, version: checklist.version })}
                  />
                </div>
              </header>
              {isDraft ? (
                // Keyed by revision: a reload after any edit starts the forms afresh, errors gone.
                <Fragment key={checklist.revision}>
                  <NamesBox checklist={checklist} onDone={state.reload} />
                  <RequiredLocalesBox checklist={checklist} onDone={state.reload} />
                  <DraftItems checklist={checklist} reload={state.reload} />
                  <AddItemForm checklist={checklist} onDone={state.reload} />
                  <PublishBox checklist={checklist} onDone={state.reload} />
                </Fragment>
              ) : (
                <>
                  <ReviseBox
                    checklist={checklist}
                    draftId={draft?.id}
                    draftVersion={draft?.version}
                  />
                  <NamesBox checklist={checklist} onDone={state.reload} />
                  <ReadOnlyItems checklist={checklist} />
                </>
              )}
            </>
          );
        }}
      </QueryGate>
    </section>
  );
}
