<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>CommandLineWords</name>
    <message>
        <location filename="../../cli.py" line="+50"/>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>positional arguments</source>
        <translation>argumentos posicionales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>options</source>
        <translation>opciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>show this help and exit</source>
        <translation>mostrar esta ayuda y salir</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{program}: error: {problem}</source>
        <translation>{program}: error: {problem}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Guided stretching routines for muscle cramps and spasms. Without a command, opens the window.</source>
        <translation>Rutinas de estiramiento guiadas para calambres y espasmos musculares. Sin un comando, abre la ventana.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>General information only, not medical advice.</source>
        <translation>Solo información general, no sustituye el consejo médico.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>show the version and exit</source>
        <translation>mostrar la versión y salir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CODE</source>
        <translation>CÓDIGO</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>speak this language ({codes}) instead of the system&apos;s or the setting</source>
        <translation>usar este idioma ({codes}) en lugar del idioma del sistema o de los ajustes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>DIR</source>
        <translation>CARPETA</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>also load routines from DIR (may be given more than once; a routine here replaces one with the same id)</source>
        <translation>cargar también las rutinas de CARPETA (se puede repetir; una rutina de aquí sustituye a la que tenga el mismo id)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>run sessions N times faster (for demos and tests; default 1)</source>
        <translation>ejecutar las sesiones N veces más rápido (para demostraciones y pruebas; por defecto 1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>sound player: auto (default in the window), qt, playsound or silent (trace plays sounds only when this is given)</source>
        <translation>reproductor de sonido: auto (por defecto en la ventana), qt, playsound o silent (trace solo reproduce sonidos si se indica esta opción)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>start hidden in the tray (how the login entry starts it)</source>
        <translation>iniciar oculto en la bandeja del sistema (así lo inicia la entrada de inicio de sesión)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>COMMAND</source>
        <translation>COMANDO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ROUTINE</source>
        <translation>RUTINA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a routine id, or a routine file</source>
        <translation>un id de rutina o un archivo de rutina</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list every routine with its steps and total time</source>
        <translation>listar todas las rutinas con sus pasos y su duración total</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>check routine files or folders</source>
        <translation>comprobar archivos o carpetas de rutinas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PATH</source>
        <translation>RUTA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>print a routine&apos;s timeline, segment by segment</source>
        <translation>mostrar el desarrollo de una rutina, segmento por segmento</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>open the window on a routine, ready to start</source>
        <translation>abrir la ventana con una rutina, lista para empezar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a routine id</source>
        <translation>un id de rutina</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>open the window on quick relief for a cramp happening now</source>
        <translation>abrir la ventana en Alivio rápido para un calambre que está ocurriendo ahora</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>start today&apos;s reminded routine (or the last one)</source>
        <translation>iniciar la rutina del recordatorio de hoy (o la última)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add the app to the applications menu</source>
        <translation>añadir la aplicación al menú de aplicaciones</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>remove it from the applications menu</source>
        <translation>quitarla del menú de aplicaciones</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>start at login, hidden in the tray</source>
        <translation>iniciar al entrar en la sesión, oculto en la bandeja del sistema</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>show which sound player works and play each cue</source>
        <translation>mostrar qué reproductor de sonido funciona y reproducir cada aviso sonoro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>print the log of routines and cramp episodes</source>
        <translation>mostrar el historial de rutinas y calambres</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>comma-separated values instead</source>
        <translation>valores separados por comas en su lugar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>run a routine with no window and print each event as it fires</source>
        <translation>ejecutar una rutina sin ventana y mostrar cada evento en cuanto ocurre</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>run N times faster</source>
        <translation>ejecutar N veces más rápido</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>one JSON object per event</source>
        <translation>un objeto JSON por evento</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>speed must be a number from 0.1 to 1000, got {value}</source>
        <translation>la velocidad debe ser un número de 0.1 a 1000, se recibió: {value}</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>spasm-stretch cannot open its window: there is no display (neither DISPLAY nor WAYLAND_DISPLAY is set). The terminal commands work without one: list, show, trace, validate, history.</source>
        <translation>spasm-stretch no puede abrir su ventana: no hay pantalla (no está definida ni DISPLAY ni WAYLAND_DISPLAY). Los comandos de terminal funcionan sin ella: list, show, trace, validate, history.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>no routine with the id {id}; known ids: {known}</source>
        <translation>no hay ninguna rutina con el id {id}; ids conocidos: {known}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>built-in</source>
        <translation>incluida</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yours</source>
        <translation>propia</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AREA</source>
        <translation>ZONA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STEPS</source>
        <translation>PASOS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TIME</source>
        <translation>DURACIÓN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FROM</source>
        <translation>ORIGEN</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{origin} (replaces {file})</source>
        <translation>{origin} (sustituye a {file})</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>no routine files (.yaml or .yml) found</source>
        <translation>no se encontró ningún archivo de rutina (.yaml o .yml)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n file(s) with errors</source>
        <translation>
            <numerusform>%n archivo con errores</numerusform>
            <numerusform>%n archivos con errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{broken}, %n valid</source>
        <translation>
            <numerusform>{broken}, %n válido</numerusform>
            <numerusform>{broken}, %n válidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>ok: %n routine(s) valid</source>
        <translation>
            <numerusform>ok: %n rutina válida</numerusform>
            <numerusform>ok: %n rutinas válidas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>left</source>
        <translation>izquierda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>right</source>
        <translation>derecha</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(rep {rep} of {reps})</source>
        <translation>(rep. {rep} de {reps})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>get into position for {step}</source>
        <translation>colóquese en posición para {step}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rep {repetition} of {count}</source>
        <translation>repetición {repetition} de {count}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>({tempo:g} s, then hold)</source>
        <translation>({tempo:g} s, luego mantenga)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>hold left</source>
        <translation>mantenga, lado izquierdo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hold right</source>
        <translation>mantenga, lado derecho</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hold</source>
        <translation>mantenga</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>switch to the right side</source>
        <translation>cambie al lado derecho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>switch to the left side</source>
        <translation>cambie al lado izquierdo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>relax</source>
        <translation>relájese</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name} ({id}): {total} in all, {active} stretching</source>
        <translation>{name} ({id}): {total} en total, {active} de estiramiento</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>start</source>
        <translation>inicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>length</source>
        <translation>duración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>step</source>
        <translation>paso</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>what</source>
        <translation>qué</translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>%n entries the app could not save earlier are now in the log.</source>
        <translation>
            <numerusform>%n entrada que la aplicación no pudo guardar antes ya está en el historial.</numerusform>
            <numerusform>%n entradas que la aplicación no pudo guardar antes ya están en el historial.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrampController</name>
    <message>
        <location filename="../../ui/cramp_controller.py" line="+233"/>
        <source>Your cramp of {when} in the {where} has no end in the log. About how long did it last?</source>
        <extracomment>{place}: where as written, for languages that keep its capitals.</extracomment>
        <translation>Su calambre del {when}, {where}, no tiene final en el registro. ¿Cuánto duró aproximadamente?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your cramp of {when} has no end in the log. About how long did it last?</source>
        <translation>Su calambre del {when} no tiene final en el registro. ¿Cuánto duró aproximadamente?</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Cramp logged: {length}.</source>
        <translation>Calambre registrado: {length}.</translation>
    </message>
