// @vitest-environment jsdom
import './setup-dom';
import { MantineProvider } from '@mantine/core';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { createMemoryRouter, Link, RouterProvider } from 'react-router-dom';
import { describe, expect, it, vi } from 'vitest';
import { useUnsavedGuard } from '../../renderer/ui/useUnsavedGuard';

function Editor({ save }: { save: () => Promise<boolean> }) {
  const [dirty, setDirty] = useState(true);
  const guard = useUnsavedGuard({ dirty, save: async () => (await save()) && (setDirty(false), true), discard: () => setDirty(false) });
  return (
    <>
      {guard.dialog}
      <p>{dirty ? 'ungespeichert' : 'sauber'}</p>
      <Link to="/anders">Weg</Link>
    </>
  );
}

function renderAt(save = vi.fn(async () => true)) {
  const router = createMemoryRouter(
    [
      { path: '/', element: <Editor save={save} /> },
      { path: '/anders', element: <p>Andere Seite</p> },
    ],
    { initialEntries: ['/'] },
  );
  render(
    <MantineProvider env="test">
      <RouterProvider router={router} />
    </MantineProvider>,
  );
  return { router, save };
}

describe('unsaved cost edits guard', () => {
  it('leaving asks; Abbrechen stays with the edits', async () => {
    const user = userEvent.setup();
    const { router } = renderAt();
    await user.click(screen.getByRole('link', { name: 'Weg' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ungespeicherte Änderungen' });
    await user.click(within(dialog).getByRole('button', { name: 'Abbrechen' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(router.state.location.pathname).toBe('/');
    expect(screen.getByText('ungespeichert')).toBeInTheDocument();
  });

  it('Speichern saves, then leaves; Verwerfen leaves without saving', async () => {
    const user = userEvent.setup();
    const { router, save } = renderAt();
    await user.click(screen.getByRole('link', { name: 'Weg' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Speichern' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/anders'));
    expect(save).toHaveBeenCalledOnce();

    const second = renderAt();
    await user.click(screen.getAllByRole('link', { name: 'Weg' }).at(-1)!);
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Verwerfen' }));
    await waitFor(() => expect(second.router.state.location.pathname).toBe('/anders'));
    expect(second.save).not.toHaveBeenCalled();
  });

  it('a failed save stays on the page', async () => {
    const user = userEvent.setup();
    const { router } = renderAt(vi.fn(async () => false));
    await user.click(screen.getByRole('link', { name: 'Weg' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Speichern' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(router.state.location.pathname).toBe('/');
  });
});
