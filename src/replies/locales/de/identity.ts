import type { identity as en } from "../en/identity.ts";

export const identity: Record<keyof typeof en, string> = {
  "identity.linkCode": "Dein Verknüpfungscode: {code} (15 Minuten gültig, einmal).",
  "identity.linkHow":
    "Schick in deiner anderen Chat-App: /link {code}{alt, select, none {} other {  ({alt})}}. Dann teilen beide Konten deine Buchungen und Karten.",
  "identity.linkInvalid":
    "Dieser Code ist ungültig oder abgelaufen. Schick /link in der App, die du schon nutzt, um einen neuen zu bekommen.",
  "identity.tooManyCodes":
    "Zu viele falsche Codes. Versuch es in {minutes, plural, one {# Minute} other {# Minuten}} noch einmal, mit dem Code genau so, wie du ihn bekommen hast.",
  "identity.alreadyLinked": "Dieses Konto ist bereits mit dieser Person verknüpft.",
  "identity.linked": "Verknüpft. Hier siehst du dieselben Buchungen und Karten wie in deiner anderen App.",
  "identity.connectAdminsOnly": "Nur ein Admin des Studios kann einen Verbindungscode bekommen.",
  "identity.connectCode": "Verbindungscode für {org}: {code} (15 Minuten gültig, einmal).",
  "identity.connectHow":
    "Schick im Workspace, Server oder in der Gruppe, die verbunden werden soll: /connect {code}",
  "identity.connectInGroup":
    "Schick /connect CODE im Workspace, Server oder in der Gruppe, die du verbinden willst, nicht in einer Direktnachricht.",
  "identity.connectInvalid":
    "Dieser Code ist ungültig oder abgelaufen. Ein Admin bekommt mit /connect einen neuen.",
  "identity.connected": "Verbunden. Alle hier können jetzt Kurse buchen: Schreib help, um loszulegen.",
  "identity.nowTalking": "Du schreibst jetzt mit {org}. Schreib help, um zu sehen, was du tun kannst.",
  "identity.noStudio":
    "Du bist noch in keinem Studio Mitglied. Tritt über den Chat-Workspace oder die Gruppe deines Studios bei.",
  "identity.whichStudio": "Welches Studio?",
};