</context>
<context>
    <name>CrampEditor</name>
    <message>
        <location filename="../../ui/cramp_editor.py" line="+62"/>
        <source>Edit a cramp</source>
        <translation>Editar un calambre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a past cramp</source>
        <translation>Añadir un calambre pasado</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>When the cramp started</source>
        <translation>Cuándo empezó el calambre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Elsewhere</source>
        <translation>En otro sitio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where the cramp was</source>
        <translation>Dónde fue el calambre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a leg / not noted</source>
        <translation>no es una pierna / sin anotar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which side</source>
        <translation>Qué lado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About how long it lasted, in minutes</source>
        <translation>Duración aproximada, en minutos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I don&apos;t know how long</source>
        <translation>No sé cuánto duró</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not rated</source>
        <translation>sin valorar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> of 10</source>
        <translation> de 10</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How bad it was, 1 to 10</source>
        <translation>Intensidad, de 1 a 10</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Started:</source>
        <translation>Inicio:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where:</source>
        <translation>Dónde:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side:</source>
        <translation>Lado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long:</source>
        <translation>Duración:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How bad:</source>
        <translation>Intensidad:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What helped:</source>
        <translation>Qué ayudó:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags:</source>
        <translation>Etiquetas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
</context>
<context>
    <name>CrampText</name>
    <message>
        <location filename="../../core/cramp.py" line="+60"/>
        <source>A few minutes</source>
        <translation>Unos minutos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About 5 minutes</source>
        <translation>Unos 5 minutos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About 10 minutes</source>
        <translation>Unos 10 minutos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More than 10 minutes</source>
        <translation>Más de 10 minutos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I don&apos;t know</source>
        <translation>No lo sé</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>left</source>
        <translation>izquierda</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>right</source>
        <translation>derecha</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>left leg</source>
        <translation>pierna izquierda</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>right leg</source>
        <translation>pierna derecha</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>end not recorded</source>
        <translation>final no registrado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>end not known</source>
        <translation>final desconocido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>over {minutes} min</source>
        <translation>más de {minutes} min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>about {minutes} min</source>
        <translation>unos {minutes} min</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes} min {seconds} s</translation>
    </message>
