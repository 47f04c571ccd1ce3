// fake-indexeddb gives Dexie a real IndexedDB implementation in node and jsdom.
import 'fake-indexeddb/auto';
import { afterAll, vi } from 'vitest';
import { hasTestNow, testNow } from './testNow';

// With IKZ_TEST_NOW the clock starts at that moment and runs on at real speed: `Date`
// is shifted, nothing else (timers, waitFor, user-event run as usual, and timestamps
// stay as fine-grained as without). A test that needs a fixed moment still uses
// vi.useFakeTimers + vi.setSystemTime; vi.useRealTimers returns to this shifted clock.
// Once per worker: the unit project runs its files in one module graph (isolate: false).
if (hasTestNow() && !(globalThis as { __ikzShiftedDate?: true }).__ikzShiftedDate) {
  (globalThis as { __ikzShiftedDate?: true }).__ikzShiftedDate = true;
  const RealDate = Date;
  const offset = testNow().getTime() - RealDate.now();
  class ShiftedDate extends RealDate {
    constructor(...args: ConstructorParameters<DateConstructor> | []) {
      if (args.length === 0) super(RealDate.now() + offset);
      else super(...(args as ConstructorParameters<DateConstructor>));
    }
    static override now(): number {
      return RealDate.now() + offset;
    }
  }
  globalThis.Date = ShiftedDate as DateConstructor;
}

// Without isolation a file that leaves fake timers on would hand them to the next file.
afterAll(() => {
  vi.useRealTimers();
});
