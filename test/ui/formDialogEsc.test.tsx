// @vitest-environment jsdom
import './setup-dom';
import { MantineProvider } from '@mantine/core';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { DbProvider } from '../../renderer/state/DbContext';
import { ComputedLineDialog } from '../../renderer/features/costs/ComputedLineDialog';
import { MeetingFormDialog } from '../../renderer/features/meetings/MeetingFormDialog';
import { StatusChangeDialog } from '../../renderer/features/proposals/StatusChangeDialog';
import { freshDb } from '../data/helpers';

// QA: Esc in a half-filled form dialog dropped the input without a word.
const fastUser = () => userEvent.setup({ delay: null, pointerEventsCheck: PointerEventsCheckLevel.Never });

async function show(dialog: (onClose: () => void) => ReactNode) {
  const db = await freshDb();
  const onClose = vi.fn();
  render(
    <MantineProvider env="test">
      <DbProvider db={db}>{dialog(onClose)}</DbProvider>
    </MantineProvider>,
  );
  return { db, onClose };
}

describe('form dialogs ask before Esc drops typed input', () => {
  it('meeting form: Esc with a typed title asks; „Weiter bearbeiten“ keeps the input, „Eingaben verwerfen“ closes', async () => {
    const user = fastUser();
    const { onClose } = await show((close) => <MeetingFormDialog meeting={null} onClose={close} />);
    const form = await screen.findByRole('dialog', { name: 'Termin hinzufügen' });
    const title = within(form).getByRole('textbox', { name: /Titel/ });
    await user.type(title, 'Sondersitzung IT');
    await user.keyboard('{Escape}');
    const ask = await screen.findByRole('dialog', { name: 'Eingaben verwerfen?' });
    expect(onClose).not.toHaveBeenCalled();
    await user.click(within(ask).getByRole('button', { name: 'Weiter bearbeiten' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Eingaben verwerfen?' })).toBeNull());
    expect(title).toHaveValue('Sondersitzung IT');
    expect(onClose).not.toHaveBeenCalled();
    await user.keyboard('{Escape}');
    await user.click(within(await screen.findByRole('dialog', { name: 'Eingaben verwerfen?' })).getByRole('button', { name: 'Eingaben verwerfen' }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('meeting form: Esc on an untouched form closes at once', async () => {
    const user = fastUser();
    const { onClose } = await show((close) => <MeetingFormDialog meeting={null} onClose={close} />);
    await screen.findByRole('dialog', { name: 'Termin hinzufügen' });
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('dialog', { name: 'Eingaben verwerfen?' })).toBeNull();
  });

  it('status change: a typed reason is not dropped by Esc', async () => {
    const user = fastUser();
    const db = await freshDb();
    const proposal = (await db.proposals.toArray()).find((p) => p.status === 'in_pruefung')!;
    const { onClose } = await show((close) => <StatusChangeDialog proposal={proposal} opened onClose={close} />);
    const dialog = await screen.findByRole('dialog', { name: 'Status ändern' });
    await user.type(within(dialog).getByRole('textbox', { name: /Begründung|Vermerk/ }), 'Schlüsselkraft fehlt');
    await user.keyboard('{Escape}');
    await screen.findByRole('dialog', { name: 'Eingaben verwerfen?' });
    expect(onClose).not.toHaveBeenCalled();
  });

  it('cost line with growth or staff: a typed label is not dropped by Esc; untouched closes at once', async () => {
    const user = fastUser();
    const parties = [{ id: 'p1', name: 'Kamen' }];
    const payRates = [{ payGroup: 'E 9a', annualCents: 6_500_000, year: 2026 }];
    const open = (close: () => void) => <ComputedLineDialog proposalId="x" parties={parties} payRates={payRates} nextOrder={() => 0} onClose={close} />;
    const untouched = await show(open);
    await screen.findByRole('dialog', { name: 'Zeile mit Fortschreibung oder Personal' });
    await user.keyboard('{Escape}');
    expect(untouched.onClose).toHaveBeenCalledTimes(1);
    cleanup();

    const { onClose } = await show(open);
    const dialog = await screen.findByRole('dialog', { name: 'Zeile mit Fortschreibung oder Personal' });
    await user.type(within(dialog).getByRole('textbox', { name: /Bezeichnung/ }), 'Sachbearbeitung Lohn');
    await user.keyboard('{Escape}');
    await screen.findByRole('dialog', { name: 'Eingaben verwerfen?' });
    expect(onClose).not.toHaveBeenCalled();
  });
});