</context>
<context>
    <name>HistoryText</name>
    <message>
        <location filename="../../history.py" line="+173"/>
        <source>The history file could not be used ({damage}); it was kept as {kept} and a new, empty history was started.</source>
        <translation>No se pudo usar el archivo del historial ({damage}); se guardó como {kept} y se empezó un historial nuevo y vacío.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The history file {path} is locked by another program; it was left as it is. What you log now is kept aside and added to it at the next start.</source>
        <translation>El archivo del historial {path} está bloqueado por otro programa; se ha dejado como está. Lo que registre ahora se guarda aparte y se añadirá en el próximo inicio.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The history file cannot be written ({reason}); it was left as it is. Your log is shown; what you log now is kept aside and added to it at the next start that can write it.</source>
        <translation>No se puede escribir en el archivo del historial ({reason}); se ha dejado como está. Se muestra su registro; lo que registre ahora se guarda aparte y se añadirá en el próximo inicio en que se pueda escribir.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The history cannot be saved in {folder} ({reason}); what you log now is kept aside and added to the log at the next start that can write it.</source>
        <translation>No se puede guardar el historial en {folder} ({reason}); lo que registre ahora se guarda aparte y se añadirá al registro en el próximo inicio en que se pueda escribir.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>it was written by a newer version (schema {version})</source>
        <translation>lo escribió una versión más reciente (esquema {version})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its schema version ({version}) is not one this app writes</source>
        <translation>su versión de esquema ({version}) no es una que esta aplicación escriba</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>no free name to keep {name} under</source>
        <translation>no hay un nombre libre para guardar {name}</translation>
    </message>
    <message>
        <location line="+349"/>
        <source>its {tables} table is missing</source>
        <translation>falta la tabla {tables}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it is damaged: {problem}</source>
        <translation>está dañado: {problem}</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>the disk is full: {error}</source>
        <translation>el disco está lleno: {error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file or its folder is read-only: {error}</source>
        <translation>el archivo o su carpeta es de solo lectura: {error}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the history tables are missing</source>
        <translation>faltan las tablas del historial</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>1 entry in the history has a start time this app cannot read; it is kept in the file but not shown.</source>
        <translation>1 entrada del historial tiene una hora de inicio que esta aplicación no puede leer; se conserva en el archivo, pero no se muestra.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n entries in the history have a start time this app cannot read; they are kept in the file but not shown.</source>
        <translation>
            <numerusform>%n entrada del historial tiene una hora de inicio que esta aplicación no puede leer; se conserva en el archivo, pero no se muestra.</numerusform>
            <numerusform>%n entradas del historial tienen una hora de inicio que esta aplicación no puede leer; se conservan en el archivo, pero no se muestran.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../ui/history_view.py" line="+90"/>
        <location line="+62"/>
        <source>Your log</source>
        <translation>Su registro de calambres</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Export &amp;CSV...</source>
        <translation>Exportar &amp;CSV...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the log as a CSV file</source>
        <translation>Exportar el registro como archivo CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;PDF report for your doctor...</source>
        <translation>Informe &amp;PDF para el médico...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a PDF report of a period for your doctor</source>
        <translation>Guardar un informe PDF de un periodo para su médico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Red flags your log meets</source>
        <translation>Señales de alarma en su registro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I have read this</source>
        <translation>Lo he leído</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close the red flag box until a new flag is met</source>
        <translation>Cerrar el cuadro de señales de alarma hasta que aparezca una nueva</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show the red flags again</source>
        <translation>Volver a mostrar las señales de alarma</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Totals</source>
        <translation>Totales</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+29"/>
        <source>Cramps</source>
        <translation>Calambres</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>The chosen cramp in full</source>
        <translation>El calambre elegido en detalle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add a past cramp...</source>
        <translation>&amp;Añadir calambre...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a cramp from earlier to the log</source>
        <translation>Añadir un calambre anterior al registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit...</source>
        <translation>&amp;Editar...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the chosen cramp</source>
        <translation>Editar el calambre elegido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the chosen cramp (can be undone)</source>
        <translation>Eliminar el calambre elegido (se puede deshacer)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+11"/>
        <source>Routines done</source>
        <translation>Rutinas hechas</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Your log: overview, cramps and routines done</source>
        <translation>Su registro: resumen, calambres y rutinas hechas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Choose a cramp to read it in full.</source>
        <translation>Elija un calambre para leerlo completo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How bad: {rating}</source>
        <translation>Intensidad: {rating}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not rated</source>
        <translation>sin valorar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What helped: {items}</source>
        <translation>Qué ayudó: {items}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not noted</source>
        <translation>sin anotar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags: {items}</source>
        <translation>Etiquetas: {items}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note: {note}</source>
        <translation>Nota: {note}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No note.</source>
        <translation>Sin nota.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Adding up your log…</source>
        <translation>Resumiendo su registro…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(met on {day})</source>
        <translation>(aparecida el {day})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>⚠ When to see a doctor: your log shows</source>
        <translation>⚠ Cuándo consultar a un médico: su registro muestra</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>⚠ Red flags you have read (latest met on {day}): show</source>
        <translation>⚠ Señales de alarma ya leídas (la última apareció el {day}): mostrar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>longest {minutes} min</source>
        <translation>el más largo {minutes} min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none timed yet</source>
        <translation>ninguno cronometrado aún</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;1&lt;/b&gt; cramp logged</source>
        <translation>&lt;b&gt;1&lt;/b&gt; calambre registrado</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>&lt;b&gt;%n&lt;/b&gt; cramps logged</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; calambre registrado</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; calambres registrados</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>({recent} in the last {days} days, {longest})</source>
        <translation>({recent} en los últimos {days} días, {longest})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;1&lt;/b&gt; routine done ({finished} finished)</source>
        <translation>&lt;b&gt;1&lt;/b&gt; rutina hecha ({finished} terminada)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>&lt;b&gt;%n&lt;/b&gt; routines done ({finished} finished)</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; rutina hecha ({finished} terminada)</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; rutinas hechas ({finished} terminadas)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoaderWords</name>
    <message>
        <location filename="../../core/loader.py" line="+120"/>
        <location line="+38"/>
        <source>this is a folder, not a routine file</source>
        <translation>esto es una carpeta, no un archivo de rutina</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>the file cannot be read ({reason})</source>
        <translation>no se puede leer el archivo ({reason})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file is larger than {size} KiB; a routine is a few KiB</source>
        <translation>el archivo ocupa más de {size} KiB; una rutina ocupa unos pocos KiB</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this is a binary file, not YAML text</source>
        <translation>esto es un archivo binario, no texto YAML</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the file is not UTF-8 text (byte 0x{byte:02x}); save it as UTF-8</source>
        <translation>el archivo no es texto UTF-8 (byte 0x{byte:02x}); guárdelo como UTF-8</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>this is {kind}, not a routine file; a routine is a text file</source>
        <translation>esto es {kind}, no un archivo de rutina; una rutina es un archivo de texto</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a named pipe (FIFO)</source>
        <translation>una tubería con nombre (FIFO)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a device</source>
        <translation>un dispositivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a regular file</source>
        <translation>algo que no es un archivo normal</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it is a folder</source>
        <translation>es una carpeta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a symbolic link that loops back on itself</source>
        <translation>un enlace simbólico que vuelve sobre sí mismo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the name is too long for the file system</source>
        <translation>el nombre es demasiado largo para el sistema de archivos</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a mapping</source>
        <translation>un conjunto de campos</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>a list of %n</source>
        <translation>
            <numerusform>una lista de %n elemento</numerusform>
            <numerusform>una lista de %n elementos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a number too large to be seconds</source>
        <translation>un número demasiado grande para ser segundos</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>a routine must be a mapping of fields, got {value}</source>
        <translation>una rutina debe ser un conjunto de campos, se encontró: {value}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>id must be lowercase letters, digits and dashes, got {value}</source>
        <translation>id solo puede contener minúsculas, dígitos y guiones, se encontró: {value}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>steps must be a non-empty list, got {value}</source>
        <translation>steps debe ser una lista no vacía, se encontró: {value}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>steps may hold at most {most} steps</source>
        <translation>steps puede contener como máximo {most} pasos</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>step {number}: </source>
        <translation>paso {number}: </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}a step must be a mapping of fields, got {value}</source>
        <translation>{where}un paso debe ser un conjunto de campos, se encontró: {value}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>step {number} ({name}): </source>
        <translation>paso {number} ({name}): </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where}sides must be &apos;none&apos; or &apos;both&apos;, got {value}</source>
        <translation>{where}sides debe ser &apos;none&apos; o &apos;both&apos;, se encontró: {value}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{where}image_side must be &apos;left&apos; or &apos;right&apos; (the side the picture shows), got {value}</source>
        <translation>{where}image_side debe ser &apos;left&apos; o &apos;right&apos; (el lado que muestra la imagen), se encontró: {value}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{where}reps must be a whole number between {low} and {high}, got {value}</source>
        <translation>{where}reps debe ser un número entero entre {low} y {high}, se encontró: {value}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{where}{count} repetitions of {each:g} s last {total:g} s; keep a set under {most:g} s</source>
        <translation>{where}{count} repeticiones de {each:g} s duran {total:g} s; mantenga cada serie por debajo de {most:g} s</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>{where}tempo is the seconds per repetition of a counted step; add &apos;count&apos; (how many repetitions) or remove tempo</source>
        <translation>{where}tempo son los segundos por repetición de un paso contado; añada &apos;count&apos; (cuántas repeticiones) o quite tempo</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{where}count must be a whole number of repetitions between {low} and {high}, got {value}</source>
        <translation>{where}count debe ser un número entero de repeticiones entre {low} y {high}, se encontró: {value}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{where}a counted step (count) cannot also be a flow; use one or the other</source>
        <translation>{where}un paso contado (count) no puede ser también una secuencia (flow); use uno u otro</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{where}the field &apos;tempo&apos; is missing (seconds per repetition, e.g. 2)</source>
        <translation>{where}falta el campo &apos;tempo&apos; (segundos por repetición, p. ej. 2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{where}flow must be a list of 2 to {most} poses, got {value}</source>
        <translation>{where}flow debe ser una lista de 2 a {most} posturas, se encontró: {value}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{where}pose {number}: </source>
        <translation>{where}postura {number}: </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{where}a pose must be a mapping, got {value}</source>
        <translation>{where}una postura debe ser un conjunto de campos, se encontró: {value}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>did you mean &apos;{field}&apos;?</source>
        <translation>¿quería decir &apos;{field}&apos;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>known fields: {fields}</source>
        <translation>campos conocidos: {fields}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where}unknown field &apos;{field}&apos; is ignored; {hint}</source>
        <translation>{where}se ignora el campo desconocido &apos;{field}&apos;; {hint}</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+37"/>
        <source>{where}the field &apos;{field}&apos; is missing</source>
        <translation>{where}falta el campo &apos;{field}&apos;</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>{where}{field} must be text, got {value}</source>
        <translation>{where}{field} debe ser texto, se encontró: {value}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{where}{field} is {length} characters; keep it under {most}</source>
        <translation>{where}{field} tiene {length} caracteres; manténgalo por debajo de {most}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{where}{field} must be seconds between {low:g} and {high:g}, got {value}</source>
        <translation>{where}{field} debe ser un número de segundos entre {low:g} y {high:g}, se encontró: {value}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{where}the field &apos;hold&apos; is missing (seconds, e.g. 30 or &quot;20-30&quot;)</source>
        <translation>{where}falta el campo &apos;hold&apos; (segundos, p. ej. 30 o &quot;20-30&quot;)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{where}hold must be seconds between {low:g} and {high:g} (a number like 30 or a range like &quot;20-30&quot;), got {value}</source>
        <translation>{where}hold debe ser un número de segundos entre {low:g} y {high:g} (un número como 30 o un intervalo como &quot;20-30&quot;), se encontró: {value}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{where}instructions must be a list of 1 to {most} sentences, each on its own line starting with &apos;- &apos;, got {value}</source>
        <translation>{where}instructions debe ser una lista de 1 a {most} frases, cada una en su propia línea empezando por &apos;- &apos;, se encontró: {value}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{where}instruction {number} must be a sentence of text (under {most} characters), got {value}</source>
        <translation>{where}la instrucción {number} debe ser una frase de texto (menos de {most} caracteres), se encontró: {value}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{where}image must be a file name, got {value}</source>
        <translation>{where}image debe ser un nombre de archivo, se encontró: {value}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{where}image must be a file name beside the routine or in the built-in images, not a path outside them, got {value}</source>
        <translation>{where}image debe ser un nombre de archivo junto a la rutina o entre las imágenes incluidas, no una ruta fuera de ellas, se encontró: {value}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{where}image {name} {reason}</source>
        <translation>{where}la imagen {name} {reason}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{where}image {name} was not found beside the routine or in the built-in images</source>
        <translation>{where}la imagen {name} no se encontró ni junto a la rutina ni entre las imágenes incluidas</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>cannot be read ({reason})</source>
        <translation>no se puede leer ({reason})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>is not a file name (it names a folder)</source>
        <translation>no es un nombre de archivo (designa una carpeta)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>is not a picture the app can show: use SVG, PNG, JPEG or WebP</source>
        <translation>no es una imagen que la aplicación pueda mostrar: use SVG, PNG, JPEG o WebP</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot be used: {reason}</source>
        <translation>no se puede usar: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is larger than {size} KiB</source>
        <translation>ocupa más de {size} KiB</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot be shown: {reason}</source>
        <translation>no se puede mostrar: {reason}</translation>
    </message>
