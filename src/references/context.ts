import type { CitationStyle } from '../schemas/course.ts';
import type { Bibliography } from './bibliography.ts';

/** What citations are resolved against: the course bibliography and its style. */
export interface CitationContext {
  bibliography: Bibliography;
  style: CitationStyle;
}
