import { useId, useState, type FormEvent } from "react";
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

const MODES: { value: EmailMode; label: string }[] = [
  { value: "IMMEDIATE", label: "One e-mail per notification, as it happens" },
  { value: "DAILY_DIGEST", label: "One e-mail a day (daily digest)" },
  { value: "OFF", label: "No e-mail (in the portal only)" },
];

const CATEGORY_LABELS: Record<NotificationCategory, string> = {
  SELF_ASSESSMENT: "Self-assessments",
  AUDIT: "Audits",
  CORRECTIVE_ACTION: "Corrective actions",
  DEADLINE: "Deadlines and reminders",
  CERTIFICATE: "Certificates",
  PROCUREMENT: "Procurement status",
};

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
        {CATEGORY_LABELS[category] ?? category}
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
    <form onSubmit={(event) => void submit(event)} noValidate aria-label="E-mail preferences">
      <SelectField
        label="E-mail"
        name="emailMode"
        value={draft.emailMode}
        error={update.error}
        options={MODES}
        hint="The portal's inbox gets every notification, whatever you choose here."
        onChange={(event) => {
          setDone(false);
          setDraft({ ...draft, emailMode: event.target.value as EmailMode });
        }}
      />
      <fieldset disabled={draft.emailMode === "OFF"}>
        <legend>E-mail me about</legend>
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
      {done && <Notice>Preferences saved.</Notice>}
      <button type="submit" className="primary" disabled={update.busy}>
        Save preferences
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
