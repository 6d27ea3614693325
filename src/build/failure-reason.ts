/**
 * The reason a build step failed, in one line for a person: colour codes and
 * backtraces (the bundler's Rust panics print one) cut off, and a full disk
 * named as such whatever tool ran into it.
 */
export function failureReason(error: unknown): string {
  // eslint-disable-next-line no-control-regex -- colour codes are what is removed
  const message = String((error as Error)?.message ?? error).replace(/\u001b\[[0-9;]*m/g, '');
  if (/ENOSPC|No space left on device/i.test(message)) return 'the disk is full (no space left on device): free some space and build again';
  const kept = message.split(/\n\s*(?:Stack backtrace:|Caused by:)/)[0]!;
  return kept.split('\n').map((line) => line.trim()).filter(Boolean).join(' — ');
}
