// The port-date picker: weekends and carrier holidays are marked in words, the keyboard moves by day
// and week, Enter picks, and choosing a holiday or a weekend says what that means.
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import DatePicker from '../../src-renderer/components/editor/DatePicker.svelte';
import { setLocale } from '../../src-renderer/i18n/i18n.svelte';

const holidays = [{ Date: '2030-07-01', Name: 'Canada Day' }];

function renderPicker(value = '') {
  return render(DatePicker, {
    props: { path: 'schedule.date', label: 'Date (Eastern time)', value, holidays, today: '2030-06-26' },
  });
}

describe('DatePicker', () => {
  it('marks weekends and holidays in the accessible name of each day', () => {
    renderPicker('2030-07-02');
    expect(screen.getByRole('button', { name: /July 1, 2030, holiday: Canada Day/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: /Saturday, July 6, 2030, weekend/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: /^Tuesday, July 2, 2030$/ }).getAttribute('aria-pressed')).toBe(
      'true',
    );
  });

  it('moves with the arrow keys and picks with Enter; a holiday gets a note', async () => {
    renderPicker('2030-07-02');
    const input = screen.getByLabelText<HTMLInputElement>('Date (Eastern time)');
    screen.getByRole('button', { name: /^Tuesday, July 2, 2030$/ }).focus();

    await userEvent.keyboard('{ArrowLeft}');
    expect(document.activeElement?.getAttribute('data-date')).toBe('2030-07-01');
    await userEvent.keyboard('{Enter}');

    expect(input.value).toBe('2030-07-01');
    expect(screen.getByTestId('holiday-note').textContent).toContain('Canada Day');

    await userEvent.keyboard('{ArrowDown}{ArrowDown}{ArrowLeft}{ArrowLeft}{Enter}');
    expect(input.value).toBe('2030-07-13');
    expect(screen.getByTestId('weekend-note').textContent).toMatch(/weekend/);
  });

  it('refuses days before today and speaks French', () => {
    setLocale('fr-CA');
    renderPicker();
    expect(screen.getByRole('button', { name: /25 juin 2030/ }).hasAttribute('disabled')).toBe(true);
    expect(screen.getByText(/heure de l’Est/)).toBeTruthy();
    expect(screen.getByRole('button', { name: /29 juin 2030, fin de semaine/ })).toBeTruthy();
  });
});
