/**
 * Contract drafts in the end-to-end tests: create one through the screen, print it the
 * way the desktop app prints (electron/printToPdf.ts with `contractId`, `page.pdf` with the
 * shared options), read a saved DOCX.
 */
import { mkdir } from 'node:fs/promises';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { printReportPdf } from '../../../electron/printToPdf';
import { playwrightPdfOptions } from '../../../renderer/domain/report/printOptions';
import { openApp, waitForTransitions } from './app';

export const PAYROLL = 'Einkaufsgemeinschaft Personalabrechnungs- und Zeiterfassungsplattform';

/** Screenshots for a human to look at, only when IKZ_SHOTS names a folder. */
export async function shot(page: Page, name: string, fullPage = false) {
  const dir = process.env.IKZ_SHOTS;
  if (!dir) return;
  await mkdir(dir, { recursive: true });
  await waitForTransitions(page);
  await page.screenshot({ path: `${dir}/${name}.png`, fullPage });
}

/** „Neuer Entwurf“ on the Verträge screen for a proposal, with the template it suggests; returns the draft's id. */
export async function createDraft(page: Page, baseUrl: string, proposalTitle: string, onDialog?: () => Promise<void>): Promise<string> {
  await openApp(page, baseUrl, 'vertraege');
  await page.getByRole('button', { name: 'Neuer Entwurf' }).click();
  const dialog = page.getByRole('dialog', { name: 'Neuer Vertragsentwurf' });
  await dialog.getByRole('combobox', { name: 'Vorschlag' }).fill(proposalTitle.slice(0, 20));
  await page.getByRole('option', { name: proposalTitle }).click();
  await onDialog?.();
  await dialog.getByRole('button', { name: 'Entwurf anlegen' }).click();
  await page.waitForURL(/#\/vertraege\/[\w-]{36}$/, { timeout: 60_000 });
  await page.getByTestId('contract-section').first().waitFor();
  return /vertraege\/([\w-]{36})/.exec(page.url())![1]!;
}

export async function printContract(page: Page, baseUrl: string, contractId: string, title = 'Vertrag') {
  return printReportPdf(
    {
      openPrintWindow: async (route) => {
        // A new document, as the app's hidden print window is (a hash change alone keeps the page).
        await page.goto('about:blank');
        await page.goto(`${baseUrl}${route}`);
        return {
          webContents: {
            executeJavaScript: (code: string) => page.evaluate(code),
            printToPDF: async () => new Uint8Array(await page.pdf(playwrightPdfOptions())),
          },
          destroy: () => undefined,
        };
      },
    },
    { query: '', contractId, suggestedName: 'vertrag.pdf', title, author: 'Test', subject: 'Vertragsentwurf' },
  );
}

export async function documentXml(bytes: Uint8Array | Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  return zip.file('word/document.xml')!.async('string');
}
