import { Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { STATUS_LABELS } from '../../domain/status';
import type { Proposal } from '../../domain/schemas';

/**
 * Asks before a second proposal gets a title that is already in use: usually it is the
 * same idea entered twice; sometimes it is meant (the same task for other towns).
 */
export function SameTitleDialog({
  title,
  twins,
  partyName,
  onAnswer,
}: {
  title: string;
  twins: Proposal[];
  partyName(id: string): string;
  onAnswer(save: boolean): void;
}) {
  return (
    <Modal opened onClose={() => onAnswer(false)} title="Diesen Titel gibt es schon">
      <Stack>
        <Text>
          Es gibt bereits {twins.length === 1 ? 'einen Vorschlag' : `${twins.length} Vorschläge`} mit dem Titel „{title.trim()}“:
        </Text>
        <List>
          {twins.map((t) => (
            <List.Item key={t.id}>
              federführend {partyName(t.leadPartyId)}, Status „{STATUS_LABELS[t.status]}“
            </List.Item>
          ))}
        </List>
        <Text>
          Wenn es derselbe Vorschlag ist, ändern Sie besser den vorhandenen. Speichern Sie trotzdem, unterscheiden Listen und Diagramme die Vorschläge durch die
          federführende Kommune (und eine Nummer).
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => onAnswer(false)} data-autofocus>
            Titel ändern
          </Button>
          <Button onClick={() => onAnswer(true)}>Trotzdem speichern</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
