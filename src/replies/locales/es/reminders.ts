import type { reminders as en } from "../en/reminders.ts";

export const reminders: Record<keyof typeof en, string> = {
  "reminders.saved": "Guardado.",
  "reminders.unchanged": "Ya estaba así.",
  "reminders.off": "Tus recordatorios están desactivados: no te envío ninguno.",
  "reminders.studioNone":
    "El estudio no envía recordatorios por defecto, así que no recibes ninguno. Pide los tuyos: /reminders 1h.",
  "reminders.own":
    "Te aviso {lead} antes de cada clase que reservas (tu propio ajuste; el del estudio: {studioOff, select, yes {desactivado} other {{studio}}}).",
  "reminders.studios": "Te aviso {lead} antes de cada clase que reservas (el ajuste del estudio).",
  "reminders.how": "Para cambiarlos: /reminders off, /reminders 2h (de 5 min a 7 días), /reminders default.",
  "reminders.unread":
    "No he podido leer «{typed}» como un tiempo antes de la clase. Prueba /reminders 30m, /reminders 2h o /reminders 1d.",
  "scheduleNotice.title": "Horario cambiado: tu reserva se mantiene",
  "scheduleNotice.ends": "El horario termina el {end}.",
  "scheduleNotice.runs": "El horario es ahora {days} a las {time} hasta el {end}.",
  "scheduleNotice.stays": "{session} se mantiene tal como la reservaste.",
  "scheduleNotice.cancelHint": "¿Ya no puedes venir? Cancela en Mis reservas antes del plazo de cancelación.",
};
