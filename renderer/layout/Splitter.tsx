/** A draggable bar between two panes: reports the fraction of the container the first pane takes. */
import type { PointerEvent as ReactPointerEvent } from "react";

interface SplitterProps {
  readonly direction: "horizontal" | "vertical";
  readonly onChange: (fraction: number) => void;
  readonly label: string;
}

const MIN_FRACTION = 0.15;
const MAX_FRACTION = 0.85;

export function Splitter({ direction, onChange, label }: SplitterProps) {
  const onPointerDown = (event: ReactPointerEvent<HTMLDivElement>) => {
    const bar = event.currentTarget;
    const box = bar.parentElement?.getBoundingClientRect();
    if (!box) return;
    bar.setPointerCapture(event.pointerId);
    const move = (e: PointerEvent) => {
      const fraction =
        direction === "vertical" ? (e.clientX - box.left) / box.width : (e.clientY - box.top) / box.height;
      onChange(Math.min(MAX_FRACTION, Math.max(MIN_FRACTION, fraction)));
    };
    const up = () => {
      bar.removeEventListener("pointermove", move);
      bar.removeEventListener("pointerup", up);
    };
    bar.addEventListener("pointermove", move);
    bar.addEventListener("pointerup", up);
  };
  return (
    <div
      className={`splitter splitter-${direction}`}
      role="separator"
      aria-orientation={direction}
      aria-label={label}
      onPointerDown={onPointerDown}
    />
  );
}
