import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../api/client";
import { useMutation, useQuery } from "../../api/hooks";
import { ErrorMessage, Notice, QueryGate, SelectField } from "../../components/ui";
import { graphql } from "../../gql";
import type {
  EmailMode,
  NotificationCategory,
  NotificationPreferencesQuery,
} from "../../gql/graphql";

const PREFERENCES = graphql(`
  query NotificationPreferences {
    notificationPreferences {
      emailMode
      categories {
        category
        email
      }
    }
  }
`);
const UPDATE = graphql(`
  mutation UpdateNotificationPreferences($input: NotificationPreferencesInput!) {
    updateNotificationPreferences(input: $input) {
      emailMode
      categories {
        category
        email
      }
    }
  }
`);

const MODES: EmailMode[] = ["IMMEDIATE", "DAILY_DIGEST", "OFF"];
const CATEGORIES = new Set<string>([
  "SELF_ASSESSMENT",
  "AUDIT",
  "CORRECTIVE_ACTION",
  "DEADLINE",
  "CERTIFICATE",
  "PROCUREMENT",
] satisfies NotificationCategory[]);

type Preferences = NotificationPreferencesQuery["notificationPreferences"];

function CategorySwitch({
  category,
  index,
  checked,
  error,
  onChange,
}: {
  category: NotificationCategory;
  index: number;
  checked: boolean;
  error: unknown;
  onChange: (email: boolean) => void;
}) {
  const { t } = useTranslation("notifications");
  const id = useId();
  const message =
    error instanceof ApiError
      ? (error.fieldMessage(`categories.${index}.email`) ??
        error.fieldMessage(`categories.${index}.category`) ??
        error.fieldMessage(`categories.${index}`))
      : undefined;
  return (
    <div className={message ? "field invalid" : "field"}>
      <label htmlFor={id} className="switch">
        <input
          id={id}
          type="checkbox"
          role="switch"
          checked={checked}
          aria-invalid={message ? true : undefined}
          aria-describedby={message ? `${id}-error` : undefined}
          onChange={(event) => onChange(event.target.checked)}
        />{" "}
        {/* A category newer than this page still reads as its code, never as a key. */}
        {CATEGORIES.has(category) ? t(`preferences.category.${category}`) : category}
      </label>
      {message && (
        <small id={`${id}-error`} className="field-error" role="alert">
          {message}
        </small>
      )}
    </div>
  );
}

function Form({ saved }: { saved: Preferences }) {
  const { t } = useTranslation("notifications");
  const [draft, setDraft] = useState<Preferences>(saved);
  const [done, setDone] = useState(false);
  const update = useMutation(UPDATE);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    const result = await update.run({
      input: {
        emailMode: draft.emailMode,
        categories: draft.categories.map(({ category, email }) => ({ category, email })),
      },
    });
    if (result) {
      setDraft(result.updateNotificationPreferences);
      setDone(true);
    }
  };

  const setCategory = (category: NotificationCategory, email: boolean) => {
    setDone(false);
    setDraft({
      ...draft,
      categories: draft.categories.map((row) =>
        row.category === category ? { ...row, email } : row,
      ),
    });
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label={t("preferences.form")}>
      <SelectField
        label={t("preferences.email")}
        name="emailMode"
        value={draft.emailMode}
        error={update.error}
        options={MODES.map((mode) => ({ value: mode, label: t(`preferences.mode.${mode}`) }))}
        hint={t("preferences.hint")}
        onChange={(event) => {
          setDone(false);
          setDraft({ ...draft, emailMode: event.target.value as EmailMode });
        }}
      />
      <fieldset disabled={draft.emailMode === "OFF"}>
        <legend>{t("preferences.about")}</legend>
        {draft.categories.map((row, index) => (
          <CategorySwitch
            key={row.category}
            category={row.category}
            index={index}
            checked={row.email}
            error={update.error}
            onChange={(email) => setCategory(row.category, email)}
          />
        ))}
      </fieldset>
      <ErrorMessage error={update.error} />
      {done && <Notice>{t("preferences.saved")}</Notice>}
      <button type="submit" className="primary" disabled={update.busy}>
        {t("preferences.save")}
      </button>
    </form>
  );
}

/** The viewer's own e-mail preferences: the mode and one switch per category. */
export function PreferencesForm() {
  const state = useQuery(PREFERENCES);
  return (
    <QueryGate state={state}>{(data) => <Form saved={data.notificationPreferences} />}</QueryGate>
  );
}
