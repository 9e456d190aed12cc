/** Slack Block Kit limits (https://docs.slack.dev/reference/block-kit). Named so renderers never guess. */
export const SLACK_MAX_BLOCKS_PER_MESSAGE = 50;
export const SLACK_MAX_SECTION_TEXT = 3000;
export const SLACK_MAX_HEADER_TEXT = 150;
export const SLACK_MAX_BUTTON_TEXT = 75;
/** Button value: hard limit, exceeding it is a programming error and throws. */
export const SLACK_MAX_BUTTON_VALUE = 2000;
export const SLACK_MAX_ACTION_ID = 255;
export const SLACK_MAX_ELEMENTS_PER_ACTIONS = 25;
/** Top-level `text` (the notification fallback); Slack truncates beyond ~4000, we keep it short. */
export const SLACK_MAX_FALLBACK_TEXT = 3000;
export const SLACK_MAX_MODAL_TITLE = 24;
export const SLACK_MAX_MODAL_SUBMIT = 24;
export const SLACK_MAX_MODAL_BLOCKS = 100;
export const SLACK_MAX_INPUT_LABEL = 2000;
/** plain_text_input max_length: at most 3000 (a larger one is refused as invalid_arguments). */
export const SLACK_MAX_INPUT_LENGTH = 3000;
export const SLACK_MAX_PRIVATE_METADATA = 3000;
/** Slack rejects requests whose timestamp is further than this from now (replay protection). */
export const SLACK_MAX_TIMESTAMP_SKEW_SEC = 5 * 60;
/** Slack expects the HTTP acknowledgement within 3 seconds, or it retries. */
export const SLACK_ACK_DEADLINE_MS = 3000;
