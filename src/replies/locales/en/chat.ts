/** The chat pipeline's own answers: a busy store, unreadable input, expired buttons (English, the source). */
export const chat = {
  "chat.busy": "The studio's system is busy, please try again in a moment.",
  "chat.notRecorded":
    "Nothing was done: the studio's system could not take that just now. Please send it again in a minute.",
  "chat.unsure":
    "The studio's system was interrupted while saving that, so I cannot tell whether it went through.",
  "chat.unsureCheck": "Please check with 'my bookings' before trying again.",
  "chat.unreadableEvent": "I could not read that message. Please try again.",
  "chat.unreadableIntent": "I could not read that. Type help for examples.",
  "chat.staleButton": "That button is out of date. Please ask again (type help if unsure).",
  "chat.forgedButton": "I could not read that button. Please ask again.",
  "chat.onlyAdmins": "Only studio admins can do that.",
  "chat.onlyStaff": "Only trainers and admins can do that. Type help to see what you can do.",
  "chat.dismissed": "OK, nothing changed.",
  "chat.notConnected":
    "This chat is not connected to a studio yet. A studio admin can send /connect to get a code, then /connect CODE here.",
  "chat.notAMember": "Hi! You are not a member of a studio here yet.",
  "chat.notAMemberHow":
    "Say hello in your studio's workspace, server or group, or link this app to your account there: send /link in that app and /link CODE here.",
  "chat.whichStudio": "You belong to several studios. Which one do you mean? (Change later with /org.)",
  "chat.choiceExpired": "That choice has expired. Please ask again.",
  "chat.questionExpired": "That question has expired. Please send the command again.",
  "chat.notYourQuestion": "That button belongs to someone else's question.",
  "chat.andMore": "…and {n} more: be more specific to narrow it down.",
  "chat.fallback": "Sorry, something went wrong on our side. Please try again in a minute.",
} as const;
