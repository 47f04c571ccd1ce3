// fake-indexeddb gives Dexie a real IndexedDB implementation in node and jsdom.
import 'fake-indexeddb/auto';
import { hasTestNow, testNow } from './testNow';

// With IKZ_TEST_NOW the clock starts at that moment and runs on at real speed: `Date`
// is shifted, nothing else (timers, waitFor, user-event run as usual, and timestamps
// stay as fine-grained as without). A test that needs a fixed moment still uses
// vi.useFakeTimers + vi.setSystemTime; vi.useRealTimers returns to this shifted clock.
if (hasTestNow()) {
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
