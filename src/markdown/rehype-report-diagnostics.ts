import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { formatDiagnostic, fromMessage } from '../check/diagnostic.ts';
import { displayPath } from './diagnostics.ts';

/** Options of `rehypeReportDiagnostics`. */
export interface ReportOptions {
  /**
   * Receives every message of a file. Without it (inside Astro), errors are
   * stored in the render metadata as `lectureErrors`, where the pages find
   * them and stop the build or show Astro's error overlay, and in `astro dev`
   * warnings are printed to the terminal.
   */
  onReport?: (file: VFile) => void;
  /**
   * Not read by the plugin: Astro keys its cache of rendered Markdown on the
   * config (plugin options included), so a digest of the pipeline's code here
   * makes a changed plugin re-render every lecture.
   */
  cacheKey?: string;
}

/** Last plugin of the pipeline: hand the collected diagnostics on. */
export default function rehypeReportDiagnostics(options: ReportOptions = {}) {
  return (_tree: Root, file: VFile) => {
    if (options.onReport) return options.onReport(file);
    const path = displayPath(file.path);
    const formatted = (fatal: boolean) =>
      file.messages.filter((message) => Boolean(message.fatal) === fatal).map((message) => formatDiagnostic(fromMessage(path, message)));
    const errors = formatted(true);
    if (errors.length > 0) {
      file.data.astro ??= {};
      file.data.astro.frontmatter = { ...file.data.astro.frontmatter, lectureErrors: errors };
    }
    if (process.env.NODE_ENV === 'development') for (const warning of formatted(false)) console.warn(warning);
  };
}
