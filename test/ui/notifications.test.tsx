// @vitest-environment jsdom
import './setup-dom';
import { MantineProvider } from '@mantine/core';
import { Notifications, notifications } from '@mantine/notifications';
import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { theme } from '../../renderer/theme';

describe('notifications', () => {
  it('have a close button with a German name (axe button-name; read out by screen readers)', async () => {
    render(
      <MantineProvider env="test" theme={theme}>
        <Notifications />
      </MantineProvider>,
    );
    act(() => {
      notifications.show({ message: '„Zusammenlegung der Informationstechnologien“ steht jetzt auf der Tagesordnung (TOP 1).' });
    });
    expect(await screen.findByRole('button', { name: 'Meldung schließen' })).toBeInTheDocument();
  });
});
