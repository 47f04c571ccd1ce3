import { AppShell, Box, Loader, NavLink, ScrollArea, Text, Title } from '@mantine/core';
import { memo, Suspense, useEffect } from 'react';
import { NavLink as RouterNavLink, Outlet, useLocation } from 'react-router-dom';
import { de } from '../../i18n/de';
import { installDialogFocusReturn } from '../../ui/dialogFocusReturn';

const NAV_ITEMS = [
  { to: '/', label: de.nav.overview, end: true },
  { to: '/vorschlaege', label: de.nav.proposals },
  { to: '/kosten', label: de.nav.costs },
  { to: '/vertraege', label: de.nav.contracts },
  { to: '/termine', label: de.nav.meetings },
  { to: '/praesentation', label: de.nav.presentation },
  { to: '/bericht', label: de.nav.report },
  { to: '/austausch', label: de.nav.exchange },
  { to: '/stammdaten', label: de.nav.masterData },
  { to: '/einstellungen', label: de.nav.settings },
];

export function AppLayout() {
  const { pathname } = useLocation();
  useEffect(() => installDialogFocusReturn(), []);
  return (
    <AppShell navbar={{ width: 240, breakpoint: 0 }} padding="lg">
      <MainNavigation pathname={pathname} />
      <AppShell.Main>
        <Box id="inhalt" maw={1400}>
          {/* Screens other than the first are loaded on first use (App.tsx). */}
          <Suspense fallback={<Loader aria-label={de.common.loading} />}>
            <Outlet />
          </Suspense>
        </Box>
      </AppShell.Main>
    </AppShell>
  );
}

/** Memoised on the path: typing in a filter (which changes only the query) leaves it alone. */
const MainNavigation = memo(function MainNavigation({ pathname }: { pathname: string }) {
  return (
    <AppShell.Navbar p="sm" aria-label={de.nav.label} component="nav">
      <Box px="sm" py="md">
        <Title order={2} size="h3">
          {de.appName}
        </Title>
        <Text size="sm" c="gray.7">
          {de.appSubtitle}
        </Text>
      </Box>
      <ScrollArea>
        {NAV_ITEMS.map((item) => {
          const active = item.end ? pathname === item.to : pathname.startsWith(item.to);
          return (
            <NavLink
              key={item.to}
              component={RouterNavLink}
              to={item.to}
              end={item.end}
              label={item.label}
              active={active}
              aria-current={active ? 'page' : undefined}
              variant="filled"
            />
          );
        })}
      </ScrollArea>
    </AppShell.Navbar>
  );
});
