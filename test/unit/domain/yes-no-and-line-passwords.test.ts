// Yes/no questions: an explicit No is sent as false, an unanswered question is left out. And line
// passwords: merged into the body on the line of their number only.
import { describe, expect, it } from 'vitest';
import { assembleBody } from '../../../src-main/shared/domain/assemble-body';
import { catalogueEntryById } from '../../../src-main/shared/domain/catalogue';
import { lineNumbersOf, withLinePasswords } from '../../../src-main/shared/domain/line-passwords';
import { readyDraftFor } from './fixtures';

function portForm(options: object, numbers: object = {}) {
  const draft = readyDraftFor('dids');
  draft.data.options = options;
  draft.data.numbers = { ...draft.data.numbers, ...numbers };
  const { body } = assembleBody(catalogueEntryById('dids'), draft.data, { customerReference: 'PTG-1' });
  return body.PortForm as Record<string, unknown>;
}

describe('yes/no questions', () => {
  it('sends Yes as true, No as false, and leaves out what was not answered', () => {
    const form = portForm(
      { isPriMegaLink: true, priMegalinkRemainActive: false, contactMeBlif: false },
      { changePilotNumber: false },
    );
    expect(form.IsPRIMegaLink).toBe(true);
    expect(form.PRIMegalinkRemainActive).toBe(false);
    expect(form.ContactMeBLIF).toBe(false);
    expect(form.ChangePilotNumber).toBe(false);
    expect('ContactMeScheduling' in form).toBe(false);
    expect('CurrentProviderNotMandatory' in form).toBe(false);
  });
});

describe('line passwords in the body', () => {
  const lines = readyDraftFor('residentialLine');
  const { body } = assembleBody(catalogueEntryById('residentialLine'), lines.data, {
    customerReference: 'PTG-1',
  });

  it('are set on the line of their number, keys kept in order', () => {
    const merged = withLinePasswords(body, [
      { number: '5145550101', field: 'sipPassword', password: 'sip-secret' },
      { number: '5145550101', field: 'webSelfCarePassword', password: 'web-secret' },
      { number: '6135550000', field: 'sipPassword', password: 'no-such-line' },
    ]);
    const [first, second] = merged.Lines as Record<string, unknown>[];
    expect(first).not.toHaveProperty('SipPassword');
    expect(second).toMatchObject({ SipPassword: 'sip-secret', WebSelfCarePassword: 'web-secret' });
    expect(Object.keys(second ?? {})).toEqual([...Object.keys(second ?? {})].sort());
    expect(JSON.stringify(merged)).not.toContain('no-such-line');
    // The body it was given is left as it was.
    expect(JSON.stringify(body)).not.toContain('sip-secret');
  });

  it('leave a body without lines alone', () => {
    const forwards = readyDraftFor('permanentCallForward');
    const pcf = assembleBody(catalogueEntryById('permanentCallForward'), forwards.data, {
      customerReference: 'PTG-1',
    }).body;
    expect(withLinePasswords(pcf, [{ number: '5145550100', field: 'sipPassword', password: 'x' }])).toBe(pcf);
  });

  it('are keyed by the lines’ numbers as 10 digits', () => {
    expect(lineNumbersOf(lines.data)).toEqual(['5145550100', '5145550101']);
  });
});
