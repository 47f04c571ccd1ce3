/**
 * The renderer's origin. IndexedDB is keyed by origin, so changing any of these
 * values would silently hide every user's data: they are permanent.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'ikz-planer';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;
/** The presenter view of a presentation (a hash route: still the one entry file). */
export const PRESENTER_VIEW_URL = `${APP_ENTRY_URL}#/praesentation/referent`;
