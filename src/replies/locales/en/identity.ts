/** Linking accounts, connecting a chat space to a studio, choosing a studio (English, the source). */
export const identity = {
  "identity.linkCode": "Your link code: {code} (valid 15 minutes, once).",
  "identity.linkHow":
    "In your other chat app, send: /link {code}{alt, select, none {} other {  ({alt})}}. Both accounts then share your bookings and passes.",
  "identity.linkInvalid":
    "That code is not valid or has expired. Send /link in the app you are already using to get a new one.",
  "identity.tooManyCodes":
    "Too many wrong codes. Try again in {minutes, plural, one {# minute} other {# minutes}}, with the code exactly as you got it.",
  "identity.alreadyLinked": "This account is already linked to that person.",
  "identity.linked": "Linked. You see the same bookings and passes here as in your other app.",
  "identity.connectAdminsOnly": "Only an admin of the studio can get a connect code.",
  "identity.connectCode": "Connect code for {org}: {code} (valid 15 minutes, once).",
  "identity.connectHow": "In the workspace, server or group to connect, send: /connect {code}",
  "identity.connectInGroup":
    "Send /connect CODE inside the workspace, server or group you want to connect, not in a direct message.",
  "identity.connectInvalid":
    "That code is not valid or has expired. An admin can get a new one with /connect.",
  "identity.connected": "Connected. Everyone here can now book sessions: type help to start.",
  "identity.nowTalking": "You are now talking to {org}. Type help to see what you can do.",
  "identity.noStudio":
    "You are not a member of any studio yet. Join from your studio's chat workspace or group.",
  "identity.whichStudio": "Which studio?",
} as const;
