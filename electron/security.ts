/**
 * Security decisions as small pure functions that take `unknown`, so each can be
 * tested with hostile input. main.ts only wires them to Electron's events.
 */
import { APP_HOST, APP_SCHEME } from './appOrigin';

function parseUrl(value: unknown): URL | null {
  if (typeof value !== 'string' || value.length === 0 || value.length > 4096) return null;
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

/** True only for `app://ikz-planer/...`: no other host, no credentials, no port. */
export function isAppUrl(value: unknown): boolean {
  const url = parseUrl(value);
  return url !== null && url.protocol === `${APP_SCHEME}:` && url.hostname === APP_HOST && url.username === '' && url.password === '' && url.port === '';
}

/** IPC is answered only for frames showing the app itself. */
export const isTrustedSender = isAppUrl;

/**
 * Links the user may open in the system browser (after confirming): https only, since a
 * plain http page can be altered on the way; no credentials in the address.
 */
export function isSafeExternalUrl(value: unknown): boolean {
  const url = parseUrl(value);
  if (url === null) return false;
  if (url.protocol !== 'https:') return false;
  return url.username === '' && url.password === '' && url.hostname.length > 0;
}

/** The app needs no camera, microphone, location, notifications or anything else. */
export function decidePermission(_permission: unknown): boolean {
  return false;
}

export type NavigationDecision = 'allow' | 'open-external' | 'deny';

/** In-app navigation stays; vetted web links go to the system browser; all else is denied. */
export function decideNavigation(target: unknown): NavigationDecision {
  if (isAppUrl(target)) return 'allow';
  if (isSafeExternalUrl(target)) return 'open-external';
  return 'deny';
}

/**
 * Strict CSP. `style-src 'unsafe-inline'` is needed because the UI library and the
 * chart library set inline styles; scripts stay limited to the app's own files.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
