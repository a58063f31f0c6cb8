import { buildChecklist, type ChecklistFileInput } from '../src/checklist/build-checklist';
import { renderChecklistMarkdown, renderChecklistText } from '../src/checklist/render-checklist';

const base: Omit<ChecklistFileInput, 'file' | 'service'> = {
  scopes: [],
  clientIdEnv: 'GENESYSCLOUD_OAUTHCLIENT_ID',
  clientSecretEnv: 'GENESYSCLOUD_OAUTHCLIENT_SECRET',
  target: 'init-login',
  secrets: [],
  legacyEnvVars: [],
};

describe('Developer Console checklist', () => {
  const checklist = buildChecklist([
    { ...base, file: 'services/b/src/x.js', service: 'services/b', scopes: ['users:readonly'] },
    {
      ...base,
      file: 'services/a/src/auth.js',
      service: 'services/a',
      scopes: ['analytics:readonly'],
      secrets: [{ file: 'services/a/src/auth.js', line: 9, kind: 'password' }],
      legacyEnvVars: ['GC_PASS'],
    },
    { ...base, file: 'services/a/src/report.ts', service: 'services/a', scopes: ['analytics', 'analytics:readonly'] },
  ]);

  it('groups by service, sorted, with the union of scopes', () => {
    expect(checklist.map((entry) => entry.service)).toEqual(['services/a', 'services/b']);
    expect(checklist[0].scopes).toEqual(['analytics', 'analytics:readonly']);
    expect(checklist[0].files).toEqual(['services/a/src/auth.js', 'services/a/src/report.ts']);
  });

  it('lists every step, with secrets as file:line and never a value', () => {
    const ids = checklist[0].steps.map((step) => step.id);
    expect(ids).toEqual(['create-oauth-client', 'grant-scopes-and-roles', 'set-environment-variables', 'rotate-secrets', 'remove-password-variables']);
    expect(checklist[0].steps[3].text).toContain('services/a/src/auth.js:9 (password)');
    expect(checklist[0].steps[4].text).toContain('GC_PASS');
    expect(checklist[1].steps.map((step) => step.id)).toEqual(['create-oauth-client', 'grant-scopes-and-roles', 'set-environment-variables']);
  });

  it('says that platform-client-v2 scopes live on the OAuth client', () => {
    const [entry] = buildChecklist([{ ...base, file: 'a.js', service: '.', target: 'platform-client-v2', scopes: ['routing'] }]);
    expect(entry.steps[1].text).toMatch(/set on the OAuth client.*routing/);
  });

  it('renders as text and as a Markdown task list', () => {
    const text = renderChecklistText(checklist);
    expect(text).toContain('service services/a:');
    expect(text).toMatch(/1\. In Genesys Cloud Admin/);
    const markdown = renderChecklistMarkdown(checklist);
    expect(markdown).toContain('### Developer Console checklist');
    expect(markdown).toContain('- [ ] Rotate every hard-coded credential');
    expect(renderChecklistText([])).toBe('');
  });
});
