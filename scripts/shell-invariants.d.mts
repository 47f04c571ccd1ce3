export const EXPECTED_WEB_PREFERENCES: Readonly<Record<string, unknown>>;
export const EXPECTED_CSP: string;
export const EXPECTED_ENTRY_URL: string;
export const HEADER_ONLY_DIRECTIVES: string[];
export function parseCsp(policy: string): Map<string, string[]>;
export function metaCspPolicies(html: string): string[];
export function cspAgreementProblems(headerPolicy: string, html: string, label?: string): string[];
export function readShellSources(root?: string): Record<string, string>;
export function findShellViolations(sources: Record<string, string>): string[];
