// Settings repair for the pause before posting and the help country (issue 13): one bad value costs
// only itself, with a notice naming it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const { repairSettings, engineSettings, composeEnabled } = await import(`${ROOT}extension/background/settings.js`);

test('issue_13_compose_and_country_settings_are_repaired_field_by_field', () => {
  const { settings, notices } = repairSettings({
    profile: 'strict',
    composePause: { strict: false, balanced: 'yes', bogus: true },
    composeSites: { 'x.com': false, 'Bad Host!': false },
    composeConfirm: 'sure',
    country: 'Atlantis',
  });
  assert.equal(settings.profile, 'strict');
  assert.deepEqual(settings.composePause, { strict: false });
  assert.deepEqual(settings.composeSites, { 'x.com': false });
  assert.equal(settings.composeConfirm, false);
  assert.equal(settings.country, '');
  assert.equal(notices.length, 4, notices.join(' | '));
  assert.ok(notices.some((n) => /Atlantis/.test(n)));
  assert.equal(composeEnabled(settings, 'x.com'), false);
  assert.equal(composeEnabled(settings, 'bsky.app'), true);
  assert.deepEqual(engineSettings(settings).compose_pause, { strict: false });
  assert.equal(engineSettings(settings).compose_confirm, false);
  // Valid values pass untouched.
  const ok = repairSettings({ composeConfirm: true, country: 'MY', composePause: { relaxed: true } });
  assert.deepEqual([ok.settings.composeConfirm, ok.settings.country, ok.settings.composePause, ok.notices], [true, 'MY', { relaxed: true }, []]);
});
