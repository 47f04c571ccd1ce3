// fake-indexeddb gives Dexie a real IndexedDB implementation in node and jsdom.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, vi } from 'vitest';
import { hasTestNow, testNow } from './testNow';

// With IKZ_TEST_NOW every test starts at that moment, and the clock keeps ticking from
// there (only Date is faked: timers, waitFor and user-event run as usual). A test that
// needs another moment sets it itself with vi.setSystemTime.
if (hasTestNow()) {
  const now = testNow();
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
    vi.setSystemTime(now);
  });
  afterEach(() => {
    vi.useRealTimers();
  });
}
