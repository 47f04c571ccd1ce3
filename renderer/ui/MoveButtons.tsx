import { Button } from '@mantine/core';

/**
 * „↑ Nach oben“ / „↓ Nach unten“ for one item of a reorderable list (contract sections,
 * agenda items), beside drag and drop for keyboard and screen-reader users. At the ends
 * the button stays focusable but does nothing (aria-disabled), so focus is not lost when
 * an item reaches the top or bottom.
 */
export function MoveButtons({ name, first, last, onUp, onDown }: { name: string; first: boolean; last: boolean; onUp(): void; onDown(): void }) {
  return (
    <>
      <Button
        size="compact-sm"
        variant="subtle"
        data-disabled={first || undefined}
        aria-disabled={first}
        aria-label={`${name} nach oben`}
        onClick={() => !first && onUp()}
      >
        ↑ Nach oben
      </Button>
      <Button
        size="compact-sm"
        variant="subtle"
        data-disabled={last || undefined}
        aria-disabled={last}
        aria-label={`${name} nach unten`}
        onClick={() => !last && onDown()}
      >
        ↓ Nach unten
      </Button>
    </>
  );
}
