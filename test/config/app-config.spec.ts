import { ConfigError, loadConfig } from '../../src/config/app-config';

describe('the service’s settings', () => {
  it('takes the defaults from an empty environment', () => {
    expect(loadConfig({})).toMatchObject({ port: 3000, generationHeartbeatMs: 500, generationSilentMs: 5000, generationSweepMs: 2000, demo: true });
    expect(loadConfig({})).toMatchObject({ livePollMs: 2000, liveHeartbeatMs: 15_000 });
    expect(loadConfig({ LIVE_POLL_MS: '300', LIVE_HEARTBEAT_MS: '200' })).toMatchObject({ livePollMs: 300, liveHeartbeatMs: 200 });
    expect(() => loadConfig({ LIVE_HEARTBEAT_MS: '5' })).toThrow('LIVE_HEARTBEAT_MS: expected a whole number from 10 to 600000, got "5"');
    expect(loadConfig({}).mailFrom).toBeUndefined();
    expect(loadConfig({ MAIL_FROM: ' carrousel@nantes.example ' }).mailFrom).toBe('carrousel@nantes.example');
    expect(() => loadConfig({ MAIL_FROM: 'Carrousel <carrousel@nantes.example>' })).toThrow('MAIL_FROM: must be an e-mail address');
  });

  it('refuses a start with every problem listed, in English, as the console speaks', () => {
    const refused = () => loadConfig({ PORT: 'x', GENERATION_HEARTBEAT_MS: '1000', GENERATION_SILENT_MS: '1500', CARROUSEL_ORGANIZER_KEY: 'short' });
    expect(refused).toThrow(ConfigError);
    expect(refused).toThrow(/^invalid configuration:\n {2}/);
    const message = (() => {
      try {
        refused();
      } catch (error) {
        return (error as Error).message;
      }
    })()!;
    expect(message).toContain('PORT: expected a whole number from 0 to 65535, got "x"');
    expect(message).toContain('GENERATION_SILENT_MS: must be at least twice GENERATION_HEARTBEAT_MS (1000), got 1500');
    expect(message).toContain('CARROUSEL_ORGANIZER_KEY: 32 characters at least (got 5); for example: openssl rand -base64 32');
    expect(message).not.toMatch(/caractères|invalide/);
  });
});
