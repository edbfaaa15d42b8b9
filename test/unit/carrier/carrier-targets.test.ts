// The client bound to a carrier target sends only to that target, whatever the account becomes: a
// request for account A never goes to the practice carrier or to account B. A fetch double records where
// each request went and with whose login.
import { describe, expect, it } from 'vitest';
import { createCarrierTargets } from '../../../src-main/carrier/carrier-targets';
import type { CarrierCredentials } from '../../../src-main/carrier/client';

const practice: CarrierCredentials = {
  baseUrl: 'http://127.0.0.1:1000/rest.svc',
  username: 'practice',
  password: 'p',
};
const accountA: CarrierCredentials = { baseUrl: 'https://a.example/rest.svc', username: 'a', password: 'pa' };
const accountB: CarrierCredentials = { baseUrl: 'https://b.example/rest.svc', username: 'b', password: 'pb' };

function setUp() {
  const sent: { url: string; login: string }[] = [];
  let account: CarrierCredentials | null = accountA;
  let practiceRunning = true;
  const targets = createCarrierTargets({
    fetchFn: async (input, init) => {
      const header = new Headers(init?.headers).get('Authorization') ?? '';
      sent.push({
        url: String(input),
        login:
          Buffer.from(header.replace(/^Basic /, ''), 'base64')
            .toString()
            .split(':')[0] ?? '',
      });
      // An empty list: a valid answer to the reads below.
      return new Response('[]', { status: 200 });
    },
    account: () => account,
    practice: () => (practiceRunning ? practice : null),
  });
  return {
    targets,
    sent,
    setAccount: (next: CarrierCredentials | null) => (account = next),
    setPractice: (running: boolean) => (practiceRunning = running),
  };
}

describe('carrier targets', () => {
  it('is the account when one is set, else the practice carrier', () => {
    const { targets, setAccount } = setUp();
    expect(targets.current()).toEqual({ kind: 'account', baseUrl: accountA.baseUrl, username: 'a' });
    expect(targets.reachable()).toEqual({
      practice: true,
      account: { kind: 'account', baseUrl: accountA.baseUrl, username: 'a' },
    });
    setAccount(null);
    expect(targets.current()).toEqual({ kind: 'practice' });
    expect(targets.reachable()).toEqual({ practice: true, account: null });
  });

  it('sends a request for account A only to A, and nothing once A is no longer the account', async () => {
    const { targets, sent, setAccount } = setUp();
    const forA = targets.clientFor({ kind: 'account', baseUrl: accountA.baseUrl, username: 'a' });
    expect((await forA.listHolidays()).ok).toBe(true);
    expect(sent).toEqual([{ url: expect.stringContaining('https://a.example/') as string, login: 'a' }]);

    setAccount(accountB);
    const refused = await forA.listHolidays();
    expect(refused).toMatchObject({ ok: false, error: { kind: 'noAccount' } });
    setAccount(null);
    expect(await forA.listHolidays()).toMatchObject({ ok: false, error: { kind: 'noAccount' } });
    // Same address, another customer number: another account.
    setAccount({ ...accountA, username: 'someone-else' });
    expect(await forA.listHolidays()).toMatchObject({ ok: false, error: { kind: 'noAccount' } });
    expect(sent).toHaveLength(1);
  });

  it('sends a practice request only to the practice carrier, account or not, and only while it runs', async () => {
    const { targets, sent, setPractice } = setUp();
    const forPractice = targets.clientFor({ kind: 'practice' });
    expect((await forPractice.listHolidays()).ok).toBe(true);
    expect(sent.at(-1)).toEqual({
      url: expect.stringContaining('http://127.0.0.1:1000/') as string,
      login: 'practice',
    });
    setPractice(false);
    expect(await forPractice.listHolidays()).toMatchObject({
      ok: false,
      error: { kind: 'noAccount' },
    });
    expect(targets.reachable().practice).toBe(false);
    expect(sent).toHaveLength(1);
  });

  it('has a client for the current target that follows the account at each request', async () => {
    const { targets, sent, setAccount } = setUp();
    await targets.currentClient.listHolidays();
    setAccount(null);
    await targets.currentClient.listHolidays();
    expect(sent.map((request) => request.login)).toEqual(['a', 'practice']);
  });
});
