import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { APP_SCHEME_PRIVILEGES, createAppRequestHandler, mimeTypeFor, resolveAppRequest } from '../../electron/protocol';
import { CONTENT_SECURITY_POLICY } from '../../electron/security';

const ROOT = path.resolve('/opt/ikz/dist/renderer');

describe('app:// path resolution', () => {
  it('maps the root and files below it', () => {
    expect(resolveAppRequest('app://ikz-planer/', ROOT)).toEqual({ kind: 'file', filePath: path.join(ROOT, 'index.html') });
    expect(resolveAppRequest('app://ikz-planer/assets/index-1.js', ROOT)).toEqual({ kind: 'file', filePath: path.join(ROOT, 'assets/index-1.js') });
    expect(resolveAppRequest('app://ikz-planer/assets/Gr%C3%B6%C3%9Fe.css', ROOT)).toEqual({ kind: 'file', filePath: path.join(ROOT, 'assets/Größe.css') });
  });

  it('forbids traversal and foreign hosts', () => {
    for (const url of [
      'app://ikz-planer/../../etc/passwd',
      'app://ikz-planer/%2e%2e/%2e%2e/etc/passwd',
      'app://ikz-planer/assets/..%2f..%2f..%2fetc/passwd',
      'app://ikz-planer/..%5c..%5cwindows%5cwin.ini',
      'app://ikz-planer/a%00.js',
      'app://ikz-planer.evil/index.html',
      'app://user@ikz-planer/index.html',
      'file:///etc/passwd',
      'app://ikz-planer/%E0%A4%A',
    ]) {
      const result = resolveAppRequest(url, ROOT);
      if (result.kind === 'file') expect(result.filePath.startsWith(ROOT + path.sep), url).toBe(true);
      else expect(result.kind).toBe('forbidden');
    }
    expect(resolveAppRequest('app://ikz-planer/..%2f..%2fetc/passwd', ROOT)).toEqual({ kind: 'forbidden' });
  });

  it('knows the MIME types the renderer needs', () => {
    expect(mimeTypeFor('a/index.html')).toContain('text/html');
    expect(mimeTypeFor('x.JS')).toContain('javascript');
    expect(mimeTypeFor('f.woff2')).toBe('font/woff2');
    expect(mimeTypeFor('unknown.bin')).toBe('application/octet-stream');
  });
});

describe('app:// request handler', () => {
  it('serves files with CSP and nosniff, 404 for missing, 403 for traversal', async () => {
    const readFile = vi.fn(async (p: string) => {
      if (p.endsWith('index.html')) return new TextEncoder().encode('<html></html>');
      throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
    });
    const handler = createAppRequestHandler(ROOT, readFile);
    const ok = await handler({ url: 'app://ikz-planer/index.html' });
    expect(ok.status).toBe(200);
    expect(await ok.text()).toBe('<html></html>');
    // Exactly the policy that security.test.ts pins down literally (no added or loosened directive).
    expect(ok.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(ok.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await handler({ url: 'app://ikz-planer/missing.js' })).status).toBe(404);
    expect((await handler({ url: 'app://ikz-planer/..%2f..%2fsecret' })).status).toBe(403);
    expect(readFile).toHaveBeenCalledTimes(2);
  });

  it('sends the CSP with every file type, not only HTML', async () => {
    const handler = createAppRequestHandler(ROOT, async () => new Uint8Array([1]));
    for (const file of ['assets/a.js', 'assets/b.css', 'icon.svg', 'x.unknown']) {
      expect((await handler({ url: `app://ikz-planer/${file}` })).headers.get('content-security-policy'), file).toBe(CONTENT_SECURITY_POLICY);
    }
  });
});

describe('app:// scheme', () => {
  it('has exactly the privileges IndexedDB and fetch need (no CSP bypass, no service workers)', () => {
    expect(APP_SCHEME_PRIVILEGES).toStrictEqual({ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true } });
  });
});
