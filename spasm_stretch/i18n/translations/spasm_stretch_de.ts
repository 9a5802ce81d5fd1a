<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>CommandLineWords</name>
    <message>
        <location filename="../../cli.py" line="+50"/>
        <source>usage: </source>
        <translation>Aufruf: </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>positional arguments</source>
        <translation>Befehle und Argumente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>show this help and exit</source>
        <translation>diese Hilfe zeigen und beenden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{program}: error: {problem}</source>
        <translation>{program}: Fehler: {problem}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Guided stretching routines for muscle cramps and spasms. Without a command, opens the window.</source>
        <translation>Angeleitete Dehnroutinen bei Muskelkrämpfen und Spasmen. Ohne Befehl öffnet sich das Fenster.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>General information only, not medical advice.</source>
        <translation>Nur allgemeine Informationen, keine medizinische Beratung.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>show the version and exit</source>
        <translation>die Version zeigen und beenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>speak this language ({codes}) instead of the system&apos;s or the setting</source>
        <translation>diese Sprache ({codes}) verwenden statt der des Systems oder der Einstellung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>DIR</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>also load routines from DIR (may be given more than once; a routine here replaces one with the same id)</source>
        <translation>auch Routinen aus ORDNER laden (mehrfach möglich; eine Routine hier ersetzt eine mit derselben ID)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>run sessions N times faster (for demos and tests; default 1)</source>
        <translation>Einheiten N-mal schneller ablaufen lassen (für Vorführungen und Tests; Standard 1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>sound player: auto (default in the window), qt, playsound or silent (trace plays sounds only when this is given)</source>
        <translation>Tonwiedergabe: auto (Standard im Fenster), qt, playsound oder silent (trace spielt Töne nur ab, wenn dies angegeben ist)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>start hidden in the tray (how the login entry starts it)</source>
        <translation>verborgen im Infobereich starten (so startet es der Eintrag für die Anmeldung)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>COMMAND</source>
        <translation>BEFEHL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ROUTINE</source>
        <translation>ROUTINE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a routine id, or a routine file</source>
        <translation>eine Routine-ID oder eine Routinedatei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list every routine with its steps and total time</source>
        <translation>alle Routinen mit ihren Schritten und der Gesamtdauer auflisten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>check routine files or folders</source>
        <translation>Routinedateien oder -ordner prüfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>print a routine&apos;s timeline, segment by segment</source>
        <translation>den Ablauf einer Routine Abschnitt für Abschnitt ausgeben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>open the window on a routine, ready to start</source>
        <translation>das Fenster mit einer Routine öffnen, startbereit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a routine id</source>
        <translation>eine Routine-ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>open the window on quick relief for a cramp happening now</source>
        <translation>das Fenster mit der Soforthilfe für einen akuten Krampf öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>start today&apos;s reminded routine (or the last one)</source>
        <translation>die Routine der heutigen Erinnerung starten (oder die zuletzt genutzte)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add the app to the applications menu</source>
        <translation>die App zum Anwendungsmenü hinzufügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>remove it from the applications menu</source>
        <translation>sie aus dem Anwendungsmenü entfernen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>start at login, hidden in the tray</source>
        <translation>bei der Anmeldung starten, verborgen im Infobereich</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>show which sound player works and play each cue</source>
        <translation>zeigen, welche Tonwiedergabe funktioniert, und jedes Signal abspielen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>print the log of routines and cramp episodes</source>
        <translation>den Verlauf der Routinen und Krämpfe ausgeben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>comma-separated values instead</source>
        <translation>stattdessen kommagetrennte Werte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>run a routine with no window and print each event as it fires</source>
        <translation>eine Routine ohne Fenster ablaufen lassen und jedes Ereignis ausgeben, sobald es eintritt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>run N times faster</source>
        <translation>N-mal schneller ablaufen lassen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>one JSON object per event</source>
        <translation>ein JSON-Objekt pro Ereignis</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>speed must be a number from 0.1 to 1000, got {value}</source>
        <translation>die Geschwindigkeit muss eine Zahl von 0.1 bis 1000 sein, angegeben: {value}</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>spasm-stretch cannot open its window: there is no display (neither DISPLAY nor WAYLAND_DISPLAY is set). The terminal commands work without one: list, show, trace, validate, history.</source>
        <translation>spasm-stretch kann sein Fenster nicht öffnen: Es gibt keine Anzeige (weder DISPLAY noch WAYLAND_DISPLAY ist gesetzt). Die Terminalbefehle funktionieren auch ohne: list, show, trace, validate, history.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>no routine with the id {id}; known ids: {known}</source>
        <translation>keine Routine mit der ID {id}; bekannte IDs: {known}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>built-in</source>
        <translation>mitgeliefert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yours</source>
        <translation>eigene</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AREA</source>
        <translation>BEREICH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STEPS</source>
        <translation>SCHRITTE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TIME</source>
        <translation>DAUER</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FROM</source>
        <translation>HERKUNFT</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{origin} (replaces {file})</source>
        <translation>{origin} (ersetzt {file})</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>no routine files (.yaml or .yml) found</source>
        <translation>keine Routinedateien (.yaml oder .yml) gefunden</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n file(s) with errors</source>
        <translation>
            <numerusform>%n Datei mit Fehlern</numerusform>
            <numerusform>%n Dateien mit Fehlern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{broken}, %n valid</source>
        <translation>
            <numerusform>{broken}, %n gültig</numerusform>
            <numerusform>{broken}, %n gültig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>ok: %n routine(s) valid</source>
        <translation>
            <numerusform>ok: %n Routine gültig</numerusform>
            <numerusform>ok: %n Routinen gültig</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>left</source>
        <translation>links</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>right</source>
        <translation>rechts</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(rep {rep} of {reps})</source>
        <translation>(Wdh. {rep} von {reps})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>get into position for {step}</source>
        <translation>Position einnehmen für {step}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rep {repetition} of {count}</source>
        <translation>Wiederholung {repetition} von {count}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>({tempo:g} s, then hold)</source>
        <translation>({tempo:g} s, dann halten)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>hold left</source>
        <translation>halten, links</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hold right</source>
        <translation>halten, rechts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hold</source>
        <translation>halten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>switch to the right side</source>
        <translation>zur rechten Seite wechseln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>switch to the left side</source>
        <translation>zur linken Seite wechseln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>relax</source>
        <translation>entspannen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name} ({id}): {total} in all, {active} stretching</source>
        <translation>{name} ({id}): {total} insgesamt, davon {active} Dehnen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>what</source>
        <translation>Was</translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>%n entries the app could not save earlier are now in the log.</source>
        <translation>
            <numerusform>%n Eintrag, den die App zuvor nicht speichern konnte, ist jetzt im Verlauf.</numerusform>
            <numerusform>%n Einträge, die die App zuvor nicht speichern konnte, sind jetzt im Verlauf.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoaderWords</name>
    <message>
        <location filename="../../core/loader.py" line="+120"/>
        <location line="+38"/>
        <source>this is a folder, not a routine file</source>
        <translation>dies ist ein Ordner, keine Routinedatei</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>the file cannot be read ({reason})</source>
        <translation>die Datei kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file is larger than {size} KiB; a routine is a few KiB</source>
        <translation>die Datei ist größer als {size} KiB; eine Routine hat nur wenige KiB</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this is a binary file, not YAML text</source>
        <translation>dies ist eine Binärdatei, kein YAML-Text</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the file is not UTF-8 text (byte 0x{byte:02x}); save it as UTF-8</source>
        <translation>die Datei ist kein UTF-8-Text (Byte 0x{byte:02x}); speichern Sie sie als UTF-8</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>this is {kind}, not a routine file; a routine is a text file</source>
        <translation>dies ist {kind}, keine Routinedatei; eine Routine ist eine Textdatei</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a named pipe (FIFO)</source>
        <translation>eine benannte Pipe (FIFO)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a device</source>
        <translation>ein Gerät</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a regular file</source>
        <translation>keine normale Datei</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a symbolic link that loops back on itself</source>
        <translation>ein symbolischer Link, der auf sich selbst zurückverweist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the name is too long for the file system</source>
        <translation>der Name ist zu lang für das Dateisystem</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a mapping</source>
        <translation>eine Zuordnung</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>a list of %n</source>
        <translation>
            <numerusform>eine Liste mit %n Eintrag</numerusform>
            <numerusform>eine Liste mit %n Einträgen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a number too large to be seconds</source>
        <translation>eine Zahl, die für Sekunden zu groß ist</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>a routine must be a mapping of fields, got {value}</source>
        <translation>eine Routine muss eine Zuordnung von Feldern sein, gefunden: {value}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>id must be lowercase letters, digits and dashes, got {value}</source>
        <translation>id darf nur Kleinbuchstaben, Ziffern und Bindestriche enthalten, gefunden: {value}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>steps must be a non-empty list, got {value}</source>
        <translation>steps muss eine nicht leere Liste sein, gefunden: {value}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>steps may hold at most {most} steps</source>
        <translation>steps darf höchstens {most} Schritte enthalten</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>step {number}: </source>
        <translation>Schritt {number}: </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}a step must be a mapping of fields, got {value}</source>
        <translation>{where}ein Schritt muss eine Zuordnung von Feldern sein, gefunden: {value}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>step {number} ({name}): </source>
        <translation>Schritt {number} ({name}): </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where}sides must be &apos;none&apos; or &apos;both&apos;, got {value}</source>
        <translation>{where}sides muss &apos;none&apos; oder &apos;both&apos; sein, gefunden: {value}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{where}image_side must be &apos;left&apos; or &apos;right&apos; (the side the picture shows), got {value}</source>
        <translation>{where}image_side muss &apos;left&apos; oder &apos;right&apos; sein (die Seite, die das Bild zeigt), gefunden: {value}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{where}reps must be a whole number between {low} and {high}, got {value}</source>
        <translation>{where}reps muss eine ganze Zahl zwischen {low} und {high} sein, gefunden: {value}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{where}{count} repetitions of {each:g} s last {total:g} s; keep a set under {most:g} s</source>
        <translation>{where}{count} Wiederholungen zu {each:g} s dauern {total:g} s; halten Sie eine Serie unter {most:g} s</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>{where}tempo is the seconds per repetition of a counted step; add &apos;count&apos; (how many repetitions) or remove tempo</source>
        <translation>{where}tempo ist die Sekundenzahl pro Wiederholung eines gezählten Schritts; fügen Sie &apos;count&apos; (Anzahl der Wiederholungen) hinzu oder entfernen Sie tempo</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{where}count must be a whole number of repetitions between {low} and {high}, got {value}</source>
        <translation>{where}count muss eine ganze Zahl von Wiederholungen zwischen {low} und {high} sein, gefunden: {value}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{where}a counted step (count) cannot also be a flow; use one or the other</source>
        <translation>{where}ein gezählter Schritt (count) kann nicht zugleich ein Ablauf (flow) sein; verwenden Sie nur eines von beiden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{where}the field &apos;tempo&apos; is missing (seconds per repetition, e.g. 2)</source>
        <translation>{where}das Feld &apos;tempo&apos; fehlt (Sekunden pro Wiederholung, z. B. 2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{where}flow must be a list of 2 to {most} poses, got {value}</source>
        <translation>{where}flow muss eine Liste von 2 bis {most} Haltungen sein, gefunden: {value}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{where}pose {number}: </source>
        <translation>{where}Haltung {number}: </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{where}a pose must be a mapping, got {value}</source>
        <translation>{where}eine Haltung muss eine Zuordnung sein, gefunden: {value}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>did you mean &apos;{field}&apos;?</source>
        <translation>meinten Sie &apos;{field}&apos;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>known fields: {fields}</source>
        <translation>bekannte Felder: {fields}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where}unknown field &apos;{field}&apos; is ignored; {hint}</source>
        <translation>{where}das unbekannte Feld &apos;{field}&apos; wird ignoriert; {hint}</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+37"/>
        <source>{where}the field &apos;{field}&apos; is missing</source>
        <translation>{where}das Feld &apos;{field}&apos; fehlt</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>{where}{field} must be text, got {value}</source>
        <translation>{where}{field} muss Text sein, gefunden: {value}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{where}{field} is {length} characters; keep it under {most}</source>
        <translation>{where}{field} hat {length} Zeichen; bleiben Sie unter {most}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{where}{field} must be seconds between {low:g} and {high:g}, got {value}</source>
        <translation>{where}{field} muss eine Sekundenzahl zwischen {low:g} und {high:g} sein, gefunden: {value}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{where}the field &apos;hold&apos; is missing (seconds, e.g. 30 or &quot;20-30&quot;)</source>
        <translation>{where}das Feld &apos;hold&apos; fehlt (Sekunden, z. B. 30 oder &quot;20-30&quot;)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{where}hold must be seconds between {low:g} and {high:g} (a number like 30 or a range like &quot;20-30&quot;), got {value}</source>
        <translation>{where}hold muss eine Sekundenzahl zwischen {low:g} und {high:g} sein (eine Zahl wie 30 oder ein Bereich wie &quot;20-30&quot;), gefunden: {value}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{where}instructions must be a list of 1 to {most} sentences, each on its own line starting with &apos;- &apos;, got {value}</source>
        <translation>{where}instructions muss eine Liste von 1 bis {most} Sätzen sein, jeder in einer eigenen Zeile, die mit &apos;- &apos; beginnt, gefunden: {value}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{where}instruction {number} must be a sentence of text (under {most} characters), got {value}</source>
        <translation>{where}Anweisung {number} muss ein Satz Text sein (unter {most} Zeichen), gefunden: {value}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{where}image must be a file name, got {value}</source>
        <translation>{where}image muss ein Dateiname sein, gefunden: {value}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{where}image must be a file name beside the routine or in the built-in images, not a path outside them, got {value}</source>
        <translation>{where}image muss ein Dateiname neben der Routine oder unter den mitgelieferten Bildern sein, kein Pfad außerhalb davon, gefunden: {value}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{where}image {name} {reason}</source>
        <translation>{where}Bild {name} {reason}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{where}image {name} was not found beside the routine or in the built-in images</source>
        <translation>{where}Bild {name} wurde weder neben der Routine noch unter den mitgelieferten Bildern gefunden</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>cannot be read ({reason})</source>
        <translation>kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>is not a file name (it names a folder)</source>
        <translation>ist kein Dateiname (es bezeichnet einen Ordner)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>is not a picture the app can show: use SVG, PNG, JPEG or WebP</source>
        <translation>ist kein Bild, das die App anzeigen kann: verwenden Sie SVG, PNG, JPEG oder WebP</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot be used: {reason}</source>
        <translation>kann nicht verwendet werden: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is larger than {size} KiB</source>
        <translation>ist größer als {size} KiB</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot be shown: {reason}</source>
        <translation>kann nicht angezeigt werden: {reason}</translation>
    </message>
