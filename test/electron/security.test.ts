import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, APP_ORIGIN } from '../../electron/appOrigin';
import { CONTENT_SECURITY_POLICY, decideNavigation, decidePermission, isAppUrl, isSafeExternalUrl, isTrustedSender } from '../../electron/security';
import { cspAgreementProblems, metaCspPolicies } from '../../scripts/shell-invariants.mjs';

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
  it('opens only https links without credentials (plain http is refused)', () => {
    expect(isSafeExternalUrl('https://www.kreis-unna.de/')).toBe(true);
    expect(isSafeExternalUrl('https://example.org/a?b=c')).toBe(true);
    for (const url of [
      'http://example.org/a?b=c',
      'HTTP://example.org',
      'ftp://example.org',
      'javascript:alert(1)',
      'file:///C:/Windows/system32/calc.exe',
      'smb://server/share',
      'https://user:pw@example.org',
      'ms-settings:',
      'app://ikz-planer/',
      '',
      null,
      7,
    ]) {
      expect(isSafeExternalUrl(url), String(url)).toBe(false);
    }
  });
});

describe('navigation and permissions', () => {
  it('keeps app navigation, sends web links outside, denies the rest', () => {
    expect(decideNavigation('app://ikz-planer/index.html#/kosten')).toBe('allow');
    expect(decideNavigation('https://www.interkommunales.nrw/')).toBe('open-external');
    expect(decideNavigation('http://www.interkommunales.nrw/')).toBe('deny');
    expect(decideNavigation('file:///etc/passwd')).toBe('deny');
    expect(decideNavigation('app://ikz-planer.evil/')).toBe('deny');
  });

  it('denies every permission', () => {
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'unknown', undefined]) expect(decidePermission(p)).toBe(false);
  });
});

describe('app origin', () => {
  it('is app://ikz-planer and the app starts at its index.html', () => {
    expect(APP_ORIGIN).toBe('app://ikz-planer');
    expect(APP_ENTRY_URL).toBe('app://ikz-planer/index.html');
    expect(isAppUrl(APP_ENTRY_URL)).toBe(true);
  });
});

describe('content security policy', () => {
  // Literal on purpose: loosening any directive (or adding one) must be a visible test change.
  const EXPECTED =
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; " +
    "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

  it('is exactly the reviewed policy', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(EXPECTED);
  });

  it('is the same policy in the index.html meta tag (frame-ancestors works only as a header)', () => {
    const html = readFileSync('renderer/index.html', 'utf8');
    expect(metaCspPolicies(html)).toEqual([EXPECTED.replace("; frame-ancestors 'none'", '')]);
    expect(cspAgreementProblems(CONTENT_SECURITY_POLICY, html)).toEqual([]);
  });

  it('notices a meta tag that is missing, doubled, loosened or extended', () => {
    const meta = (policy: string) => `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
    const good = EXPECTED.replace("; frame-ancestors 'none'", '');
    expect(cspAgreementProblems(EXPECTED, `<head>${meta(good)}</head>`)).toEqual([]);
    expect(cspAgreementProblems(EXPECTED, '<head></head>')).toHaveLength(1);
    expect(cspAgreementProblems(EXPECTED, `<head>${meta(good)}${meta(good)}</head>`)).toHaveLength(1);
    expect(cspAgreementProblems(EXPECTED, `<head>${meta(good.replace("script-src 'self'", "script-src 'self' 'unsafe-eval'"))}</head>`)).toHaveLength(1);
    expect(cspAgreementProblems(EXPECTED, `<head>${meta(good.replace("object-src 'none'; ", ''))}</head>`)).toHaveLength(1);
    expect(cspAgreementProblems(EXPECTED, `<head>${meta(good + '; worker-src *')}</head>`)).toHaveLength(1);
  });
});