</context>
<context>
    <name>LogController</name>
    <message>
        <location filename="../../ui/log_controller.py" line="+90"/>
        <source>Your log could not be read: {error}</source>
        <translation>No se pudo leer su registro: {error}</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+4"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity, what helped, tags, note</source>
        <translation>Intensidad, qué ayudó, etiquetas, nota</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>The cramp of {when} was deleted.</source>
        <translation>Se eliminó el calambre del {when}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undo (Ctrl+Z)</source>
        <translation>Deshacer (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Export the log as CSV</source>
        <translation>Exportar el registro como CSV</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not export</source>
        <translation>No se pudo exportar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The log could not be saved as {path}: {error}</source>
        <translation>No se pudo guardar el registro como {path}: {error}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Log saved as {path}</source>
        <translation>Registro guardado como {path}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Save a report for your doctor</source>
        <translation>Guardar un informe para el médico</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Muscle cramp log</source>
        <translation>Registro de calambres musculares</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not save the report</source>
        <translation>No se pudo guardar el informe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report saved as {path}</source>
        <translation>Informe guardado como {path}</translation>
    </message>
</context>
<context>
    <name>LogKeeper</name>
    <message>
        <location filename="../../ui/log_keeper.py" line="+70"/>
        <source>1 entry that could not be saved last time is now in your log.</source>
        <translation>1 entrada que no se pudo guardar la última vez ya está en su registro.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 entry that could not be saved last time is kept until it can.</source>
        <translation>1 entrada que no se pudo guardar la última vez se conserva hasta que se pueda.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n entries that could not be saved last time are now in your log.</source>
        <translation>
            <numerusform>%n entrada que no se pudo guardar la última vez ya está en su registro.</numerusform>
            <numerusform>%n entradas que no se pudieron guardar la última vez ya están en su registro.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n entries that could not be saved last time are kept until it can.</source>
        <translation>
            <numerusform>%n entrada que no se pudo guardar la última vez se conserva hasta que se pueda.</numerusform>
            <numerusform>%n entradas que no se pudieron guardar la última vez se conservan hasta que se pueda.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the log file cannot be written</source>
        <translation>no se puede escribir en el archivo del registro</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your log cannot be saved right now ({reason}). Timers, stretches and warnings work as usual; this cramp and this session are kept and saved as soon as the log can be written.</source>
        <translation>Su registro no se puede guardar ahora ({reason}). Los cronómetros, los estiramientos y los avisos funcionan como siempre; este calambre y esta sesión se conservan y se guardarán en cuanto se pueda escribir en el registro.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your log can be written again; everything is saved.</source>
        <translation>Ya se puede volver a escribir en su registro; todo está guardado.</translation>
    </message>
</context>
<context>
    <name>LogReviewText</name>
    <message>
        <location filename="../../core/log_review.py" line="+32"/>
        <source>Not noted</source>
        <translation>Sin anotar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Night (00-06)</source>
        <translation>Madrugada (00-06)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Morning (06-12)</source>
        <translation>Mañana (06-12)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afternoon (12-18)</source>
        <translation>Tarde (12-18)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evening (18-24)</source>
        <translation>Noche (18-24)</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>One logged cramp lasted {limit} minutes or more (the longest, {longest} min, on {day}).</source>
        <translation>Un calambre registrado duró {limit} minutos o más (el más largo: {longest} min, el {day}).</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n logged cramps lasted {limit} minutes or more (the longest, {longest} min, on {day}).</source>
        <translation>
            <numerusform>%n calambre registrado duró {limit} minutos o más (el más largo: {longest} min, el {day}).</numerusform>
            <numerusform>%n calambres registrados duraron {limit} minutos o más (el más largo: {longest} min, el {day}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%n cramps were logged within {days} days (up to {day}). Cramps that become frequent without a clear reason are a reason to contact your doctor.</source>
        <translation>
            <numerusform>%n calambre se registró en {days} días (hasta el {day}). Los calambres que se vuelven frecuentes sin una causa clara son un motivo para contactar con su médico.</numerusform>
            <numerusform>%n calambres se registraron en {days} días (hasta el {day}). Los calambres que se vuelven frecuentes sin una causa clara son un motivo para contactar con su médico.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfReportText</name>
    <message>
        <location filename="../../ui/pdf_report.py" line="+64"/>
        <source>{path} could not be opened for writing</source>
        <translation>No se pudo abrir {path} para escribir</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{title} · spasm-stretch · not medical advice</source>
        <translation>{title} · spasm-stretch · no sustituye el consejo médico</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>page {page} of {pages}</source>
        <translation>página {page} de {pages}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nothing was written to {path}</source>
        <translation>no se escribió nada en {path}</translation>
    </message>
</context>
<context>
    <name>ProblemWords</name>
    <message>
        <location filename="../../core/problems.py" line="+40"/>
        <source>{path}: warning: {message}</source>
        <translation>{path}: aviso: {message}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path}: {message}</source>
        <translation>{path}: {message}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path}, line {line}: warning: {message}</source>
        <translation>{path}, línea {line}: aviso: {message}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path}, line {line}: {message}</source>
        <translation>{path}, línea {line}: {message}</translation>
    </message>
