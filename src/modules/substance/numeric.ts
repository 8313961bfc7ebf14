import type { ValueTransformer } from "typeorm";

/** PostgreSQL `numeric` reads back as a string (pitfall 7): numbers in, numbers out. */
export const NUMERIC: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};
