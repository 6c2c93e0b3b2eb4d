/** Debian's Chromium, headless, as every browser test launches it (playwright-core, no downloaded browser). */
import { type Browser, chromium } from 'playwright-core';
import { CHROMIUM_PATH } from './requirements';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
