import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-600.css';
import '@fontsource/noto-sans/latin-700.css';
import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/dates/styles.css';
import 'dayjs/locale/de';
import './styles.css';
import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Bootstrap, startOpeningWorkspace } from './Bootstrap';
import { theme } from './theme';

// Start-up milestones for the cold-start benchmark (test/bench/dashboard.bench.ts).
performance.mark('ikz:modules-evaluated');
startOpeningWorkspace();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <MantineProvider theme={theme} defaultColorScheme="light">
      <DatesProvider settings={{ locale: 'de', firstDayOfWeek: 1 }}>
        <Notifications position="bottom-right" />
        <Bootstrap />
      </DatesProvider>
    </MantineProvider>
  </StrictMode>,
);
