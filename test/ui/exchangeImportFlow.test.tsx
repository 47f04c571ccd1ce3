// @vitest-environment jsdom
import './setup-dom';
import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { IkzDatabase } from '../../renderer/data/db';
import * as backups from '../../renderer/data/backups';
import * as exchange from '../../renderer/data/exchange';
import type { MergePlan, ParsedExchange } from '../../renderer/data/exchange';
import { UserFacingError } from '../../renderer/domain/errors';
import { ExchangePage } from '../../renderer/features/exchange/ExchangePage';
import { DbProvider } from '../../renderer/state/DbContext';

vi.mock('../../renderer/data/exchange', async (original) => ({
  ...(await original<typeof import('../../renderer/data/exchange')>()),
  openExchangeFile: vi.fn(),
  readExchangeFile: vi.fn(),
  planMerge: vi.fn(),
  applyMerge: vi.fn(),
}));
vi.mock('../../renderer/data/backups', async (original) => ({
  ...(await original<typeof import('../../renderer/data/backups')>()),
  backupBeforeImport: vi.fn(),
}));

const header = {
  format: 'ikz-planer-austausch',
  formatVersion: 1,
  schemaVersion: 7,
  exportedAt: '2027-03-02T11:00:00.000Z',
  exportedBy: 'Bernd Berg',
  sender: { userName: 'Bernd Berg', partyId: null, partyName: 'Kamen', deviceId: 'd' },
  scope: { kind: 'workspace' },
  encryption: null,
} as const;
const parsed = { header, content: { tables: {}, changeLog: [] }, bytes: 10 } as unknown as ParsedExchange;
const plan: MergePlan = {
  header: header as unknown as MergePlan['header'],
  added: [{ table: 'proposals', recordId: 'p', label: 'Vorschlag „Bauhof“', masterData: false, fields: [] }],
  updated: [],
  deleted: [],
  unchanged: 0,
  conflicts: [],
  touchesMasterData: false,
  masterDataInScope: true,
  warnings: [],
  workspaceRevision: 1,
  steps: [],
};

const m = {
  open: vi.mocked(exchange.openExchangeFile),
  read: vi.mocked(exchange.readExchangeFile),
  plan: vi.mocked(exchange.planMerge),
  apply: vi.mocked(exchange.applyMerge),
  backup: vi.mocked(backups.backupBeforeImport),
};

function renderPage() {
  render(
    <MantineProvider env="test">
      <MemoryRouter>
        <DbProvider db={{} as IkzDatabase}>
          <ExchangePage />
        </DbProvider>
      </MemoryRouter>
    </MantineProvider>,
  );
}

const readFile = () => userEvent.click(screen.getByRole('button', { name: 'Austauschdatei einlesen …' }));

beforeEach(() => {
  m.open.mockResolvedValue({ fileName: 'Kamen.ikz', bytes: new Uint8Array([1]) });
  m.plan.mockResolvedValue(plan);
  m.backup.mockResolvedValue({ name: 'ikz-sicherung-vor-import.json', location: 'x' });
  m.apply.mockResolvedValue({
    added: 1,
    updated: 0,
    deleted: 0,
    conflictsResolved: 0,
    masterDataSkipped: 0,
    text: '1 neu, 0 aktualisiert',
    written: { proposals: 1 },
  });
});

describe('reading an exchange file on the Austausch screen', () => {
  it('shows the refusal of a file that is too large, of another format or newer, and plans nothing', async () => {
    renderPage();
    m.open.mockResolvedValueOnce({ fileName: 'gross.ikz', error: 'Die Datei „gross.ikz“ ist größer als 100 MB und wird nicht eingelesen.' });
    await readFile();
    expect(await screen.findByRole('alert')).toHaveTextContent('größer als 100 MB');
    m.read.mockResolvedValueOnce({
      ok: false,
      error: { code: 'newer-version', message: 'Die Datei stammt aus einer neueren Version. Bitte aktualisieren Sie den IKZ-Planer.' },
    });
    await readFile();
    expect(await screen.findByRole('alert')).toHaveTextContent('„Kamen.ikz“: Die Datei stammt aus einer neueren Version. Bitte aktualisieren');
    expect(m.plan).not.toHaveBeenCalled();
    expect(m.apply).not.toHaveBeenCalled();
  });

  it('asks for the password, says when it is wrong, and writes nothing when the review is cancelled', async () => {
    renderPage();
    m.read
      .mockResolvedValueOnce({ ok: false, error: { code: 'password-needed', message: 'Passwort nötig' } })
      .mockResolvedValueOnce({
        ok: false,
        error: { code: 'wrong-password', message: 'Das Passwort stimmt nicht. Bitte prüfen Sie es und versuchen Sie es erneut.' },
      })
      .mockResolvedValueOnce({ ok: true, value: parsed });
    await readFile();
    const dialog = await screen.findByRole('dialog', { name: 'Passwort der Austauschdatei' });
    await userEvent.type(screen.getByLabelText('Passwort'), 'falsch');
    await userEvent.click(screen.getByRole('button', { name: 'Öffnen' }));
    expect(await screen.findByText('Das Passwort stimmt nicht. Bitte prüfen Sie es und versuchen Sie es erneut.')).toBeInTheDocument();
    expect(dialog).toBeInTheDocument();
    await userEvent.clear(screen.getByLabelText('Passwort'));
    await userEvent.type(screen.getByLabelText('Passwort'), 'richtig');
    await userEvent.click(screen.getByRole('button', { name: 'Öffnen' }));
    expect(m.read).toHaveBeenLastCalledWith(new Uint8Array([1]), 'richtig');
    await screen.findByRole('heading', { name: 'Austauschdatei prüfen' });
    await userEvent.click(screen.getByRole('button', { name: 'Abbrechen' }));
    await screen.findByRole('button', { name: 'Austauschdatei einlesen …' });
    expect(m.backup).not.toHaveBeenCalled();
    expect(m.apply).not.toHaveBeenCalled();
  });

  it('writes the backup first and imports only when it was written', async () => {
    renderPage();
    m.read.mockResolvedValue({ ok: true, value: parsed });
    m.backup.mockRejectedValueOnce(new UserFacingError('Die Sicherung konnte nicht geschrieben werden. Es wurde nichts verändert.'));
    await readFile();
    await userEvent.click(await screen.findByRole('button', { name: 'Übernehmen' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Die Sicherung konnte nicht geschrieben werden');
    expect(m.apply).not.toHaveBeenCalled();

    await userEvent.click(screen.getByRole('button', { name: 'Übernehmen' }));
    expect(await screen.findByText('1 neu, 0 aktualisiert')).toBeInTheDocument();
    expect(screen.getByText('Übernommen: Vorschläge 1')).toBeInTheDocument();
    expect(m.backup.mock.invocationCallOrder[1]!).toBeLessThan(m.apply.mock.invocationCallOrder[0]!);
    expect(m.apply).toHaveBeenCalledWith({}, plan, {}, { fileName: 'Kamen.ikz', acceptMasterData: false });
    expect(screen.getByTestId('import-summary')).toHaveTextContent('ikz-sicherung-vor-import.json');
  });
});
