<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AppText</name>
    <message>
        <location filename="../../app.py" line="+182"/>
        <source>Demo speed ({speed}x): this run logs to a separate demo history ({path}), never to your own log.</source>
        <translation>Velocidad de demostración ({speed}x): esta sesión registra en un historial de demostración aparte ({path}), nunca en su propio historial.</translation>
    </message>
</context>
<context>
    <name>ArchiveWords</name>
    <message>
        <location filename="../../core/routine_archive.py" line="+105"/>
        <location line="+176"/>
        <source>{file} cannot be written ({reason})</source>
        <translation>No se puede escribir {file} ({reason})</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>it holds {count} files; a routine needs a few</source>
        <translation>contiene {count} archivos; una rutina solo necesita unos pocos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it unpacks to more than 64 MiB; a routine needs a few MiB</source>
        <translation>descomprimido ocupa más de 64 MiB; una rutina solo necesita unos pocos MiB</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it has no {file}; is it a routine export?</source>
        <translation>no contiene {file}; ¿es una rutina exportada?</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>it is not a readable zip archive ({reason})</source>
        <translation>no es un archivo zip legible ({reason})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it cannot be read ({reason})</source>
        <translation>no se puede leer ({reason})</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+12"/>
        <source>{file} inside it is larger than {size} KiB</source>
        <translation>el archivo {file} que contiene ocupa más de {size} KiB</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+14"/>
        <source>the routine&apos;s id cannot be changed</source>
        <translation>no se puede cambiar el id de la rutina</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>your folder already has a different picture called {file}; rename one of them first</source>
        <translation>su carpeta ya tiene otra imagen llamada {file}; cambie primero el nombre de una de ellas</translation>
    </message>
</context>
<context>
    <name>AreaNames</name>
    <message>
        <location filename="../../core/areas.py" line="+22"/>
        <source>Back</source>
        <translation>Espalda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calf</source>
        <translation>Pantorrilla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Foot</source>
        <translation>Pie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full body</source>
        <translation>Cuerpo completo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hamstring</source>
        <translation>Isquiotibiales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hand</source>
        <translation>Mano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neck</source>
        <translation>Cuello</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quadriceps</source>
        <translation>Cuádriceps</translation>
    </message>
</context>
<context>
    <name>AudioOutput</name>
    <message>
        <location filename="../../audio/output.py" line="+204"/>
        <source>Sound: the {wanted} player is not available ({reason}); using {player} instead.</source>
        <translation>Sonido: el reproductor {wanted} no está disponible ({reason}); se usa {player} en su lugar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No sound output could be opened; cues are shown on screen only.</source>
        <translation>No se pudo abrir ninguna salida de sonido; los avisos solo se muestran en pantalla.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the system default</source>
        <translation>la salida predeterminada del sistema</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>no player works</source>
        <translation>ningún reproductor funciona</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No sound can play here ({reasons}); cues are shown on screen only.</source>
        <translation>Aquí no se puede reproducir sonido ({reasons}); los avisos solo se muestran en pantalla.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Playing “get ready” through the {player} player on {device}, at volume {volume}.</source>
        <translation>Se reproduce «Prepárese» con el reproductor {player} en {device}, a volumen {volume}.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the sound server went away</source>
        <translation>el servidor de sonido ya no responde</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Sound: {problem}; using the built-in {cue} cue.</source>
        <translation>Sonido: {problem}; se usa el sonido integrado «{cue}».</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Sound: the {broken} player stopped working ({reason}); cues are shown on screen only until sound is back.</source>
        <translation>Sonido: el reproductor {broken} dejó de funcionar ({reason}); los avisos solo se muestran en pantalla hasta que vuelva el sonido.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sound: the {broken} player stopped working ({reason}); using {player}.</source>
        <translation>Sonido: el reproductor {broken} dejó de funcionar ({reason}); se usa {player}.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Sound is back: using the {player} player ({device}).</source>
        <translation>El sonido ha vuelto: se usa el reproductor {player} ({device}).</translation>
    </message>
</context>
<context>
    <name>CommandLineWords</name>
    <message>
        <location filename="../../cli.py" line="+52"/>
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
        <location line="+16"/>
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
        <source>sound player: auto (default in the window), pulse, mini, qt, playsound or silent (trace plays sounds only when this is given)</source>
        <translation>reproductor de sonido: auto (por defecto en la ventana), pulse, mini, qt, playsound o silent (trace solo reproduce sonidos si se indica esta opción)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>start hidden in the tray (how the login entry starts it)</source>
        <translation>iniciar oculto en la bandeja del sistema (así se abre al iniciar sesión)</translation>
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
        <translation>abrir al iniciar sesión, oculto en la bandeja del sistema</translation>
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
        <translation>mostrar en su lugar valores separados por comas (CSV)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>every entry, not only the latest</source>
        <translation>todas las entradas, no solo las más recientes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DATE</source>
        <translation>FECHA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>entries from this day on (YYYY-MM-DD)</source>
        <translation>las entradas desde este día (AAAA-MM-DD)</translation>
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
        <location line="+5"/>
        <source>with --audio: speak step names and changes, as the window does</source>
        <translation>con --audio: decir los nombres de los pasos y los cambios, como la ventana</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>speed must be a number from 0.1 to 1000, got {value}</source>
        <translation>la velocidad debe ser un número de 0.1 a 1000; se indicó: {value}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a date looks like 2026-11-03, got {value}</source>
        <translation>una fecha se escribe así: 2026-11-03; se recibió {value}</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>spasm-stretch cannot open its window: there is no display (neither DISPLAY nor WAYLAND_DISPLAY is set). The terminal commands work without one: list, show, trace, validate, history.</source>
        <translation>spasm-stretch no puede abrir su ventana: no hay pantalla (no está definida ni DISPLAY ni WAYLAND_DISPLAY). Los comandos de terminal funcionan sin ella: list, show, trace, validate, history.</translation>
    </message>
    <message>
        <location line="+14"/>
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
        <location line="+32"/>
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
        <location line="+28"/>
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
        <location line="+49"/>
        <source>%n entries the app could not save earlier are now in the log.</source>
        <translation>
            <numerusform>%n entrada que la aplicación no pudo guardar antes ya está en el historial.</numerusform>
            <numerusform>%n entradas que la aplicación no pudo guardar antes ya están en el historial.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CountdownRing</name>
    <message>
        <location filename="../../ui/session/ring.py" line="+80"/>
        <source>Countdown</source>
        <translation>Cuenta atrás</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{seconds} seconds left, {caption}</source>
        <translation>Quedan {seconds} segundos, {caption}</translation>
    </message>
