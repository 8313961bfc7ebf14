import { useState } from "react";

/**
 * The form-level summary of the last error, hidden once the user edits anything after it: the
 * fields' own messages go as each field changes, and the summary must not outlive them.
 * Returns the error to show (undefined once edited) and the callback for every change.
 */
export function useErrorSummary(error: unknown): [unknown, () => void] {
  const [editedAfter, setEditedAfter] = useState<unknown>(undefined);
  const shown = error !== undefined && error === editedAfter ? undefined : error;
  return [shown, () => setEditedAfter(error)];
}
