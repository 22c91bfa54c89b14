import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { defaultPolicy } from '@ringfence/policy';
import { ConfigError, loadConfig } from '../src/index.js';

const scratch = mkdtempSync(join(tmpdir(), 'rf-config-'));

function refusal(env: NodeJS.ProcessEnv, variable: string): ConfigError {
  let caught: unknown;
  try {
    loadConfig(env);
  } catch (error) {
    caught = error;
  }
  assert.ok(caught instanceof ConfigError, `expected a ConfigError for ${variable}`);
  assert.equal(caught.variable, variable);
  assert.match(caught.message, new RegExp(`^${variable}: `));
  return caught;
}

describe('loadConfig', () => {
  it('defaults PORT to 3000 and creates DATA_DIR', () => {
    const dataDir = join(scratch, 'new', 'data');
    const config = loadConfig({ DATA_DIR: dataDir });
    assert.equal(config.port, 3000);
    assert.equal(config.dataDir, dataDir);
    assert.equal(config.policy, undefined);
  });

  it('reads PORT', () => {
    assert.equal(loadConfig({ PORT: '8080', DATA_DIR: scratch }).port, 8080);
  });

  it('refuses PORT=abc and PORT=70000, naming PORT', () => {
    refusal({ PORT: 'abc', DATA_DIR: scratch }, 'PORT');
    refusal({ PORT: '70000', DATA_DIR: scratch }, 'PORT');
    refusal({ PORT: '0', DATA_DIR: scratch }, 'PORT');
    refusal({ PORT: '80.5', DATA_DIR: scratch }, 'PORT');
  });

  it('refuses a DATA_DIR that is a file', () => {
    const file = join(scratch, 'a-file');
    writeFileSync(file, '');
    refusal({ DATA_DIR: file }, 'DATA_DIR');
  });

  it('loads a valid POLICY_FILE', () => {
    const file = join(scratch, 'policy.json');
    writeFileSync(file, JSON.stringify({ ...defaultPolicy, version: 'test-1' }));
    assert.equal(loadConfig({ DATA_DIR: scratch, POLICY_FILE: file }).policy?.version, 'test-1');
  });

  it('refuses an unreadable or non-JSON POLICY_FILE', () => {
    const file = join(scratch, 'not-json.json');
    writeFileSync(file, 'not json');
    refusal({ DATA_DIR: scratch, POLICY_FILE: file }, 'POLICY_FILE');
    refusal({ DATA_DIR: scratch, POLICY_FILE: join(scratch, 'missing.json') }, 'POLICY_FILE');
  });

  it('refuses an invalid policy document with the policy error message', () => {
    const file = join(scratch, 'bad-policy.json');
    writeFileSync(file, JSON.stringify({ version: 1, nonsense: true }));
    const error = refusal({ DATA_DIR: scratch, POLICY_FILE: file }, 'POLICY_FILE');
    assert.match(error.message, /policy /);
  });

  it('reads the service settings with their defaults', () => {
    const defaults = loadConfig({ DATA_DIR: scratch, PORT: '4000' });
    assert.equal(defaults.demo, true);
    assert.equal(defaults.notifyDelayMinutes, 10);
    assert.equal(defaults.publicUrl, 'http://localhost:4000');
    assert.equal(defaults.allowPrivateFeeds, false);
    assert.equal(defaults.databaseUrl, undefined);
    const set = loadConfig({
      DATA_DIR: scratch,
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/ringfence',
      SMTP_URL: 'smtp://mail.example.org:587',
      DEMO: 'off',
      NOTIFY_DELAY_MINUTES: '2.5',
      PUBLIC_URL: 'https://ringfence.example.org/',
      ALLOW_PRIVATE_FEEDS: 'on',
    });
    assert.equal(set.databaseUrl, 'postgres://postgres@127.0.0.1:5432/ringfence');
    assert.equal(set.smtpUrl, 'smtp://mail.example.org:587');
    assert.equal(set.demo, false);
    assert.equal(set.notifyDelayMinutes, 2.5);
    assert.equal(set.publicUrl, 'https://ringfence.example.org');
    assert.equal(set.allowPrivateFeeds, true);
  });

  it('refuses malformed service settings, naming each', () => {
    refusal({ DATA_DIR: scratch, DATABASE_URL: 'mysql://x' }, 'DATABASE_URL');
    refusal({ DATA_DIR: scratch, SMTP_URL: 'mail.example.org' }, 'SMTP_URL');
    refusal({ DATA_DIR: scratch, DEMO: 'maybe' }, 'DEMO');
    refusal({ DATA_DIR: scratch, NOTIFY_DELAY_MINUTES: '-1' }, 'NOTIFY_DELAY_MINUTES');
    refusal({ DATA_DIR: scratch, PUBLIC_URL: 'not a url' }, 'PUBLIC_URL');
    refusal({ DATA_DIR: scratch, ALLOW_PRIVATE_FEEDS: 'sometimes' }, 'ALLOW_PRIVATE_FEEDS');
  });
});
