import type { PortageApi } from '../../../src-main/shared/ipc-contract/channels';
declare const p: PortageApi;
export async function probe() {
  const r = await p.drafts.list({ query: 'x' });
  if (r.ok) {
    const n: number = r.value.total;
    void n;
  }
  const i = await p.app.info();
  if (i.ok) {
    const v: string = i.value.version;
    void v;
  }
  const off = p.onOutboxChanged((s) => {
    const x: boolean = s.online;
    void x;
  });
  off();
  // @ts-expect-error missing input
  await p.drafts.get();
  const v = await p.outbox.retryNow();
  void v;
}
