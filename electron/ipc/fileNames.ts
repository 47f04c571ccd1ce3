/**
 * File names that come from the renderer (suggested save names, backup names). Only a
 * bare name is ever accepted; where the file goes is decided in main (dialog or the
 * backups folder). Kept free of zod and Node so the contract and tests can share it.
 */

/**
 * Windows device names open the device instead of a file (`NUL.json`, `com1.csv` …),
 * with any extension, in any case, even with spaces before the dot.
 */
const WINDOWS_DEVICE_NAME = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$|clock\$)\s*(\..*)?$/i;

/** Characters Windows forbids in names, plus every control character. */
// eslint-disable-next-line no-control-regex
const FORBIDDEN_CHARACTERS = /[<>:"|?*\\/\u0000-\u001f\u007f]/;

/** Why this name is not a safe plain file name, or null when it is. */
export function fileNameProblem(name: string): string | null {
  if (name.length === 0 || name.length > 200) return 'length';
  if (FORBIDDEN_CHARACTERS.test(name)) return 'forbidden character or path';
  if (name === '.' || name === '..' || name.startsWith('.')) return 'hidden or relative name';
  // Windows silently drops trailing dots and spaces, so `a.json.` would write `a.json`.
  if (/[. ]$/.test(name)) return 'trailing dot or space';
  if (WINDOWS_DEVICE_NAME.test(name)) return 'Windows device name';
  return null;
}

export const isSafeFileName = (name: string): boolean => fileNameProblem(name) === null;
