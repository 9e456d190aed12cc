import type { chat as en } from "../en/chat.ts";

export const chat: Record<keyof typeof en, string> = {
  "chat.busy": "El sistema del estudio está ocupado; vuelve a intentarlo en un momento.",
  "chat.notRecorded":
    "No se ha hecho nada: el sistema del estudio no ha podido recibirlo ahora. Vuelve a enviarlo en un minuto.",
  "chat.unsure":
    "El sistema del estudio se interrumpió mientras lo guardaba, así que no sé si se ha completado.",
  "chat.unsureCheck": "Compruébalo en «mis reservas» antes de volver a intentarlo.",
  "chat.unreadableEvent": "No he podido leer ese mensaje. Inténtalo de nuevo.",
  "chat.unreadableIntent": "No he podido leer eso. Escribe «ayuda» para ver ejemplos.",
  "chat.staleButton": "Ese botón está desactualizado. Vuelve a preguntar (escribe «ayuda» si dudas).",
  "chat.forgedButton": "No he podido leer ese botón. Vuelve a preguntar.",
  "chat.onlyAdmins": "Solo los administradores del estudio pueden hacer eso.",
  "chat.onlyStaff":
    "Solo entrenadores y administradores pueden hacer eso. Escribe «ayuda» para ver lo que puedes hacer.",
  "chat.dismissed": "Vale, no ha cambiado nada.",
  "chat.notConnected":
    "Este chat aún no está conectado a ningún estudio. Un administrador del estudio puede pedir un código con /connect y luego enviar aquí /connect CÓDIGO.",
  "chat.notAMember": "¡Hola! Aún no eres miembro de ningún estudio aquí.",
  "chat.notAMemberHow":
    "Saluda en el espacio, servidor o grupo de tu estudio, o vincula esta app a tu cuenta de allí: envía /link en esa app y /link CÓDIGO aquí.",
  "chat.whichStudio": "Perteneces a varios estudios. ¿Cuál quieres? (Puedes cambiarlo con /org.)",
  "chat.choiceExpired": "Esa opción ha caducado. Vuelve a preguntar.",
  "chat.questionExpired": "Esa pregunta ha caducado. Vuelve a enviar el comando.",
  "chat.notYourQuestion": "Ese botón es de la pregunta de otra persona.",
  "chat.andMore": "…y {n} más: sé más concreto para acotar.",
  "chat.fallback": "Lo siento, algo ha fallado por nuestra parte. Vuelve a intentarlo en un minuto.",
};