</context>
<context>
    <name>CrampController</name>
    <message>
        <location filename="../../ui/relief/controller.py" line="+114"/>
        <source>Cramp &amp;help</source>
        <translation>&amp;Alivio rápido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quick relief for a cramp happening now</source>
        <translation>Alivio rápido para un calambre que tiene ahora</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cramp: {area_name}</source>
        <translation>Calambre: {area_name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cramp in the {area}: stretch now</source>
        <extracomment>{area_name}: the area as written, for languages that keep its capitals.</extracomment>
        <translation>Calambre ({area}): estirar ahora</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cramp</source>
        <translation>Calambre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The cramp being timed: open the relief page</source>
        <translation>El calambre que se está cronometrando: abrir Alivio rápido</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>A cramp is still being timed; its time is in the toolbar.</source>
        <translation>Aún se cronometra un calambre; su tiempo está en la barra de herramientas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to it</source>
        <translation>Volver al calambre</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cramp {length}</source>
        <translation>Calambre {length}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>This cramp has lasted {minutes} minutes. {advice}</source>
        <translation>Este calambre dura ya {minutes} minutos. {advice}</translation>
    </message>
    <message>
        <location line="+189"/>
        <source>Your cramp of {when} in the {where} has no end in the log. About how long did it last?</source>
        <extracomment>{place}: where as written, for languages that keep its capitals.</extracomment>
        <translation>Su calambre del {when}, {where}, no tiene hora de fin en el registro. ¿Cuánto duró, aproximadamente?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your cramp of {when} has no end in the log. About how long did it last?</source>
        <translation>Su calambre del {when} no tiene hora de fin en el registro. ¿Cuánto duró, aproximadamente?</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Cramp logged: {length}.</source>
        <translation>Calambre registrado: {length}.</translation>
    </message>
</context>
<context>
    <name>CrampEditor</name>
    <message>
        <location filename="../../ui/log/cramp_editor.py" line="+69"/>
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
        <location line="+7"/>
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
        <location line="+10"/>
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
        <source>It came with:</source>
        <translation>Vino con:</translation>
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
        <location line="+24"/>
        <source>More than {time} (as timed)</source>
        <translation>Más de {time} (cronometrado)</translation>
    </message>
    <message>
        <location line="+22"/>
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
    <name>CueWords</name>
    <message>
        <location filename="../../core/cue_words.py" line="+25"/>
        <source>GET READY</source>
        <translation>PREPÁRESE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HOLD</source>
        <translation>MANTENER</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RELAX</source>
        <translation>RELÁJESE</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>HALFWAY</source>
        <translation>A LA MITAD</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>NEXT: {step}</source>
        <translation>SIGUIENTE: {step}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DONE</source>
        <translation>TERMINADO</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>SWITCH → LEFT</source>
        <translation>CAMBIE → IZQUIERDA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SWITCH → RIGHT</source>
        <translation>CAMBIE → DERECHA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SWITCH</source>
        <translation>CAMBIE DE LADO</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>TILT TO THE LEFT</source>
        <translation>INCLINE A LA IZQUIERDA</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TILT TO THE RIGHT</source>
        <translation>INCLINE A LA DERECHA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LEFT LEG</source>
        <translation>PIERNA IZQUIERDA</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>RIGHT LEG</source>
        <translation>PIERNA DERECHA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LEFT SIDE</source>
        <translation>LADO IZQUIERDO</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>RIGHT SIDE</source>
        <translation>LADO DERECHO</translation>
    </message>
</context>
<context>
    <name>DesktopCommandWords</name>
    <message>
        <location filename="../../desktop/commands.py" line="+22"/>
        <source>added to the applications menu: {file}</source>
        <translation>añadido al menú de aplicaciones: {file}</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>icons: %n files in the hicolor theme</source>
        <translation>
            <numerusform>iconos: %n archivo en el tema hicolor</numerusform>
            <numerusform>iconos: %n archivos en el tema hicolor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>removed %n file(s)</source>
        <translation>
            <numerusform>%n archivo eliminado</numerusform>
            <numerusform>%n archivos eliminados</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>spasm-stretch starts at login, hidden in the tray ({file})</source>
        <translation>spasm-stretch se abrirá al iniciar sesión, oculto en la bandeja del sistema ({file})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>spasm-stretch no longer starts ({file})</source>
        <translation>spasm-stretch ya no se abrirá al iniciar sesión ({file})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>could not write the desktop entry: {error}</source>
        <translation>no se pudo escribir la entrada de escritorio: {error}</translation>
    </message>
</context>
<context>
    <name>DesktopController</name>
    <message>
        <location filename="../../desktop/controller.py" line="+104"/>
        <source>Re&amp;minders and desktop...</source>
        <translation>Re&amp;cordatorios y escritorio...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminders, the tray, start at login, the applications menu</source>
        <translation>Recordatorios, bandeja del sistema, inicio automático y menú de aplicaciones</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Could not listen for other launches ({error}).</source>
        <translation>No se puede detectar si la aplicación se abre otra vez ({error}).</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Bedtime stretch</source>
        <translation>Estiramientos antes de dormir</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+21"/>
        <source>Time to stretch</source>
        <translation>Es hora de estirar</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>{routine} · {last_done}</source>
        <translation>{routine} · {last_done}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{routine}: start it now?</source>
        <translation>{routine}: ¿iniciarla ahora?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snooze 15 min</source>
        <translation>Recordar en 15&#xa0;min</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Reminders paused</source>
        <translation>Recordatorios en pausa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No reminder set</source>
        <translation>Ningún recordatorio programado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next: {routine} {when}</source>
        <translation>Siguiente: {routine} {when}</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Could not add to the applications menu: {error}</source>
        <translation>No se pudo añadir al menú de aplicaciones: {error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Added to the applications menu ({file}).</source>
        <translation>Añadido al menú de aplicaciones ({file}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not change start at login: {error}</source>
        <translation>No se pudo cambiar el inicio automático: {error}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Starts at login, hidden in the tray ({file}).</source>
        <translation>Se abrirá al iniciar sesión, oculto en la bandeja del sistema ({file}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No longer starts at login.</source>
        <translation>Ya no se abrirá al iniciar sesión.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>spasm-stretch is still running</source>
        <translation>spasm-stretch sigue en marcha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is in the tray, for reminders and cramp help. Quit from the tray&apos;s menu.</source>
        <translation>Sigue en la bandeja del sistema para los recordatorios y la ayuda con calambres. Para salir, use el menú de la bandeja.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Keep running in the tray?</source>
        <translation>¿Seguir en la bandeja del sistema?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep spasm-stretch running in the tray when its window is closed, so reminders still come and cramp help is one click away?

(You can change this under Reminders.)</source>
        <translation>¿Mantener spasm-stretch en la bandeja del sistema al cerrar la ventana, para que sigan llegando los recordatorios y la ayuda con calambres esté a un clic?

(Puede cambiarlo en Recordatorios.)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Quit spasm-stretch?</source>
        <translation>¿Salir de spasm-stretch?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your reminders will not come until spasm-stretch runs again. Closing the window instead keeps them coming from the tray.</source>
        <translation>Sus recordatorios no llegarán hasta que spasm-stretch vuelva a abrirse. Si solo cierra la ventana, seguirán llegando desde la bandeja del sistema.</translation>
    </message>
</context>
<context>
    <name>EditorController</name>
    <message>
        <location filename="../../ui/editor/controller.py" line="+98"/>
        <source>&amp;New routine…</source>
        <translation>&amp;Nueva rutina…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Duplicate routine…</source>
        <translation>&amp;Duplicar rutina…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit routine…</source>
        <translation>&amp;Editar rutina…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{routine} (copy)</source>
        <translation>{routine} (copia)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Built-in routine</source>
        <translation>Rutina incluida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{routine} comes with the app and cannot be changed. Edit a copy of it instead?</source>
        <translation>{routine} viene con la aplicación y no se puede cambiar. ¿Prefiere editar una copia?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot edit</source>
        <translation>No se puede editar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
</context>
<context>
    <name>EditorQuestions</name>
    <message>
        <location line="-118"/>
        <source>A file with comments</source>
        <translation>Un archivo con comentarios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} has comments written by hand. Saving from the editor would lose them, so it opens in your text editor instead (the list updates when you save it there). Or edit a copy in the app.</source>
        <translation>{file} tiene comentarios escritos a mano. Si lo guardara desde el editor, se perderían; por eso se abre en su editor de texto (la lista se actualiza al guardarlo allí). También puede editar una copia en la aplicación.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open in text editor</source>
        <translation>Abrir en el editor de texto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit a copy</source>
        <translation>Editar una copia</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>My routine</source>
        <translation>Mi rutina</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What this routine is for.</source>
        <translation>Para qué sirve esta rutina.</translation>
    </message>
</context>
<context>
    <name>EditorWords</name>
    <message>
        <location filename="../../ui/editor/form.py" line="+70"/>
        <source>Stretch {number}</source>
        <translation>Estiramiento {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Describe the stretch.</source>
        <translation>Describa el estiramiento.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Hold still</source>
        <translation>Mantener la postura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count repetitions</source>
        <translation>Contar repeticiones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alternate poses</source>
        <translation>Alternar posturas</translation>
    </message>
</context>
<context>
    <name>EntryWords</name>
    <message>
        <location filename="../../desktop/entry.py" line="+97"/>
        <source>the command {command} holds a character a desktop entry cannot carry ({code})</source>
        <translation>la orden {command} contiene un carácter que una entrada de escritorio no admite ({code})</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>desktop-file-validate refuses the entry: {problem}</source>
        <translation>desktop-file-validate rechaza la entrada: {problem}</translation>
    </message>
</context>
<context>
    <name>ExchangeController</name>
    <message>
        <location filename="../../ui/editor/exchange.py" line="+117"/>
        <source>&amp;Import routine…</source>
        <translation>&amp;Importar rutina…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;xport routine…</source>
        <translation>E&amp;xportar rutina…</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Not imported</source>
        <translation>No importada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} was not imported:
{reason}</source>
        <translation>{file} no se importó:
{reason}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not exported</source>
        <translation>No exportada</translation>
    </message>
</context>
<context>
    <name>ExchangeWords</name>
    <message>
        <location line="-166"/>
        <source>1 step</source>
        <translation>1 paso</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n steps</source>
        <translation>
            <numerusform>%n paso</numerusform>
            <numerusform>%n pasos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}
{area}  ·  {steps}  ·  {duration}

{summary}</source>
        <translation>{name}
{area}  ·  {steps}  ·  {duration}

{summary}</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+26"/>
        <source>Import routine</source>
        <translation>Importar rutina</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Import this routine?

{routine}</source>
        <translation>¿Importar esta rutina?

{routine}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A routine with this id exists</source>
        <translation>Ya existe una rutina con este identificador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You already have {routine} with the id {id}. Replace it with the imported one, or keep both?</source>
        <translation>Ya tiene {routine} con el identificador {id}. ¿Reemplazarla por la importada o conservar las dos?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replace</source>
        <translation>Reemplazar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep both</source>
        <translation>Conservar las dos</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Routines (*.zip *.yaml *.yml)</source>
        <translation>Rutinas (*.zip *.yaml *.yml)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export routine</source>
        <translation>Exportar rutina</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Routine archive (*.zip)</source>
        <translation>Archivo de rutina (*.zip)</translation>
    </message>
</context>
<context>
    <name>FinishedView</name>
    <message>
        <location filename="../../ui/session/finished.py" line="+38"/>
        <source>Session summary</source>
        <translation>Resumen de la sesión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Resume  (Space)</source>
        <translation>Rea&amp;nudar  (Espacio)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take up the stopped routine where it was left</source>
        <translation>Reanudar la rutina detenida donde se quedó</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Again</source>
        <translation>&amp;Repetir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run this routine again</source>
        <translation>Repetir esta rutina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back to routines</source>
        <translation>&amp;Volver a las rutinas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the routine list</source>
        <translation>Volver a la lista de rutinas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to cramp &amp;help</source>
        <translation>Volver a &amp;Alivio rápido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to the cramp timer and relief checklist</source>
        <translation>Volver al cronómetro del calambre y a la lista de alivio</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Well done!</source>
        <translation>¡Muy bien!</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Session stopped</source>
        <translation>Sesión detenida</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Time: {length}</source>
        <translation>Tiempo: {length}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps completed: {done} of {count}</source>
        <translation>Pasos completados: {done} de {count}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Holds extended: {holds} (+{seconds} s)</source>
        <translation>Estiramientos prolongados: {holds} (+{seconds} s)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Holds skipped: {holds}</source>
        <translation>Estiramientos omitidos: {holds}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{heading} {routine}: done</source>
        <translation>{heading} {routine}: terminada</translation>
    </message>
</context>
<context>
    <name>FirstRunNotice</name>
    <message>
        <location filename="../../ui/shell/first_run.py" line="+44"/>
        <source>Before you start: {disclaimer}</source>
        <translation>Antes de empezar: {disclaimer}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before you start: {disclaimer} Stretch gently and stop if it hurts. {intro}: {flags}</source>
        <translation>Antes de empezar: {disclaimer} Estire con suavidad y pare si le duele. {intro}: {flags}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>I have read this</source>
        <translation>Lo he leído</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When to see a doctor ▸</source>
        <translation>Cuándo ir al médico ▸</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Less ▴</source>
        <translation>Menos ▴</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show or hide when to see a doctor</source>
        <translation>Mostrar u ocultar cuándo ir al médico</translation>
    </message>
</context>
<context>
    <name>HabitStrip</name>
    <message>
        <location filename="../../ui/log/habit_strip.py" line="+22"/>
        <location line="+20"/>
        <source>Routines this week</source>
        <translation>Rutinas de esta semana</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>today</source>
        <translation>hoy</translation>
    </message>
</context>
<context>
    <name>HabitWords</name>
    <message>
        <location filename="../../core/habit.py" line="+28"/>
        <source>Mon</source>
        <translation>lun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tue</source>
        <translation>mar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wed</source>
        <translation>mié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thu</source>
        <translation>jue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fri</source>
        <translation>vie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sat</source>
        <translation>sáb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sun</source>
        <translation>dom</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>routine done {done} of the last %n days</source>
        <translation>
            <numerusform>rutinas en {done} de %n día</numerusform>
            <numerusform>rutinas en {done} de los últimos %n días</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no routine done yet</source>
        <translation>aún no ha realizado ninguna rutina</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>done today</source>
        <translation>realizada hoy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>done yesterday</source>
        <translation>realizada ayer</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>last done %n days ago</source>
        <translation>
            <numerusform>realizada hace %n día</numerusform>
            <numerusform>realizada hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>at {time}</source>
        <translation>a las {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tomorrow at {time}</source>
        <translation>mañana a las {time}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{weekday} at {time}</source>
        <translation>{weekday} a las {time}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No reminder set · {done}</source>
        <translation>Ningún recordatorio programado · {done}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{routine} {when} · {done}</source>
        <translation>{routine} {when} · {done}</translation>
    </message>
</context>
<context>
    <name>HandoverWords</name>
    <message>
        <location filename="../../desktop/handover.py" line="+105"/>
        <source>{folder} is not a folder of its own</source>
        <translation>{folder} no es una carpeta propia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{folder} belongs to another user</source>
        <translation>{folder} pertenece a otro usuario</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{folder} can be used by other users</source>
        <translation>otros usuarios pueden usar {folder}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>{socket} is answered by another user</source>
        <translation>{socket} lo atiende otro usuario</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>spasm-stretch: cannot check for a running copy ({error}); starting anyway</source>
        <translation>spasm-stretch: no se puede comprobar si ya hay una copia en marcha ({error}); se inicia de todos modos</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>spasm-stretch is already running but does not answer ({error}); close it, or end it, and start again</source>
        <translation>spasm-stretch ya está en marcha pero no responde ({error}); ciérrelo (o fuerce su cierre) y vuelva a abrirlo</translation>
    </message>
</context>
<context>
    <name>HistoryText</name>
    <message>
        <location filename="../../log/opening.py" line="+125"/>
        <source>The history file {path} is locked by another program right now; it is shown as it is, and what you log is saved to it as soon as it is free.</source>
        <translation>Otro programa tiene bloqueado ahora el archivo del historial {path}; se muestra tal como está, y lo que registre se guardará en cuanto quede libre.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The history file could not be used ({damage}); it was kept as {kept} and a new, empty history was started.</source>
        <translation>No se pudo usar el archivo del historial ({damage}); se guardó como {kept} y se empezó un historial nuevo y vacío.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The history file {path} is locked by another program; it was left as it is. What you log now is kept aside and added to it at the next start.</source>
        <translation>El archivo del historial {path} está bloqueado por otro programa; se ha dejado como está. Lo que registre ahora se guarda aparte y se añadirá en el próximo inicio.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The history file cannot be written ({reason}); it was left as it is. Your log is shown; what you log now is kept aside and added to it at the next start that can write it.</source>
        <translation>No se puede escribir en el archivo del historial ({reason}); se ha dejado como está. Se muestra su registro; lo que registre ahora se guarda aparte y se añadirá en el próximo inicio en que se pueda escribir.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The history cannot be saved in {folder} ({reason}); what you log now is kept aside and added to the log at the next start that can write it.</source>
        <translation>No se puede guardar el historial en {folder} ({reason}); lo que registre ahora se guarda aparte y se añadirá al registro en el próximo inicio en que se pueda escribir.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>it was written by a newer version (schema {version})</source>
        <translation>lo escribió una versión más reciente (esquema {version})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its schema version ({version}) is not one this app writes</source>
        <translation>esta aplicación no usa su versión de esquema ({version})</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>no free name to keep {name} under</source>
        <translation>no hay un nombre libre para guardar {name}</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>its {tables} table is missing</source>
        <translation>falta la tabla {tables}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it is damaged: {problem}</source>
        <translation>está dañado: {problem}</translation>
    </message>
    <message>
        <location line="+49"/>
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
        <location filename="../../log/store.py" line="+457"/>
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
        <location filename="../../ui/log/view.py" line="+143"/>
        <location line="+66"/>
        <source>Your log</source>
        <translation>Su registro de calambres</translation>
    </message>
    <message>
        <location line="-64"/>
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
        <location line="+2"/>
        <source>Save a PDF report of a period for your doctor</source>
        <translation>Guardar un informe PDF de un periodo para su médico</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+31"/>
        <source>Cramps</source>
        <translation>Calambres</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>The chosen cramp in full</source>
        <translation>El calambre elegido en detalle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add a past cramp...</source>
        <translation>&amp;Añadir un calambre pasado...</translation>
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
        <location line="+2"/>
        <source>Delete the chosen cramp (can be undone)</source>
        <translation>Borrar el calambre elegido (se puede deshacer)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+11"/>
        <source>Routines done</source>
        <translation>Rutinas realizadas</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Your log: overview, cramps and routines done</source>
        <translation>Su registro: resumen, calambres y rutinas realizadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Choose a cramp to read it in full.</source>
        <translation>Elija un calambre para verlo completo.</translation>
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
        <location line="+2"/>
        <source>⚠ It came with: {items}</source>
        <translation>⚠ Vino con: {items}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note: {note}</source>
        <translation>Nota: {note}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No note.</source>
        <translation>Sin nota.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Adding up your log…</source>
        <translation>Calculando los totales de su registro…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(met on {day})</source>
        <translation>(detectada el {day})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>⚠ When to see a doctor: your log shows</source>
        <translation>⚠ Cuándo consultar a un médico: su registro muestra</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>⚠ Red flags you have read (latest met on {day}): show</source>
        <translation>⚠ Señales de alarma ya leídas (la última, detectada el {day}): mostrar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>longest {length}</source>
        <translation>el más largo: {length}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none timed yet</source>
        <translation>aún ninguno cronometrado</translation>
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
        <translation>&lt;b&gt;1&lt;/b&gt; rutina realizada ({finished} hasta el final)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>&lt;b&gt;%n&lt;/b&gt; routines done ({finished} finished)</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; rutina realizada ({finished} hasta el final)</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; rutinas realizadas ({finished} hasta el final)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InstructionList</name>
    <message>
        <location filename="../../ui/session/view.py" line="+96"/>
        <source>Instructions</source>
        <translation>Instrucciones</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <location filename="../../ui/settings/language.py" line="+37"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System default ({language})</source>
        <translation>Idioma del sistema ({language})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Applies the next time spasm-stretch starts.</source>
        <translation>Se aplica la próxima vez que se inicie spasm-stretch.</translation>
    </message>
</context>
<context>
    <name>LoaderWords</name>
    <message>
        <location filename="../../core/routine_files.py" line="+54"/>
        <location line="+50"/>
        <source>this is a folder, not a routine file</source>
        <translation>esto es una carpeta, no un archivo de rutina</translation>
    </message>
    <message>
        <location line="-47"/>
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
        <source>the file is UTF-16 text; save it as UTF-8</source>
        <translation>el archivo está en UTF-16; guárdelo como UTF-8</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this is a binary file, not YAML text</source>
        <translation>esto es un archivo binario, no texto YAML</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the file is not UTF-8 text (byte 0x{byte:02x}); save it as UTF-8</source>
        <translation>el archivo no es texto UTF-8 (byte 0x{byte:02x}); guárdelo como UTF-8</translation>
    </message>
    <message>
        <location line="+32"/>
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
        <location filename="../../core/loader.py" line="+96"/>
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
        <location line="+31"/>
        <source>{where}{count} repetitions of {each:g} s last {total:g} s; keep a set under {most:g} s</source>
        <translation>{where}{count} repeticiones de {each:g} s duran {total:g} s; mantenga cada serie por debajo de {most:g} s</translation>
    </message>
    <message>
        <location line="+16"/>
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
        <location line="+14"/>
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
        <location line="+27"/>
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
        <location line="+38"/>
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
        <location line="+30"/>
        <source>{where}{field} must be seconds between {low:g} and {high:g}, got {value}</source>
        <translation>{where}{field} debe ser un número de segundos entre {low:g} y {high:g}, se encontró: {value}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{where}the field &apos;hold&apos; is missing (seconds, e.g. 30 or &quot;20-30&quot;)</source>
        <translation>{where}falta el campo &apos;hold&apos; (segundos, p. ej. 30 o &quot;20-30&quot;)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{where}a hold range runs low to high: write &quot;{high:g}-{low:g}&quot;, got {value}</source>
        <translation>{where}un intervalo para hold va de menor a mayor: escriba &quot;{high:g}-{low:g}&quot;, se encontró: {value}</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location filename="../../core/routine_files.py" line="+42"/>
        <source>cannot be read ({reason})</source>
        <translation>no se puede leer ({reason})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>is not a file name (it names a folder)</source>
        <translation>no es un nombre de archivo (es una carpeta)</translation>
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
        <location filename="../../ui/log/controller.py" line="+72"/>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your log of cramps and routines, and reports</source>
        <translation>Su registro de calambres y rutinas, e informes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Undo delete</source>
        <translation>Deshacer &amp;borrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring back the cramp just deleted</source>
        <translation>Recuperar el calambre recién borrado</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Your log could not be read: {error}</source>
        <translation>No se pudo leer su registro: {error}</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+5"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="-5"/>
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
        <location line="+4"/>
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>The cramp of {when} was deleted.</source>
        <translation>Se borró el calambre del {when}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undo (Ctrl+Z)</source>
        <translation>Deshacer (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+39"/>
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
        <location line="+20"/>
        <source>Save a report for your doctor</source>
        <translation>Guardar un informe para el médico</translation>
    </message>
    <message>
        <location line="+21"/>
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
        <location filename="../../ui/log/keeper.py" line="+86"/>
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
        <location line="+25"/>
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
        <location filename="../../core/log_review.py" line="+39"/>
        <source>swelling</source>
        <comment>in a sentence</comment>
        <translation>hinchazón</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weakness</source>
        <comment>in a sentence</comment>
        <translation>debilidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>numbness</source>
        <comment>in a sentence</comment>
        <translation>entumecimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skin changes</source>
        <comment>in a sentence</comment>
        <translation>cambios en la piel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Swelling</source>
        <translation>Hinchazón</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weakness</source>
        <translation>Debilidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbness</source>
        <translation>Entumecimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skin changes</source>
        <translation>Cambios en la piel</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+137"/>
        <source>One logged cramp lasted longer than {limit} minutes ({longest}, on {day}).</source>
        <translation>Un calambre registrado duró más de {limit} minutos ({longest}, el {day}).</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n logged cramps lasted longer than {limit} minutes (the longest, {longest}, on {day}).</source>
        <translation>
            <numerusform>%n calambre registrado duró más de {limit} minutos (el más largo: {longest}, el {day}).</numerusform>
            <numerusform>%n calambres registrados duraron más de {limit} minutos (el más largo: {longest}, el {day}).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Spasms that cause swelling, weakness or numbness are a reason to contact your doctor.</source>
        <translation>Los espasmos que causan hinchazón, debilidad o entumecimiento son un motivo para ponerse en contacto con su médico.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skin changes along with spasms are a reason to contact your doctor.</source>
        <translation>Los cambios en la piel junto con los espasmos son un motivo para ponerse en contacto con su médico.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>One logged cramp came with {signs} (on {day}).</source>
        <translation>Un calambre registrado vino con {signs} (el {day}).</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n logged cramps came with {signs} (the latest on {day}).</source>
        <translation>
            <numerusform>%n calambre registrado vino con {signs} (el último el {day}).</numerusform>
            <numerusform>%n calambres registrados vinieron con {signs} (el último el {day}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>%n cramps were logged within {days} days (up to {day}). Cramps that become frequent without a clear reason are a reason to contact your doctor.</source>
        <translation>
            <numerusform>%n calambre se registró en {days} días (hasta el {day}). Los calambres que se vuelven frecuentes sin una causa clara son un motivo para ponerse en contacto con su médico.</numerusform>
            <numerusform>%n calambres se registraron en {days} días (hasta el {day}). Los calambres que se vuelven frecuentes sin una causa clara son un motivo para ponerse en contacto con su médico.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogWordsText</name>
    <message>
        <location filename="../../core/log_words.py" line="+41"/>
        <source>Elsewhere</source>
        <translation>Otra zona</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/shell/window.py" line="+107"/>
        <source>&amp;Full screen</source>
        <translation>&amp;Pantalla completa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Full screen on or off</source>
        <translation>Activar o desactivar la pantalla completa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Load routine files again</source>
        <translation>Volver a cargar los archivos de rutinas</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>&amp;Routines</source>
        <translation>&amp;Rutinas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back to the routine list</source>
        <translation>Volver a la lista de rutinas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Re&amp;load routines</source>
        <translation>Recar&amp;gar rutinas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;About spasm-stretch</source>
        <translation>Acerca &amp;de spasm-stretch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version and medical disclaimer</source>
        <translation>Versión y aviso médico</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Session</source>
        <translation>&amp;Sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>{disclaimer} Stretch gently and stop if it hurts.

{intro}:
{flags}</source>
        <translation>{disclaimer} Estire con suavidad y pare si le duele.

{intro}:
{flags}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About spasm-stretch</source>
        <translation>Acerca de spasm-stretch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>spasm-stretch {version}
Guided stretching for muscle cramps and spasms.

{disclaimer}</source>
        <translation>spasm-stretch {version}
Estiramientos guiados para calambres y espasmos musculares.

{disclaimer}</translation>
    </message>
</context>
<context>
    <name>MessageArea</name>
    <message>
        <location filename="../../ui/widgets/message_bar.py" line="+106"/>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location line="-37"/>
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dismiss this message</source>
        <translation>Cerrar este mensaje</translation>
    </message>
</context>
<context>
    <name>NightHours</name>
    <message>
        <location filename="../../ui/settings/night.py" line="+30"/>
        <source>By itself from</source>
        <translation>Automático de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the night theme by itself at night</source>
        <translation>Usar el tema nocturno automáticamente de noche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Night starts at</source>
        <translation>La noche empieza a las</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Night ends at</source>
        <translation>La noche termina a las</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>to</source>
        <translation>a</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location filename="../../desktop/notifications.py" line="+89"/>
        <source>desktop notifications</source>
        <translation>notificaciones del escritorio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tray messages</source>
        <translation>mensajes de la bandeja del sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a message in the window</source>
        <translation>un mensaje en la ventana</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Snooze 15 min</source>
        <translation>Recordar en 15&#xa0;min</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{reminder}
Click here to start.</source>
        <translation>{reminder}
Haga clic aquí para empezar.</translation>
    </message>
</context>
<context>
    <name>OutputWords</name>
    <message>
        <location filename="../../audio/output.py" line="-422"/>
        <source>Sound: {file}, chosen for the {cue} cue, is missing ({folder}); using the built-in sound.</source>
        <translation>Sonido: {file}, elegido para el aviso «{cue}», no está ({folder}); se usa el sonido integrado.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sound: {problem} ({folder}); using the built-in {cue} cue.</source>
        <translation>Sonido: {problem} ({folder}); se usa el aviso incluido «{cue}».</translation>
    </message>
</context>
<context>
    <name>PdfReportText</name>
    <message>
        <location filename="../../ui/log/pdf.py" line="+76"/>
        <source>{path} could not be opened for writing</source>
        <translation>No se pudo abrir {path} para escribir</translation>
    </message>
    <message>
        <location line="+13"/>
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
    <name>PickerView</name>
    <message>
        <location filename="../../ui/picker/view.py" line="+171"/>
        <source>Choose a routine</source>
        <translation>Elija una rutina</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter or double-click starts a routine; type a name to search.</source>
        <translation>Intro o doble clic inicia una rutina; escriba un nombre para buscar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search routines...</source>
        <translation>Buscar rutinas...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search routines</source>
        <translation>Buscar rutinas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter by body area</source>
        <translation>Filtrar por zona del cuerpo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Routines</source>
        <translation>Rutinas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Yours only</source>
        <translation>Solo las suyas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only the routines you added</source>
        <translation>Mostrar solo las rutinas que usted ha añadido</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Cramp right now</source>
        <translation>Calambre ahora mismo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Cramp right now?&lt;/b&gt;  keys 1 to {last}</source>
        <translation>&lt;b&gt;¿Calambre ahora?&lt;/b&gt;  teclas 1 a {last}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cramp in the {area}: start its stretch now</source>
        <extracomment>{area_name}: the area as written, for languages that keep its capitals.</extracomment>
        <translation>Calambre ({area}): iniciar el estiramiento ahora</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start the stretch for a cramp in the {area} now ({key})</source>
        <extracomment>{area_name}: the area as written, for languages that keep its capitals.</extracomment>
        <translation>Estirar ahora la zona del calambre: {area} ({key})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>More help (F1)</source>
        <translation>Más ayuda (F1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open quick relief: checklist, cramp timer and when to see a doctor</source>
        <translation>Abrir Alivio rápido: lista de pasos, cronómetro del calambre y cuándo consultar a un médico</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>  ·  yours</source>
        <translation>  ·  suya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 step</source>
        <translation>1 paso</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n steps</source>
        <translation>
            <numerusform>%n paso</numerusform>
            <numerusform>%n pasos</numerusform>
        </translation>
    </message>
    <message>
        <location line="-8"/>
        <source>{area}  ·  {steps}  ·  {length}{yours}</source>
        <translation>{area}  ·  {steps}  ·  {length}{yours}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes} min {seconds} s</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>All areas</source>
        <translation>Todas las zonas</translation>
    </message>
</context>
<context>
    <name>PictureWords</name>
    <message>
        <location filename="../../ui/editor/stage.py" line="+48"/>
        <source>{file} is not a PNG, JPEG, WebP or SVG picture</source>
        <translation>{file} no es una imagen PNG, JPEG, WebP ni SVG</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{file} cannot be read as a picture ({reason})</source>
        <translation>{file} no se puede leer como imagen ({reason})</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{file} cannot be scaled down ({reason})</source>
        <translation>{file} no se puede reducir ({reason})</translation>
    </message>
</context>
<context>
    <name>PlayerWords</name>
    <message>
        <location filename="../../audio/inprocess.py" line="+54"/>
        <source>the miniaudio library is not installed ({reason})</source>
        <translation>la biblioteca miniaudio no está instalada ({reason})</translation>
    </message>
    <message>
        <location line="+25"/>
        <location filename="../../audio/players.py" line="+48"/>
        <location filename="../../audio/pulse.py" line="+125"/>
        <source>no audio output device was found; is a sound server running?</source>
        <translation>no se encontró ningún dispositivo de salida de audio; ¿hay un servidor de sonido en marcha?</translation>
    </message>
    <message>
        <location line="+38"/>
        <location filename="../../audio/libpulse.py" line="+235"/>
        <source>could not read {file} ({reason})</source>
        <translation>no se pudo leer {file} ({reason})</translation>
    </message>
    <message>
        <location line="+50"/>
        <location filename="../../audio/libpulse.py" line="+8"/>
        <location filename="../../audio/players.py" line="+2"/>
        <source>Sound: the chosen output device is gone; using the system default.</source>
        <translation>Sonido: el dispositivo de salida elegido ya no está disponible; se usa el predeterminado del sistema.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../audio/libpulse.py" line="+5"/>
        <source>Sound: the chosen output device is back; playing through it.</source>
        <translation>Sonido: el dispositivo de salida elegido ha vuelto; el sonido vuelve a salir por él.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the sound output could not be opened ({reason})</source>
        <translation>no se pudo abrir la salida de sonido ({reason})</translation>
    </message>
    <message>
        <location filename="../../audio/players.py" line="+2"/>
        <source>Sound: now playing through {device}, the new default.</source>
        <translation>Sonido: ahora suena por {device}, el nuevo predeterminado.</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>the QtMultimedia helper process could not start</source>
        <translation>el proceso auxiliar de QtMultimedia no pudo iniciarse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>QtMultimedia did not answer within 10 s</source>
        <translation>QtMultimedia no respondió en 10 s</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>QtMultimedia could not play {file}</source>
        <translation>QtMultimedia no pudo reproducir {file}</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+27"/>
        <location filename="../../audio/pulse.py" line="+460"/>
        <source>the sound server went away</source>
        <translation>el servidor de sonido ya no responde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the QtMultimedia helper ended (code {code})</source>
        <translation>el proceso auxiliar de QtMultimedia terminó (código {code})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>QtMultimedia stopped responding</source>
        <translation>QtMultimedia dejó de responder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a cue did not start playing</source>
        <translation>un aviso sonoro no empezó a sonar</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>{program} could not play ({detail})</source>
        <translation>{program} no pudo reproducir ({detail})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{program} exited with code {code}</source>
        <translation>{program} terminó con el código {code}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>playsound3 is not installed ({reason})</source>
        <translation>playsound3 no está instalado ({reason})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no program to play sound with was found (gst-play-1.0 with GStreamer&apos;s base plugins, ffplay, or aplay together with mpg123)</source>
        <translation>no se encontró ningún programa para reproducir sonido (gst-play-1.0 con los complementos base de GStreamer, ffplay, o aplay junto con mpg123)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{program} did not finish a cue within 30 s</source>
        <translation>{program} no terminó un aviso sonoro en 30 s</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{program} could not start ({reason})</source>
        <translation>{program} no pudo iniciarse ({reason})</translation>
    </message>
    <message>
        <location filename="../../audio/libpulse.py" line="-47"/>
        <source>the PulseAudio client library cannot be loaded ({reason})</source>
        <translation>no se puede cargar la biblioteca cliente de PulseAudio ({reason})</translation>
    </message>
    <message>
        <location filename="../../audio/pulse.py" line="-406"/>
        <source>the sound server cannot be reached ({reason})</source>
        <translation>no se puede contactar con el servidor de sonido ({reason})</translation>
    </message>
</context>
<context>
    <name>ProblemPanel</name>
    <message>
        <location filename="../../ui/picker/problems.py" line="+38"/>
        <source>Routine files that could not be loaded</source>
        <translation>Archivos de rutinas que no se pudieron cargar</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>1 routine file could not be loaded</source>
        <translation>No se pudo cargar 1 archivo de rutina</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n routine files could not be loaded</source>
        <translation>
            <numerusform>No se pudo cargar %n archivo de rutina</numerusform>
            <numerusform>No se pudieron cargar %n archivos de rutinas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 warning about routine files</source>
        <translation>1 aviso sobre archivos de rutinas</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n warnings about routine files</source>
        <translation>
            <numerusform>%n aviso sobre archivos de rutinas</numerusform>
            <numerusform>%n avisos sobre archivos de rutinas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>and {count} more</source>
        <translation>y {count} más</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open file</source>
        <translation>Abrir archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open {file} in a text editor</source>
        <translation>Abrir {file} en un editor de texto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show folder</source>
        <translation>Mostrar carpeta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the folder holding {file}</source>
        <translation>Mostrar la carpeta que contiene {file}</translation>
    </message>
</context>
<context>
    <name>ProblemWords</name>
    <message>
        <location filename="../../core/problems.py" line="+42"/>
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
    <name>ReliefRoutines</name>
    <message>
        <location filename="../../ui/settings/relief.py" line="+40"/>
        <source>Routine for the {button} cramp button</source>
        <extracomment>{label}: the button as written, for languages that keep its capitals.</extracomment>
        <translation>Rutina del botón de calambre «{label}»</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{button}:</source>
        <translation>{button}:</translation>
    </message>
</context>
<context>
    <name>ReliefView</name>
    <message>
        <location filename="../../ui/relief/view.py" line="+105"/>
        <source>How long the cramp has lasted</source>
        <translation>Cuánto dura ya el calambre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start timing a cramp, or say it is over</source>
        <translation>Iniciar el cronómetro del calambre o indicar que ya ha pasado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Long cramp warning</source>
        <translation>Aviso: calambre largo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What to do next</source>
        <translation>Qué hacer ahora</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Relief, log, red flags and prevention</source>
        <translation>Alivio, registro, señales de alarma y prevención</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+264"/>
        <source>What helps now</source>
        <translation>Qué ayuda ahora</translation>
    </message>
    <message>
        <location line="-263"/>
        <location line="+277"/>
        <source>Log this cramp</source>
        <translation>Registrar este calambre</translation>
    </message>
    <message>
        <location line="-276"/>
        <source>When to see a doctor</source>
        <translation>Cuándo consultar a un médico</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stop any stretch that hurts.</source>
        <translation>Detenga cualquier estiramiento que le duela.</translation>
    </message>
    <message>
        <location line="+33"/>
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
        <location line="+6"/>
        <source>A cramp here: time it and start the stretch ({key})</source>
        <translation>Un calambre aquí: cronometrarlo e iniciar el estiramiento ({key})</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>◀  LEFT leg</source>
        <translation>◀  Pierna IZQUIERDA</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>RIGHT leg  ▶</source>
        <translation>Pierna DERECHA  ▶</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stretch:</source>
        <translation>Estiramiento:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Yes, it is easing</source>
        <translation>Sí, está cediendo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No, still cramping</source>
        <translation>No, sigue el calambre</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Which leg?  (keys {left} and {right})</source>
        <translation>¿Qué pierna?  (teclas {left} y {right})</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Still cramping: do the stretch again ({key})</source>
        <translation>Sigue el calambre: repetir el estiramiento ({key})</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The left leg ({key})</source>
        <translation>La pierna izquierda ({key})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The right leg ({key})</source>
        <translation>La pierna derecha ({key})</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The stretch is done. Is the cramp easing?  ({yes} or {no})</source>
        <translation>El estiramiento ha terminado. ¿Está cediendo el calambre?  ({yes} o {no})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Yes, it is easing ({key})</source>
        <translation>Sí, está cediendo ({key})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No, still cramping ({key})</source>
        <translation>No, sigue el calambre ({key})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>When did the cramp end?</source>
        <translation>¿Cuándo terminó el calambre?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes, it is over now</source>
        <translation>Sí, ya pasó</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When the stretch ended</source>
        <translation>Al terminar el estiramiento</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Yes, it is over now  ({key})</source>
        <translation>Sí, ya pasó  ({key})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When the stretch ended  ({key})</source>
        <translation>Al terminar el estiramiento  ({key})</translation>
    </message>
    <message>
        <location filename="../../ui/relief/answer_keys.py" line="+17"/>
        <source>L</source>
        <comment>the key for the left leg: the first letter of &apos;left&apos;</comment>
        <translation>I</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>R</source>
        <comment>the key for the right leg: the first letter of &apos;right&apos;</comment>
        <translation>D</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Y</source>
        <comment>the key for yes: the first letter of &apos;yes&apos;</comment>
        <translation>S</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>N</source>
        <comment>the key for no: the first letter of &apos;no&apos;</comment>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../../ui/relief/view.py" line="+95"/>
        <source>Tick each one off as you go:</source>
        <translation>Marque cada paso cuando lo haga:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Where the cramp is</source>
        <translation>Dónde está el calambre</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <source>It came with:</source>
        <translation>Vino con:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved as you go.</source>
        <translation>Se guarda automáticamente.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The cramp is over  ({key})</source>
        <translation>El calambre ha pasado  ({key})</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Is the cramp over now? (the timer shows {time})</source>
        <translation>¿Ha pasado ya el calambre? (el cronómetro marca {time})</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Start cramp timer</source>
        <translation>Iniciar el cronómetro</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>⚠  This cramp has lasted {minutes} minutes or more.</source>
        <translation>⚠  Este calambre ya dura {minutes} minutos o más.</translation>
    </message>
    <message>
        <location line="+25"/>
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
    <name>ReminderRow</name>
    <message>
        <location filename="../../ui/settings/reminders.py" line="+56"/>
        <source>Reminder time</source>
        <translation>Hora del recordatorio</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remind on {day}</source>
        <translation>Recordar el {day}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Routine to do</source>
        <translation>Rutina que hacer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{routine} (not loaded)</source>
        <translation>{routine} (no cargada)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bedtime (dark)</source>
        <translation>Antes de dormir (oscuro)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opens the routine for the evening, in the dark theme</source>
        <translation>Abre la rutina para la noche, con el tema oscuro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this reminder</source>
        <translation>Quitar este recordatorio</translation>
    </message>
</context>
<context>
    <name>RemindersDialog</name>
    <message>
        <location line="+64"/>
        <source>Reminders and desktop</source>
        <translation>Recordatorios y escritorio</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reminders to stretch, each at a time on the days you choose. They come as {shown_as}, with Start and Snooze. One missed while the computer slept comes once when it wakes, if within two hours.</source>
        <translation>Recordatorios para estirar, cada uno a una hora y los días que usted elija. Llegan como {shown_as}, con «Iniciar» y «Recordar en 15&#xa0;min». Si se pierde uno mientras el equipo está en reposo, llega una vez al reactivarse, si no han pasado más de dos horas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Add a reminder</source>
        <translation>&amp;Añadir un recordatorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pause all reminders</source>
        <translation>&amp;Pausar todos los recordatorios</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keep running in the tray when the window is closed</source>
        <translation>&amp;Seguir en la bandeja del sistema al cerrar la ventana</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start at &amp;login, hidden in the tray</source>
        <translation>Abrir al &amp;iniciar sesión, oculto en la bandeja del sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add to the applications &amp;menu</source>
        <translation>Añadir al &amp;menú de aplicaciones</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../ui/log/report_dialog.py" line="+37"/>
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
        <translation>Se incluyen todos los calambres del periodo, cada uno con las señales de alarma que le correspondan.</translation>
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
        <location filename="../../log/report.py" line="+45"/>
        <source>finished</source>
        <translation>terminada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not ended (the app closed during it)</source>
        <translation>sin terminar (la aplicación se cerró durante la rutina)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stopped before the end</source>
        <translation>detenida antes del final</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped at step {step}</source>
        <translation>detenida en el paso {step}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>signs: {items}</source>
        <translation>signos: {items}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>severity {rating}</source>
        <translation>intensidad {rating}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+183"/>
        <source>helped: {items}</source>
        <translation>ayudó: {items}</translation>
    </message>
    <message>
        <location line="-180"/>
        <source>tags: {items}</source>
        <translation>etiquetas: {items}</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Routines done: {count}</source>
        <translation>Rutinas realizadas: {count}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cramp episodes: {count}</source>
        <translation>Calambres: {count}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When to see a doctor — your log shows:</source>
        <translation>Cuándo consultar a un médico — su registro muestra:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(met on {day})</source>
        <translation>(detectada el {day})</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>(%n earlier not shown: --all lists every entry, --since DATE those from a day)</source>
        <translation>
            <numerusform>(%n entrada anterior no mostrada: --all muestra todas, --since FECHA las desde un día)</numerusform>
            <numerusform>(%n entradas anteriores no mostradas: --all muestra todas, --since FECHA las desde un día)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+85"/>
        <source>to the week of {last}: no cramps (%n weeks)</source>
        <translation>
            <numerusform>hasta la semana del {last}: sin calambres (%n semana)</numerusform>
            <numerusform>hasta la semana del {last}: sin calambres (%n semanas)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cramps per week (weeks start on Monday)</source>
        <translation>Calambres por semana (las semanas empiezan el lunes)</translation>
    </message>
    <message>
        <location line="+26"/>
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
        <location line="+69"/>
        <source>By side</source>
        <translation>Por lado</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>Not noted.</source>
        <translation>Sin anotar.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>What helped</source>
        <translation>Lo que ayudó</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Noted with the cramps (medication, signs, ...)</source>
        <translation>Anotado con los calambres (medicación, signos, …)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing noted.</source>
        <translation>Nada anotado.</translation>
    </message>
    <message>
        <location line="+22"/>
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
        <location line="-48"/>
        <location line="+50"/>
        <source>Routines done</source>
        <translation>Rutinas realizadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{done} ({finished} finished)</source>
        <translation>{done} ({finished} hasta el final)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{flag} Met on {day}; cramps: {cramps}</source>
        <translation>{flag} Detectada el {day}; calambres: {cramps}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This log meets none of the red flags below.</source>
        <translation>Este registro no presenta ninguna de las señales de alarma de abajo.</translation>
    </message>
    <message>
        <location line="-111"/>
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
        <location line="+5"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Red flags met in this period</source>
        <translation>Señales de alarma en este periodo</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Signs, tags and note</source>
        <translation>Signos, etiquetas y nota</translation>
    </message>
    <message>
        <location line="+59"/>
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
        <location line="+25"/>
        <source>(!) marks a cramp that meets a red flag above.</source>
        <translation>(!) marca un calambre que corresponde a una señal de alarma de arriba.</translation>
    </message>
</context>
<context>
    <name>RoutineEditor</name>
    <message>
        <location filename="../../ui/editor/dialog.py" line="+95"/>
        <source>Edit routine: {name}</source>
        <translation>Editar rutina: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New routine</source>
        <translation>Nueva rutina</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Total time</source>
        <translation>Tiempo total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Try it</source>
        <translation>Pr&amp;obar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the routine as it is now, without saving it</source>
        <translation>Ejecutar la rutina tal como está, sin guardarla</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>the id &apos;{id}&apos; is already used by {routine}; give this routine its own id</source>
        <translation>el identificador &apos;{id}&apos; ya lo usa {routine}; dé a esta rutina su propio identificador</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{total} in all, {active} stretching</source>
        <translation>{total} en total, {active} de estiramiento</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fix the marked fields to see the timeline</source>
        <translation>Corrija los campos marcados para ver la línea de tiempo</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Picture not used</source>
        <translation>Imagen no usada</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a picture</source>
        <translation>Elegir una imagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pictures (*.png *.jpg *.jpeg *.webp *.svg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.webp *.svg)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Not saved</source>
        <translation>No guardada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} cannot be written: {reason}</source>
        <translation>No se puede escribir {file}: {reason}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{file} was deleted or moved since you opened it here.</source>
        <translation>{file} se ha borrado o movido desde que lo abrió aquí.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} was changed by another program since you opened it here. Saving now would lose those changes.</source>
        <translation>Otro programa ha modificado {file} desde que lo abrió aquí. Si guarda ahora, esos cambios se perderán.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reload theirs</source>
        <translation>Cargar la otra versión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overwrite with mine</source>
        <translation>Sobrescribir con la mía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save mine as a copy</source>
        <translation>Guardar la mía como copia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed on disk</source>
        <translation>Modificado en el disco</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{routine} (copy)</source>
        <translation>{routine} (copia)</translation>
    </message>
</context>
<context>
    <name>RoutineFolderWords</name>
    <message>
        <location filename="../../core/catalog.py" line="+95"/>
        <source>this link points to a file that does not exist</source>
        <translation>este enlace apunta a un archivo que no existe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no such file or folder</source>
        <translation>no existe ese archivo o carpeta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this cannot be opened ({reason})</source>
        <translation>no se puede abrir ({reason})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>this folder cannot be read ({reason})</source>
        <translation>no se puede leer esta carpeta ({reason})</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>the id &apos;{id}&apos; is already used by {file}; give each routine its own id</source>
        <translation>el id &apos;{id}&apos; ya lo usa {file}; dé a cada rutina su propio id</translation>
    </message>
</context>
<context>
    <name>RoutineForm</name>
    <message>
        <location filename="../../ui/editor/form.py" line="+89"/>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Id:</source>
        <translation>Identi&amp;ficador:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Area:</source>
        <translation>&amp;Zona:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summar&amp;y:</source>
        <translation>Res&amp;umen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Caution:</source>
        <translation>P&amp;recaución:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Prepare:</source>
        <translation>&amp;Preparación:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;witch sides:</source>
        <translation>&amp;Cambio de lado:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Steps (drag, or Alt+Up and Alt+Down, to reorder)</source>
        <translation>Pasos (arrastre, o use Alt+Arriba y Alt+Abajo, para reordenar)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add &amp;step</source>
        <translation>&amp;Añadir paso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remo&amp;ve step</source>
        <translation>&amp;Quitar paso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the step up (Alt+Up)</source>
        <translation>Subir el paso (Alt+Arriba)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the step down (Alt+Down)</source>
        <translation>Bajar el paso (Alt+Abajo)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One sentence per line, in order</source>
        <translation>Una frase por línea, en orden</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+278"/>
        <source>seconds: 30, or a range such as 20-30</source>
        <translation>segundos: 30, o un intervalo como 20-30</translation>
    </message>
    <message>
        <location line="-274"/>
        <source>Left, then right</source>
        <translation>Izquierda, luego derecha</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose picture…</source>
        <translation>Elegir imagen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No picture</source>
        <translation>Sin imagen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The step&apos;s picture</source>
        <translation>La imagen del paso</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+282"/>
        <source>Pose</source>
        <translation>Postura</translation>
    </message>
    <message>
        <location line="-282"/>
        <location line="+282"/>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <location line="-282"/>
        <source>Seconds</source>
        <translation>Segundos</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add pose</source>
        <translation>Añadir postura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove pose</source>
        <translation>Quitar postura</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Na&amp;me:</source>
        <translation>Nom&amp;bre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instructi&amp;ons:</source>
        <translation>&amp;Instrucciones:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repetitions:</source>
        <translation>Repeticione&amp;s:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tempo (eac&amp;h):</source>
        <translation>Ritmo (ca&amp;da una):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ho&amp;ld:</source>
        <translation>&amp;Mantener:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pos&amp;es:</source>
        <translation>Postura&amp;s:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Si&amp;des:</source>
        <translation>&amp;Lados:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+206"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Veces:</translation>
    </message>
    <message>
        <location line="-205"/>
        <source>Rest a&amp;fter:</source>
        <translation>Descanso después:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pict&amp;ure:</source>
        <translation>Ima&amp;gen:</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>S&amp;ets:</source>
        <translation>S&amp;eries:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>optional: seconds to hold at the end of each repetition</source>
        <translation>opcional: segundos que mantener al final de cada repetición</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>total seconds of alternating</source>
        <translation>segundos totales de alternancia</translation>
    </message>
</context>
<context>
    <name>SampleWords</name>
    <message>
        <location filename="../../audio/samples.py" line="+93"/>
        <source>{file} cannot be read ({reason})</source>
        <translation>No se puede leer {file} ({reason})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is empty</source>
        <translation>{file} está vacío</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is over {limit} MB</source>
        <translation>{file} ocupa más de {limit} MB</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{file} is not a WAV file; save it as WAV (PCM, 16-bit)</source>
        <translation>{file} no es un archivo WAV; guárdelo como WAV (PCM, 16 bits)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is an {kind} file, not a WAV; save it as WAV</source>
        <translation>{file} es un archivo {kind}, no un WAV; guárdelo como WAV</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} is a damaged WAV file (no format chunk); save it again</source>
        <translation>{file} es un archivo WAV dañado (sin bloque de formato); vuelva a guardarlo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{file} holds {kind}-compressed sound; save it as PCM WAV</source>
        <translation>{file} contiene sonido comprimido en {kind}; guárdelo como WAV PCM</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{file} uses an audio format ({code}) cues cannot play; save it as PCM WAV</source>
        <translation>{file} usa un formato de audio ({code}) que los avisos no pueden reproducir; guárdelo como WAV PCM</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{file} uses {bits}-bit samples; save it as 8, 16, 24 or 32-bit PCM WAV</source>
        <translation>{file} usa muestras de {bits} bits; guárdelo como WAV PCM de 8, 16, 24 o 32 bits</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{file} says its sample rate is {rate} Hz; save it at a rate from 8000 to 192000 Hz</source>
        <translation>{file} indica una frecuencia de muestreo de {rate} Hz; guárdelo a una frecuencia de 8000 a 192000 Hz</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{file} has {channels} channels; save it as mono or stereo</source>
        <translation>{file} tiene {channels} canales; guárdelo en mono o estéreo</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>{file} is {size} MB; a cue sound must be under {limit} MB</source>
        <translation>{file} ocupa {size} MB; un aviso sonoro debe ocupar menos de {limit} MB</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>{file} holds no sound (or is cut short)</source>
        <translation>{file} no contiene sonido (o está cortado)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file} lasts {seconds} s; a cue sound must be under {limit} s</source>
        <translation>{file} dura {seconds} s; un aviso sonoro debe durar menos de {limit} s</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <location filename="../../ui/session/controller.py" line="+48"/>
        <source>Routine stopped.</source>
        <translation>Rutina detenida.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your routine is paused.</source>
        <translation>Su rutina está en pausa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to your routine</source>
        <translation>Volver a su rutina</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>&amp;Start / Pause</source>
        <translation>&amp;Iniciar / Pausar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start or pause</source>
        <translation>Iniciar o pausar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the start of this side or rep; twice for the one before</source>
        <translation>Volver al inicio de este lado o repetición; dos veces para el anterior</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skip to the next hold</source>
        <translation>Pasar al siguiente estiramiento</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>+10 s</source>
        <translation>+10 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ten more seconds for this hold</source>
        <translation>Diez segundos más para este estiramiento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;top</source>
        <translation>De&amp;tener</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop the session</source>
        <translation>Detener la sesión</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Say time &amp;left</source>
        <translation>Decir el tiempo &amp;restante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say how long this phase and the routine have left</source>
        <translation>Decir cuánto les queda a esta fase y a la rutina</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>{routine} · done — {app}</source>
        <translation>{routine} · terminada — {app}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Paused · </source>
        <translation>En pausa · </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{routine} — {app}</source>
        <translation>{routine} — {app}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{routine} · {left} left — {app}</source>
        <translation>{routine} · quedan {left} — {app}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Ready. Press Space to start.</source>
        <translation>Listo. Pulse Espacio para empezar.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The routine {routine} is not loaded.</source>
        <translation>La rutina {routine} no está cargada.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>{event}. Press Space to continue.</source>
        <translation>{event}. Pulse Espacio para continuar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused. Press Space to continue.</source>
        <translation>En pausa. Pulse Espacio para continuar.</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>1 second left</source>
        <translation>queda 1 segundo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{seconds} seconds left</source>
        <translation>quedan {seconds} segundos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{left} left in the routine</source>
        <translation>Quedan {left} de la rutina</translation>
    </message>
</context>
<context>
    <name>SessionScreenText</name>
    <message>
        <location filename="../../ui/session/view.py" line="-53"/>
        <source>Get into position</source>
        <translation>Colóquese en posición</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold</source>
        <translation>Mantener</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch sides</source>
        <translation>Cambie de lado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relax</source>
        <translation>Relájese</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ready</source>
        <translation>lista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>finished</source>
        <translation>terminada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped</source>
        <translation>detenida</translation>
    </message>
    <message>
        <location line="+290"/>
        <location line="+122"/>
        <source>Next: {step}</source>
        <translation>Siguiente: {step}</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Next: done</source>
        <translation>Siguiente: fin</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next: {what} ({length})</source>
        <translation>Siguiente: {what} ({length})</translation>
    </message>
</context>
<context>
    <name>SessionView</name>
    <message>
        <location line="-271"/>
        <location line="+21"/>
        <source>Routine progress</source>
        <translation>Progreso de la rutina</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>What to do now</source>
        <translation>Qué hacer ahora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Illustration of the stretch</source>
        <translation>Ilustración del estiramiento</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Coming next</source>
        <translation>A continuación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Session status</source>
        <translation>Estado de la sesión</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Stretching session</source>
        <translation>Sesión de estiramiento</translation>
    </message>
    <message>
        <location line="+106"/>
        <location line="+8"/>
        <source>Rep {rep} of {count}</source>
        <translation>Rep. {rep} de {count}</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>PAUSED</source>
        <translation>EN PAUSA</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>repetitions</source>
        <translation>repeticiones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Get ready for step {step} of {count}: {first}</source>
        <translation>Prepárese para el paso {step} de {count}: {first}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Step {step} of {count}  ·  {left} left{state}</source>
        <translation>Paso {step} de {count}  ·  quedan {left}{state}</translation>
    </message>
</context>
<context>
    <name>SessionWords</name>
    <message>
        <location filename="../../core/engine.py" line="+132"/>
        <source>Get into position: {step}</source>
        <translation>Colóquese: {step}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rep {rep} of {count}</source>
        <translation>Repetición {rep} de {count}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hold</source>
        <translation>Mantener</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Switch sides</source>
        <translation>Cambie de lado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Relax</source>
        <translation>Relájese</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> - left side</source>
        <translation> - lado izquierdo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> - right side</source>
        <translation> - lado derecho</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Resumed</source>
        <translation>Reanudada</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Stopped</source>
        <translation>Detenida</translation>
    </message>
    <message>
        <location line="+203"/>
        <source>Halfway</source>
        <translation>A la mitad</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{step} done</source>
        <translation>{step}: terminado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Routine complete</source>
        <translation>Rutina completada</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Paused: the app was held up for {seconds} s (computer busy or asleep)</source>
        <translation>En pausa: la aplicación estuvo detenida {seconds} s (equipo ocupado o en reposo)</translation>
    </message>
</context>
<context>
    <name>SettingsController</name>
    <message>
        <location filename="../../ui/settings/controller.py" line="+38"/>
        <source>Se&amp;ttings...</source>
        <translation>A&amp;justes...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold length, timings, sound, theme, text size</source>
        <translation>Tiempo de estiramiento, preparación, sonido, tema, tamaño del texto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Mute</source>
        <translation>Si&amp;lenciar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sound cues on or off</source>
        <translation>Activar o desactivar los avisos sonoros</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings/dialog.py" line="+136"/>
        <location line="+72"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Hold length</source>
        <translation>Tiempo de estiramiento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time to get into position</source>
        <translation>Tiempo para colocarse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rest between stretches</source>
        <translation>Descanso entre estiramientos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play sound cues</source>
        <translation>Reproducir avisos sonoros</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sound player in use: {player}</source>
        <translation>Reproductor en uso: {player}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Speak step names, &quot;switch sides&quot;, &quot;relax&quot; and &quot;routine complete&quot;</source>
        <translation>Decir los nombres de los pasos, «Cambie de lado», «Relájese» y «Rutina completada»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not available: {reason}</source>
        <translation>No disponible: {reason}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Hold length:</source>
        <translation>Tiempo de &amp;estiramiento:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Get into position:</source>
        <translation>Tiempo para &amp;colocarse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rest between stretches:</source>
        <translation>&amp;Descanso entre estiramientos:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Volume:</source>
        <translation>&amp;Volumen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cues to play:</source>
        <translation>Avisos que reproducir:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Night theme:</source>
        <translation>Tema nocturno:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Te&amp;xt size:</source>
        <translation>Tamaño del te&amp;xto:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cramp buttons run:</source>
        <translation>Los botones de calambre inician:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
</context>
<context>
    <name>SettingsProblems</name>
    <message>
        <location filename="../../settings/store.py" line="+287"/>
        <source>{file}: setting &apos;{name}&apos; = {value} is not valid; using {default}</source>
        <translation>{file}: el ajuste &apos;{name}&apos; = {value} no es válido; se usa {default}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>a time without its time zone</source>
        <translation>una hora sin zona horaria</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{file}: the reminder state is not readable ({reason})</source>
        <translation>{file}: no se puede leer el estado de los recordatorios ({reason})</translation>
    </message>
</context>
<context>
    <name>SettingsWords</name>
    <message>
        <location filename="../../ui/settings/dialog.py" line="-154"/>
        <source>Short end of each range (e.g. 20 s of 20-30)</source>
        <translation>Extremo corto de cada intervalo (p. ej. 20 s de 20-30)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Middle of each range (e.g. 25 s)</source>
        <translation>Punto medio de cada intervalo (p. ej. 25 s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long end of each range (e.g. 30 s)</source>
        <translation>Extremo largo de cada intervalo (p. ej. 30 s)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Follow the system</source>
        <translation>Según el sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Night: dim and dark, for the bedroom</source>
        <translation>Noche: tenue y oscuro, para el dormitorio</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Get ready</source>
        <translation>Prepárese</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold starts</source>
        <translation>Empieza a estirar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Halfway</source>
        <translation>A la mitad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3-2-1 countdown</source>
        <translation>Cuenta atrás 3-2-1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch sides</source>
        <translation>Cambie de lado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next pose</source>
        <translation>Siguiente postura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step done</source>
        <translation>Paso terminado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Routine done</source>
        <translation>Rutina terminada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each counted repetition</source>
        <translation>Cada repetición contada</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>As the routine says</source>
        <translation>Según la rutina</translation>
    </message>
</context>
<context>
    <name>SoundCheckWords</name>
    <message>
        <location filename="../../audio/check.py" line="+34"/>
        <source>sound player: {player} (device: {device})</source>
        <translation>reproductor: {player} (dispositivo: {device})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>  skipped {reason}</source>
        <translation>  omitido: {reason}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>playing {cue} ({file})</source>
        <translation>reproduciendo {cue} ({file})</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>no sound output: cues would be shown on screen only. {reasons}</source>
        <translation>sin salida de sonido: los avisos solo se mostrarían en pantalla. {reasons}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a player failed while playing</source>
        <translation>un reproductor falló durante la reproducción</translation>
    </message>
</context>
<context>
    <name>SoundSettings</name>
    <message>
        <location filename="../../ui/settings/sound.py" line="+48"/>
        <source>Sounds</source>
        <translation>Sonidos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Output device</source>
        <translation>Dispositivo de salida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System default (follows changes)</source>
        <translation>Predeterminado del sistema (sigue los cambios)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Te&amp;st sound</source>
        <translation>Probar &amp;sonido</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sound message</source>
        <translation>Mensaje sobre el sonido</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Output device:</source>
        <translation>Dispositivo de salida:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a file for {cue}</source>
        <translation>Elegir un archivo para «{cue}»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use built-in</source>
        <translation>Usar el incluido</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Built-in sound for {cue}</source>
        <translation>Sonido incluido para «{cue}»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{cue}:</source>
        <translation>{cue}:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Built-in</source>
        <translation>Incluido</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A sound for “{cue}”</source>
        <translation>Un sonido para «{cue}»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>WAV sound (*.wav)</source>
        <translation>Sonido WAV (*.wav)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{device} (not connected)</source>
        <translation>{device} (no conectado)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{problem}; “{cue}” keeps its sound.</source>
        <translation>{problem}; «{cue}» conserva su sonido.</translation>
    </message>
</context>
<context>
    <name>SpeechWords</name>
    <message>
        <location filename="../../audio/speech.py" line="+111"/>
        <source>no speech engine on this computer; install espeak-ng (on Debian or Ubuntu: sudo apt install espeak-ng). The chimes play as before.</source>
        <translation>no hay ningún motor de voz en este ordenador; instale espeak-ng (en Debian o Ubuntu: sudo apt install espeak-ng). Los avisos sonoros siguen sonando como antes.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the speech engine has no voice for &quot;{language}&quot;; install espeak-ng-data (on Debian or Ubuntu: sudo apt install espeak-ng-data). The chimes play as before.</source>
        <translation>el motor de voz no tiene voz para «{language}»; instale espeak-ng-data (en Debian o Ubuntu: sudo apt install espeak-ng-data). Los avisos sonoros siguen sonando como antes.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the speech engine ({engine}) crashed or hung, so the voice is off this session; the chimes play as before. If it recurs, reinstall espeak-ng.</source>
        <translation>el motor de voz ({engine}) se ha bloqueado o colgado, así que no habrá voz en esta sesión; los avisos sonoros siguen como antes. Si vuelve a ocurrir, reinstale espeak-ng.</translation>
    </message>
</context>
<context>
    <name>SpokenWords</name>
    <message>
        <location filename="../../core/cues.py" line="+69"/>
        <location line="+19"/>
        <source>Relax</source>
        <translation>Relájese</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+19"/>
        <source>Switch sides</source>
        <translation>Cambie de lado</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+18"/>
        <source>Routine complete. Well done.</source>
        <translation>Rutina completada. Muy bien.</translation>
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
    <name>TimelineStrip</name>
    <message>
        <location filename="../../ui/editor/preview.py" line="+20"/>
        <source>Timeline of the routine</source>
        <translation>Línea de tiempo de la rutina</translation>
    </message>
</context>
<context>
    <name>TraceWords</name>
    <message>
        <location filename="../../trace.py" line="+159"/>
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
        <location filename="../../core/content_language.py" line="+126"/>
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
        <translation>{context}una traducción debe ser un conjunto de campos; se usa el texto en inglés</translation>
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
        <location line="+9"/>
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
        <location line="+102"/>
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
    <name>Tray</name>
    <message>
        <location filename="../../desktop/tray.py" line="+44"/>
        <location line="+57"/>
        <source>Show window</source>
        <translation>Mostrar ventana</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Cramp help</source>
        <translation>Alivio rápido</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Snooze 15 min</source>
        <translation>Recordar en 15&#xa0;min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip today</source>
        <translation>Omitir hoy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pause reminders</source>
        <translation>Pausar recordatorios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminders...</source>
        <translation>Recordatorios...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Start {routine}</source>
        <translation>Iniciar {routine}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Hide window</source>
        <translation>Ocultar ventana</translation>
    </message>
</context>
<context>
    <name>VoiceWords</name>
    <message>
        <location filename="../../audio/voice.py" line="+167"/>
        <source>Voice: {problem}</source>
        <translation>Voz: {problem}</translation>
    </message>
</context>
<context>
    <name>WeeklyChart</name>
    <message>
        <location filename="../../ui/log/chart.py" line="+29"/>
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
        <location line="+24"/>
        <source>Cramps per week</source>
        <translation>Calambres por semana</translation>
    </message>
</context>
<context>
    <name>YamlWords</name>
    <message>
        <location filename="../../core/yaml_tree.py" line="+110"/>
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
        <location line="+15"/>
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
<context>
    <name>ZoneText</name>
    <message>
        <location filename="../../core/local_zone.py" line="+53"/>
        <source>The computer&apos;s time zone ({zone}) cannot be used ({problem}); times are shown and logged in UTC instead.</source>
        <translation>No se puede usar la zona horaria del ordenador ({zone}) ({problem}); las horas se muestran y se registran en UTC.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
</context>
</TS>
