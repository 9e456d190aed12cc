import type { help as en } from "../en/help.ts";

export const help: Record<keyof typeof en, string> = {
  "help.day":
    "{day, select, tomorrow {demain} mon {lundi} tue {mardi} wed {mercredi} thu {jeudi} fri {vendredi} sat {samedi} other {dimanche}}",
  "help.browse":
    "cours · séances demain{hasTrainer, select, yes { · séances la semaine prochaine avec {trainer}} other {}} · semaine",
  "help.book": "réserver {what} {day} {time} · mes réservations · annuler mon {what} {day}",
  "help.bookPlaceholder": "réserver <cours> <jour> <heure> · mes réservations · annuler mon <cours> <jour>",
  "help.passes": "mes cartes · /reminders (les vôtres : off, 2h, default) · /calendar (1-2-1) · /join CODE",
  "help.personal": "/personal · mes séances perso · /calendar link",
  "help.session": "{what} {day} {time}",
  "help.sessionPlaceholder": "<cours> <jour> <heure>",
  "help.trainerSessions": "/roster {at} · /override {at} capacity 20 · /cancelsession {at} reason: malade",
  "help.trainerGrant":
    "/grant {hasMember, select, yes {{member}} other {<nom>}} {hasPass, select, yes {{pass}} other {<type de carte>}} · /availability set mon-fri 09:00-17:00 · coach help",
  "help.studioList":
    "/staff · /settings · /catalog (touchez une entrée pour la modifier) · /personal settings · /connect",
  "help.studioAdd":
    "/staff add @nom trainer · /type add · /space add · /template add · /schedule add · /passtype add",
  "help.try": "Essayez",
  "help.trainers": "Coachs",
  "help.studio": "Studio (admins)",
  "help.intro": "Je réserve vos séances. Dates et heures sont dans le fuseau horaire du studio.",
  "help.link": "Reliez une autre appli de chat avec /link.",
  "help.askField": "Sans détails (/template add), je pose les questions une par une ; cancel arrête.",
  "help.subcommands":
    "Sur {platform}, tapez-les après /{of} (/{of} staff add @sam trainer) ; sans détails (/{of} template add), un formulaire s’ouvre.",
  "help.grouped":
    "{n, plural, one {{listed} se trouve} other {{listed} se trouvent}} sous /{under} (/{under} {first} add …) ; sans détails, un formulaire s’ouvre.",
  "help.formOpens": "Sans détails (/template add), un formulaire s’ouvre.",
  "help.notUnderstood": "Désolé, je n’ai pas compris. Voici ce que je peux faire :",
  "help.negated": "Je n’ai rien réservé ni annulé pour « {typed} ». Que voulez-vous que je fasse ?",
  "help.question":
    "« {typed} » ressemble à une question, je n’ai donc rien réservé. Dites « réserver » et le cours quand vous le voulez.",
  "help.examples":
    "Par exemple : « séances demain », « réserver spin vendredi 18:00 » ou « annuler mon spin ».",
  "help.courtesy": "Avec plaisir ! Tapez « aide » dès que vous avez besoin de moi.",
  "understand.notATime":
    "{typed} n’est pas une heure. Écrivez une heure comme 18:00, 18h ou 7 heures du soir.",
  "understand.notADate": "{typed} n’est pas une date. Écrivez une date comme 1 déc., 01.12. ou demain.",
  "understand.nothingDone": "Rien n’a été réservé ni modifié.",
  "understand.noSuchName":
    "{role, select, trainer {Il n’y a pas de coach nommé « {typed} » ici.} other {Il n’y a pas de cours ni d’entraînement nommé « {typed} » ici.}} {options, select, yes {Vouliez-vous dire l’un de ceux-ci ?} other {Tapez « cours » pour voir le programme.}}",
  "understand.cancelled": "{session} est annulée{hasReason, select, yes { : {reason}} other {}}.",
  "understand.started": "{session} a déjà commencé{ended, select, yes { (et est terminée)} other {}}.",
  "understand.individual":
    "{names} est un entraînement individuel : votre coach vous y inscrit. Demandez-lui un créneau.",
  "understand.sessionAt": "{name}, {when}",
};
