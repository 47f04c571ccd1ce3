import { createTheme } from '@mantine/core';

/** Calm, high-contrast theme: it must stay legible on a meeting-room projector. */
export const theme = createTheme({
  fontFamily: '"Noto Sans", "Segoe UI", Arial, sans-serif',
  headings: { fontFamily: '"Noto Sans", "Segoe UI", Arial, sans-serif' },
  primaryColor: 'blue',
  primaryShade: 8,
  defaultRadius: 'sm',
  focusRing: 'always',
});
