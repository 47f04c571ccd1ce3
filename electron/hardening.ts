/** Wires the pure security decisions to every web contents the app creates. */
import type { Session, WebContents } from 'electron';
import type { OpenLink } from './externalLinks';
import { decideNavigation, decidePermission } from './security';

export function hardenWebContents(contents: Pick<WebContents, 'on' | 'setWindowOpenHandler'>, openLink: OpenLink): void {
  contents.on('will-navigate', (event, url) => {
    const decision = decideNavigation(url);
    if (decision === 'allow') return;
    event.preventDefault();
    if (decision === 'open-external') void openLink(url);
  });
  contents.on('will-redirect', (event, url) => {
    if (decideNavigation(url) !== 'allow') event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  // No window ever opens inside the app; a vetted https link may open in the browser after confirmation.
  contents.setWindowOpenHandler(({ url }) => {
    if (decideNavigation(url) === 'open-external') void openLink(url);
    return { action: 'deny' };
  });
}

export function hardenSession(session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => callback(decidePermission(permission)));
  session.setPermissionCheckHandler((_contents, permission) => decidePermission(permission));
}
