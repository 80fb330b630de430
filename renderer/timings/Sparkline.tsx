/** The last calls' times of one row as small bars, oldest first, each scaled to the slowest of them. */

const WIDTH = 120;
const HEIGHT = 22;

export function Sparkline({ values, label }: { readonly values: readonly number[]; readonly label: string }) {
  if (values.length === 0) return null;
  const max = Math.max(...values);
  const step = WIDTH / values.length;
  return (
    <svg
      className="sparkline"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      width={WIDTH}
      height={HEIGHT}
      role="img"
      aria-label={label}
    >
      <title>{label}</title>
      {values.map((v, i) => {
        const h = max > 0 ? Math.max(1, (v / max) * HEIGHT) : 1;
        return <rect key={i} x={i * step} y={HEIGHT - h} width={Math.max(1, step - 1)} height={h} />;
      })}
    </svg>
  );
}