</context>
<context>
    <name>ProblemWords</name>
    <message>
        <location filename="../../core/problems.py" line="+40"/>
        <source>{path}: warning: {message}</source>
        <translation>{path}: Warnung: {message}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path}: {message}</source>
        <translation>{path}: {message}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path}, line {line}: warning: {message}</source>
        <translation>{path}, Zeile {line}: Warnung: {message}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path}, line {line}: {message}</source>
        <translation>{path}, Zeile {line}: {message}</translation>
    </message>
</context>
<context>
    <name>RoutineFolderWords</name>
    <message>
        <location filename="../../core/catalog.py" line="+96"/>
        <source>this link points to a file that does not exist</source>
        <translation>dieser Link zeigt auf eine Datei, die es nicht gibt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no such file or folder</source>
        <translation>diese Datei oder dieser Ordner existiert nicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this cannot be opened ({reason})</source>
        <translation>dies kann nicht geöffnet werden ({reason})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>this folder cannot be read ({reason})</source>
        <translation>dieser Ordner kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>the id &apos;{id}&apos; is already used by {file}; give each routine its own id</source>
        <translation>die ID &apos;{id}&apos; wird bereits von {file} verwendet; geben Sie jeder Routine eine eigene ID</translation>
    </message>
</context>
<context>
    <name>SvgWords</name>
    <message>
        <location filename="../../core/svg_safety.py" line="+43"/>
        <source>it declares the entity &apos;{name}&apos;; pictures must be plain SVG</source>
        <translation>es deklariert die Entität &apos;{name}&apos;; Bilder müssen einfaches SVG sein</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it refers to an outside document type; pictures must be plain SVG</source>
        <translation>es verweist auf einen externen Dokumenttyp; Bilder müssen einfaches SVG sein</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>it refers to an outside file ({name}); embed it instead</source>
        <translation>es verweist auf eine externe Datei ({name}); betten Sie diese stattdessen ein</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it refers to an outside file in {attribute}; embed it instead</source>
        <translation>es verweist in {attribute} auf eine externe Datei; betten Sie diese stattdessen ein</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>its style sheet refers to an outside file; embed it instead</source>
        <translation>sein Stylesheet verweist auf eine externe Datei; betten Sie diese stattdessen ein</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>it is not valid SVG ({reason}, line {line})</source>
        <translation>es ist kein gültiges SVG ({reason}, Zeile {line})</translation>
    </message>
