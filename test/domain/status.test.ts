import { describe, expect, it } from 'vitest';
import {
  allowedNextStatuses,
  checkTransition,
  currentStatusReason,
  statusReasonFor,
  PROPOSAL_STATUSES,
  statusBeforeHold,
  type StatusHistoryEntry,
} from '../../renderer/domain/status';

const entry = (status: StatusHistoryEntry['status']): StatusHistoryEntry => ({ status, at: '2027-01-01T00:00:00Z', by: 't', reason: '' });

describe('status workflow', () => {
  it('follows the regular path from Idee to Umgesetzt', () => {
    const path = ['idee', 'in_pruefung', 'vertragsentwurf', 'beschlussreif', 'beschlossen', 'in_umsetzung', 'umgesetzt'] as const;
    for (let i = 0; i < path.length - 1; i++) expect(checkTransition(path[i]!, path[i + 1]!, '')).toEqual({ ok: true });
  });

  it('refuses a jump and names the possible moves', () => {
    const result = checkTransition('idee', 'beschlossen', '');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toContain('Von „Idee“ kann nicht direkt zu „Beschlossen“');
      expect(result.message).toContain('„In Prüfung“');
      expect(result.message).toContain('„Auf Eis“');
    }
  });

  it('requires a reason for Auf Eis and Verworfen', () => {
    expect(checkTransition('in_pruefung', 'auf_eis', '')).toMatchObject({ ok: false, message: expect.stringContaining('Begründung') });
    expect(checkTransition('in_pruefung', 'auf_eis', '  x ')).toMatchObject({ ok: false });
    expect(checkTransition('in_pruefung', 'verworfen', '')).toMatchObject({ ok: false });
    expect(checkTransition('in_pruefung', 'auf_eis', 'Schlüsselkraft fehlt')).toEqual({ ok: true });
  });

  it('treats Umgesetzt as final', () => {
    expect(allowedNextStatuses('umgesetzt')).toEqual([]);
    expect(checkTransition('umgesetzt', 'idee', '')).toMatchObject({ ok: false, message: expect.stringContaining('abschließend') });
  });

  it('resumes a paused proposal at the stage it had before the hold', () => {
    const history = [entry('idee'), entry('in_pruefung'), entry('vertragsentwurf'), entry('auf_eis')];
    expect(statusBeforeHold(history)).toBe('vertragsentwurf');
    expect(allowedNextStatuses('auf_eis', history)).toContain('vertragsentwurf');
    expect(allowedNextStatuses('auf_eis', history)).not.toContain('beschlossen');
  });

  it('refuses moving to the current status', () => {
    for (const s of PROPOSAL_STATUSES) expect(checkTransition(s, s, 'Grund genug').ok).toBe(false);
  });

  it('never lists a status as reachable that checkTransition refuses', () => {
    for (const from of PROPOSAL_STATUSES) {
      for (const to of allowedNextStatuses(from, [entry('in_pruefung')])) {
        expect(checkTransition(from, to, 'eine Begründung', [entry('in_pruefung')])).toEqual({ ok: true });
      }
    }
  });

  it('shows a reason only under the status it belongs to', () => {
    expect(currentStatusReason({ status: 'auf_eis', statusReason: 'Schlüsselkraft fehlt' })).toEqual({
      title: 'Begründung (Auf Eis)',
      text: 'Schlüsselkraft fehlt',
    });
    expect(currentStatusReason({ status: 'verworfen', statusReason: 'Kein Bedarf' })).toEqual({ title: 'Begründung (Verworfen)', text: 'Kein Bedarf' });
    // A proposal taken off hold with a note, stored before the fix: no reason under a wrong label.
    expect(currentStatusReason({ status: 'in_pruefung', statusReason: 'Schlüsselkraft fehlt' })).toBeNull();
    expect(currentStatusReason({ status: 'auf_eis', statusReason: '  ' })).toBeNull();
    expect(statusReasonFor('in_pruefung', 'Neue Leitung')).toBe('');
    expect(statusReasonFor('verworfen', ' Kein Bedarf ')).toBe('Kein Bedarf');
  });
});
