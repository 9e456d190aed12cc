import type { identity as en } from "../en/identity.ts";

export const identity: Record<keyof typeof en, string> = {
  "identity.linkCode": "Tu código de vinculación: {code} (válido 15 minutos, una vez).",
  "identity.linkHow":
    "En tu otra app de chat, envía: /link {code}{alt, select, none {} other {  ({alt})}}. Así las dos cuentas comparten tus reservas y bonos.",
  "identity.linkInvalid":
    "Ese código no es válido o ha caducado. Envía /link en la app que ya usas para conseguir uno nuevo.",
  "identity.tooManyCodes":
    "Demasiados códigos incorrectos. Vuelve a intentarlo en {minutes, plural, one {# minuto} other {# minutos}}, con el código tal como lo recibiste.",
  "identity.alreadyLinked": "Esta cuenta ya está vinculada a esa persona.",
  "identity.linked": "Vinculada. Aquí ves las mismas reservas y bonos que en tu otra app.",
  "identity.connectAdminsOnly": "Solo un admin del estudio puede conseguir un código de conexión.",
  "identity.connectCode": "Código de conexión para {org}: {code} (válido 15 minutos, una vez).",
  "identity.connectHow": "En el espacio, servidor o grupo que quieras conectar, envía: /connect {code}",
  "identity.connectInGroup":
    "Envía /connect CODE dentro del espacio, servidor o grupo que quieras conectar, no en un mensaje directo.",
  "identity.connectInvalid":
    "Ese código no es válido o ha caducado. Un admin puede conseguir otro con /connect.",
  "identity.connected": "Conectado. Ya todos aquí pueden reservar clases: escribe help para empezar.",
  "identity.nowTalking": "Ahora hablas con {org}. Escribe help para ver lo que puedes hacer.",
  "identity.noStudio":
    "Todavía no eres socio de ningún estudio. Únete desde el espacio de chat o el grupo de tu estudio.",
  "identity.whichStudio": "¿Qué estudio?",
};
