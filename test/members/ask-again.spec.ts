/** The refused question's cookie (Post/Redirect/Get without JavaScript): written for the page's path alone, read back, forged ones ignored. */
import { askAgainCookie, clearAskAgainCookie, readAskAgain } from '../../src/members/ask-again';

describe('a refused question carried to the page', () => {
  it('goes to the page’s own path for ten minutes, HttpOnly, and comes back as it was written', () => {
    const header = askAgainCookie('/m/abc', { problem: 'tooLong', text: 'é'.repeat(501) + ' ; = "', expert: 'e3' }, true);
    expect(header).toMatch(/^carrousel-ask=[A-Za-z0-9_-]+; Path=\/m\/abc; Max-Age=600; HttpOnly; SameSite=Lax; Secure$/);
    expect(header.length).toBeLessThan(4096);
    const cookie = header.split(';')[0];
    expect(readAskAgain(`other=1; ${cookie}; more=2`)).toEqual({ problem: 'tooLong', text: 'é'.repeat(501) + ' ; = "', expert: 'e3' });
    expect(clearAskAgainCookie('/m/abc')).toBe('carrousel-ask=; Path=/m/abc; Max-Age=0; HttpOnly; SameSite=Lax');
  });

  it('keeps a very long text to 2,400 bytes, never half a character, and stays under a cookie’s 4 KB', () => {
    const header = askAgainCookie('/m/abc', { problem: 'tooLong', text: '😀'.repeat(5000), expert: 'e3' }, false);
    expect(header.length).toBeLessThan(4096);
    expect([...readAskAgain(header.split(';')[0])!.text]).toHaveLength(600);
  });

  it('ignores no cookie, a cookie that is not ours, and a problem it does not know', () => {
    expect(readAskAgain(undefined)).toBeUndefined();
    expect(readAskAgain('carrousel-ask=e30')).toBeUndefined();
    expect(readAskAgain('carrousel-ask=%%%')).toBeUndefined();
    const forged = Buffer.from(JSON.stringify({ p: 'hacked', t: 'x', e: 'e1' })).toString('base64url');
    expect(readAskAgain(`carrousel-ask=${forged}`)).toBeUndefined();
  });
});
