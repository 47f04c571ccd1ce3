export const MISSING_ELECTRON_MESSAGE: string;
/** Path of the downloaded Electron binary, or null when it is missing. */
export function electronBinary(): string | null;
