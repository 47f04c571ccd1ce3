/**
 * The browser fallback of the platform bridge: the same operations with web APIs, so
 * the whole UI also runs in a plain browser (`npm run web`, end-to-end tests).
 */
import { base64ToBytes, bytesToBase64 } from '../domain/bytes';
import type { OpenFileRequest, PreloadApi, ReportPdfRequest, ReportPdfResult, SaveFileRequest } from '../../electron/ipc/contract';
import { browserPresentation } from './browserPresentation';

async function saveFile(request: SaveFileRequest) {
  const body = request.encoding === 'base64' ? base64ToBytes(request.content) : request.content;
  const url = URL.createObjectURL(new Blob([body]));
  const link = document.createElement('a');
  link.href = url;
  link.download = request.suggestedName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return { saved: true, fileName: request.suggestedName };
}

function openFile(request: OpenFileRequest) {
  return new Promise<Awaited<ReturnType<PreloadApi['openFile']>>>((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = request.filters.flatMap((f) => f.extensions.map((e) => `.${e}`)).join(',');
    input.addEventListener('change', async () => {
      const file = input.files?.[0];
      if (!file) return resolve({ status: 'cancelled' });
      if (file.size > request.maxBytes) return resolve({ status: 'too-large', fileName: file.name, bytes: file.size });
      resolve({ status: 'opened', fileName: file.name, base64: bytesToBase64(new Uint8Array(await file.arrayBuffer())) });
    });
    input.addEventListener('cancel', () => resolve({ status: 'cancelled' }));
    input.click();
  });
}

/** No hidden print window in a browser: the print route opens and prints with the browser's own dialog. */
async function exportReportPdf(request: ReportPdfRequest): Promise<ReportPdfResult> {
  window.location.hash = request.contractId ? `#/vertraege/${request.contractId}/druck?drucken=1` : `#/bericht/druck?${request.query}&drucken=1`;
  return { status: 'browser-print' };
}

/** Loaded on first use: the first screen needs no backup code (issue 6: initial bundle). */
const backups = () => import('./browserBackups').then((m) => m.browserBackups(saveFile));

export const browserPlatform: PreloadApi = {
  ...browserPresentation,
  exportReportPdf,
  // The browser keeps the file in its downloads; there is nothing of ours to open.
  openSavedReport: async () => false,
  writeBackup: async (request) => (await backups()).writeBackup(request),
  listBackups: async () => (await backups()).listBackups(),
  readBackup: async (name) => (await backups()).readBackup(name),
  exportBackup: async (name) => (await backups()).exportBackup(name),
  getAppInfo: async () => ({ version: import.meta.env.VITE_APP_VERSION ?? 'dev', platform: navigator.platform, shell: 'browser' }),
  saveFile,
  openFile,
  // Same rule as the desktop app (electron/externalLinks.ts): https only, after the user confirmed the address.
  openExternal: async (url) => {
    if (!URL.canParse(url) || new URL(url).protocol !== 'https:') return false;
    const href = new URL(url).href;
    if (!window.confirm(`Diese Adresse im Browser öffnen?\n\n${href}`)) return false;
    window.open(href, '_blank', 'noopener,noreferrer');
    return true;
  },
};
