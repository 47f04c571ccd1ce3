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

/**
 * The app's entry on one of its hash routes (the hidden print window opens on the print
 * route). Only a hash route of this entry, never another address.
 */
export function appEntryUrl(route = ''): string {
  if (route !== '' && !/^#\/[\w/.,=&%?-]*$/.test(route)) throw new Error('invalid app route');
  return `${APP_ENTRY_URL}${route}`;
}
