import type { notices as en } from "../en/notices.ts";

export const notices: Record<keyof typeof en, string> = {
  "notice.whoWhere":
    "{hasTrainer, select, yes {{hasSpace, select, yes {Con {trainer} en {space}.} other {Con {trainer}.}}} other {En {space}.}}",
  "notice.charged":
    "1 sesión descontada de {pass} ({n, plural, one {queda # sesión} other {quedan # sesiones}}).",
  "notice.promotedTitle": "¡Estás dentro! Se ha liberado una plaza",
  "notice.promotedLine": "{session} está confirmada para ti.",
  "notice.cancelBeforeDeadline": "¿No puedes venir? Cancela en Mis reservas antes del plazo de cancelación.",
  "notice.skipReason":
    "{reason, select, no_usable_pass {ninguno de tus bonos cubre esta clase} pass_expired {tu bono ha caducado} no_sessions_left {a tu bono no le quedan sesiones} other {no se pudo usar ninguno de tus bonos}}",
  "notice.passProblem":
    "{reason, select, empty {a {pass} no le quedan sesiones} expired {{pass} caduca el {until}, antes de esta clase} not_yet_valid {{pass} todavía no es válido ese día} not_linked {{pass} no es un bono de este curso} other {{pass} no cubre este entrenamiento}}",
  "notice.noPass": "no tienes bono",
  "notice.skippedTitle": "Lista de espera: la plaza pasó al siguiente",
  "notice.skippedLine": "{session} tenía una plaza libre, pero {why}.",
  "notice.offWaitlist":
    "Ya no estás en la lista de espera. Consigue un bono que la cubra y vuelve a reservar.",
  "notice.addedTitle": "Reservado por tu entrenador",
  "notice.addedLine": "{session} está reservada para ti.",
  "notice.seeMine": "La tienes en Mis reservas.",
  "notice.youHave": "Tienes {pass}: {n, plural, one {# sesión} other {# sesiones}}, válido hasta el {until}.",
  "notice.newPassTitle": "Bono nuevo",
  "notice.bookWithIt": "Reserva una clase con él desde el horario.",
  "notice.enrolledTitle": "Bono nuevo: ya estás inscrito",
  "notice.enrolledIn": "Te ha inscrito en {n, plural, one {# próxima clase} other {# próximas clases}}.",
  "notice.yourSessions": "Tus clases",
  "notice.andMore": "y {n} más en Mis reservas.",
  "notice.reminderTitle": "Recordatorio",
  "notice.reminderLine": "Tienes reserva: {name}, {when}.",
  "notice.cancelIfAllowed": "¿No puedes venir? Cancela en Mis reservas si el plazo lo permite.",
  "notice.trainerIs": "Entrenador: {trainer}.",
  "notice.placeIs": "Lugar: {space}.",
  "notice.cancelledRefundedTo":
    "Tu reserva se ha cancelado y se ha devuelto 1 sesión a {pass} ({n, plural, one {queda # sesión} other {quedan # sesiones}}).",
  "notice.bookingCancelled": "Tu reserva se ha cancelado.",
  "notice.bookAgain": "Vuelve a reservar si te vienen bien las nuevas condiciones.",
  "notice.updatedTitle": "Clase actualizada",
  "notice.updatedLine": "{session} ha cambiado.",
  "notice.stands": "Tu reserva se mantiene; no tienes que hacer nada.",
  "notice.rescheduledTitle": "Clase cambiada de hora",
  "notice.movedFromTo": "{name} pasa del {from} al {to}.",
  "notice.movedWithIt": "Tu reserva se ha movido con ella. ¿No te va la nueva hora? Cancela en Mis reservas.",
  "notice.refundedTo":
    "1 sesión devuelta a {pass} ({n, plural, one {queda # sesión} other {quedan # sesiones}}).",
  "notice.noPassCharged": "No se descontó ningún bono por ella.",
  "notice.cancelledTitle": "Clase cancelada",
  "notice.isCancelled": "{session} está cancelada.",
  "notice.reason": "Motivo: {reason}",
  "notice.restUnchanged": "El resto del horario no cambia.",
  "notice.overTitle": "Clase por encima de su capacidad",
  "notice.overLine": "{session}: {confirmed} confirmadas, capacidad ahora {capacity}.",
  "notice.nobodyRemoved":
    "No se ha quitado a nadie. Vuelve a subir la capacidad o cancela reservas tú mismo.",
};
