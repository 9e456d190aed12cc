/** The logging notices need; a pino logger fits it. */
export interface NoticeLog {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export const silentLog: NoticeLog = { info: () => undefined, warn: () => undefined, error: () => undefined };
