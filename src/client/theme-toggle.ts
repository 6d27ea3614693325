/** Wire the theme buttons: toggle `data-theme` on <html> and remember the choice. */
export function controlThemeToggle(): void {
  const root = document.documentElement;
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) {
    const show = () => button.setAttribute('aria-pressed', String(root.dataset.theme === 'dark'));
    show();
    button.addEventListener('click', () => {
      const next = root.dataset.theme === 'dark' ? 'light' : 'dark';
      root.dataset.theme = next;
      localStorage.setItem('theme', next);
      show();
    });
  }
}
