import { diffWords } from 'diff';
import { memo, useMemo } from 'react';

// German word boundaries (umlauts, „quotes“) as DESIGN.md prescribes for word diffs.
const segmenter = new Intl.Segmenter('de', { granularity: 'word' });
/** Longer texts are shown as they are: a word diff of two long texts would hold up the page. */
const MAX_DIFF_CHARS = 20_000;

/**
 * A side's text with the words that differ from the other side marked, so in a long
 * description the treasurer sees at once what the two versions disagree on.
 */
export const ChangedWords = memo(function ChangedWords({ text, other }: { text: string; other: string }) {
  const parts = useMemo(() => {
    if (text.length + other.length > MAX_DIFF_CHARS || text === '–' || other === '–') return null;
    return diffWords(other, text, { intlSegmenter: segmenter });
  }, [text, other]);
  if (!parts) return <>{text}</>;
  return (
    <>
      {parts.map((part, i) => {
        if (part.removed) return null;
        return part.added ? (
          <mark key={i} className="exchange-changed">
            {part.value}
          </mark>
        ) : (
          <span key={i}>{part.value}</span>
        );
      })}
    </>
  );
});
