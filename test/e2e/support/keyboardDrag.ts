import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** What dnd-kit's screen-reader live region says right now. */
export const dragAnnouncement = (page: Page) => page.locator('[id^="DndLiveRegion"]').innerText();

/**
 * Picks a sortable item up from the keyboard (Space on its handle) and waits until the next key
 * can move it. dnd-kit announces the pick-up at once, but its keyboard sensor starts listening for
 * the arrow keys only in a later task (a `setTimeout` in `KeyboardSensor.attach`) and measures the
 * drop targets in an effect. An arrow key sent the instant the announcement appears was lost once
 * in CI on a busy machine. So wait for the page's queued tasks and a frame: a condition, not a sleep.
 */
export async function pickUpByKeyboard(page: Page, handle: Locator, announced: string): Promise<void> {
  await handle.focus();
  await page.keyboard.press('Space');
  await expect.poll(() => dragAnnouncement(page)).toContain(announced);
  await page.evaluate(() => new Promise<void>((done) => setTimeout(() => requestAnimationFrame(() => setTimeout(() => requestAnimationFrame(() => done()))))));
}

/** Presses one key while an item is held and waits for the move's announcement. */
export async function moveByKeyboard(page: Page, key: 'ArrowUp' | 'ArrowDown', announced: string): Promise<void> {
  await page.keyboard.press(key);
  await expect.poll(() => dragAnnouncement(page)).toContain(announced);
}
