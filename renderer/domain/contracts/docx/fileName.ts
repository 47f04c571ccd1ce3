/**
 * A suggested file name for a contract's Word file: the title and version, without the
 * characters Windows forbids („Vereinbarung: Lünen/Selm“ → „Vereinbarung - Lünen-Selm“),
 * at most 150 characters, never ending in a dot or space (the save request refuses those).
 */
export function docxFileName(title: string, suffix: string): string {
  const clean = (text: string) =>
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f]/g, '')
      .replace(/:/g, ' -')
      .replace(/[<>"|?*\\/]/g, '-')
      .replace(/\s+/g, ' ')
      .trim();
  const base = [clean(title), clean(suffix)]
    .filter(Boolean)
    .join(' – ')
    .slice(0, 150)
    .replace(/^[. ]+|[. ]+$/g, '');
  // Windows device names (NUL, COM1 …) open the device instead of a file.
  const device = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$|clock\$)$/i.test(base);
  return `${device ? `Vertrag ${base}` : base || 'Vertragsentwurf'}.docx`;
}
