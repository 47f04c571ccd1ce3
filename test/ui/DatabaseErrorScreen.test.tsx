// @vitest-environment jsdom
import './setup-dom';
import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { OPEN_PROBLEM_MESSAGES } from '../../renderer/data/openDatabase';
import { DatabaseErrorScreen } from '../../renderer/features/startup/DatabaseErrorScreen';

describe('the start screen when the data cannot be opened', () => {
  it('after a failed backup says so and offers to retry and to export', async () => {
    const onRetry = vi.fn();
    render(
      <MantineProvider env="test">
        <DatabaseErrorScreen problem="backup-failed" message={OPEN_PROBLEM_MESSAGES['backup-failed']} detail="Error: ENOSPC" onRetry={onRetry} />
      </MantineProvider>,
    );
    expect(screen.getByRole('heading', { name: 'Sicherungskopie fehlgeschlagen' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('nichts verändert');
    expect(screen.getByRole('button', { name: 'Lesbare Daten exportieren' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Erneut versuchen' }));
    expect(onRetry).toHaveBeenCalledOnce();
  });

  it('offers no retry for data from a newer version (a retry cannot help)', () => {
    render(
      <MantineProvider env="test">
        <DatabaseErrorScreen problem="newer-version" message={OPEN_PROBLEM_MESSAGES['newer-version']} detail="v9" onRetry={vi.fn()} />
      </MantineProvider>,
    );
    expect(screen.queryByRole('button', { name: 'Erneut versuchen' })).toBeNull();
  });
});
