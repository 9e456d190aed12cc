/** Telegram Bot API limits (https://core.telegram.org/bots/api). Named so renderers never guess. */
/** Message text after entity parsing. Long replies are split, never rejected. */
export const TELEGRAM_MAX_MESSAGE_TEXT = 4096;
/** callback_data: 1-64 bytes. Hard limit: exceeding it is a programming error and throws. */
export const TELEGRAM_MAX_CALLBACK_DATA_BYTES = 64;
export const TELEGRAM_MAX_BUTTONS_PER_ROW = 8;
export const TELEGRAM_MAX_BUTTONS = 100;
/** Button labels have no documented limit; long ones are cut so keyboards stay readable. */
export const TELEGRAM_MAX_BUTTON_TEXT = 64;
export const TELEGRAM_MAX_CALLBACK_ANSWER_TEXT = 200;
export const TELEGRAM_MAX_COMMAND_DESCRIPTION = 256;
/** A 429 with retry_after at most this long is waited out for interactive replies; longer fails. */
export const TELEGRAM_MAX_AUTO_RETRY_SEC = 30;
export const TELEGRAM_AUTO_RETRY_ATTEMPTS = 3;
