import { Badge, Button, Card, Group, Radio, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { memo } from 'react';
import type { Choice, ConflictField, MergeConflict, Resolution } from '../../domain/exchange/plan';
import { formatDateTime } from '../../domain/format';
import { ChangedWords } from './ChangedWords';
import './exchange.css';

interface Props {
  conflict: MergeConflict;
  /** This conflict's resolution so far (absent: open). */
  resolution: Resolution | undefined;
  onField(conflict: MergeConflict, field: string, side: Choice): void;
  onRecord(conflict: MergeConflict, side: Choice): void;
}

/** A screen reader hears the start of a long text; the card shows all of it. */
const short = (text: string) => (text.length > 120 ? `${text.slice(0, 120)} …` : text);

/** Equal texts that differ underneath: e.g. an agenda naming two different records of the same title. */
const SAME_TEXT = '. Beide Fassungen lesen sich gleich, verweisen aber auf verschiedene Datensätze (zum Beispiel gleichnamige Vorschläge).';

const SIDE_NAMES: Record<Choice, string> = { mine: 'Meine Fassung', theirs: 'Aus der Datei' };

function changedText(by: string | null, at: string | null): string {
  if (!by && !at) return 'wer und wann: nicht bekannt';
  return `geändert${by ? ` von ${by}` : ''}${at ? ` am ${formatDateTime(at)}` : ''}`;
}

const NOTES: Record<MergeConflict['kind'], string> = {
  fields: 'Beide Seiten haben dieselben Felder unterschiedlich geändert.',
  deletedByThem: 'In der Datei gelöscht, bei Ihnen aber geändert. „Meine Fassung“ behält den Datensatz, „Aus der Datei“ löscht ihn.',
  deletedByMe: 'Bei Ihnen gelöscht, in der Datei aber geändert. „Meine Fassung“ lässt ihn gelöscht, „Aus der Datei“ stellt ihn wieder her.',
  noBase: 'Beide Seiten haben diesen Datensatz, aber noch nie abgeglichen: jedes abweichende Feld steht hier.',
};

function FieldChoice({ conflict, field, side, onField }: { conflict: MergeConflict; field: ConflictField; side: Choice | null; onField: Props['onField'] }) {
  const texts: Record<Choice, { value: string; who: string }> = {
    mine: { value: field.mineText, who: changedText(field.mineChangedBy, field.mineChangedAt) },
    theirs: { value: field.theirsText, who: changedText(field.theirsChangedBy, field.theirsChangedAt) },
  };
  return (
    <Radio.Group
      value={side}
      onChange={(v) => onField(conflict, field.field, v as Choice)}
      label={field.label}
      description={`Gemeinsamer Stand vorher: ${field.baseText}${field.mineText === field.theirsText ? SAME_TEXT : ''}`}
    >
      <SimpleGrid cols={2} spacing="sm" mt={4}>
        {(['mine', 'theirs'] as const).map((s) => (
          <Radio.Card
            key={s}
            value={s}
            radius="sm"
            p="sm"
            aria-label={`${field.label}: ${SIDE_NAMES[s]} – ${short(texts[s].value)}`}
            data-side={s}
            className="exchange-choice"
          >
            <Group wrap="nowrap" align="flex-start" gap="sm">
              <Radio.Indicator />
              <Stack gap={2}>
                <Text size="xs" c="gray.7">
                  {SIDE_NAMES[s]}, {texts[s].who}
                </Text>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                  <ChangedWords text={texts[s].value} other={texts[s === 'mine' ? 'theirs' : 'mine'].value} />
                </Text>
              </Stack>
            </Group>
          </Radio.Card>
        ))}
      </SimpleGrid>
    </Radio.Group>
  );
}

/**
 * One record changed on both laptops: each conflicting field side by side, mine left and
 * the file's right, with who changed it and when. A click on a side chooses it.
 */
export const ConflictCard = memo(function ConflictCard({ conflict, resolution, onField, onRecord }: Props) {
  const sideOfField = (field: string): Choice | null => (typeof resolution === 'string' ? resolution : (resolution?.[field] ?? null));
  return (
    <Card withBorder component="section" aria-label={`Konflikt: ${conflict.label}`} data-testid="conflict-card">
      <Group justify="space-between" align="flex-start" mb="sm" wrap="wrap">
        <Stack gap={4}>
          <Group gap="xs">
            <Title order={3} size="h5">
              {conflict.label}
            </Title>
            {conflict.masterData ? (
              <Badge variant="outline" color="gray.7" size="sm">
                Stammdaten
              </Badge>
            ) : null}
          </Group>
          <Text size="sm" c="gray.7">
            {NOTES[conflict.kind]}
          </Text>
        </Stack>
        <Group gap="xs">
          <Button size="xs" variant="default" onClick={() => onRecord(conflict, 'mine')} aria-label={`${conflict.label}: ganz meine Fassung`}>
            Ganz meine Fassung
          </Button>
          <Button size="xs" variant="default" onClick={() => onRecord(conflict, 'theirs')} aria-label={`${conflict.label}: ganz aus der Datei`}>
            Ganz aus der Datei
          </Button>
        </Group>
      </Group>
      <Stack gap="sm">
        {conflict.fields.map((f) => (
          <FieldChoice key={f.field} conflict={conflict} field={f} side={sideOfField(f.field)} onField={onField} />
        ))}
      </Stack>
    </Card>
  );
});
