import { describe, expect, it } from 'vitest';
import { decideNavigation, decidePermission, isAppUrl, isSafeExternalUrl, isTrustedSender } from '../../electron/security';

const HOSTILE = [
  'app://ikz-planer.evil/index.html',
  'app://user@ikz-planer/index.html',
  'app://user:pw@ikz-planer/',
  'app://ikz-planer:8080/',
  'app://evil/ikz-planer',
  'https://ikz-planer/',
  'file:///etc/passwd',
  'javascript:alert(1)',
  'data:text/html,<script>1</script>',
  '',
  42,
  null,
  undefined,
  { toString: () => 'app://ikz-planer/' },
  'app://ikz-planer/' + 'a'.repeat(5000),
];

describe('app origin check', () => {
  it('accepts only app://ikz-planer', () => {
    expect(isAppUrl('app://ikz-planer/index.html')).toBe(true);
    expect(isAppUrl('app://ikz-planer/index.html#/vorschlaege')).toBe(true);
    // Chromium lower-cases hosts of standard schemes before we see them; anything else is refused.
    expect(isAppUrl('app://IKZ-PLANER/')).toBe(false);
    for (const url of HOSTILE) expect(isAppUrl(url), String(url)).toBe(false);
  });

  it('trusts IPC senders only from the app origin', () => {
    expect(isTrustedSender('app://ikz-planer/index.html')).toBe(true);
    for (const url of HOSTILE) expect(isTrustedSender(url)).toBe(false);
  });
});

describe('external links', () => {
  it('opens only plain http(s) links without credentials', () => {
    expect(isSafeExternalUrl('https://www.kreis-unna.de/')).toBe(true);
    expect(isSafeExternalUrl('http://example.org/a?b=c')).toBe(true);
    for (const url of ['javascript:alert(1)', 'file:///C:/Windows/system32/calc.exe', 'smb://server/share', 'https://user:pw@example.org', 'ms-settings:', 'app://ikz-planer/', '', null, 7]) {
      expect(isSafeExternalUrl(url), String(url)).toBe(false);
    }
  });
});

describe('navigation and permissions', () => {
  it('keeps app navigation, sends web links outside, denies the rest', () => {
    expect(decideNavigation('app://ikz-planer/index.html#/kosten')).toBe('allow');
    expect(decideNavigation('https://www.interkommunales.nrw/')).toBe('open-external');
    expect(decideNavigation('file:///etc/passwd')).toBe('deny');
    expect(decideNavigation('app://ikz-planer.evil/')).toBe('deny');
  });

  it('denies every permission', () => {
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'unknown', undefined]) expect(decidePermission(p)).toBe(false);
  });
});
