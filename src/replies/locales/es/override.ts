import type { override as en } from "../en/override.ts";

export const override: Record<keyof typeof en, string> = {
  "override.changes": "Esto cambia {session} (solo esta clase):",
  "override.time": "Hora: {from} → {to}",
  "override.capacity": "Plazas: {from} → {to}",
  "override.trainer":
    "Entrenador: {hasFrom, select, yes {{from}} other {ninguno}} → {hasTo, select, yes {{to}} other {otro entrenador}}",
  "override.space":
    "Sala: {hasFrom, select, yes {{from}} other {ninguna}} → {hasTo, select, yes {{to}} other {otra sala}}",
  "override.reset": "Reservas existentes: canceladas y reembolsadas",
  "override.nobody": "nadie",
  "override.who": "Reservados: {booked}. En lista de espera: {waitlisted}.",
  "override.refunds": "Sus reservas se cancelarán y se reembolsarán.",
  "override.overbooked":
    "{n, plural, one {# reserva confirmada} other {# reservas confirmadas}} por encima de la nueva capacidad; no se quita a nadie.",
  "override.trainerNamed": "{name} (entrenador)",
  "override.willBeTold": "Se avisará a: {names}.",
  "override.willBeToldCounted":
    "Se avisará a: {names} ({told}{trainer, select, yes { y al entrenador} other {}}).",
  "override.bookAnyway": "Reservar igualmente",
  "override.bookAnywayAdmin":
    "No cambia nada a menos que pulses «Reservar igualmente»; el solapamiento queda registrado con tu nombre.",
  "override.bookAnywayNotAdmin":
    "No se ha cambiado nada. Elige otra hora, entrenador o sala, o pide a un administrador del estudio que reserve igualmente.",
  "clash.when": "{from}-{to} el {day}",
  "clash.teaches":
    "Solapamiento: {hasTrainer, select, yes {{trainer}} other {El entrenador}} da {name}{hasSpace, select, yes { en {space}} other {}} {when}{hasTold, select, yes { ({told})} other {}}.",
  "clash.spaceHas":
    "Solapamiento: en {space} hay {name}{hasTrainer, select, yes { con {trainer}} other {}} {when}{hasTold, select, yes { ({told})} other {}}.",
  "clash.more": "…y {n, plural, one {# solapamiento más} other {# solapamientos más}}.",
};