</context>
<context>
    <name>TraceWords</name>
    <message>
        <location filename="../../trace.py" line="+151"/>
        <source>step {number} left: {text}</source>
        <translation>Schritt {number}, links: {text}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>step {number} right: {text}</source>
        <translation>Schritt {number}, rechts: {text}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>step {number}: {text}</source>
        <translation>Schritt {number}: {text}</translation>
    </message>
</context>
<context>
    <name>TranslationText</name>
    <message>
        <location filename="../../core/content_language.py" line="+151"/>
        <source>step {number}: </source>
        <translation>Schritt {number}: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pose {number}: </source>
        <translation>Haltung {number}: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>area {number}: </source>
        <translation>Bereich {number}: </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{context}a translation must be a mapping of fields; the English text is used</source>
        <translation>{context}eine Übersetzung muss eine Zuordnung von Feldern sein; der englische Text wird verwendet</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{context}&apos;{field}&apos; is not translated; the English text is used</source>
        <translation>{context}„{field}“ ist nicht übersetzt; der englische Text wird verwendet</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{context}&apos;{field}&apos; is timing, which only {english} sets; it is ignored here</source>
        <translation>{context}„{field}“ ist eine Zeitangabe, die nur {english} festlegt; hier wird sie ignoriert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{context}&apos;{field}&apos; is not text to translate; it comes from {english} and is ignored here</source>
        <translation>{context}„{field}“ ist kein zu übersetzender Text; es kommt aus {english} und wird hier ignoriert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{context}unknown field &apos;{field}&apos; is ignored; did you mean &apos;{guess}&apos;?</source>
        <translation>{context}das unbekannte Feld „{field}“ wird ignoriert; meinten Sie „{guess}“?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{context}unknown field &apos;{field}&apos; is ignored; a translation holds {known}</source>
        <translation>{context}das unbekannte Feld „{field}“ wird ignoriert; eine Übersetzung enthält {known}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{context}{english} has no &apos;{field}&apos;; it is ignored here</source>
        <translation>{context}{english} hat kein „{field}“; es wird hier ignoriert</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{context}&apos;{field}&apos; must be text; the English text is used</source>
        <translation>{context}„{field}“ muss Text sein; der englische Text wird verwendet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{context}&apos;{field}&apos; must be text of up to {limit} characters; the English text is used</source>
        <translation>{context}„{field}“ muss Text mit höchstens {limit} Zeichen sein; der englische Text wird verwendet</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>{context}&apos;{field}&apos; must list {expected} entries, one for each in {english}, got {got}; the English text is used</source>
        <translation>{context}„{field}“ muss {expected} Einträge haben, einen für jeden in {english}, hat aber {got}; der englische Text wird verwendet</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{problem}; the English text is used</source>
        <translation>{problem}; der englische Text wird verwendet</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>there is no &apos;{language}&apos; translation ({side}); the English text is used</source>
        <translation>es gibt keine Übersetzung „{language}“ ({side}); der englische Text wird verwendet</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>this is the &apos;{language}&apos; text of {english}, which does not exist</source>
        <translation>dies ist der Text „{language}“ von {english}, aber diese Datei gibt es nicht</translation>
    </message>
