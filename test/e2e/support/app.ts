import type { Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';

/** Opens the app at a hash route and waits until the navigation is there (data loaded). */
export async function openApp(page: Page, baseUrl: string, route = ''): Promise<void> {
  await page.goto(`${baseUrl}#/${route}`);
  await page.getByRole('navigation', { name: 'Hauptnavigation' }).waitFor();
}

/** axe violations as short readable lines (empty when the screen is clean). */
export async function axeViolations(page: Page): Promise<string[]> {
  // A toast or dialog still fading in has a contrast that depends on the frame axe reads.
  await waitForTransitions(page);
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes.length}×: ${v.nodes
        .slice(0, 2)
        .map((n) => n.target.join(' '))
        .join(' | ')})`,
  );
}

/** Collects uncaught errors so a test can assert the page stayed healthy. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return errors;
}

/**
 * Waits until no CSS transition or finite animation has run for three frames in a row (a dialog
 * or dropdown has finished fading in; Mantine starts a transition a frame after mounting).
 * A condition, never a fixed sleep.
 */
export async function waitForTransitions(page: Page): Promise<void> {
  await page.evaluate(() => ((window as unknown as { __idleFrames: number }).__idleFrames = 0));
  await page.waitForFunction(
    () => {
      const w = window as unknown as { __idleFrames: number };
      // Endless animations (a spinning loader) never finish; only the ones that end count.
      const idle = document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity);
      w.__idleFrames = idle ? w.__idleFrames + 1 : 0;
      return w.__idleFrames >= 3;
    },
    undefined,
    { polling: 'raf' },
  );
}
