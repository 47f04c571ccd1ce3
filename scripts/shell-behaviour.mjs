// Behavioural probes the security scan runs against the real (bundled) shell modules:
// the guards must refuse hostile input, not just exist in the source.
const APP = 'app://ikz-planer/index.html';
const AWAY = ['file:///etc/passwd', 'https://example.org/', 'http://example.org/', 'app://ikz-planer.evil/', 'javascript:alert(1)'];

function fakeContents() {
  const listeners = new Map();
  let openHandler = null;
  return {
    on: (event, fn) => listeners.set(event, fn),
    setWindowOpenHandler: (fn) => (openHandler = fn),
    prevented(event, url) {
      let prevented = false;
      listeners.get(event)?.({ preventDefault: () => (prevented = true) }, url);
      return prevented;
    },
    open: (url) => openHandler?.({ url }),
  };
}

/** Problems found by driving hardenWebContents, the link opener and the IPC check. */
export async function behaviourProblems(shell) {
  const problems = [];
  const contents = fakeContents();
  const opened = [];
  shell.hardenWebContents(contents, async (url) => (opened.push(url), true));
  if (contents.prevented('will-navigate', APP)) problems.push('will-navigate blocks the app itself');
  for (const url of AWAY) {
    if (!contents.prevented('will-navigate', url)) problems.push(`will-navigate lets the window go to ${url}`);
    if (!contents.prevented('will-redirect', url)) problems.push(`will-redirect lets the window go to ${url}`);
    if (contents.open(url)?.action !== 'deny') problems.push(`window.open(${url}) is not denied`);
  }
  if (!contents.prevented('will-attach-webview')) problems.push('webviews may be attached');
  if (opened.some((url) => !url.startsWith('https://'))) problems.push(`non-https links reach the opener: ${opened.join(', ')}`);

  const calls = [];
  const open = shell.createLinkOpener({ openExternal: async (url) => void calls.push(`open ${url}`) }, async (url) => (calls.push(`ask ${url}`), false));
  for (const url of ['http://example.org/', 'file:///C:/x.exe', 'javascript:alert(1)', 'https://u:p@example.org/', 'https://example.org/']) await open(url);
  if (calls.join('|') !== 'ask https://example.org/') problems.push(`link opener: ${calls.join(', ') || 'never asks the user'}`);
  if (shell.linkDialogOptions('https://x.org/').defaultId !== 1 || shell.linkDialogOptions('https://x.org/').cancelId !== 1)
    problems.push('link dialog does not default to „Abbrechen“');

  const save = { suggestedName: 'a.csv', content: '', encoding: 'utf8', filters: [] };
  if (!shell.checkInvocation('saveFile', APP, [save]).ok) problems.push('a valid IPC call is refused');
  for (const sender of ['https://evil.example/', 'file:///index.html', 'app://ikz-planer.evil/', undefined]) {
    if (shell.checkInvocation('saveFile', sender, [save]).ok) problems.push(`IPC accepted from ${sender}`);
  }
  for (const suggestedName of ['../x.csv', 'C:\\x.csv', 'CON.csv', 'nul', 'com1.json']) {
    if (shell.checkInvocation('saveFile', APP, [{ ...save, suggestedName }]).ok) problems.push(`IPC accepts the file name ${suggestedName}`);
  }
  const extra = shell.checkInvocation('saveFile', APP, [{ ...save, filePath: '/etc/passwd' }]);
  if (!extra.ok || 'filePath' in extra.args[0]) problems.push('IPC hands unvalidated fields to the handler');
  return problems;
}
