/**
 * Serves the packaged renderer under app://ikz-planer. The path resolution is pure
 * and guards against traversal; the handler only reads files below the root.
 */
import path from 'node:path';
import { APP_SCHEME } from './appOrigin';
import { CONTENT_SECURITY_POLICY, isAppUrl } from './security';

export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true },
} as const;

export type AppRequestTarget = { kind: 'file'; filePath: string } | { kind: 'forbidden' };

export function resolveAppRequest(url: unknown, rootDir: string): AppRequestTarget {
  if (!isAppUrl(url)) return { kind: 'forbidden' };
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(url as string).pathname);
  } catch {
    return { kind: 'forbidden' };
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return { kind: 'forbidden' };
  const relative = pathname === '/' || pathname === '' ? 'index.html' : pathname.replace(/^\/+/, '');
  const root = path.resolve(rootDir);
  const filePath = path.resolve(root, relative);
  if (filePath !== root && !filePath.startsWith(root + path.sep)) return { kind: 'forbidden' };
  return { kind: 'file', filePath };
}

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.csv': 'text/csv; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export function mimeTypeFor(filePath: string): string {
  return MIME_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

export type ReadFile = (filePath: string) => Promise<Uint8Array>;

/** The protocol handler: a Response for every request, never an exception. */
export function createAppRequestHandler(rootDir: string, readFile: ReadFile): (request: { url: string }) => Promise<Response> {
  return async (request) => {
    const target = resolveAppRequest(request.url, rootDir);
    if (target.kind === 'forbidden') return new Response('Forbidden', { status: 403 });
    try {
      const body = await readFile(target.filePath);
      return new Response(body as BodyInit, {
        status: 200,
        headers: {
          'Content-Type': mimeTypeFor(target.filePath),
          'Content-Security-Policy': CONTENT_SECURITY_POLICY,
          'X-Content-Type-Options': 'nosniff',
        },
      });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  };
}
