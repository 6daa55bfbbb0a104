import { pino, type Logger } from 'pino';
import pretty from 'pino-pretty';

export type { Logger };

/**
 * Logs on stderr, so stdout stays free for CLI output: human-readable lines when stderr is a terminal
 * (someone is watching `serve`), JSON lines otherwise (files, containers, log shippers).
 */
export function createLogger(
  level: string = process.env.LOG_LEVEL ?? 'info',
  terminal: boolean = process.stderr.isTTY === true,
): Logger {
  const options = { level, base: { service: 'partnership-graph' } };
  if (!terminal) return pino(options, pino.destination(2));
  return pino(
    options,
    pretty({
      destination: 2,
      sync: true,
      colorize: true,
      ignore: 'pid,hostname,service',
      translateTime: 'SYS:HH:MM:ss',
    }),
  );
}
