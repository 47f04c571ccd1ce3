/** The controls of the live what-if on a proposal slide, and „Als Variante speichern“. */
import { Button, Group, Modal, Text } from '@mantine/core';
import { useState } from 'react';
import { saveProposalVariant } from '../../../data/repositories/proposalVariants';
import { SCENARIO_IDS, SCENARIO_LABELS, type ScenarioId } from '../../../domain/costs/scenarios';
import { participantsOf, type WhatIfBase, type WhatIfChange } from '../../../domain/costs/whatIf';
import { formatDecimal } from '../../../domain/format';
import type { Party } from '../../../domain/schemas';
import { useDb } from '../../../state/DbContext';
import { notifyError, notifySuccess } from '../../../ui/notify';

/** „2,5“ or „2.5“ → 2.5; null while the field holds no usable rate. */
export function parseRate(text: string): number | null {
  const t = text.trim().replace(',', '.');
  if (!/^-?\d{1,2}(\.\d{1,3})?$/.test(t)) return null;
  const v = Number(t);
  return v >= -5 && v <= 20 ? v : null;
}

export function WhatIfBar(props: {
  open: boolean;
  onOpen(open: boolean): void;
  base: WhatIfBase;
  change: WhatIfChange;
  changed: boolean;
  note: string;
  /** The scenario the deck is shown in. */
  deckScenario: ScenarioId;
  parties: Party[];
  onChange(change: WhatIfChange): void;
  onReset(): void;
}) {
  const { base, change, onChange } = props;
  const db = useDb();
  const [confirming, setConfirming] = useState(false);
  const [rateText, setRateText] = useState('');
  const stored = participantsOf(base.proposal);
  // Only parties and rate belong to a proposal; a scenario alone gives nothing to keep.
  const savable = change.ratePercent !== null || stored.length !== change.partyIds.length || stored.some((id) => !change.partyIds.includes(id));
  const addable = props.parties.filter((p) => !stored.includes(p.id) && !change.partyIds.includes(p.id));
  const planRate = base.plan.discounting.mode === 'flat' ? `${formatDecimal(base.plan.discounting.ratePercent)} %` : 'Zinsstrukturkurve';
  if (!props.open)
    return (
      <div className="whatif-bar">
        <button type="button" aria-expanded={false} onClick={() => props.onOpen(true)}>
          Was wäre, wenn …
        </button>
      </div>
    );
  const save = async () => {
    try {
      const copy = await saveProposalVariant(db, base.proposal.id, { partyIds: [...change.partyIds], ratePercent: change.ratePercent, note: props.note });
      setConfirming(false);
      props.onReset();
      notifySuccess(`Variante gespeichert: „${copy.title}“ (unter Vorschläge, Status Idee).`);
    } catch (e) {
      notifyError(e);
    }
  };
  return (
    <div className="whatif-bar" role="group" aria-label="Was wäre, wenn">
      <label>
        Szenario{' '}
        <select value={change.scenario} onChange={(e) => onChange({ ...change, scenario: e.target.value as ScenarioId })}>
          {SCENARIO_IDS.map((s) => (
            <option key={s} value={s}>
              {SCENARIO_LABELS[s]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Zinssatz in %{' '}
        <input
          type="text"
          inputMode="decimal"
          size={5}
          placeholder={planRate}
          value={rateText}
          onChange={(e) => {
            setRateText(e.target.value);
            const rate = e.target.value.trim() === '' ? null : parseRate(e.target.value);
            if (rate !== null || e.target.value.trim() === '') onChange({ ...change, ratePercent: rate });
          }}
        />
      </label>
      {addable.length > 0 ? (
        <label>
          Kommune hinzunehmen{' '}
          <select value="" onChange={(e) => e.target.value && onChange({ ...change, partyIds: [...change.partyIds, e.target.value] })}>
            <option value="">–</option>
            {addable.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {props.changed ? (
        <>
          <button type="button" onClick={() => (setRateText(''), props.onReset())}>
            Zurücksetzen
          </button>
          {savable ? (
            <button type="button" className="primary" onClick={() => setConfirming(true)}>
              Als Variante speichern
            </button>
          ) : null}
        </>
      ) : null}
      <button type="button" aria-expanded onClick={() => props.onOpen(false)}>
        Schließen
      </button>
      <Modal opened={confirming} onClose={() => setConfirming(false)} title="Variante als eigenen Vorschlag speichern?">
        <Text mb="sm">
          Es wird ein neuer Vorschlag mit dem Status „Idee“ angelegt: {props.note}. Er übernimmt die Kosten der verbleibenden Kommunen und die gemeinsamen
          Kosten. Der ursprüngliche Vorschlag bleibt unverändert.
        </Text>
        {change.scenario !== props.deckScenario ? (
          <Text mb="sm">Das Szenario gehört nicht zum Vorschlag; die Variante wird wie jeder Vorschlag in allen Szenarien gerechnet.</Text>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setConfirming(false)}>
            Abbrechen
          </Button>
          <Button onClick={() => void save()}>Variante speichern</Button>
        </Group>
      </Modal>
    </div>
  );
}
