import { Anchor, Card, Loader, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router-dom';
import { useMeetings, useProposals } from '../../data/useWorkspace';
import { formatDate } from '../../domain/format';
import { de } from '../../i18n/de';
import { PageHeader } from '../../ui/PageHeader';

export function MeetingsPage() {
  const meetings = useMeetings();
  const proposals = useProposals();
  if (!meetings || !proposals) return <Loader aria-label={de.common.loading} />;
  return (
    <>
      <PageHeader
        title={de.nav.meetings}
        subtitle="Sitzungen des Arbeitskreises und der Bürgermeisterkonferenz mit den dafür vorgesehenen Vorschlägen. Tagesordnungen und Sitzungsunterlagen folgen."
      />
      <Stack>
        {meetings.map((m) => {
          const planned = proposals.filter((p) => p.nextMeetingId === m.id);
          return (
            <Card withBorder key={m.id}>
              <Title order={2} size="h4">
                {formatDate(m.date)} – {m.title}
              </Title>
              <Text c="gray.7" mb="xs">
                {m.location} · Datum vorläufig, bitte mit der Einladung abgleichen
              </Text>
              {planned.length === 0 ? (
                <Text>Noch keine Vorschläge für diesen Termin vorgesehen.</Text>
              ) : (
                <Stack gap={2}>
                  {planned.map((p) => (
                    <Anchor key={p.id} component={Link} to={`/vorschlaege/${p.id}`}>
                      {p.title}
                    </Anchor>
                  ))}
                </Stack>
              )}
            </Card>
          );
        })}
      </Stack>
    </>
  );
}
