/** The German application menu; standard roles keep the platform shortcuts. */
import type { MenuItemConstructorOptions } from 'electron';

export interface MenuActions {
  showAbout(): void;
}

export function buildMenuTemplate(options: { isMac: boolean; isDev: boolean }, actions: MenuActions): MenuItemConstructorOptions[] {
  const view: MenuItemConstructorOptions[] = [
    { role: 'resetZoom', label: 'Originalgröße' },
    { role: 'zoomIn', label: 'Vergrößern' },
    { role: 'zoomOut', label: 'Verkleinern' },
    { type: 'separator' },
    { role: 'togglefullscreen', label: 'Vollbild' },
  ];
  if (options.isDev) view.push({ type: 'separator' }, { role: 'reload', label: 'Neu laden' }, { role: 'toggleDevTools', label: 'Entwicklerwerkzeuge' });
  return [
    ...(options.isMac ? [{ role: 'appMenu' as const, label: 'IKZ-Planer' }] : []),
    { label: 'Datei', submenu: [options.isMac ? { role: 'close', label: 'Fenster schließen' } : { role: 'quit', label: 'Beenden' }] },
    {
      label: 'Bearbeiten',
      submenu: [
        { role: 'undo', label: 'Rückgängig' },
        { role: 'redo', label: 'Wiederholen' },
        { type: 'separator' },
        { role: 'cut', label: 'Ausschneiden' },
        { role: 'copy', label: 'Kopieren' },
        { role: 'paste', label: 'Einfügen' },
        { role: 'selectAll', label: 'Alles auswählen' },
      ],
    },
    { label: 'Ansicht', submenu: view },
    {
      label: 'Fenster',
      submenu: [
        { role: 'minimize', label: 'Minimieren' },
        { role: 'close', label: 'Schließen' },
      ],
    },
    { label: 'Hilfe', submenu: [{ label: 'Über den IKZ-Planer', click: () => actions.showAbout() }] },
  ];
}
