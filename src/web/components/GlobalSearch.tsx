import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import { useLocation, useNavigate } from "react-router-dom";
import { gql } from "../api/client";
import type { GlobalSearchQuery } from "../gql/graphql";
import { i18next } from "../i18n";
import { formatDate } from "../i18n/format";
import {
  auditOf,
  excerpt,
  MATCH_WORDS,
  MIN_QUERY,
  SEARCH,
  searchPath,
  words,
} from "../pages/search/search-query";

interface Option {
  id: string;
  kind: string;
  label: string;
  detail: string;
  to: string;
}

/** The top hits of each kind as one list of options, suppliers first. */
function optionsOf(result: GlobalSearchQuery["search"]): Option[] {
  return [
    ...result.suppliers.map((hit) => ({
      id: `supplier-${hit.supplierId}`,
      kind: i18next.t("search:global.kind.supplier"),
      label: hit.supplier.name,
      detail:
        hit.matchedOn === "NAME" ? "" : `${words(MATCH_WORDS, hit.matchedOn)} ${hit.matchedText}`,
      to: `/suppliers/${hit.supplierId}`,
    })),
    ...result.audits.map((audit) => ({
      id: `audit-${audit.id}`,
      kind: i18next.t("search:global.kind.audit"),
      label: auditOf(audit.type, audit.supplier.name),
      detail: formatDate(audit.completedAt ?? audit.plannedDate),
      to: `/audits/${audit.id}`,
    })),
    ...result.findings.map((finding) => ({
      id: `finding-${finding.id}`,
      kind: i18next.t("search:global.kind.finding"),
      label: excerpt(finding.description, 70),
      detail: finding.audit.supplier.name,
      to: `/audits/${finding.audit.id}#finding-${finding.id}`,
    })),
  ];
}

const DEBOUNCE_MS = 250;

/**
 * The top bar's search box: an ARIA combobox (list autocomplete) with the top hits while
 * typing; arrows move through them, Enter opens the highlighted one or, with none, the full
 * results page; Escape closes the list.
 */
export function GlobalSearch() {
  const { t } = useTranslation("search");
  const navigate = useNavigate();
  const location = useLocation();
  const listId = useId();
  const [text, setText] = useState("");
  const [options, setOptions] = useState<Option[]>([]);
  const [status, setStatus] = useState<"idle" | "loading" | "done" | "error">("idle");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const run = useRef(0);

  // A new page closes the list (the person picked something or went elsewhere).
  useEffect(() => {
    setOpen(false);
    setActive(-1);
  }, [location.pathname, location.search]);

  useEffect(() => {
    const query = text.trim();
    if (query.length < MIN_QUERY) {
      run.current++;
      setOptions([]);
      setStatus("idle");
      return;
    }
    const id = ++run.current;
    setStatus("loading");
    const timer = setTimeout(() => {
      gql(SEARCH, { query, first: 5 })
        .then((result) => {
          if (id !== run.current) return;
          setOptions(optionsOf(result.search));
          setActive(-1);
          setStatus("done");
        })
        .catch(() => {
          if (id === run.current) setStatus("error");
        });
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text]);

  const all = text.trim().length >= MIN_QUERY;
  // The last option is always "every result", so Enter and the arrows reach it.
  const count = options.length + (all ? 1 : 0);
  const go = (to: string) => {
    setOpen(false);
    setActive(-1);
    void navigate(to);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      setOpen(true);
      setActive((index) => (count === 0 ? -1 : (index + 1) % count));
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      setOpen(true);
      setActive((index) => (count === 0 ? -1 : index <= 0 ? count - 1 : index - 1));
    } else if (event.key === "Escape") {
      if (open) {
        event.preventDefault();
        setOpen(false);
        setActive(-1);
      } else setText("");
    } else if (event.key === "Enter") {
      event.preventDefault();
      if (active >= 0 && active < options.length) go(options[active].to);
      else if (all) go(searchPath(text));
    }
  };
  const expanded = open && all;
  const optionId = (index: number) => `${listId}-option-${index}`;
  const message =
    status === "loading"
      ? t("global.searching")
      : status === "error"
        ? t("global.failed")
        : status === "done" && options.length === 0
          ? t("global.nothing")
          : status === "done"
            ? t("global.top", { n: options.length })
            : "";
  return (
    <div className="global-search" role="search">
      <label htmlFor={`${listId}-input`} className="sr-only">
        {t("global.label")}
      </label>
      <input
        id={`${listId}-input`}
        type="search"
        role="combobox"
        autoComplete="off"
        placeholder={t("global.placeholder")}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={`${listId}-list`}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        value={text}
        maxLength={100}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
      />
      <span className="sr-only" role="status" aria-live="polite">
        {expanded ? message : ""}
      </span>
      <ul
        id={`${listId}-list`}
        role="listbox"
        aria-label={t("global.list")}
        className="global-search-list"
        hidden={!expanded}
      >
        {status === "done" && options.length === 0 && (
          <li className="global-search-empty" role="presentation">
            {t("global.nothingFor", { text: text.trim() })}
          </li>
        )}
        {options.map((option, index) => (
          <li
            key={option.id}
            id={optionId(index)}
            role="option"
            aria-selected={index === active}
            className={index === active ? "active" : undefined}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => go(option.to)}
          >
            <span className="global-search-kind">{option.kind}</span>{" "}
            <span className="global-search-label">{option.label}</span>
            {option.detail && <span className="global-search-detail"> · {option.detail}</span>}
          </li>
        ))}
        {all && (
          <li
            id={optionId(options.length)}
            role="option"
            aria-selected={active === options.length}
            className={active === options.length ? "global-search-all active" : "global-search-all"}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => go(searchPath(text))}
          >
            {t("global.every", { text: text.trim() })}
          </li>
        )}
      </ul>
    </div>
  );
}
