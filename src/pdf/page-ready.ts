import type { Page } from 'playwright-core';

/**
 * Wait until the page's web fonts and every image have loaded and decoded,
 * so nothing prints blank; a broken image is an error naming it.
 */
export async function waitForFontsAndImages(page: Page): Promise<void> {
  const broken = await page.evaluate(async () => {
    document.body.getBoundingClientRect(); // lay the page out, so the fonts it uses start loading before we wait
    await document.fonts.ready;
    const images = [...document.images];
    for (const image of images) image.loading = 'eager'; // a lazy image off screen would never load for the printout
    await Promise.all(images.map((image) => image.decode().catch(() => undefined)));
    return images.filter((image) => !image.complete || image.naturalWidth === 0).map((image) => image.getAttribute('src') ?? '');
  });
  if (broken.length > 0) throw new Error(`${page.url()}: these images did not load, so they would print blank: ${broken.join(', ')}`);
}
