import type { chat as en } from "../en/chat.ts";

export const chat: Record<keyof typeof en, string> = {
  "chat.busy": "Das System des Studios ist gerade ausgelastet. Versuch es gleich noch einmal.",
  "chat.notRecorded":
    "Nichts wurde erledigt: Das System des Studios konnte das gerade nicht annehmen. Schick es in einer Minute noch einmal.",
  "chat.unsure":
    "Das System des Studios wurde beim Speichern unterbrochen, daher weiß ich nicht, ob es geklappt hat.",
  "chat.unsureCheck": "Schau bitte unter „meine Buchungen“ nach, bevor du es noch einmal versuchst.",
  "chat.unreadableEvent": "Diese Nachricht konnte ich nicht lesen. Versuch es bitte noch einmal.",
  "chat.unreadableIntent": "Das konnte ich nicht lesen. Schreib „hilfe“ für Beispiele.",
  "chat.staleButton": "Dieser Button ist veraltet. Frag bitte noch einmal (im Zweifel: „hilfe“).",
  "chat.forgedButton": "Diesen Button konnte ich nicht lesen. Frag bitte noch einmal.",
  "chat.onlyAdmins": "Das können nur Admins des Studios.",
  "chat.onlyStaff": "Das können nur Trainer und Admins. Schreib „hilfe“, um zu sehen, was du tun kannst.",
  "chat.dismissed": "Okay, nichts geändert.",
  "chat.notConnected":
    "Dieser Chat ist noch mit keinem Studio verbunden. Ein Admin des Studios holt sich mit /connect einen Code und sendet dann hier /connect CODE.",
  "chat.notAMember": "Hallo! Du bist hier noch in keinem Studio Mitglied.",
  "chat.notAMemberHow":
    "Sag im Workspace, Server oder in der Gruppe deines Studios Hallo oder verbinde diese App mit deinem Konto dort: Sende /link in jener App und /link CODE hier.",
  "chat.whichStudio": "Du bist in mehreren Studios. Welches meinst du? (Später änderbar mit /org.)",
  "chat.choiceExpired": "Diese Auswahl ist abgelaufen. Frag bitte noch einmal.",
  "chat.questionExpired": "Diese Frage ist abgelaufen. Schick den Befehl bitte noch einmal.",
  "chat.notYourQuestion": "Dieser Button gehört zur Frage einer anderen Person.",
  "chat.andMore": "…und {n} weitere: Sag es genauer, um die Auswahl einzugrenzen.",
  "chat.fallback": "Entschuldige, bei uns ist etwas schiefgelaufen. Versuch es in einer Minute noch einmal.",
};
