import { useEffect } from "react";
import { i18next } from "../i18n";

/**
 * `.table-wrap` is the portal's one sideways-scroll container. While its content is wider than
 * it (a table on a phone), it becomes a keyboard-focusable region named after its table (so
 * arrow keys scroll it) and carries `data-scrolls` = start / middle / end, which styles.css
 * turns into a shadow on the side that has more to show. Done once here for every page instead
 * of in each table's markup; a page may still name its own wrap with aria-label.
 */
export function useScrollAreas() {
  useEffect(() => {
    const root = document.getElementById("main");
    if (!root) return;
    let frame = 0;
    const scan = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => root.querySelectorAll(".table-wrap").forEach(mark));
    };
    const onScroll = (event: Event) => {
      if (event.target instanceof HTMLElement && event.target.classList.contains("table-wrap")) {
        mark(event.target);
      }
    };
    const mutations = new MutationObserver(scan);
    mutations.observe(root, { childList: true, subtree: true, characterData: true });
    window.addEventListener("resize", scan);
    // Scroll events do not bubble: listen in the capture phase.
    document.addEventListener("scroll", onScroll, true);
    scan();
    return () => {
      cancelAnimationFrame(frame);
      mutations.disconnect();
      window.removeEventListener("resize", scan);
      document.removeEventListener("scroll", onScroll, true);
    };
  }, []);
}

const AUTO = "data-scroll-auto";

function mark(wrap: Element) {
  if (!(wrap instanceof HTMLElement)) return;
  const hidden = wrap.scrollWidth - wrap.clientWidth;
  if (hidden <= 1) {
    wrap.removeAttribute("data-scrolls");
    // Only what this hook added: no tab stop for a table that fits.
    if (wrap.hasAttribute(AUTO)) {
      for (const name of (wrap.getAttribute(AUTO) ?? "").split(" ").filter(Boolean)) {
        wrap.removeAttribute(name);
      }
      wrap.removeAttribute(AUTO);
    }
    return;
  }
  const position =
    wrap.scrollLeft <= 1 ? "start" : wrap.scrollLeft >= hidden - 1 ? "end" : "middle";
  if (wrap.getAttribute("data-scrolls") !== position) wrap.setAttribute("data-scrolls", position);
  if (wrap.hasAttribute(AUTO)) return;
  const added: string[] = [];
  const set = (name: string, value: string) => {
    if (wrap.hasAttribute(name)) return;
    wrap.setAttribute(name, value);
    added.push(name);
  };
  set("tabindex", "0");
  set("role", "region");
  if (!wrap.hasAttribute("aria-labelledby"))
    set("aria-label", i18next.t("common:scrollArea.label", { name: labelFor(wrap) }));
  wrap.setAttribute(AUTO, added.join(" "));
}

/** The table's caption, else the nearest heading before it, else "Table". */
function labelFor(wrap: HTMLElement): string {
  const caption = wrap.querySelector("caption")?.textContent?.trim();
  if (caption) return caption;
  for (let box = wrap.parentElement; box; box = box.parentElement) {
    const headings = Array.from(box.querySelectorAll("h1, h2, h3, h4")).filter(
      (heading) => heading.compareDocumentPosition(wrap) & Node.DOCUMENT_POSITION_FOLLOWING,
    );
    const text = headings.at(-1)?.textContent?.trim();
    if (text) return i18next.t("common:scrollArea.tableOf", { heading: text });
    if (box.id === "main") break;
  }
  return i18next.t("common:scrollArea.table");
}
