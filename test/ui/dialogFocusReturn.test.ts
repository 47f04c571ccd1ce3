// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { installDialogFocusReturn } from '../../renderer/ui/dialogFocusReturn';

const nextMutation = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('focus return after a dialog', () => {
  let uninstall = () => {};
  afterEach(() => {
    uninstall();
    document.body.innerHTML = '';
  });

  function openDialogFrom(opener: HTMLElement) {
    opener.focus();
    const dialog = document.createElement('div');
    dialog.setAttribute('role', 'dialog');
    const input = document.createElement('input');
    dialog.append(input);
    document.body.append(dialog);
    input.focus();
    return dialog;
  }

  it('puts the focus back on the opener when the dialog is removed while focused', async () => {
    uninstall = installDialogFocusReturn();
    const opener = document.createElement('button');
    document.body.append(opener);
    const dialog = openDialogFrom(opener);
    expect(document.activeElement?.tagName).toBe('INPUT');
    dialog.remove();
    await nextMutation();
    expect(document.activeElement).toBe(opener);
  });

  it('leaves the focus alone when the user has moved on, or the opener is gone', async () => {
    uninstall = installDialogFocusReturn();
    const opener = document.createElement('button');
    const other = document.createElement('a');
    other.href = '#';
    document.body.append(opener, other);
    const dialog = openDialogFrom(opener);
    other.focus();
    dialog.remove();
    await nextMutation();
    expect(document.activeElement).toBe(other);

    const second = openDialogFrom(opener);
    opener.remove();
    second.remove();
    await nextMutation();
    expect(document.activeElement).toBe(document.body);
  });
});
