/** Séances commencées et la suivante, conflits de plannings entiers. */
export const clash = {
  "started.nextOne": "La prochaine est {session}.",
  "started.book": "Réserver {session}",
};
