import { useEffect, useRef, useState, type ReactNode } from "react";

/**
 * A wide table that scrolls sideways inside its box on a narrow screen, and says so: a shadow
 * on the side with more columns and a "scroll sideways" caption while anything is hidden. The
 * box is a focusable, labelled region so keyboard users can scroll it with the arrow keys.
 */
export function ScrollTable({ label, children }: { label: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [overflow, setOverflow] = useState({ left: false, right: false });
  useEffect(() => {
    const box = ref.current;
    if (!box) return;
    const measure = () => {
      const max = box.scrollWidth - box.clientWidth;
      setOverflow({ left: box.scrollLeft > 1, right: max - box.scrollLeft > 1 });
    };
    measure();
    box.addEventListener("scroll", measure, { passive: true });
    const observer = typeof ResizeObserver !== "undefined" ? new ResizeObserver(measure) : null;
    observer?.observe(box);
    if (box.firstElementChild) observer?.observe(box.firstElementChild);
    return () => {
      box.removeEventListener("scroll", measure);
      observer?.disconnect();
    };
  }, []);
  const scrolls = overflow.left || overflow.right;
  return (
    <div
      className={[
        "scroll-table",
        overflow.left ? "more-left" : "",
        overflow.right ? "more-right" : "",
      ].join(" ")}
    >
      {scrolls && (
        <p className="scroll-hint" aria-hidden="true">
          Scroll sideways to see every column →
        </p>
      )}
      <div
        ref={ref}
        className="scroll-table-box"
        role="region"
        aria-label={scrolls ? `${label} (scrolls sideways)` : label}
        tabIndex={0}
      >
        {children}
      </div>
    </div>
  );
}
