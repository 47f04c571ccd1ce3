// @vitest-environment jsdom
/**
 * The change log names who changed what; a change made before a name was set under
 * Einstellungen shows the way to set one, never the raw placeholder „Unbekannt“.
 */
import './setup-dom';
import { MantineProvider } from '@mantine/core';
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { loadSettings } from '../../renderer/data/repositories/settings';
import { saveSettings } from '../../renderer/data/repositories/saveSettings';
import { updateProposal } from '../../renderer/data/repositories/proposals';
import { DbProvider } from '../../renderer/state/DbContext';
import { ChangeLogTable } from '../../renderer/ui/ChangeLogTable';
import { bauhofProposal } from '../data/helpers';

describe('ChangeLogTable', () => {
  it('shows the recorded name, and for changes without one the way to set it', async () => {
    const { db, p } = await bauhofProposal();
    // Created while no name was set; then a name is set and the proposal changed.
    render(
      <MantineProvider env="test">
        <MemoryRouter>
          <DbProvider db={db}>
            <ChangeLogTable table="proposals" recordId={p.id} />
          </DbProvider>
        </MemoryRouter>
      </MantineProvider>,
    );
    const table = await screen.findByRole('table', { name: 'Änderungsprotokoll' });
    expect(table.textContent).not.toContain('Unbekannt');
    expect((await within(table).findAllByRole('link', { name: 'Name in den Einstellungen eintragen' })).length).toBeGreaterThan(0);

    await saveSettings(db, { ...(await loadSettings(db)), userName: 'Anna Schulte' });
    const {
      id: _id,
      createdAt: _c,
      updatedAt: _u,
      revision: _r,
      isExample: _e,
      status: _s,
      statusReason: _sr,
      statusHistory: _sh,
      ...input
    } = (await db.proposals.get(p.id))!;
    await updateProposal(db, p.id, { ...input, title: 'Bauhof Kamen' });
    expect(await within(table).findByText('Anna Schulte')).toBeTruthy();
    // Older entries now say plainly that no name was recorded.
    expect((await within(table).findAllByText('ohne Namen')).length).toBeGreaterThan(0);
    expect(table.textContent).not.toContain('Unbekannt');
  });
});