</context>
<context>
    <name>YamlWords</name>
    <message>
        <location filename="../../core/yaml_tree.py" line="+94"/>
        <source>the text holds a character that is not valid Unicode</source>
        <translation>der Text enthält ein Zeichen, das kein gültiges Unicode ist</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the file holds a control character (#x{code:04x})</source>
        <translation>die Datei enthält ein Steuerzeichen (#x{code:04x})</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+6"/>
        <source>this is not valid YAML ({reason})</source>
        <translation>dies ist kein gültiges YAML ({reason})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a tab is used for indentation; indent with spaces only</source>
        <translation>zum Einrücken wird ein Tabulator verwendet; rücken Sie nur mit Leerzeichen ein</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the field &apos;{field}&apos; is given twice (first on line {first})</source>
        <translation>das Feld &apos;{field}&apos; kommt zweimal vor (zuerst in Zeile {first})</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the data is nested more than {depth} levels deep</source>
        <translation>die Daten sind mehr als {depth} Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a second document starts here; put one routine in each file</source>
        <translation>hier beginnt ein zweites Dokument; schreiben Sie nur eine Routine in jede Datei</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>aliases (*{name}) are not allowed; write the value out</source>
        <translation>Aliase (*{name}) sind nicht erlaubt; schreiben Sie den Wert aus</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>anchors (&amp;{name}) are not allowed; write the value out</source>
        <translation>Anker (&amp;{name}) sind nicht erlaubt; schreiben Sie den Wert aus</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the value {value} cannot be read ({reason})</source>
        <translation>der Wert {value} kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the tag {tag} is not allowed; a routine holds plain data only</source>
        <translation>das YAML-Tag {tag} ist nicht erlaubt; eine Routine enthält nur einfache Daten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a field name must be a plain word, not a list or mapping</source>
        <translation>ein Feldname muss ein einfaches Wort sein, keine Liste oder Zuordnung</translation>
    </message>
</context>
</TS>
