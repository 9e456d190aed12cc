import type { override as en } from "../en/override.ts";

export const override: Record<keyof typeof en, string> = {
  "override.changes": "Ceci modifie {session} (cette séance uniquement) :",
  "override.time": "Horaire : {from} → {to}",
  "override.capacity": "Places : {from} → {to}",
  "override.trainer":
    "Coach : {hasFrom, select, yes {{from}} other {aucun}} → {hasTo, select, yes {{to}} other {un autre coach}}",
  "override.space":
    "Salle : {hasFrom, select, yes {{from}} other {aucune}} → {hasTo, select, yes {{to}} other {une autre salle}}",
  "override.reset": "Réservations existantes : annulées et remboursées",
  "override.nobody": "personne",
  "override.who": "Inscrits : {booked}. Liste d’attente : {waitlisted}.",
  "override.refunds": "Leurs réservations seront annulées et remboursées.",
  "override.overbooked":
    "{n, plural, one {# réservation confirmée} other {# réservations confirmées}} au-delà de la nouvelle capacité ; personne n’est retiré.",
  "override.trainerNamed": "{name} (coach)",
  "override.willBeTold": "Seront prévenus : {names}.",
  "override.willBeToldCounted":
    "Seront prévenus : {names} ({told}{trainer, select, yes { et le coach} other {}}).",
  "override.bookAnyway": "Réserver quand même",
  "override.bookAnywayAdmin":
    "Rien ne change tant que vous n’appuyez pas sur « Réserver quand même » ; le conflit est alors enregistré à votre nom.",
  "override.bookAnywayNotAdmin":
    "Rien n’a changé. Choisissez un autre horaire, coach ou salle, ou demandez à un admin du studio de réserver quand même.",
  "clash.when": "{from}-{to} le {day}",
  "clash.teaches":
    "Conflit : {hasTrainer, select, yes {{trainer}} other {Le coach}} anime {name}{hasSpace, select, yes { en {space}} other {}} {when}{hasTold, select, yes { ({told})} other {}}.",
  "clash.spaceHas":
    "Conflit : {space} accueille {name}{hasTrainer, select, yes { avec {trainer}} other {}} {when}{hasTold, select, yes { ({told})} other {}}.",
  "clash.more": "…et {n, plural, one {# autre conflit} other {# autres conflits}}.",
};
