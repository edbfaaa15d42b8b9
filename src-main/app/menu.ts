// The application menu in the dealer's language (fr-CA or en-CA). Roles give the platform's own
// behaviour (copy, paste, undo, quit); only the labels are ours.
import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { Locale } from '../shared/ipc-contract/types';

const labels = {
  'fr-CA': {
    file: 'Fichier',
    edit: 'Édition',
    view: 'Affichage',
    window: 'Fenêtre',
    help: 'Aide',
    quit: 'Quitter Portage',
    close: 'Fermer la fenêtre',
    undo: 'Annuler',
    redo: 'Rétablir',
    cut: 'Couper',
    copy: 'Copier',
    paste: 'Coller',
    selectAll: 'Tout sélectionner',
    zoomIn: 'Zoom avant',
    zoomOut: 'Zoom arrière',
    resetZoom: 'Taille réelle',
    fullScreen: 'Plein écran',
    minimize: 'Réduire',
    about: 'À propos de Portage',
  },
  'en-CA': {
    file: 'File',
    edit: 'Edit',
    view: 'View',
    window: 'Window',
    help: 'Help',
    quit: 'Quit Portage',
    close: 'Close Window',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    resetZoom: 'Actual Size',
    fullScreen: 'Toggle Full Screen',
    minimize: 'Minimize',
    about: 'About Portage',
  },
} satisfies Record<Locale, Record<string, string>>;

export function menuTemplate(locale: Locale, platform: NodeJS.Platform): MenuItemConstructorOptions[] {
  const t = labels[locale];
  const isMac = platform === 'darwin';
  return [
    ...(isMac
      ? [
          {
            label: 'Portage',
            submenu: [
              { role: 'about', label: t.about },
              { type: 'separator' },
              { role: 'quit', label: t.quit },
            ],
          } satisfies MenuItemConstructorOptions,
        ]
      : []),
    {
      label: t.file,
      submenu: [isMac ? { role: 'close', label: t.close } : { role: 'quit', label: t.quit }],
    },
    {
      label: t.edit,
      submenu: [
        { role: 'undo', label: t.undo },
        { role: 'redo', label: t.redo },
        { type: 'separator' },
        { role: 'cut', label: t.cut },
        { role: 'copy', label: t.copy },
        { role: 'paste', label: t.paste },
        { role: 'selectAll', label: t.selectAll },
      ],
    },
    {
      label: t.view,
      submenu: [
        { role: 'zoomIn', label: t.zoomIn },
        { role: 'zoomOut', label: t.zoomOut },
        { role: 'resetZoom', label: t.resetZoom },
        { type: 'separator' },
        { role: 'togglefullscreen', label: t.fullScreen },
      ],
    },
    { label: t.window, submenu: [{ role: 'minimize', label: t.minimize }] },
  ];
}

export function installMenu(locale: Locale): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(locale, process.platform)));
}
