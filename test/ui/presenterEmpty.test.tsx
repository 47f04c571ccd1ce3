// @vitest-environment jsdom
import './setup-dom';
import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { DbProvider } from '../../renderer/state/DbContext';
import { CalculationInputsProvider } from '../../renderer/state/CalculationInputs';
import { PresenterView } from '../../renderer/features/presentation/PresenterView';
import { emptyDeckNotice, parseDeckSource } from '../../renderer/features/presentation/source';
import { freshDb } from '../data/helpers';

describe('the presenter view without a presentation (QA: an empty, broken screen)', () => {
  it('says in German what is missing and links back to the Präsentation screen', async () => {
    const db = await freshDb();
    const router = createMemoryRouter(
      [
        { path: '/praesentation/referent', element: <PresenterView /> },
        { path: '/praesentation', element: <p>Präsentation wählen</p> },
      ],
      { initialEntries: ['/praesentation/referent'] },
    );
    render(
      <MantineProvider env="test">
        <DbProvider db={db}>
          <CalculationInputsProvider>
            <RouterProvider router={router} />
          </CalculationInputsProvider>
        </DbProvider>
      </MantineProvider>,
    );
    const main = await screen.findByRole('main', { name: 'Referentenansicht' });
    expect(main).toHaveTextContent('Es ist noch keine Präsentation ausgewählt.');
    expect(screen.getByRole('link', { name: 'Zur Präsentation' })).toHaveAttribute('href', '/praesentation');
    expect(screen.queryByTestId('presenter-view')).toBeNull();
  });

  it('names a meeting that is gone; a deck with proposals or a found meeting shows no notice', () => {
    expect(emptyDeckNotice(parseDeckSource('termin=m1'), false)).toContain('Der Termin dieser Präsentation wurde nicht gefunden');
    expect(emptyDeckNotice(parseDeckSource('termin=m1'), undefined)).toBeNull();
    expect(emptyDeckNotice(parseDeckSource('termin=m1'), true)).toBeNull();
    expect(emptyDeckNotice(parseDeckSource('vorschlaege=a,b'))).toBeNull();
    expect(emptyDeckNotice(parseDeckSource(''))).toContain('noch keine Präsentation');
  });
});
