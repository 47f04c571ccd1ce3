// @vitest-environment jsdom
import './setup-dom';
import { MantineProvider } from '@mantine/core';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { describe, expect, it, vi } from 'vitest';
import { EMPTY_PROPOSAL } from '../../renderer/domain/vocabulary';
import { ProposalForm } from '../../renderer/features/proposals/ProposalForm';
import type { Area, Party, ProposalInput } from '../../renderer/domain/schemas';

const meta = { createdAt: '2027-01-01', updatedAt: '2027-01-01', revision: 1 };
const areas: Area[] = [
  { ...meta, id: 'a-it', name: 'IT-Konsolidierung', description: '', order: 1, seedKey: 'it' },
  { ...meta, id: 'a-audit', name: 'Rechnungsprüfung', description: '', order: 3, seedKey: 'audit' },
];
const parties: Party[] = [
  { ...meta, id: 'p-luenen', name: 'Lünen', kind: 'Stadt', inhabitants: 86460, employees: null, payrollCases: null, seedKey: 'luenen' },
  { ...meta, id: 'p-selm', name: 'Selm', kind: 'Stadt', inhabitants: 26000, employees: null, payrollCases: null, seedKey: 'selm' },
];

/**
 * jsdom is slow at computed styles, and user-event asks for them on every keystroke and
 * click (pointer-events check up the tree). Mantine sets no pointer-events on these fields,
 * so the check proves nothing here; without it and without delays the tests run about
 * twice as fast, which keeps them inside the timeout on a loaded CI machine.
 */
const fastUser = () => userEvent.setup({ delay: null, pointerEventsCheck: PointerEventsCheckLevel.Never });

/** Mantine labels both the input and its option list; the input is what a user clicks. */
const inputLabelled = (label: RegExp) => screen.getAllByLabelText(label).find((e) => e.tagName === 'INPUT')!;

function renderForm(initial: ProposalInput = EMPTY_PROPOSAL, onSubmit = vi.fn(async (_values: ProposalInput) => undefined)) {
  // A data router: the form guards against leaving with unsaved input (useBlocker).
  const form = (
    <ProposalForm initial={initial} editingId={null} areas={areas} parties={parties} meetings={[]} proposals={[]} onSubmit={onSubmit} onCancel={vi.fn()} />
  );
  const router = createMemoryRouter([
    { path: '/', element: form },
    { path: '/weg', element: <p>Andere Seite</p> },
  ]);
  render(
    <MantineProvider env="test">
      <RouterProvider router={router} />
    </MantineProvider>,
  );
  return Object.assign(onSubmit, { router });
}

describe('ProposalForm', () => {
  it('shows German field messages for a half-filled form and saves nothing', async () => {
    const user = fastUser();
    const onSubmit = renderForm();
    await user.type(screen.getByRole('textbox', { name: /Titel/ }), 'ab');
    await user.click(screen.getByRole('button', { name: 'Speichern' }));
    expect(await screen.findByText('Bitte einen Titel mit mindestens 3 Zeichen eintragen.')).toBeInTheDocument();
    expect(screen.getByText('Bitte ein Aufgabenfeld auswählen.')).toBeInTheDocument();
    expect(screen.getByText('Bitte die federführende Kommune auswählen.')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Es wurde noch nichts gespeichert');
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('submits the values once area and lead are chosen from the lists', async () => {
    const user = fastUser();
    const onSubmit = renderForm();
    await user.type(screen.getByRole('textbox', { name: /Titel/ }), 'Rechnungsprüfung Lünen–Selm');
    await user.click(inputLabelled(/Aufgabenfeld/));
    await user.click(await screen.findByRole('option', { name: 'Rechnungsprüfung' }));
    await user.click(inputLabelled(/Federführende Kommune/));
    await user.click(await screen.findByRole('option', { name: 'Lünen' }));
    await user.click(screen.getByRole('button', { name: 'Speichern' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledOnce());
    expect(onSubmit.mock.calls[0]![0]).toMatchObject({ title: 'Rechnungsprüfung Lünen–Selm', areaId: 'a-audit', leadPartyId: 'p-luenen', participantIds: [] });
  });

  it('shows a refused save from the repository and keeps the input', async () => {
    const user = fastUser();
    const { UserFacingError } = await import('../../renderer/data/records');
    const onSubmit = vi.fn(async () => {
      throw new UserFacingError('Diese Abhängigkeit ergäbe einen Kreis.');
    });
    renderForm({ ...EMPTY_PROPOSAL, areaId: 'a-it', leadPartyId: 'p-selm' }, onSubmit);
    await user.type(screen.getByRole('textbox', { name: /Titel/ }), 'IT gemeinsam');
    await user.click(screen.getByRole('button', { name: 'Speichern' }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Diese Abhängigkeit ergäbe einen Kreis.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /Titel/ })).toHaveValue('IT gemeinsam');
  });

  it('asks before leaving with typed, unsaved input; Abbrechen keeps it, Verwerfen leaves', async () => {
    const user = fastUser();
    const { router } = renderForm();
    await user.type(screen.getByRole('textbox', { name: /Titel/ }), 'Halbfertiger Vorschlag');
    await act(() => router.navigate('/weg'));
    const dialog = await screen.findByRole('dialog', { name: 'Ungespeicherte Änderungen' });
    expect(dialog).toHaveTextContent('Eingaben, die noch nicht gespeichert sind');
    await user.click(within(dialog).getByRole('button', { name: 'Abbrechen' }));
    expect(screen.getByRole('textbox', { name: /Titel/ })).toHaveValue('Halbfertiger Vorschlag');
    await act(() => router.navigate('/weg'));
    await user.click(within(await screen.findByRole('dialog', { name: 'Ungespeicherte Änderungen' })).getByRole('button', { name: 'Verwerfen' }));
    expect(await screen.findByText('Andere Seite')).toBeInTheDocument();
  });
});
