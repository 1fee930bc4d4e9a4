/** The reader's display choices, kept in this browser (never anything secret). */
import { useEffect, useState } from 'react';

export type CaptionTheme = 'light' | 'dark' | 'contrast';

export interface CaptionPreferences {
  fontSizePx: number;
  theme: CaptionTheme;
}

const fontSizes = [16, 20, 24, 32, 40, 56, 72] as const;
const storageKey = 'ilenia.listen.preferences';
const defaults: CaptionPreferences = { fontSizePx: 24, theme: 'light' };

function load(): CaptionPreferences {
  try {
    const stored = JSON.parse(localStorage.getItem(storageKey) ?? '{}') as Partial<CaptionPreferences>;
    return {
      fontSizePx: fontSizes.includes(stored.fontSizePx as (typeof fontSizes)[number]) ? stored.fontSizePx! : defaults.fontSizePx,
      theme: stored.theme === 'dark' || stored.theme === 'contrast' || stored.theme === 'light' ? stored.theme : defaults.theme,
    };
  } catch {
    return defaults;
  }
}

export function useCaptionPreferences(): [CaptionPreferences, (change: Partial<CaptionPreferences>) => void] {
  const [preferences, setPreferences] = useState(load);
  useEffect(() => {
    try {
      localStorage.setItem(storageKey, JSON.stringify(preferences));
    } catch {
      // Storage may be unavailable (private mode); the choice then lasts for this page only.
    }
  }, [preferences]);
  return [preferences, (change) => setPreferences((current) => ({ ...current, ...change }))];
}

/** The next font size up or down the scale. */
export function stepFontSize(current: number, direction: 1 | -1): number {
  const index = fontSizes.findIndex((size) => size >= current);
  const next = Math.min(fontSizes.length - 1, Math.max(0, (index === -1 ? fontSizes.length - 1 : index) + direction));
  return fontSizes[next]!;
}
