/**
 * The captions of one language as a windowed list: only the rows in view are in the DOM, so a two-hour
 * talk (5,000 finals) scrolls as smoothly as a short one. It follows the live end until the reader
 * scrolls up, then offers "Back to live".
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useT } from '../i18n/i18n.js';
import type { Caption } from './captions.js';

/** How close to the end (px) still counts as "at the live end". */
const liveEndSlack = 48;

export interface CaptionListProps {
  captions: Caption[];
  fontSizePx: number;
  language: string;
  /** What to show while there is no caption yet. */
  emptyText: string;
  /** Size of the viewport before it is measured (first render, tests). */
  initialHeight?: number;
}

export function CaptionList({ captions, fontSizePx, language, emptyText, initialHeight = 600 }: CaptionListProps) {
  const t = useT();
  const scrollRef = useRef<HTMLDivElement>(null);
  const [following, setFollowing] = useState(true);
  // eslint-disable-next-line react-hooks/incompatible-library -- the app does not run the React Compiler; nothing here is memoized over the virtualizer
  const virtualizer = useVirtualizer({
    count: captions.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => Math.round(fontSizePx * 1.5 * 2 + 12),
    overscan: 6,
    initialRect: { width: 800, height: initialHeight },
    getItemKey: (index) => captions[index]!.key,
  });

  // The store appends finals to the same array (cheap for 5,000 of them), so its length and last
  // caption say that something new arrived, not the array's identity; a new text size, or rows
  // measured taller or shorter than estimated, move the end too.
  const last = captions[captions.length - 1];
  const totalSize = virtualizer.getTotalSize();
  // Whether the reader moved the list (wheel, touch, scroll keys, the scroll bar) since the list last
  // scrolled itself: only then does a scroll away from the end stop following. Scrolls of the list's
  // own (to the live end, or the virtualizer keeping rows in place as they are measured) do not.
  const readerScrolling = useRef(false);
  // Following pins the list's real end (its scroll height), not the last row's estimated position:
  // rows not yet measured (after a new text size, or back from the top) would leave it short. Each
  // measurement changes the total size, which runs this again, so the end is kept as rows settle.
  const pinToLiveEnd = () => {
    const element = scrollRef.current;
    if (element) element.scrollTop = element.scrollHeight;
  };
  useLayoutEffect(() => {
    if (!following || captions.length === 0) return;
    readerScrolling.current = false;
    pinToLiveEnd();
  }, [captions, captions.length, last?.key, last?.text, following, fontSizePx, totalSize]);

  useEffect(() => virtualizer.measure(), [fontSizePx, virtualizer]);

  function onScroll() {
    const element = scrollRef.current;
    if (!element) return;
    const atEnd = element.scrollHeight - element.scrollTop - element.clientHeight <= liveEndSlack;
    if (atEnd) setFollowing(true);
    else if (readerScrolling.current) setFollowing(false);
    // Not the reader: the virtualizer keeping rows in place as they are measured. While following,
    // the live end wins.
    else if (following) pinToLiveEnd();
  }

  const readerScrolls = () => {
    readerScrolling.current = true;
  };
  function onKeyDown(event: KeyboardEvent) {
    if (['ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End', ' '].includes(event.key)) readerScrolls();
  }

  function backToLive() {
    readerScrolling.current = false;
    setFollowing(true);
    pinToLiveEnd();
  }

  return (
    <div className="relative flex min-h-0 flex-1 flex-col">
      <div
        ref={scrollRef}
        onScroll={onScroll}
        onWheel={readerScrolls}
        onTouchStart={readerScrolls}
        onPointerDown={readerScrolls}
        onKeyDown={onKeyDown}
        className="min-h-0 flex-1 overflow-y-auto px-4"
        role="log"
        aria-live="polite"
        aria-label={t('listen.captions')}
        tabIndex={0}
        lang={language}
        data-testid="caption-list"
      >
        {captions.length === 0 && <p className="py-4 opacity-70">{emptyText}</p>}
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative', width: '100%' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const caption = captions[item.index]!;
            return (
              <div
                key={item.key}
                data-index={item.index}
                ref={virtualizer.measureElement}
                className="absolute left-0 top-0 w-full py-1.5"
                style={{ transform: `translateY(${item.start}px)`, fontSize: fontSizePx, lineHeight: 1.5 }}
              >
                <CaptionRow caption={caption} />
              </div>
            );
          })}
        </div>
      </div>
      {!following && captions.length > 0 && (
        <button
          type="button"
          onClick={backToLive}
          className="absolute bottom-4 left-1/2 -translate-x-1/2 rounded-full bg-blue-700 px-4 py-2 font-medium text-white shadow-lg"
        >
          {t('listen.backToLive')} ↓
        </button>
      )}
    </div>
  );
}

function CaptionRow({ caption }: { caption: Caption }) {
  const t = useT();
  if (caption.kind === 'gap') return <p className="text-[0.7em] italic opacity-70">{t('listen.gap')}</p>;
  if (caption.kind === 'partial')
    return (
      <p className="opacity-60" data-caption="partial">
        {caption.text}
      </p>
    );
  return (
    <p data-caption="final" data-sequence={caption.sequence}>
      {caption.text}
    </p>
  );
}
