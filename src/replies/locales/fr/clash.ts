/** Séances commencées et la suivante, conflits de plannings entiers. */
export const clash = {
  "started.nextOne": "La prochaine est {session}.",
  "started.noneThen": "Rien trouvé pour {described}.",
  "started.book": "Réserver {session}",
  "clash.scheduleIntro": "Rien n’a été modifié : un coach ou une salle serait à deux endroits à la fois.",
  "clash.bookAnywayAsk":
    "Appuyez sur « Réserver quand même » pour {n, plural, one {la créer} other {les créer}} malgré tout ; le conflit est alors enregistré à votre nom.",
  "clash.bookAnyway": "Réserver quand même",
  "clash.keep": "Annuler",
  "coachingMove.askCoach":
    "Seul votre coach déplace les séances de votre calendrier 1-2-1. Demandez à {named, select, yes {{coach}} other {votre coach}} de déplacer {from} au {to}.",
  "override.nobodyToldUnchanged": "Rien ne change pour les membres inscrits, donc personne n’est prévenu.",
  "cancelSession.preview":
    "Ceci annule {session} (cette séance seulement ; le reste du planning ne change pas) :",
  "cancelSession.reason": "Motif indiqué : {reason}",
};
