import { useEffect, useRef, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";

/**
 * A wide table in the portal's one sideways-scroll container, `.table-wrap`
 * (components/scroll-areas.ts gives it the shadow on the side with more columns), plus a
 * "scroll sideways" caption while anything is hidden. While it scrolls, the box is a
 * focusable region named by `label` so keyboard users can scroll it with the arrow keys.
 */
export function ScrollTable({ label, children }: { label: string; children: ReactNode }) {
  const { t } = useTranslation("supplier");
  const ref = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(false);
  useEffect(() => {
    const box = ref.current;
    if (!box) return;
    const measure = () => setScrolls(box.scrollWidth - box.clientWidth > 1);
    measure();
    const observer = typeof ResizeObserver !== "undefined" ? new ResizeObserver(measure) : null;
    observer?.observe(box);
    if (box.firstElementChild) observer?.observe(box.firstElementChild);
    return () => observer?.disconnect();
  }, []);
  return (
    <div className="scroll-table">
      {scrolls && (
        <p className="scroll-hint" aria-hidden="true">
          {t("scrollTable.hint")}
        </p>
      )}
      <div
        ref={ref}
        className="table-wrap"
        {...(scrolls
          ? { role: "region", "aria-label": t("scrollTable.label", { label }), tabIndex: 0 }
          : {})}
      >
        {children}
      </div>
    </div>
  );
}
