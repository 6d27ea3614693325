import type { Page } from 'playwright-core';

/** A path to draw, in CSS pixels of the page. */
export type Path = [x: number, y: number][];

/** A wavy horizontal line from (x, y), `length` pixels long: a stroke to draw in tests. */
export function wave(x: number, y: number, length = 400, steps = 16): Path {
  return Array.from({ length: steps + 1 }, (_, step) => [x + (length * step) / steps, y + Math.sin(step / 2) * 30]);
}

/** Draw with the mouse (left button held along the path). */
export async function drawWithMouse(page: Page, path: Path): Promise<void> {
  const [[x, y], ...rest] = path as [[number, number], ...Path];
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (const [px, py] of rest) await page.mouse.move(px, py);
  await page.mouse.up();
}

/** Draw with a finger: real touch input through the DevTools protocol (the context needs `hasTouch`). */
export async function drawWithTouch(page: Page, path: Path): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const [[x, y], ...rest] = path as [[number, number], ...Path];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
  for (const [px, py] of rest) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: px, y: py }] });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

/** Draw with a stylus pressing with `force` (0–1): pen input through the DevTools protocol. */
export async function drawWithPen(page: Page, path: Path, force: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const event = (type: 'mousePressed' | 'mouseMoved' | 'mouseReleased', [x, y]: [number, number], buttons: number) =>
    cdp.send('Input.dispatchMouseEvent', { type, x, y, button: 'left', buttons, clickCount: 1, pointerType: 'pen', force });
  await event('mousePressed', path[0]!, 1);
  for (const point of path.slice(1)) await event('mouseMoved', point, 1);
  await event('mouseReleased', path.at(-1)!, 0);
  await cdp.detach();
}
