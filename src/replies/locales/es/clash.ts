/** Sesiones ya empezadas y la siguiente, choques de horarios enteros. */
export const clash = {
  "started.nextOne": "La próxima es {session}.",
  "started.book": "Reservar {session}",
};
