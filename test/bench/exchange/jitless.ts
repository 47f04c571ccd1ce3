/**
 * The app's CSP (script-src 'self') forbids `new Function`, so zod runs without its JIT
 * there. Code evaluated over DevTools passes zod's probe and then fails in later tasks: the
 * app's mode, set before any schema is built (imported first by page.ts).
 */
import { z } from 'zod';

z.config({ jitless: true });
