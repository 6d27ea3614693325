import type GithubSlugger from 'github-slugger';

/** Emoji and what joins or styles them: a heading's decoration, not its words. */
const EMOJI = /\p{Extended_Pictographic}|\p{Emoji_Modifier}|\p{Regional_Indicator}|\u200d|\ufe0f|\u20e3/gu;

/**
 * The slug of a heading's text for an id, as GitHub makes it, but from its
 * words only: `👋 Getting started` is `getting-started`, not
 * `-getting-started` (an emoji is not part of a slide's name).
 */
export function headingSlug(slugger: GithubSlugger, text: string): string {
  return slugger.slug(text.replace(EMOJI, '').replace(/\s+/g, ' ').trim());
}
