// Component tests run in jsdom. Each test gets a fresh `window.portage` double (the one place a double
// is used: these tests are about components, not the bridge) and an empty localStorage.
import { afterEach, beforeEach } from 'vitest';
import { cleanup } from '@testing-library/svelte';
import { setLocale } from '../../src-renderer/i18n/i18n.svelte';

// jsdom lacks these; the components use them for focus and dialogs.
if (!Element.prototype.scrollIntoView) Element.prototype.scrollIntoView = () => undefined;
if (typeof HTMLDialogElement !== 'undefined' && !HTMLDialogElement.prototype.showModal) {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.open = false;
  };
}

beforeEach(() => {
  localStorage.clear();
  setLocale('en-CA');
});

afterEach(() => {
  cleanup();
});
