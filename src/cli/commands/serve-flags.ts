import type { FlagSpec } from '../command.ts';
import { UsageError } from '../command.ts';

/** The flags of the commands that serve the site. */
export const SERVE_FLAGS: Record<string, FlagSpec> = {
  port: { type: 'string', value: 'N', description: 'port to listen on (default: 4321, or the next free one)' },
  host: { type: 'string', value: 'ADDRESS', description: 'address to listen on (default: 127.0.0.1; 0.0.0.0 for every network)' },
};

/** Astro's `server` settings from `--port` and `--host`. */
export function serverSettings(flags: Record<string, unknown>): { port?: number; host: string } {
  const host = typeof flags.host === 'string' ? flags.host : '127.0.0.1';
  if (flags.port === undefined) return { host };
  const port = Number(flags.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port takes a port number (0 to 65535), not "${String(flags.port)}"`);
  return { port, host };
}
