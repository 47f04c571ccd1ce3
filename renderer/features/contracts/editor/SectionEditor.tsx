import { ActionIcon, Group, Text, Tooltip } from '@mantine/core';
import { EditorContent, useEditor, useEditorState, type Editor } from '@tiptap/react';
import { memo, useEffect, useRef, useState } from 'react';
import { ContractBlocks } from './ContractBlocks';
import { useRegisterFlush, useReportPending } from './flushRegistry';
import { sanitizeContractHtml } from './sanitize';
import { sectionExtensions } from './sectionExtensions';
import { useSectionAutosave, type SaveState } from './useSectionAutosave';
import './sectionEditor.css';

interface Props {
  /** The stored text of the section (HTML of the contract schema). */
  stored: string;
  /** Names the text field for screen readers, e.g. „Text von § 3 Kostenerstattung“. */
  label: string;
  /** Writes the text; the editor calls it debounced while typing, on leaving the field and when it goes away. */
  onSave(html: string): Promise<void>;
}

const SAVE_TEXT: Record<SaveState, string> = {
  saved: 'Gespeichert',
  pending: 'Ungespeicherte Änderungen …',
  saving: 'Wird gespeichert …',
  failed: 'Nicht gespeichert',
};

/**
 * One section's text in TipTap. Typing only marks the text as changed (no serialisation per
 * keystroke, so a long contract stays fast); the text is written a moment after typing
 * stops, when the field is left and when the page goes away, so nothing typed is lost.
 * Pasted HTML is reduced to the schema by the sanitiser before the editor sees it.
 */
export function SectionEditor(props: Props) {
  // A 100-page contract has 100 sections: an editor is made only when its section comes
  // near the screen (or gets the focus), so opening the page and every keystroke stay
  // fast (each ProseMirror view listens to the document's selection changes).
  const [live, setLive] = useState<'no' | 'near' | 'focus'>(() => (typeof IntersectionObserver === 'undefined' ? 'near' : 'no'));
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (live !== 'no' || !box.current) return;
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setLive('near'), { rootMargin: '600px 0px' });
    observer.observe(box.current);
    return () => observer.disconnect();
  }, [live]);
  if (live !== 'no') return <LiveEditor {...props} focusOnStart={live === 'focus'} />;
  const start = () => setLive('focus');
  return (
    <div className="contract-editor" ref={box}>
      <div className="contract-toolbar contract-toolbar-placeholder" aria-hidden="true" />
      <div className="contract-prose" role="textbox" aria-multiline="true" aria-label={props.label} tabIndex={0} onFocus={start} onMouseDown={start}>
        <ContractBlocks html={props.stored} />
      </div>
    </div>
  );
}

function LiveEditor({ stored, label, onSave, focusOnStart }: Props & { focusOnStart: boolean }) {
  const focused = useRef(false);
  const editor = useEditor({
    extensions: sectionExtensions(),
    content: sanitizeContractHtml(stored),
    shouldRerenderOnTransaction: false,
    editorProps: {
      attributes: { 'aria-label': label, role: 'textbox', 'aria-multiline': 'true', class: 'contract-prose', spellcheck: 'true', lang: 'de' },
      transformPastedHTML: sanitizeContractHtml,
    },
    onFocus: () => (focused.current = true),
    onBlur: () => {
      focused.current = false;
      void autosave.flush();
    },
    onUpdate: ({ transaction }) => {
      if (transaction.docChanged) autosave.touch();
    },
  });
  // Stored text is the sanitised editor output: the schema's elements only, no layout styles.
  const autosave = useSectionAutosave(() => (editor ? sanitizeContractHtml(editor.getHTML()) : null), stored, onSave);
  useRegisterFlush(autosave.flush);
  useReportPending(autosave.state !== 'saved');
  useEffect(() => {
    if (editor && focusOnStart) editor.commands.focus();
  }, [editor, focusOnStart]);

  // A new stored text (placeholder update, restored version, another window) shows unless the user is typing.
  useEffect(() => {
    if (!editor || focused.current || autosave.state !== 'saved') return;
    const next = sanitizeContractHtml(stored);
    if (sanitizeContractHtml(editor.getHTML()) !== next) editor.commands.setContent(next, { emitUpdate: false });
  }, [editor, stored, autosave.state]);

  return (
    <div className="contract-editor">
      {editor ? <Toolbar editor={editor} label={label} /> : null}
      <EditorContent editor={editor} />
      <Text size="xs" c={autosave.state === 'failed' ? 'red.8' : 'gray.7'} aria-live="polite" className="contract-editor-state">
        {SAVE_TEXT[autosave.state]}
      </Text>
    </div>
  );
}

/** Memoised: the editor's save state changes while typing and must not render eight tooltips again; the toolbar follows the editor's own state. */
const Toolbar = memo(function Toolbar({ editor, label }: { editor: Editor; label: string }) {
  const s = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      bullet: e.isActive('bulletList'),
      ordered: e.isActive('orderedList'),
      table: e.isActive('table'),
      undo: e.can().undo(),
      redo: e.can().redo(),
    }),
  });
  const chain = () => editor.chain().focus();
  const buttons = [
    { text: 'F', name: 'Fett', active: s.bold, run: () => chain().toggleBold().run(), style: { fontWeight: 700 } },
    { text: 'K', name: 'Kursiv', active: s.italic, run: () => chain().toggleItalic().run(), style: { fontStyle: 'italic' } },
    { text: '•', name: 'Aufzählung', active: s.bullet, run: () => chain().toggleBulletList().run() },
    { text: '1.', name: 'Nummerierte Liste', active: s.ordered, run: () => chain().toggleOrderedList().run() },
    {
      text: '▦',
      name: s.table ? 'Zeile unter dieser einfügen' : 'Tabelle einfügen',
      active: false,
      run: () => (s.table ? chain().addRowAfter().run() : chain().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run()),
    },
    ...(s.table ? [{ text: '⌫', name: 'Tabelle löschen', active: false, run: () => chain().deleteTable().run() }] : []),
    { text: '↶', name: 'Rückgängig', active: false, disabled: !s.undo, run: () => chain().undo().run() },
    { text: '↷', name: 'Wiederholen', active: false, disabled: !s.redo, run: () => chain().redo().run() },
  ];
  return (
    <Group gap={4} className="contract-toolbar" role="toolbar" aria-label={`Format: ${label}`}>
      {buttons.map((b) => (
        <Tooltip key={b.name} label={b.name} openDelay={400}>
          <ActionIcon
            variant={b.active ? 'filled' : 'default'}
            size="md"
            aria-label={b.name}
            aria-pressed={b.active}
            data-disabled={b.disabled || undefined}
            aria-disabled={b.disabled || undefined}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => !b.disabled && b.run()}
            style={b.style}
          >
            {b.text}
          </ActionIcon>
        </Tooltip>
      ))}
    </Group>
  );
});
