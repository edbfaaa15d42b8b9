// The number paste: many numbers in any common format become normalized numbers, and every entry that
// is not a number is listed (and stays in the box, so nothing typed is lost).
import { describe, expect, it } from 'vitest';
import { render, screen, fireEvent } from '@testing-library/svelte';
import NumberPaste from '../../src-renderer/components/editor/NumberPaste.svelte';
import { setLocale } from '../../src-renderer/i18n/i18n.svelte';

async function paste(textarea: HTMLTextAreaElement, text: string): Promise<void> {
  await fireEvent.paste(textarea);
  textarea.value = text;
  await fireEvent.input(textarea);
}

describe('NumberPaste', () => {
  it('normalizes five numbers pasted in mixed formats and lists the rejected entries', async () => {
    render(NumberPaste, { props: { path: 'numbers.toPort', label: 'Numbers to port', numbers: [] } });
    const box = screen.getByLabelText<HTMLTextAreaElement>('Numbers to port');

    await paste(
      box,
      '(613) 555-0123\n613.555.0124, +1 613 555 0125; 16135550126\t613-555-0127\nhello\n555-01',
    );

    expect(screen.getByText('5 numbers')).toBeTruthy();
    expect(screen.getByText('(613) 555-0123')).toBeTruthy();
    expect(screen.getByText('(613) 555-0127')).toBeTruthy();
    const rejected = screen.getByTestId('numbers.toPort-rejected');
    expect(rejected.textContent).toContain('2 entries are not valid numbers');
    expect(rejected.textContent).toContain('“hello”');
    expect(rejected.textContent).toContain('“555-01”');
    // The box now shows the tidy list, with the entries to fix kept at the end.
    expect(box.value.split('\n')).toEqual([
      '(613) 555-0123',
      '(613) 555-0124',
      '(613) 555-0125',
      '(613) 555-0126',
      '(613) 555-0127',
      'hello',
      '555-01',
    ]);
    expect(box.getAttribute('aria-invalid')).toBe('true');
  });

  it('writes numbers the Quebec way in French and marks toll-free numbers', async () => {
    setLocale('fr-CA');
    render(NumberPaste, {
      props: { path: 'numbers.toPort', label: 'Numéros', numbers: [], showNature: true },
    });
    const box = screen.getByLabelText<HTMLTextAreaElement>('Numéros');

    await paste(box, '8005550199, 514 555 0100');

    expect(screen.getByText('2 numéros')).toBeTruthy();
    expect(screen.getByText('514 555-0100')).toBeTruthy();
    expect(screen.getByText('800 555-0199').textContent).toContain('sans frais');
    expect(screen.queryByTestId('numbers.toPort-rejected')).toBeNull();
  });

  it('says which numbers were pasted twice and kept once, and keeps saying it after the box is left', async () => {
    setLocale('en-CA');
    render(NumberPaste, { props: { path: 'numbers.toPort', label: 'Numbers to port', numbers: [] } });
    const box = screen.getByLabelText<HTMLTextAreaElement>('Numbers to port');

    await paste(box, '613 555 0123\n(613) 555-0123, 613 555 0124\n+1 613 555 0124\n613 555 0125');

    expect(screen.getByText('3 numbers')).toBeTruthy();
    const keptOnce = screen.getByTestId('numbers.toPort-kept-once');
    expect(keptOnce.textContent?.trim()).toBe(
      '(613) 555-0123, (613) 555-0124 were listed more than once: each kept once.',
    );
    expect(box.getAttribute('aria-describedby')).toContain(keptOnce.id);
    expect(box.value.split('\n')).toEqual(['(613) 555-0123', '(613) 555-0124', '(613) 555-0125']);
    await fireEvent.blur(box);
    expect(screen.getByTestId('numbers.toPort-kept-once')).toBeTruthy();

    // Typing again starts afresh: nothing repeated, nothing said.
    box.value = '613 555 0123\n613 555 0126';
    await fireEvent.input(box);
    expect(screen.queryByTestId('numbers.toPort-kept-once')).toBeNull();
  });
});
