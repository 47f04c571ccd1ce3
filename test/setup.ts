// fake-indexeddb gives Dexie a real IndexedDB implementation in node and jsdom.
import 'fake-indexeddb/auto';
