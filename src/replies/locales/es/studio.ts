import type { studio as en } from "../en/studio.ts";

export const studio: Record<keyof typeof en, string> = {
  "studio.archivedName": "{name} (archivado)",
  "studio.removedType": "un tipo eliminado",
  "studio.removedSpace": "una sala eliminada",
  "studio.formerStaff": "ya no está en el equipo",
  "studio.bookingDeadline":
    "{none, select, yes {reservas abiertas hasta el inicio} other {las reservas cierran {d} antes}}",
  "studio.cancelDeadline": "{none, select, yes {cancelar hasta el inicio} other {cancelar hasta {d} antes}}",
  "studio.editEntry":
    "Editar {kind, select, type {tipo} space {sala} template {plantilla} schedule {horario} other {tipo de bono}} {name}",
  "studio.heading":
    "{kind, select, type {Tipos de entrenamiento} space {Salas} template {Plantillas} schedule {Horarios} other {Tipos de bono}}",
  "studio.empty":
    "{kind, select, type {Aún ninguno: /type add Yoga} space {Aún ninguna: /space add Studio A} template {Aún ninguna: /template add Flow mañanero | type Yoga | duration 60 | capacity 12} schedule {Aún ninguno: /schedule add Flow mañanero | mon, wed | 07:00 | weeks 8} other {Aún ninguno: /passtype add Yoga 10 | sessions 10 | days 90 | price 90 EUR | types Yoga}}",
  "studio.templateLine":
    "{name}: {type}, {minutes} min, {individual, select, yes {individual} other {{capacity} plazas{closed, select, yes {, cerrado} other {}}}}{hasTrainer, select, yes {, entrenador {trainer}} other {}}{hasSpace, select, yes {, en {space}} other {}}, {booking}, {cancel}",
  "studio.scheduleLine": "{name}: {days} a las {time}, del {from} al {to}",
  "studio.passTypeLine":
    "{name}: {sessions, plural, one {# sesión} other {# sesiones}}, {days, plural, one {# día} other {# días}}, {price}{hasTypes, select, yes {, cubre {types}} other {}}{schedules, plural, =0 {} one {, apunta a # horario cerrado} other {, apunta a # horarios cerrados}}",
  "studio.moreEntries": "Más entradas: /catalog templates (o types, spaces, schedules, passes).",
  "studio.catalogTitle": "Catálogo",
  "studio.catalogIntro": "Toca una entrada para editarla o escribe un comando (ayuda los lista).",
  "studio.role": "{role, select, admin {administrador} trainer {entrenador} member {socio} other {{role}}}",
  "studio.staffRow": "{name}: {role}",
  "studio.staffWaiting":
    "{hasName, select, yes {{name}} other {persona mencionada}}: {role} (cuando me escriba por primera vez)",
  "studio.staffTitle": "Equipo",
  "studio.staffHow": "Añadir: /staff add @nombre trainer (o admin). Quitar: /staff remove @nombre.",
  "studio.settingsTitle": "Ajustes de {name}",
  "studio.settingName": "Nombre: {name}",
  "studio.settingTimezone": "Zona horaria: {timezone}",
  "studio.settingLanguage": "Idioma: {locale}",
  "studio.settingReminders": "Recordatorios: {off, select, yes {desactivados} other {{lead} antes}}",
  "studio.settingGrants":
    "Quién da bonos: {policy, select, admins {solo administradores} other {entrenadores y administradores}}",
  "studio.settingsHow":
    "Cambia uno: /settings timezone Europe/Madrid, /settings reminders 2h (u off), /settings grants admins.",
  "studio.editSettings": "Editar ajustes",
  "studio.timezoneQuestion":
    "¿En qué zona horaria está el estudio? Toca una o escribe /settings timezone Zona/Ciudad (p. ej. Asia/Tokyo).",
  "studio.languageQuestion": "¿Qué idioma uso? Toca uno o escribe /settings language xx-XX.",
  "studio.setupCodeMissing": "Envía el código de alta que te dieron: /setup CÓDIGO.",
  "studio.opened": "Tu estudio está abierto y eres su administrador.",
  "studio.openedConnected": "Este chat está conectado a él: quien me escriba aquí es socio.",
  "studio.openedConnectLater": "Conecta un grupo más tarde con /connect.",
  "studio.workspaceTaken":
    "Este chat ya pertenece a un estudio. Envía el código en un grupo nuevo o directamente a mí; el código sigue valiendo.",
  "studio.setupCodeInvalid":
    "Ese código de alta no es válido: puede estar mal escrito, ya usado o tener más de 24 horas. Pide uno nuevo.",
  "studio.alreadyAStudio":
    "Este chat ya pertenece a un estudio. Envía /setup CÓDIGO en un grupo nuevo o directamente a mí.",
  "studio.staffPending":
    "{hasName, select, yes {{name} será} other {Esa persona será}} {role, select, admin {administrador} trainer {entrenador} other {{role}}} en cuanto me escriba aquí por primera vez.",
  "studio.staffAdded":
    "{name} ahora es {role, select, admin {administrador} trainer {entrenador} other {{role}}}.",
  "studio.pendingWithdrawn": "El rol pendiente se ha retirado.",
  "studio.notStaff": "{name} no es del equipo; no ha cambiado nada.",
  "studio.staffRemoved":
    "{name} ya no es {role, select, admin {administrador} trainer {entrenador} other {{role}}} (sigue siendo socio).",
  "studio.noOpenQuestion":
    "No hay ninguna pregunta pendiente. Escribe «ayuda» para ver los comandos del estudio.",
  "studio.requestAnswered": "Esa solicitud ya tuvo respuesta.",
  "studio.requestDeclined": "Solicitud rechazada.",
  "studio.passRequestApproved":
    "Aprobado: tipo de bono {name} creado y vinculado. Edítalo con /catalog passes.",
  "studio.saved": "Guardado.",
  "studio.timezoneChanged":
    "Zona horaria cambiada de {from} a {to}. Cada clase sigue en el mismo momento, así que su hora se lee ahora en {to} ({n, plural, one {# clase próxima} other {# clases próximas}}). Los horarios nuevos usan {to}.",
  "studio.passesOf": "Bonos de {name}",
  "studio.noPasses": "Sin bonos.",
  "studio.passRow": "{pass}: quedan {n}, válido hasta el {until}",
  "studio.ledger": "Movimientos",
  "studio.noEntries": "Sin movimientos.",
  "studio.ledgerKind": "{kind, select, grant {alta} deduct {cargo} refund {devolución} other {{kind}}}",
  "studio.ledgerCause":
    "{cause, select, granted {dado por {by}} booking {reserva} waitlist_promotion {salida de lista de espera} member_cancelled {cancelado por el socio} occurrence_cancelled {clase cancelada} override_reset {reservas reiniciadas} auto_enrol {alta automática} added_by_trainer {añadido por el entrenador} other {{raw}}}",
  "studio.ledgerRow": "{date} {pass}: {sign}{amount} ({kind}, {cause})",
  "studio.ledgerPass": "bono",
  "studio.noTemplateByName": "No hay ninguna plantilla con ese nombre. Crea una primero con /template.",
  "studio.scheduleCreated":
    "Horario creado: {name} a las {time}, {n, plural, one {# clase} other {# clases}} en {weeks, plural, one {# semana} other {# semanas}}.",
  "studio.passRequested":
    "Aquí solo los administradores crean bonos, así que les he pedido que aprueben uno para {name}. Lo verás en cuanto uno de ellos pulse Aprobar.",
  "studio.coursePassCreated":
    "Tipo de bono creado y vinculado: {name} ({sessions, plural, one {# sesión} other {# sesiones}}, válido {days, plural, one {# día} other {# días}}).",
  "studio.coursePassHow":
    "Dáselo a un socio con /grant <nombre> {name}; queda apuntado automáticamente. Ajústalo con /passtype edit {name}.",
  "studio.linkInGroup": "Ejecuta /linkchannel en el canal del grupo que debe recibir los anuncios.",
  "studio.nameWhatToLink": "Nombra un tipo de entrenamiento o una clase, p. ej. /linkchannel spin.",
  "studio.channelLinked":
    "Canal vinculado a {hasTypes, select, yes {cada clase de {types} (tipo de entrenamiento)} other {}}{both, select, yes { y a } other {}}{hasClasses, select, yes {{classes} ({schedules, plural, one {# horario} other {# horarios}})} other {}}{neither, select, yes {estas clases} other {}}. Oirá cada cambio una sola vez.",
  "studio.entryArchived":
    "{name} está archivado: ya no se ofrece para nada nuevo; lo existente sigue funcionando. Deshacer: /{entity} restore {name}",
  "studio.entryRestored": "{name} vuelve a estar en el catálogo.",
  "studio.nameTheEntry":
    "Indica {entity, select, type {el tipo de entrenamiento} space {la sala} template {la plantilla} schedule {el horario} other {el tipo de bono}}, p. ej. /{entity} {action} <nombre>. /catalog los lista.",
  "studio.severalCalled":
    "Hay {n} {entity, select, type {tipos de entrenamiento} space {salas} template {plantillas} schedule {horarios} other {tipos de bono}} llamados {typed}. Elige uno en /catalog {entity}s.",
  "studio.noEntryCalled":
    "{entity, select, type {No hay ningún tipo de entrenamiento llamado} space {No hay ninguna sala llamada} template {No hay ninguna plantilla llamada} schedule {No hay ningún horario llamado} other {No hay ningún tipo de bono llamado}} {typed}.{hasClose, select, yes { ¿Querías decir {close}?} other {}} /catalog los lista.",
  "studio.namedCreated": "{kind, select, type {Tipo de entrenamiento creado} other {Sala creada}}: {name}.",
  "studio.templateKind":
    "{kind, select, individual {entrenamiento individual} closed {curso cerrado (solo con bono)} other {clase abierta}}",
  "studio.templateCreated": "Plantilla creada: {name} ({type}, {minutes} min, {capacity} plazas, {kind}).",
  "studio.templateNext": "Siguiente: /schedule add {name} | mon, wed | 07:00 | weeks 8",
  "studio.templateRulesButton": "Entrenador, sala, plazos…",
  "studio.noTemplateCalled": "No hay ninguna plantilla llamada {typed}. /catalog templates las lista.",
  "studio.scheduleAdded":
    "Horario creado: {name}, {days} a las {time}, del {from} al {to}: {n, plural, one {# clase} other {# clases}}.",
  "studio.scheduleClosed":
    "Es un curso cerrado: vincula un bono para poder apuntar socios, p. ej. /passtype add {name} pass | sessions 8 | days 60 | schedules {name}",
  "studio.scheduleOpen": "Los socios ya pueden reservarlo.",
  "studio.passTypeCreated":
    "Tipo de bono creado: {name}, {sessions, plural, one {# sesión} other {# sesiones}}, válido {days, plural, one {# día} other {# días}}, {price}.",
  "studio.passTypeHow": "Dáselo a alguien con /grant <nombre> {name}.",
  "studio.renamed": "Renombrado: {previous} ahora se llama {name}.",
  "studio.templateSaved": "{name} guardado.",
  "studio.templateSavedSessions":
    "{n, plural, =0 {Las clases ya reservadas mantienen las condiciones con que se reservaron.} one {# clase próxima sin reservas ha tomado las nuevas condiciones; las reservadas mantienen las suyas.} other {# clases próximas sin reservas han tomado las nuevas condiciones; las reservadas mantienen las suyas.}}",
  "studio.passTypeSaved":
    "{name} guardado: {sessions, plural, one {# sesión} other {# sesiones}}, válido {days, plural, one {# día} other {# días}}, {price}. Los bonos ya dados mantienen sus sesiones.",
  "studio.scheduleChanged":
    "Horario {name} {what, select, archived {archivado} ends {termina el {date}} other {guardado}}: {removed, plural, one {# clase sin reservas quitada} other {# clases sin reservas quitadas}}, {added, plural, one {# añadida} other {# añadidas}}.",
  "studio.keptBooked":
    "{n, plural, =0 {Ninguna clase reservada se ha visto afectada.} one {# clase reservada sigue como estaba; se está avisando a sus socios.} other {# clases reservadas siguen como estaban; se está avisando a sus socios.}}",
};
