/** Discord API limits (https://discord.com/developers/docs). Named so renderers never guess. */
export const DISCORD_MAX_CONTENT = 2000;
export const DISCORD_MAX_EMBED_TITLE = 256;
export const DISCORD_MAX_EMBED_DESCRIPTION = 4096;
/** All embeds of one message together. One embed per message keeps us far below it. */
export const DISCORD_MAX_EMBED_TOTAL = 6000;
/** custom_id of buttons, modals and text inputs: hard limit, exceeding it throws. */
export const DISCORD_MAX_CUSTOM_ID = 100;
export const DISCORD_MAX_BUTTONS_PER_ROW = 5;
export const DISCORD_MAX_ROWS = 5;
export const DISCORD_MAX_BUTTON_LABEL = 80;
export const DISCORD_MAX_MODAL_TITLE = 45;
export const DISCORD_MAX_MODAL_FIELDS = 5;
export const DISCORD_MAX_TEXT_INPUT_LABEL = 45;
export const DISCORD_MAX_TEXT_INPUT_VALUE = 4000;
export const DISCORD_MAX_AUTOCOMPLETE_CHOICES = 25;
export const DISCORD_MAX_CHOICE_NAME = 100;
export const DISCORD_MAX_CHOICE_VALUE = 100;
export const DISCORD_MAX_COMMAND_DESCRIPTION = 100;
/** A message nonce is at most 25 characters. */
export const DISCORD_MAX_NONCE = 25;
/** Discord drops an interaction not answered within 3 s; past this we defer and answer later. */
export const DISCORD_DEFER_AFTER_MS = 2000;
/**
 * @discordjs/rest caps every request at 50/s client-side (the bot's global limit). The gateway
 * client's REST only answers interactions, which Discord exempts from that limit, so its cap is
 * raised; the notice sender keeps the default.
 */
export const DISCORD_INTERACTION_REST_RPS = 1000;
