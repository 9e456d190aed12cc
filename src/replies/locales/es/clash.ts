/** Sesiones ya empezadas y la siguiente, choques de horarios enteros. */
export const clash = {
  "started.nextOne": "La próxima es {session}.",
  "started.noneThen": "No he encontrado nada para {described}.",
  "started.book": "Reservar {session}",
  "clash.scheduleIntro": "No se ha cambiado nada: un entrenador o una sala estaría en dos sitios a la vez.",
  "clash.bookAnywayAsk":
    "Pulsa «Reservar de todos modos» para {n, plural, one {crearla} other {crearlas}} igualmente; el choque queda registrado con tu nombre.",
  "clash.bookAnyway": "Reservar de todos modos",
  "clash.keep": "Cancelar",
  "coachingMove.askCoach":
    "Solo tu coach mueve las sesiones de tu calendario 1-2-1. Pide a {named, select, yes {{coach}} other {tu coach}} que mueva {from} al {to}.",
  "override.nobodyToldUnchanged": "No cambia nada para los miembros apuntados, así que no se avisa a nadie.",
  "cancelSession.preview": "Esto cancela {session} (solo esta sesión; el resto del horario no cambia):",
  "cancelSession.reason": "Motivo indicado: {reason}",
};
