/** How the sessions panel writes durations and sizes. */

/** `1:02:03` or `2:03` from seconds. */
export function formatDuration(seconds: number): string {
  const total = Math.max(0, Math.round(seconds));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const rest = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`;
}

/** `820 kB`, `1.4 MB` (decimal units, as browsers show downloads), in the interface language's digits. */
export function formatSize(bytes: number, language: string): string {
  const units = [
    ['GB', 1e9],
    ['MB', 1e6],
    ['kB', 1e3],
  ] as const;
  const number = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
  for (const [unit, size] of units) if (bytes >= size) return `${number.format(bytes / size)} ${unit}`;
  return `${number.format(bytes)} B`;
}
