import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../api/client";
import { currentLocale } from "../i18n";
import { countryName } from "../labels";

/** ISO 3166-1 alpha-2, every officially assigned code (as the API's validator knows them). */
const CODES = (
  "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS " +
  "BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE " +
  "EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM " +
  "HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC " +
  "LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA " +
  "NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW " +
  "SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO " +
  "TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW"
).split(" ");

export interface Country {
  code: string;
  name: string;
}

const sorted = new Map<string, Country[]>();

/** Every country by its name in the interface's language (Intl.DisplayNames), in its order. */
export function countries(): Country[] {
  const locale = currentLocale();
  let list = sorted.get(locale);
  if (!list) {
    list = CODES.map((code) => ({ code, name: countryName(code) })).sort((a, b) =>
      a.name.localeCompare(b.name, locale),
    );
    sorted.set(locale, list);
  }
  return list;
}

const fold = (text: string) =>
  text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();

/** Name starts first, then code matches, then words inside the name ("guinea" finds three). */
function matches(query: string): Country[] {
  const q = fold(query.trim());
  if (!q) return countries();
  const starts: Country[] = [];
  const code: Country[] = [];
  const inside: Country[] = [];
  for (const c of countries()) {
    const name = fold(c.name);
    if (name.startsWith(q)) starts.push(c);
    else if (c.code.toLowerCase() === q) code.push(c);
    else if (name.includes(q)) inside.push(c);
  }
  return [...code, ...starts, ...inside];
}

const display = (code: string) => (code ? `${countryName(code)} (${code.toUpperCase()})` : "");

/**
 * A searchable country field (ARIA 1.2 combobox with a listbox popup): the reader types part of
 * a name or the code and picks a country; the form keeps the ISO 3166-1 alpha-2 code. Arrow keys
 * move, Enter picks, Escape closes and restores, and leaving the field with an unmatched text
 * restores the last country instead of sending a cut-off value.
 */
export function CountryPicker({
  label,
  name,
  value,
  onChange,
  error,
  hint,
  required,
  disabled,
}: {
  label: string;
  /** Matched against the error's `extensions.fields[].path`. */
  name?: string;
  /** The ISO code, "" for none. */
  value: string;
  onChange: (code: string) => void;
  error?: unknown;
  hint?: string;
  required?: boolean;
  disabled?: boolean;
}) {
  const { t, i18n } = useTranslation("common");
  const id = useId();
  const listId = `${id}-list`;
  const [text, setText] = useState(display(value));
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [editedAfter, setEditedAfter] = useState<unknown>(undefined);
  const listRef = useRef<HTMLUListElement>(null);

  // A new value from outside (a reload, a reset) or a new language replaces what is typed.
  useEffect(() => setText(display(value)), [value, i18n.language]);

  // The current country's own text lists everything (with it first in view), not "no match".
  const query = open && text !== display(value) ? text : "";
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the names change with the language
  const options = useMemo(() => matches(query), [query, i18n.language]);
  const shown = options;

  useEffect(() => {
    const item = listRef.current?.children[active] as HTMLElement | undefined;
    item?.scrollIntoView?.({ block: "nearest" });
  }, [active, open]);

  const raw =
    name && error instanceof ApiError && editedAfter !== error ? error.fieldMessage(name) : null;
  const message = raw
    ? t("countryPicker.message", {
        label: label.replace(/\s*[(（][^)）]*[)）]\s*$/, ""),
        message: raw,
      })
    : undefined;

  const pick = (country: Country) => {
    onChange(country.code);
    setText(display(country.code));
    setOpen(false);
    setEditedAfter(error);
  };
  const restore = () => {
    setText(display(value));
    setOpen(false);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      if (!open) {
        setOpen(true);
        setActive(0);
      } else setActive((i) => Math.min(i + 1, shown.length - 1));
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (event.key === "Enter") {
      if (open && shown[active]) {
        event.preventDefault();
        pick(shown[active]);
      }
    } else if (event.key === "Escape") {
      if (open) {
        event.preventDefault();
        restore();
      }
    } else if (event.key === "Home" && open) {
      setActive(0);
    } else if (event.key === "End" && open) {
      setActive(shown.length - 1);
    }
  };

  const describedBy =
    [hint ? `${id}-hint` : "", message ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;

  return (
    <div className={message ? "field invalid country-picker" : "field country-picker"}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={name}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={
          open && shown[active] ? `${id}-opt-${shown[active].code}` : undefined
        }
        aria-invalid={message ? true : undefined}
        aria-describedby={describedBy}
        required={required}
        disabled={disabled}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
          setActive(0);
        }}
        onFocus={(event) => event.target.select()}
        onClick={() => {
          if (!open) {
            setOpen(true);
            setActive(
              Math.max(
                0,
                countries().findIndex((c) => c.code === value),
              ),
            );
          }
        }}
        onKeyDown={onKeyDown}
        onBlur={() => {
          // An exact name or code typed without picking counts; anything else goes back.
          const q = fold(text.trim());
          if (!q) {
            // Cleared on purpose: no country (a required field says so when saved).
            if (value) onChange("");
            setText("");
            setOpen(false);
            return;
          }
          const exact = countries().find(
            (c) => fold(c.name) === q || c.code.toLowerCase() === q || fold(display(c.code)) === q,
          );
          if (exact && exact.code !== value) pick(exact);
          else restore();
        }}
      />
      {open && (
        <ul
          id={listId}
          ref={listRef}
          role="listbox"
          className="country-options"
          aria-label={t("countryPicker.matching")}
        >
          {shown.length === 0 ? (
            <li role="option" aria-selected={false} aria-disabled="true" className="muted">
              {t("countryPicker.noMatch", { text })}
            </li>
          ) : (
            shown.map((country, index) => (
              <li
                key={country.code}
                id={`${id}-opt-${country.code}`}
                role="option"
                aria-selected={index === active}
                className={index === active ? "active" : undefined}
                // mousedown, not click: it comes before the input's blur.
                onMouseDown={(event) => {
                  event.preventDefault();
                  pick(country);
                }}
              >
                {country.name} <span className="muted">{country.code}</span>
              </li>
            ))
          )}
        </ul>
      )}
      {hint && (
        <small id={`${id}-hint`} className="hint">
          {hint}
        </small>
      )}
      {message && (
        <small id={`${id}-error`} className="field-error" role="alert">
          {message}
        </small>
      )}
    </div>
  );
}