</context>
<context>
    <name>ReliefView</name>
    <message>
        <location filename="../../ui/relief_view.py" line="+119"/>
        <source>How long the cramp has lasted</source>
        <translation>Cuánto dura ya el calambre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start timing a cramp, or say it is over</source>
        <translation>Iniciar el cronómetro del calambre, o decir que ha pasado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long cramp warning</source>
        <translation>Aviso: calambre largo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What to do next</source>
        <translation>Qué hacer ahora</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Relief, log, red flags and prevention</source>
        <translation>Alivio, registro, señales de alarma y prevención</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+193"/>
        <source>What helps now</source>
        <translation>Qué ayuda ahora</translation>
    </message>
    <message>
        <location line="-192"/>
        <location line="+205"/>
        <source>Log this cramp</source>
        <translation>Registrar este calambre</translation>
    </message>
    <message>
        <location line="-204"/>
        <source>When to see a doctor</source>
        <translation>Cuándo consultar a un médico</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stop any stretch that hurts.</source>
        <translation>Detenga cualquier estiramiento que le duela.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Where is the cramp?  (keys 1 to {last})</source>
        <translation>¿Dónde está el calambre?  (teclas 1 a {last})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A cramp in the {area}: start its stretch</source>
        <extracomment>{label}: the area as written, for languages that keep its capitals.</extracomment>
        <translation>Un calambre ({area}): iniciar su estiramiento</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A cramp here: time it and start the stretch ({key})</source>
        <translation>Un calambre aquí: cronometrarlo e iniciar el estiramiento ({key})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Still cramping: do the stretch again</source>
        <translation>Sigue el calambre: repetir el estiramiento</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Which leg?  (keys L and R)</source>
        <translation>¿Qué pierna?  (teclas L y R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>◀  LEFT leg</source>
        <translation>◀  Pierna IZQUIERDA</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The left leg (L)</source>
        <translation>La pierna izquierda (L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RIGHT leg  ▶</source>
        <translation>Pierna DERECHA  ▶</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The right leg (R)</source>
        <translation>La pierna derecha (R)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stretch:</source>
        <translation>Estiramiento:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The stretch is done. Is the cramp easing?  (Y or N)</source>
        <translation>El estiramiento ha terminado. ¿Está cediendo el calambre?  (Y o N)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Yes, it is easing</source>
        <translation>Sí, está cediendo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yes, it is easing (Y)</source>
        <translation>Sí, está cediendo (Y)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No, still cramping</source>
        <translation>No, sigue el calambre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No, still cramping (N)</source>
        <translation>No, sigue el calambre (N)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>When did the cramp end?</source>
        <translation>¿Cuándo terminó el calambre?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When the stretch ended</source>
        <translation>Al terminar el estiramiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Just now</source>
        <translation>Ahora mismo</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Tick each one off as you go:</source>
        <translation>Marque cada punto a medida que avanza:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Where the cramp is</source>
        <translation>Dónde está el calambre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Elsewhere</source>
        <translation>En otro sitio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not rated</source>
        <translation>sin valorar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> of 10</source>
        <translation> de 10</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How bad the cramp is, 1 to 10</source>
        <translation>Intensidad del calambre, de 1 a 10</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note about this cramp</source>
        <translation>Nota sobre este calambre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anything you want to remember, or tell your doctor</source>
        <translation>Lo que quiera recordar o decirle a su médico</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a cramp: remove from the log</source>
        <translation>No era un calambre: quitar del registro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No cramp is being timed. Choose where it is above, or start the timer; a cramp from earlier can be added in History (Ctrl+H).</source>
        <translation>No se está cronometrando ningún calambre. Elija arriba dónde está o inicie el cronómetro; un calambre anterior se puede añadir en el historial (Ctrl+H).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where:</source>
        <translation>Dónde:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How bad:</source>
        <translation>Intensidad:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What helped:</source>
        <translation>Qué ayudó:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags:</source>
        <translation>Etiquetas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved as you go.</source>
        <translation>Se guarda sobre la marcha.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The cramp is over</source>
        <translation>El calambre ha pasado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start cramp timer</source>
        <translation>Iniciar el cronómetro</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>⚠  This cramp has lasted {minutes} minutes or more.</source>
        <translation>⚠  Este calambre ya dura {minutes} minutos o más.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>When did the cramp end? (the timer shows {time})</source>
        <translation>¿Cuándo terminó el calambre? (el cronómetro marca {time})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Still cramping: stretch again, {leg}</source>
        <translation>Sigue el calambre: estirar otra vez, {leg}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Still cramping: stretch again</source>
        <translation>Sigue el calambre: estirar otra vez</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../ui/report_dialog.py" line="+37"/>
        <source>Report for your doctor</source>
        <translation>Informe para el médico</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>optional: printed at the top</source>
        <translation>opcional: se imprime arriba</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your name, printed on the report</source>
        <translation>Su nombre, impreso en el informe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every cramp in the period is listed, with the red flags it meets.</source>
        <translation>Se enumeran todos los calambres del periodo, con las señales de alarma que cumplen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From:</source>
        <translation>Desde:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To:</source>
        <translation>Hasta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <location filename="../../history_report.py" line="+44"/>
        <source>finished</source>
        <translation>terminada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not ended (the app closed during it)</source>
        <translation>sin terminar (la aplicación se cerró durante ella)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped at step {step}</source>
        <translation>detenida en el paso {step}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>severity {rating}</source>
        <translation>intensidad {rating}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+118"/>
        <source>helped: {items}</source>
        <translation>ayudó: {items}</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>tags: {items}</source>
        <translation>etiquetas: {items}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Routines done: {count}</source>
        <translation>Rutinas hechas: {count}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cramp episodes: {count}</source>
        <translation>Calambres: {count}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When to see a doctor — your log shows:</source>
        <translation>Cuándo consultar a un médico — su registro muestra:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(met on {day})</source>
        <translation>(aparecida el {day})</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Cramps per week (weeks start on Monday)</source>
        <translation>Calambres por semana (las semanas empiezan el lunes)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No cramps were logged in this period.</source>
        <translation>No se registraron calambres en este periodo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area</source>
        <translation>Zona</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Severity</source>
        <translation>Intensidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{length} on {when}</source>
        <translation>{length} el {when}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none with a known length</source>
        <translation>ninguno de duración conocida</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cramps logged</source>
        <translation>Calambres registrados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest cramp</source>
        <translation>Calambre más largo</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+62"/>
        <source>Routines done</source>
        <translation>Rutinas hechas</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>{done} ({finished} finished)</source>
        <translation>{done} ({finished} terminadas)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{flag} Met on {day}; cramps: {cramps}</source>
        <translation>{flag} Aparecida el {day}; calambres: {cramps}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This log meets none of the red flags below.</source>
        <translation>Este registro no cumple ninguna de las señales de alarma de abajo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name: {name}</source>
        <translation>Nombre: {name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Period: {first} to {last}. Printed {printed} (times are local, {zone}).</source>
        <translation>Periodo: del {first} al {last}. Impreso el {printed} (horas locales, {zone}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every cramp in the period ({count}), oldest first</source>
        <translation>Todos los calambres del periodo ({count}), del más antiguo al más reciente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Muscle cramp log — spasm-stretch</source>
        <translation>Registro de calambres musculares — spasm-stretch</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Red flags met in this period</source>
        <translation>Señales de alarma en este periodo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>By time of day</source>
        <translation>Por momento del día</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By area</source>
        <translation>Por zona</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No cramps logged.</source>
        <translation>No hay calambres registrados.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No routines logged.</source>
        <translation>No hay rutinas registradas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(!) marks a cramp that meets a red flag above.</source>
        <translation>(!) marca un calambre que cumple una señal de alarma de arriba.</translation>
    </message>
</context>
<context>
    <name>RoutineFolderWords</name>
    <message>
        <location filename="../../core/catalog.py" line="+96"/>
        <source>this link points to a file that does not exist</source>
        <translation>este enlace apunta a un archivo que no existe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no such file or folder</source>
        <translation>no existe ese archivo o carpeta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this cannot be opened ({reason})</source>
        <translation>no se puede abrir ({reason})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>this folder cannot be read ({reason})</source>
        <translation>no se puede leer esta carpeta ({reason})</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>the id &apos;{id}&apos; is already used by {file}; give each routine its own id</source>
        <translation>el id &apos;{id}&apos; ya lo usa {file}; dé a cada rutina su propio id</translation>
    </message>
</context>
<context>
    <name>SvgWords</name>
    <message>
        <location filename="../../core/svg_safety.py" line="+43"/>
        <source>it declares the entity &apos;{name}&apos;; pictures must be plain SVG</source>
        <translation>declara la entidad &apos;{name}&apos;; las imágenes deben ser SVG simple</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it refers to an outside document type; pictures must be plain SVG</source>
        <translation>hace referencia a un tipo de documento externo; las imágenes deben ser SVG simple</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>it refers to an outside file ({name}); embed it instead</source>
        <translation>hace referencia a un archivo externo ({name}); incrústelo en su lugar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it refers to an outside file in {attribute}; embed it instead</source>
        <translation>hace referencia a un archivo externo en {attribute}; incrústelo en su lugar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>its style sheet refers to an outside file; embed it instead</source>
        <translation>su hoja de estilo hace referencia a un archivo externo; incrústelo en su lugar</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>it is not valid SVG ({reason}, line {line})</source>
        <translation>no es un SVG válido ({reason}, línea {line})</translation>
    </message>
</context>
<context>
    <name>TraceWords</name>
    <message>
        <location filename="../../trace.py" line="+151"/>
        <source>step {number} left: {text}</source>
        <translation>paso {number}, lado izquierdo: {text}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>step {number} right: {text}</source>
        <translation>paso {number}, lado derecho: {text}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>step {number}: {text}</source>
        <translation>paso {number}: {text}</translation>
    </message>
</context>
<context>
    <name>TranslationText</name>
    <message>
        <location filename="../../core/content_language.py" line="+151"/>
        <source>step {number}: </source>
        <translation>paso {number}: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pose {number}: </source>
        <translation>postura {number}: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>area {number}: </source>
        <translation>zona {number}: </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{context}a translation must be a mapping of fields; the English text is used</source>
        <translation>{context}una traducción debe ser una tabla de campos; se usa el texto en inglés</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{context}&apos;{field}&apos; is not translated; the English text is used</source>
        <translation>{context}«{field}» no está traducido; se usa el texto en inglés</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{context}&apos;{field}&apos; is timing, which only {english} sets; it is ignored here</source>
        <translation>{context}«{field}» es un dato de tiempo que solo fija {english}; aquí se ignora</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{context}&apos;{field}&apos; is not text to translate; it comes from {english} and is ignored here</source>
        <translation>{context}«{field}» no es un texto que se traduzca; viene de {english} y aquí se ignora</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{context}unknown field &apos;{field}&apos; is ignored; did you mean &apos;{guess}&apos;?</source>
        <translation>{context}se ignora el campo desconocido «{field}»; ¿quería decir «{guess}»?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{context}unknown field &apos;{field}&apos; is ignored; a translation holds {known}</source>
        <translation>{context}se ignora el campo desconocido «{field}»; una traducción contiene {known}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{context}{english} has no &apos;{field}&apos;; it is ignored here</source>
        <translation>{context}{english} no tiene «{field}»; aquí se ignora</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{context}&apos;{field}&apos; must be text; the English text is used</source>
        <translation>{context}«{field}» debe ser texto; se usa el texto en inglés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{context}&apos;{field}&apos; must be text of up to {limit} characters; the English text is used</source>
        <translation>{context}«{field}» debe ser un texto de {limit} caracteres como máximo; se usa el texto en inglés</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>{context}&apos;{field}&apos; must list {expected} entries, one for each in {english}, got {got}; the English text is used</source>
        <translation>{context}«{field}» debe tener {expected} entradas, una por cada una de {english}, y tiene {got}; se usa el texto en inglés</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{problem}; the English text is used</source>
        <translation>{problem}; se usa el texto en inglés</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>there is no &apos;{language}&apos; translation ({side}); the English text is used</source>
        <translation>no hay traducción «{language}» ({side}); se usa el texto en inglés</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>this is the &apos;{language}&apos; text of {english}, which does not exist</source>
        <translation>este es el texto «{language}» de {english}, que no existe</translation>
    </message>
</context>
<context>
    <name>WeeklyChart</name>
    <message>
        <location filename="../../ui/weekly_chart.py" line="+29"/>
        <source>Cramps per week, by area</source>
        <translation>Calambres por semana, por zona</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>week of {day}: {count}</source>
        <translation>semana del {day}: {count}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cramps per week. {totals}</source>
        <translation>Calambres por semana. {totals}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cramps per week</source>
        <translation>Calambres por semana</translation>
    </message>
</context>
<context>
    <name>YamlWords</name>
    <message>
        <location filename="../../core/yaml_tree.py" line="+94"/>
        <source>the text holds a character that is not valid Unicode</source>
        <translation>el texto contiene un carácter que no es Unicode válido</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the file holds a control character (#x{code:04x})</source>
        <translation>el archivo contiene un carácter de control (#x{code:04x})</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+6"/>
        <source>this is not valid YAML ({reason})</source>
        <translation>esto no es YAML válido ({reason})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a tab is used for indentation; indent with spaces only</source>
        <translation>se usa un tabulador para sangrar; sangre solo con espacios</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the field &apos;{field}&apos; is given twice (first on line {first})</source>
        <translation>el campo &apos;{field}&apos; aparece dos veces (la primera en la línea {first})</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the data is nested more than {depth} levels deep</source>
        <translation>los datos están anidados en más de {depth} niveles</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a second document starts here; put one routine in each file</source>
        <translation>aquí empieza un segundo documento; ponga una sola rutina en cada archivo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>aliases (*{name}) are not allowed; write the value out</source>
        <translation>no se permiten alias (*{name}); escriba el valor completo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>anchors (&amp;{name}) are not allowed; write the value out</source>
        <translation>no se permiten anclas (&amp;{name}); escriba el valor completo</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the value {value} cannot be read ({reason})</source>
        <translation>no se puede leer el valor {value} ({reason})</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the tag {tag} is not allowed; a routine holds plain data only</source>
        <translation>la etiqueta {tag} no está permitida; una rutina solo contiene datos simples</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a field name must be a plain word, not a list or mapping</source>
        <translation>un nombre de campo debe ser una palabra simple, no una lista ni un conjunto de campos</translation>
    </message>
</context>
</TS>
