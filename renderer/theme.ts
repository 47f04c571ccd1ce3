import { Alert, createTheme, Modal, Notification } from '@mantine/core';

/**
 * Calm, high-contrast theme: it must stay legible on a meeting-room projector, and
 * every text must meet WCAG AA contrast (BITV NRW).
 */
export const theme = createTheme({
  fontFamily: '"Noto Sans", "Segoe UI", Arial, sans-serif',
  headings: { fontFamily: '"Noto Sans", "Segoe UI", Arial, sans-serif' },
  primaryColor: 'blue',
  primaryShade: 8,
  defaultRadius: 'sm',
  focusRing: 'always',
  // Whoever asked the system for less motion gets Mantine's transitions (dialogs, toasts)
  // without animation. The e2e browser asks for it too: axe measured a toast half faded
  // out (opacity lowers the contrast it computes) and failed CI on a text that passes.
  respectReducedMotion: true,
  components: {
    // Mantine's light alert titles are below 4.5:1 contrast (descriptions: styles.css).
    Alert: Alert.extend({ styles: { title: { color: 'var(--mantine-color-black)' }, message: { color: 'var(--mantine-color-black)' } } }),
    Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': 'Schließen' } } }),
    // The notifications' ✕ had no name (axe button-name; a screen reader said only „Schaltfläche“).
    // Its text is „dimmed“ by default, below 4.5:1 (axe colour-contrast whenever a toast was on screen).
    Notification: Notification.extend({
      defaultProps: { closeButtonProps: { 'aria-label': 'Meldung schließen' } },
      styles: { description: { color: 'var(--mantine-color-gray-7)' } },
    }),
  },
});
