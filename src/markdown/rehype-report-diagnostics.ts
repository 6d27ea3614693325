import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { LectureContentError } from './diagnostics.ts';

/** Options of `rehypeReportDiagnostics`. */
export interface ReportOptions {
  /**
   * Receives every message of a file. Without it, a file with errors throws a
   * `LectureContentError` (which fails `astro build`) and warnings are ignored.
   */
  onReport?: (file: VFile) => void;
}

/**
 * Last plugin of the pipeline: hand the collected diagnostics on, or throw so
 * that a lecture with errors never renders into a page that looks finished.
 */
export default function rehypeReportDiagnostics(options: ReportOptions = {}) {
  return (_tree: Root, file: VFile) => {
    if (options.onReport) return options.onReport(file);
    if (file.messages.some((message) => message.fatal)) {
      throw new LectureContentError(file.messages, file.path);
    }
  };
}
