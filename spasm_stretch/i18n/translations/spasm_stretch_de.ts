<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AppText</name>
    <message>
        <location filename="../../app.py" line="+182"/>
        <source>Demo speed ({speed}x): this run logs to a separate demo history ({path}), never to your own log.</source>
        <translation>Vorführtempo ({speed}x): Dieser Lauf schreibt in einen eigenen Vorführ-Verlauf ({path}), nie in Ihren eigenen Verlauf.</translation>
    </message>
</context>
<context>
    <name>ArchiveWords</name>
    <message>
        <location filename="../../core/routine_archive.py" line="+105"/>
        <location line="+176"/>
        <source>{file} cannot be written ({reason})</source>
        <translation>{file} kann nicht geschrieben werden ({reason})</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>it holds {count} files; a routine needs a few</source>
        <translation>es enthält {count} Dateien; eine Routine braucht nur wenige</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it unpacks to more than 64 MiB; a routine needs a few MiB</source>
        <translation>entpackt ist es größer als 64 MiB; eine Routine braucht nur wenige MiB</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it has no {file}; is it a routine export?</source>
        <translation>es enthält keine {file}; ist es ein Routine-Export?</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>it is not a readable zip archive ({reason})</source>
        <translation>es ist kein lesbares ZIP-Archiv ({reason})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it cannot be read ({reason})</source>
        <translation>es kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+12"/>
        <source>{file} inside it is larger than {size} KiB</source>
        <translation>die Datei {file} darin ist größer als {size} KiB</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+14"/>
        <source>the routine&apos;s id cannot be changed</source>
        <translation>die ID der Routine lässt sich nicht ändern</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>your folder already has a different picture called {file}; rename one of them first</source>
        <translation>Ihr Ordner enthält bereits ein anderes Bild namens {file}; benennen Sie zuerst eines davon um</translation>
    </message>
</context>
<context>
    <name>AreaNames</name>
    <message>
        <location filename="../../core/areas.py" line="+22"/>
        <source>Back</source>
        <translation>Rücken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calf</source>
        <translation>Wade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Foot</source>
        <translation>Fuß</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full body</source>
        <translation>Ganzkörper</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hamstring</source>
        <translation>Oberschenkelrückseite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hand</source>
        <translation>Hand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neck</source>
        <translation>Nacken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quadriceps</source>
        <translation>Oberschenkelvorderseite</translation>
    </message>
</context>
<context>
    <name>AudioOutput</name>
    <message>
        <location filename="../../audio/output.py" line="+204"/>
        <source>Sound: the {wanted} player is not available ({reason}); using {player} instead.</source>
        <translation>Ton: Wiedergabe über {wanted} nicht möglich ({reason}); stattdessen über {player}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No sound output could be opened; cues are shown on screen only.</source>
        <translation>Keine Tonausgabe verfügbar; Signale erscheinen nur auf dem Bildschirm.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the system default</source>
        <translation>die Standardausgabe des Systems</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>no player works</source>
        <translation>keine Wiedergabe möglich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No sound can play here ({reasons}); cues are shown on screen only.</source>
        <translation>Hier kann kein Ton abgespielt werden ({reasons}); Signale erscheinen nur auf dem Bildschirm.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Playing “get ready” through the {player} player on {device}, at volume {volume}.</source>
        <translation>„Vorbereiten“ wird über {player} auf {device} abgespielt, Lautstärke {volume}.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the sound server went away</source>
        <translation>der Soundserver ist nicht mehr erreichbar</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Sound: {problem}; using the built-in {cue} cue.</source>
        <translation>Ton: {problem}; der eingebaute Hinweiston „{cue}“ wird verwendet.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Sound: the {broken} player stopped working ({reason}); cues are shown on screen only until sound is back.</source>
        <translation>Ton: Die Wiedergabe über {broken} funktioniert nicht mehr ({reason}); Signale erscheinen nur auf dem Bildschirm, bis der Ton wieder da ist.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sound: the {broken} player stopped working ({reason}); using {player}.</source>
        <translation>Ton: Die Wiedergabe über {broken} funktioniert nicht mehr ({reason}); jetzt über {player}.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Sound is back: using the {player} player ({device}).</source>
        <translation>Der Ton ist wieder da: Wiedergabe über {player} ({device}).</translation>
    </message>
</context>
<context>
    <name>CommandLineWords</name>
    <message>
        <location filename="../../cli.py" line="+52"/>
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
        <location line="+16"/>
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
        <translation>diese Sprache ({codes}) verwenden statt der Systemsprache oder der eingestellten</translation>
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
        <source>sound player: auto (default in the window), pulse, mini, qt, playsound or silent (trace plays sounds only when this is given)</source>
        <translation>Tonwiedergabe: auto (Standard im Fenster), pulse, mini, qt, playsound oder silent (trace spielt Töne nur ab, wenn dies angegeben ist)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>start hidden in the tray (how the login entry starts it)</source>
        <translation>nur im Infobereich starten, ohne Fenster (so startet die App bei der Anmeldung)</translation>
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
        <translation>die App aus dem Anwendungsmenü entfernen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>start at login, hidden in the tray</source>
        <translation>bei der Anmeldung starten, nur im Infobereich</translation>
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
        <location line="+3"/>
        <source>every entry, not only the latest</source>
        <translation>alle Einträge, nicht nur die neuesten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>entries from this day on (YYYY-MM-DD)</source>
        <translation>Einträge ab diesem Tag (JJJJ-MM-TT)</translation>
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
        <location line="+5"/>
        <source>with --audio: speak step names and changes, as the window does</source>
        <translation>mit --audio: Übungsnamen und Wechsel ansagen, wie im Fenster</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>speed must be a number from 0.1 to 1000, got {value}</source>
        <translation>die Geschwindigkeit muss eine Zahl von 0.1 bis 1000 sein, angegeben: {value}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a date looks like 2026-11-03, got {value}</source>
        <translation>ein Datum sieht so aus: 2026-11-03, erhalten: {value}</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>spasm-stretch cannot open its window: there is no display (neither DISPLAY nor WAYLAND_DISPLAY is set). The terminal commands work without one: list, show, trace, validate, history.</source>
        <translation>spasm-stretch kann sein Fenster nicht öffnen: Es ist keine grafische Anzeige vorhanden (weder DISPLAY noch WAYLAND_DISPLAY ist gesetzt). Die Terminalbefehle funktionieren auch ohne: list, show, trace, validate, history.</translation>
    </message>
    <message>
        <location line="+14"/>
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
        <location line="+32"/>
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
        <location line="+28"/>
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
        <location line="+49"/>
        <source>%n entries the app could not save earlier are now in the log.</source>
        <translation>
            <numerusform>%n Eintrag, den die App zuvor nicht speichern konnte, ist jetzt im Verlauf.</numerusform>
            <numerusform>%n Einträge, die die App zuvor nicht speichern konnte, sind jetzt im Verlauf.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CountdownRing</name>
    <message>
        <location filename="../../ui/session/ring.py" line="+80"/>
        <source>Countdown</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{seconds} seconds left, {caption}</source>
        <translation>Noch {seconds} Sekunden, {caption}</translation>
    </message>
</context>
<context>
    <name>CrampController</name>
    <message>
        <location filename="../../ui/relief/controller.py" line="+114"/>
        <source>Cramp &amp;help</source>
        <translation>&amp;Soforthilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quick relief for a cramp happening now</source>
        <translation>Soforthilfe bei einem akuten Krampf</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cramp: {area_name}</source>
        <translation>Krampf: {area_name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cramp in the {area}: stretch now</source>
        <extracomment>{area_name}: the area as written, for languages that keep its capitals.</extracomment>
        <translation>Krampf ({area_name}): jetzt dehnen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cramp</source>
        <translation>Krampf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The cramp being timed: open the relief page</source>
        <translation>Der laufende Krampf: Soforthilfe öffnen</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>A cramp is still being timed; its time is in the toolbar.</source>
        <translation>Die Krampf-Stoppuhr läuft noch; die Zeit steht oben in der Werkzeugleiste.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to it</source>
        <translation>Zur Soforthilfe</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cramp {length}</source>
        <translation>Krampf {length}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>This cramp has lasted {minutes} minutes. {advice}</source>
        <translation>Dieser Krampf dauert schon {minutes} Minuten. {advice}</translation>
    </message>
    <message>
        <location line="+189"/>
        <source>Your cramp of {when} in the {where} has no end in the log. About how long did it last?</source>
        <extracomment>{place}: where as written, for languages that keep its capitals.</extracomment>
        <translation>Für Ihren Krampf vom {when}, {place}, ist im Protokoll kein Ende eingetragen. Wie lange hat er ungefähr gedauert?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your cramp of {when} has no end in the log. About how long did it last?</source>
        <translation>Für Ihren Krampf vom {when} ist im Protokoll kein Ende eingetragen. Wie lange hat er ungefähr gedauert?</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Cramp logged: {length}.</source>
        <translation>Krampf eingetragen: {length}.</translation>
    </message>
</context>
<context>
    <name>CrampEditor</name>
    <message>
        <location filename="../../ui/log/cramp_editor.py" line="+69"/>
        <source>Edit a cramp</source>
        <translation>Krampf bearbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a past cramp</source>
        <translation>Krampf nachtragen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>When the cramp started</source>
        <translation>Wann der Krampf begann</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Where the cramp was</source>
        <translation>Wo der Krampf war</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a leg / not noted</source>
        <translation>kein Bein / nicht notiert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which side</source>
        <translation>Welche Seite</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About how long it lasted, in minutes</source>
        <translation>Ungefähre Dauer in Minuten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I don&apos;t know how long</source>
        <translation>Dauer unbekannt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> of 10</source>
        <translation> von 10</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How bad it was, 1 to 10</source>
        <translation>Wie stark er war, 1 bis 10</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Started:</source>
        <translation>Beginn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where:</source>
        <translation>Wo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side:</source>
        <translation>Seite:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long:</source>
        <translation>Dauer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How bad:</source>
        <translation>Stärke:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What helped:</source>
        <translation>Was geholfen hat:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags:</source>
        <translation>Stichwörter:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It came with:</source>
        <translation>Dazu kam:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
</context>
<context>
    <name>CrampText</name>
    <message>
        <location filename="../../core/cramp.py" line="+60"/>
        <source>A few minutes</source>
        <translation>Ein paar Minuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About 5 minutes</source>
        <translation>Etwa 5 Minuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About 10 minutes</source>
        <translation>Etwa 10 Minuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More than 10 minutes</source>
        <translation>Mehr als 10 Minuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I don&apos;t know</source>
        <translation>Weiß ich nicht</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>More than {time} (as timed)</source>
        <translation>Mehr als {time} (gemessen)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>left</source>
        <translation>links</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>right</source>
        <translation>rechts</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>left leg</source>
        <translation>linkes Bein</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>right leg</source>
        <translation>rechtes Bein</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>end not recorded</source>
        <translation>Ende nicht erfasst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>end not known</source>
        <translation>Ende unbekannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>over {minutes} min</source>
        <translation>über {minutes} min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>about {minutes} min</source>
        <translation>etwa {minutes} min</translation>
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
        <translation>VORBEREITEN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HOLD</source>
        <translation>HALTEN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RELAX</source>
        <translation>ENTSPANNEN</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>HALFWAY</source>
        <translation>HALBZEIT</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>NEXT: {step}</source>
        <translation>DANACH: {step}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DONE</source>
        <translation>FERTIG</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>SWITCH → LEFT</source>
        <translation>WECHSEL → LINKS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SWITCH → RIGHT</source>
        <translation>WECHSEL → RECHTS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SWITCH</source>
        <translation>SEITE WECHSELN</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>TILT TO THE LEFT</source>
        <translation>NACH LINKS NEIGEN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TILT TO THE RIGHT</source>
        <translation>NACH RECHTS NEIGEN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LEFT LEG</source>
        <translation>LINKES BEIN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>RIGHT LEG</source>
        <translation>RECHTES BEIN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LEFT SIDE</source>
        <translation>LINKE SEITE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>RIGHT SIDE</source>
        <translation>RECHTE SEITE</translation>
    </message>
</context>
<context>
    <name>DesktopCommandWords</name>
    <message>
        <location filename="../../desktop/commands.py" line="+22"/>
        <source>added to the applications menu: {file}</source>
        <translation>zum Anwendungsmenü hinzugefügt: {file}</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>icons: %n files in the hicolor theme</source>
        <translation>
            <numerusform>Symbole: %n Datei im Thema hicolor</numerusform>
            <numerusform>Symbole: %n Dateien im Thema hicolor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>removed %n file(s)</source>
        <translation>
            <numerusform>%n Datei entfernt</numerusform>
            <numerusform>%n Dateien entfernt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>spasm-stretch starts at login, hidden in the tray ({file})</source>
        <translation>spasm-stretch startet bei der Anmeldung, nur im Infobereich ({file})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>spasm-stretch no longer starts ({file})</source>
        <translation>spasm-stretch startet nicht mehr automatisch ({file})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>could not write the desktop entry: {error}</source>
        <translation>der Desktop-Eintrag konnte nicht geschrieben werden: {error}</translation>
    </message>
</context>
<context>
    <name>DesktopController</name>
    <message>
        <location filename="../../desktop/controller.py" line="+104"/>
        <source>Re&amp;minders and desktop...</source>
        <translation>Erinnerungen und Des&amp;ktop…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminders, the tray, start at login, the applications menu</source>
        <translation>Erinnerungen, Infobereich, Start bei der Anmeldung, Anwendungsmenü</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Could not listen for other launches ({error}).</source>
        <translation>Weitere Starts der App werden nicht erkannt ({error}).</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Bedtime stretch</source>
        <translation>Dehnen vor dem Schlafengehen</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+21"/>
        <source>Time to stretch</source>
        <translation>Zeit zum Dehnen</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>{routine} · {last_done}</source>
        <translation>{routine} · {last_done}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{routine}: start it now?</source>
        <translation>{routine}: jetzt starten?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snooze 15 min</source>
        <translation>In 15&#xa0;min erinnern</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Reminders paused</source>
        <translation>Erinnerungen pausiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No reminder set</source>
        <translation>Keine Erinnerung eingestellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next: {routine} {when}</source>
        <translation>Nächste: {routine} {when}</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Could not add to the applications menu: {error}</source>
        <translation>Die App konnte nicht zum Anwendungsmenü hinzugefügt werden: {error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Added to the applications menu ({file}).</source>
        <translation>Zum Anwendungsmenü hinzugefügt ({file}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not change start at login: {error}</source>
        <translation>Der Start bei der Anmeldung konnte nicht geändert werden: {error}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Starts at login, hidden in the tray ({file}).</source>
        <translation>Startet bei der Anmeldung, nur im Infobereich ({file}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No longer starts at login.</source>
        <translation>Startet nicht mehr bei der Anmeldung.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>spasm-stretch is still running</source>
        <translation>spasm-stretch läuft weiter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is in the tray, for reminders and cramp help. Quit from the tray&apos;s menu.</source>
        <translation>Die App ist im Infobereich, für Erinnerungen und Hilfe bei Krämpfen. Beenden können Sie sie über das Menü im Infobereich.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Keep running in the tray?</source>
        <translation>Im Infobereich weiterlaufen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep spasm-stretch running in the tray when its window is closed, so reminders still come and cramp help is one click away?

(You can change this under Reminders.)</source>
        <translation>Soll spasm-stretch im Infobereich weiterlaufen, wenn das Fenster geschlossen wird? Dann kommen Erinnerungen weiterhin, und die Hilfe bei Krämpfen ist nur einen Klick entfernt.

(Sie können das unter „Erinnerungen“ ändern.)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Quit spasm-stretch?</source>
        <translation>spasm-stretch beenden?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your reminders will not come until spasm-stretch runs again. Closing the window instead keeps them coming from the tray.</source>
        <translation>Ihre Erinnerungen kommen erst wieder, wenn spasm-stretch läuft. Wenn Sie stattdessen nur das Fenster schließen, kommen sie weiter aus dem Infobereich.</translation>
    </message>
</context>
<context>
    <name>EditorController</name>
    <message>
        <location filename="../../ui/editor/controller.py" line="+98"/>
        <source>&amp;New routine…</source>
        <translation>&amp;Neue Routine…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Duplicate routine…</source>
        <translation>Routine &amp;duplizieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit routine…</source>
        <translation>Routine be&amp;arbeiten…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{routine} (copy)</source>
        <translation>{routine} (Kopie)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Built-in routine</source>
        <translation>Mitgelieferte Routine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{routine} comes with the app and cannot be changed. Edit a copy of it instead?</source>
        <translation>{routine} gehört zur App und kann nicht geändert werden. Stattdessen eine Kopie bearbeiten?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot edit</source>
        <translation>Bearbeiten nicht möglich</translation>
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
        <translation>Eine Datei mit Kommentaren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} has comments written by hand. Saving from the editor would lose them, so it opens in your text editor instead (the list updates when you save it there). Or edit a copy in the app.</source>
        <translation>{file} enthält von Hand geschriebene Kommentare. Beim Speichern aus dem Editor gingen sie verloren, daher öffnet sich die Datei stattdessen in Ihrem Texteditor (die Liste aktualisiert sich, wenn Sie dort speichern). Oder bearbeiten Sie eine Kopie in der App.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open in text editor</source>
        <translation>Im Texteditor öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit a copy</source>
        <translation>Kopie bearbeiten</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>My routine</source>
        <translation>Meine Routine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What this routine is for.</source>
        <translation>Wofür diese Routine gedacht ist.</translation>
    </message>
</context>
<context>
    <name>EditorWords</name>
    <message>
        <location filename="../../ui/editor/form.py" line="+70"/>
        <source>Stretch {number}</source>
        <translation>Dehnung {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Describe the stretch.</source>
        <translation>Beschreiben Sie die Dehnung.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Hold still</source>
        <translation>Halten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count repetitions</source>
        <translation>Wiederholungen zählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alternate poses</source>
        <translation>Haltungen abwechseln</translation>
    </message>
</context>
<context>
    <name>EntryWords</name>
    <message>
        <location filename="../../desktop/entry.py" line="+97"/>
        <source>the command {command} holds a character a desktop entry cannot carry ({code})</source>
        <translation>der Befehl {command} enthält ein Zeichen, das ein Desktop-Eintrag nicht aufnehmen kann ({code})</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>desktop-file-validate refuses the entry: {problem}</source>
        <translation>desktop-file-validate lehnt den Eintrag ab: {problem}</translation>
    </message>
</context>
<context>
    <name>ExchangeController</name>
    <message>
        <location filename="../../ui/editor/exchange.py" line="+117"/>
        <source>&amp;Import routine…</source>
        <translation>Routine &amp;importieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;xport routine…</source>
        <translation>Routine e&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Not imported</source>
        <translation>Nicht importiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} was not imported:
{reason}</source>
        <translation>{file} wurde nicht importiert:
{reason}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not exported</source>
        <translation>Nicht exportiert</translation>
    </message>
</context>
<context>
    <name>ExchangeWords</name>
    <message>
        <location line="-166"/>
        <source>1 step</source>
        <translation>1 Schritt</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n steps</source>
        <translation>
            <numerusform>%n Schritt</numerusform>
            <numerusform>%n Schritte</numerusform>
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
        <translation>Routine importieren</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Import this routine?

{routine}</source>
        <translation>Diese Routine importieren?

{routine}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A routine with this id exists</source>
        <translation>Eine Routine mit dieser ID gibt es schon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You already have {routine} with the id {id}. Replace it with the imported one, or keep both?</source>
        <translation>Sie haben bereits {routine} mit der ID {id}. Durch die importierte ersetzen oder beide behalten?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep both</source>
        <translation>Beide behalten</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Routines (*.zip *.yaml *.yml)</source>
        <translation>Routinen (*.zip *.yaml *.yml)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export routine</source>
        <translation>Routine exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Routine archive (*.zip)</source>
        <translation>Routinearchiv (*.zip)</translation>
    </message>
</context>
<context>
    <name>FinishedView</name>
    <message>
        <location filename="../../ui/session/finished.py" line="+38"/>
        <source>Session summary</source>
        <translation>Zusammenfassung der Einheit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Resume  (Space)</source>
        <translation>&amp;Fortsetzen  (Leertaste)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take up the stopped routine where it was left</source>
        <translation>Die angehaltene Routine dort fortsetzen, wo sie stehen blieb</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Again</source>
        <translation>&amp;Noch einmal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run this routine again</source>
        <translation>Diese Routine noch einmal durchführen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back to routines</source>
        <translation>&amp;Zurück zu den Routinen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the routine list</source>
        <translation>Zurück zur Liste der Routinen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to cramp &amp;help</source>
        <translation>Zurück zur &amp;Soforthilfe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to the cramp timer and relief checklist</source>
        <translation>Zurück zur Krampf-Stoppuhr und Checkliste der Soforthilfe</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Well done!</source>
        <translation>Gut gemacht!</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Session stopped</source>
        <translation>Einheit abgebrochen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Time: {length}</source>
        <translation>Dauer: {length}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps completed: {done} of {count}</source>
        <translation>Schritte geschafft: {done} von {count}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Holds extended: {holds} (+{seconds} s)</source>
        <translation>Verlängerte Haltezeiten: {holds} (+{seconds} s)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Holds skipped: {holds}</source>
        <translation>Übersprungene Haltezeiten: {holds}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{heading} {routine}: done</source>
        <translation>{heading} {routine}: fertig</translation>
    </message>
</context>
<context>
    <name>FirstRunNotice</name>
    <message>
        <location filename="../../ui/shell/first_run.py" line="+44"/>
        <source>Before you start: {disclaimer}</source>
        <translation>Bevor Sie beginnen: {disclaimer}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before you start: {disclaimer} Stretch gently and stop if it hurts. {intro}: {flags}</source>
        <translation>Bevor Sie beginnen: {disclaimer} Dehnen Sie sanft und hören Sie auf, wenn es schmerzt. {intro}: {flags}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>I have read this</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When to see a doctor ▸</source>
        <translation>Wann zum Arzt ▸</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Less ▴</source>
        <translation>Weniger ▴</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show or hide when to see a doctor</source>
        <translation>Anzeigen oder ausblenden, wann Sie zum Arzt gehen sollten</translation>
    </message>
</context>
<context>
    <name>HabitStrip</name>
    <message>
        <location filename="../../ui/log/habit_strip.py" line="+22"/>
        <location line="+20"/>
        <source>Routines this week</source>
        <translation>Routinen in dieser Woche</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>today</source>
        <translation>heute</translation>
    </message>
</context>
<context>
    <name>HabitWords</name>
    <message>
        <location filename="../../core/habit.py" line="+28"/>
        <source>Mon</source>
        <translation>Mo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tue</source>
        <translation>Di</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wed</source>
        <translation>Mi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thu</source>
        <translation>Do</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fri</source>
        <translation>Fr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sat</source>
        <translation>Sa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sun</source>
        <translation>So</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>routine done {done} of the last %n days</source>
        <translation>
            <numerusform>Routine an {done} von %n Tag gemacht</numerusform>
            <numerusform>Routine an {done} der letzten %n Tage gemacht</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no routine done yet</source>
        <translation>noch keine Routine gemacht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>done today</source>
        <translation>heute gemacht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>done yesterday</source>
        <translation>gestern gemacht</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>last done %n days ago</source>
        <translation>
            <numerusform>zuletzt vor %n Tag gemacht</numerusform>
            <numerusform>zuletzt vor %n Tagen gemacht</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>at {time}</source>
        <translation>um {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tomorrow at {time}</source>
        <translation>morgen um {time}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{weekday} at {time}</source>
        <translation>{weekday} um {time}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No reminder set · {done}</source>
        <translation>Keine Erinnerung eingestellt · {done}</translation>
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
        <translation>{folder} ist kein eigener Ordner</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{folder} belongs to another user</source>
        <translation>{folder} gehört einem anderen Benutzer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{folder} can be used by other users</source>
        <translation>{folder} kann von anderen Benutzern verwendet werden</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>{socket} is answered by another user</source>
        <translation>{socket} wird von einem anderen Benutzer beantwortet</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>spasm-stretch: cannot check for a running copy ({error}); starting anyway</source>
        <translation>spasm-stretch: Es lässt sich nicht prüfen, ob die App schon läuft ({error}); sie startet trotzdem</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>spasm-stretch is already running but does not answer ({error}); close it, or end it, and start again</source>
        <translation>spasm-stretch läuft bereits, antwortet aber nicht ({error}); schließen oder beenden Sie die App und starten Sie sie neu</translation>
    </message>
</context>
<context>
    <name>HistoryText</name>
    <message>
        <location filename="../../log/opening.py" line="+125"/>
        <source>The history file {path} is locked by another program right now; it is shown as it is, and what you log is saved to it as soon as it is free.</source>
        <translation>Die Verlaufsdatei {path} ist gerade von einem anderen Programm gesperrt; sie wird so angezeigt, wie sie ist, und was Sie eintragen, wird gespeichert, sobald sie frei ist.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The history file could not be used ({damage}); it was kept as {kept} and a new, empty history was started.</source>
        <translation>Die Verlaufsdatei konnte nicht verwendet werden ({damage}); sie wurde als {kept} aufbewahrt, und ein neuer, leerer Verlauf wurde begonnen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The history file {path} is locked by another program; it was left as it is. What you log now is kept aside and added to it at the next start.</source>
        <translation>Die Verlaufsdatei {path} ist von einem anderen Programm gesperrt; sie bleibt unverändert. Was Sie jetzt eintragen, wird beiseitegelegt und beim nächsten Start hinzugefügt.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The history file cannot be written ({reason}); it was left as it is. Your log is shown; what you log now is kept aside and added to it at the next start that can write it.</source>
        <translation>In die Verlaufsdatei kann nicht geschrieben werden ({reason}); sie bleibt unverändert. Ihr Protokoll wird angezeigt; was Sie jetzt eintragen, wird beiseitegelegt und beim nächsten Start hinzugefügt, bei dem sie beschreibbar ist.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The history cannot be saved in {folder} ({reason}); what you log now is kept aside and added to the log at the next start that can write it.</source>
        <translation>Der Verlauf kann nicht in {folder} gespeichert werden ({reason}); was Sie jetzt eintragen, wird beiseitegelegt und beim nächsten Start, bei dem das Speichern möglich ist, ins Protokoll übernommen.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>it was written by a newer version (schema {version})</source>
        <translation>sie wurde von einer neueren Version geschrieben (Schema {version})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its schema version ({version}) is not one this app writes</source>
        <translation>ihre Schemaversion ({version}) wird von dieser App nicht geschrieben</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>no free name to keep {name} under</source>
        <translation>kein freier Name, unter dem {name} aufbewahrt werden kann</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>its {tables} table is missing</source>
        <translation>die Tabelle {tables} fehlt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it is damaged: {problem}</source>
        <translation>sie ist beschädigt: {problem}</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>the disk is full: {error}</source>
        <translation>der Datenträger ist voll: {error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file or its folder is read-only: {error}</source>
        <translation>die Datei oder ihr Ordner ist schreibgeschützt: {error}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the history tables are missing</source>
        <translation>die Verlaufstabellen fehlen</translation>
    </message>
    <message>
        <location filename="../../log/store.py" line="+457"/>
        <source>1 entry in the history has a start time this app cannot read; it is kept in the file but not shown.</source>
        <translation>1 Eintrag im Verlauf hat eine Startzeit, die diese App nicht lesen kann; er bleibt in der Datei, wird aber nicht angezeigt.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n entries in the history have a start time this app cannot read; they are kept in the file but not shown.</source>
        <translation>
            <numerusform>%n Eintrag im Verlauf hat eine Startzeit, die diese App nicht lesen kann; er bleibt in der Datei, wird aber nicht angezeigt.</numerusform>
            <numerusform>%n Einträge im Verlauf haben eine Startzeit, die diese App nicht lesen kann; sie bleiben in der Datei, werden aber nicht angezeigt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../ui/log/view.py" line="+143"/>
        <location line="+66"/>
        <source>Your log</source>
        <translation>Ihr Krampfprotokoll</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Export &amp;CSV...</source>
        <translation>&amp;CSV exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the log as a CSV file</source>
        <translation>Das Protokoll als CSV-Datei exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;PDF report for your doctor...</source>
        <translation>&amp;PDF-Arztbericht…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a PDF report of a period for your doctor</source>
        <translation>Einen PDF-Bericht über einen Zeitraum für Ihre Ärztin oder Ihren Arzt speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Red flags your log meets</source>
        <translation>Warnzeichen in Ihrem Protokoll</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I have read this</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close the red flag box until a new flag is met</source>
        <translation>Den Warnzeichen-Kasten schließen, bis ein neues Warnzeichen auftritt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show the red flags again</source>
        <translation>Die Warnzeichen wieder anzeigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Totals</source>
        <translation>Gesamtzahlen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+31"/>
        <source>Cramps</source>
        <translation>Krämpfe</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>The chosen cramp in full</source>
        <translation>Der gewählte Krampf im Detail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add a past cramp...</source>
        <translation>Krampf &amp;nachtragen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a cramp from earlier to the log</source>
        <translation>Einen früheren Krampf ins Protokoll eintragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit...</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the chosen cramp</source>
        <translation>Den gewählten Krampf bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the chosen cramp (can be undone)</source>
        <translation>Den gewählten Krampf löschen (lässt sich rückgängig machen)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+11"/>
        <source>Routines done</source>
        <translation>Durchgeführte Routinen</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Your log: overview, cramps and routines done</source>
        <translation>Ihr Protokoll: Überblick, Krämpfe und durchgeführte Routinen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overview</source>
        <translation>Überblick</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Choose a cramp to read it in full.</source>
        <translation>Wählen Sie einen Krampf aus, um alle Angaben zu sehen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How bad: {rating}</source>
        <translation>Stärke: {rating}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What helped: {items}</source>
        <translation>Was geholfen hat: {items}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not noted</source>
        <translation>nicht notiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags: {items}</source>
        <translation>Stichwörter: {items}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⚠ It came with: {items}</source>
        <translation>⚠ Dazu kam: {items}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note: {note}</source>
        <translation>Notiz: {note}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No note.</source>
        <translation>Keine Notiz.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Adding up your log…</source>
        <translation>Ihr Protokoll wird zusammengefasst…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(met on {day})</source>
        <translation>(aufgetreten am {day})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>⚠ When to see a doctor: your log shows</source>
        <translation>⚠ Wann ärztlich abklären lassen: Ihr Protokoll zeigt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>⚠ Red flags you have read (latest met on {day}): show</source>
        <translation>⚠ Gelesene Warnzeichen (zuletzt aufgetreten am {day}): anzeigen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>longest {length}</source>
        <translation>längster {length}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none timed yet</source>
        <translation>noch keiner gestoppt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;1&lt;/b&gt; cramp logged</source>
        <translation>&lt;b&gt;1&lt;/b&gt; Krampf eingetragen</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>&lt;b&gt;%n&lt;/b&gt; cramps logged</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; Krampf eingetragen</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; Krämpfe eingetragen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>({recent} in the last {days} days, {longest})</source>
        <translation>({recent} in den letzten {days} Tagen, {longest})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;1&lt;/b&gt; routine done ({finished} finished)</source>
        <translation>&lt;b&gt;1&lt;/b&gt; Routine durchgeführt ({finished} vollständig)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>&lt;b&gt;%n&lt;/b&gt; routines done ({finished} finished)</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; Routine durchgeführt ({finished} vollständig)</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; Routinen durchgeführt ({finished} vollständig)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InstructionList</name>
    <message>
        <location filename="../../ui/session/view.py" line="+96"/>
        <source>Instructions</source>
        <translation>Anleitung</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <location filename="../../ui/settings/language.py" line="+37"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System default ({language})</source>
        <translation>Systemsprache ({language})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Applies the next time spasm-stretch starts.</source>
        <translation>Gilt ab dem nächsten Start von spasm-stretch.</translation>
    </message>
</context>
<context>
    <name>LoaderWords</name>
    <message>
        <location filename="../../core/routine_files.py" line="+54"/>
        <location line="+50"/>
        <source>this is a folder, not a routine file</source>
        <translation>dies ist ein Ordner, keine Routinedatei</translation>
    </message>
    <message>
        <location line="-47"/>
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
        <source>the file is UTF-16 text; save it as UTF-8</source>
        <translation>Die Datei ist UTF-16-Text; bitte als UTF-8 speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this is a binary file, not YAML text</source>
        <translation>dies ist eine Binärdatei, kein YAML-Text</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the file is not UTF-8 text (byte 0x{byte:02x}); save it as UTF-8</source>
        <translation>die Datei ist kein UTF-8-Text (Byte 0x{byte:02x}); speichern Sie sie als UTF-8</translation>
    </message>
    <message>
        <location line="+32"/>
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
        <location filename="../../core/loader.py" line="+96"/>
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
        <location line="+31"/>
        <source>{where}{count} repetitions of {each:g} s last {total:g} s; keep a set under {most:g} s</source>
        <translation>{where}{count} Wiederholungen zu {each:g} s dauern {total:g} s; halten Sie eine Serie unter {most:g} s</translation>
    </message>
    <message>
        <location line="+16"/>
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
        <location line="+14"/>
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
        <location line="+27"/>
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
        <location line="+38"/>
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
        <location line="+30"/>
        <source>{where}{field} must be seconds between {low:g} and {high:g}, got {value}</source>
        <translation>{where}{field} muss eine Sekundenzahl zwischen {low:g} und {high:g} sein, gefunden: {value}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{where}the field &apos;hold&apos; is missing (seconds, e.g. 30 or &quot;20-30&quot;)</source>
        <translation>{where}das Feld &apos;hold&apos; fehlt (Sekunden, z. B. 30 oder &quot;20-30&quot;)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{where}a hold range runs low to high: write &quot;{high:g}-{low:g}&quot;, got {value}</source>
        <translation>{where}ein Bereich für hold geht von klein nach groß: schreiben Sie &quot;{high:g}-{low:g}&quot;, gefunden: {value}</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <translation>{where}Anweisung {number} muss ein Satz sein (unter {most} Zeichen), gefunden: {value}</translation>
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
        <location filename="../../core/routine_files.py" line="+42"/>
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
    <name>LogController</name>
    <message>
        <location filename="../../ui/log/controller.py" line="+72"/>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your log of cramps and routines, and reports</source>
        <translation>Ihr Krampfprotokoll, Ihre Routinen und Berichte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Undo delete</source>
        <translation>&amp;Löschen rückgängig machen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring back the cramp just deleted</source>
        <translation>Den eben gelöschten Krampf zurückholen</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Your log could not be read: {error}</source>
        <translation>Ihr Protokoll konnte nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+5"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity, what helped, tags, note</source>
        <translation>Stärke, was geholfen hat, Stichwörter, Notiz</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>The cramp of {when} was deleted.</source>
        <translation>Der Krampf vom {when} wurde gelöscht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undo (Ctrl+Z)</source>
        <translation>Rückgängig (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Export the log as CSV</source>
        <translation>Das Protokoll als CSV exportieren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The log could not be saved as {path}: {error}</source>
        <translation>Das Protokoll konnte nicht als {path} gespeichert werden: {error}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Log saved as {path}</source>
        <translation>Protokoll gespeichert als {path}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Save a report for your doctor</source>
        <translation>Arztbericht speichern</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Muscle cramp log</source>
        <translation>Krampfprotokoll</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not save the report</source>
        <translation>Bericht konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report saved as {path}</source>
        <translation>Bericht gespeichert als {path}</translation>
    </message>
</context>
<context>
    <name>LogKeeper</name>
    <message>
        <location filename="../../ui/log/keeper.py" line="+86"/>
        <source>1 entry that could not be saved last time is now in your log.</source>
        <translation>1 Eintrag, der beim letzten Mal nicht gespeichert werden konnte, ist jetzt in Ihrem Protokoll.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 entry that could not be saved last time is kept until it can.</source>
        <translation>1 Eintrag, der beim letzten Mal nicht gespeichert werden konnte, wird aufbewahrt, bis das Speichern möglich ist.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n entries that could not be saved last time are now in your log.</source>
        <translation>
            <numerusform>%n Eintrag, der beim letzten Mal nicht gespeichert werden konnte, ist jetzt in Ihrem Protokoll.</numerusform>
            <numerusform>%n Einträge, die beim letzten Mal nicht gespeichert werden konnten, sind jetzt in Ihrem Protokoll.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n entries that could not be saved last time are kept until it can.</source>
        <translation>
            <numerusform>%n Eintrag, der beim letzten Mal nicht gespeichert werden konnte, wird aufbewahrt, bis das Speichern möglich ist.</numerusform>
            <numerusform>%n Einträge, die beim letzten Mal nicht gespeichert werden konnten, werden aufbewahrt, bis das Speichern möglich ist.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the log file cannot be written</source>
        <translation>in die Protokolldatei kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your log cannot be saved right now ({reason}). Timers, stretches and warnings work as usual; this cramp and this session are kept and saved as soon as the log can be written.</source>
        <translation>Ihr Protokoll kann gerade nicht gespeichert werden ({reason}). Stoppuhren, Dehnungen und Warnungen funktionieren wie gewohnt; dieser Krampf und diese Einheit werden aufbewahrt und gespeichert, sobald das Protokoll wieder beschreibbar ist.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your log can be written again; everything is saved.</source>
        <translation>Ihr Protokoll ist wieder beschreibbar; alles ist gespeichert.</translation>
    </message>
</context>
<context>
    <name>LogReviewText</name>
    <message>
        <location filename="../../core/log_review.py" line="+39"/>
        <source>swelling</source>
        <comment>in a sentence</comment>
        <translation>Schwellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weakness</source>
        <comment>in a sentence</comment>
        <translation>Schwäche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>numbness</source>
        <comment>in a sentence</comment>
        <translation>Taubheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skin changes</source>
        <comment>in a sentence</comment>
        <translation>Hautveränderungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Swelling</source>
        <translation>Schwellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weakness</source>
        <translation>Schwäche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbness</source>
        <translation>Taubheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skin changes</source>
        <translation>Hautveränderungen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not noted</source>
        <translation>Nicht notiert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Night (00-06)</source>
        <translation>Nacht (0–6 Uhr)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Morning (06-12)</source>
        <translation>Vormittag (6–12 Uhr)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afternoon (12-18)</source>
        <translation>Nachmittag (12–18 Uhr)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evening (18-24)</source>
        <translation>Abend (18–24 Uhr)</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>One logged cramp lasted longer than {limit} minutes ({longest}, on {day}).</source>
        <translation>Ein eingetragener Krampf dauerte länger als {limit} Minuten ({longest}, am {day}).</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n logged cramps lasted longer than {limit} minutes (the longest, {longest}, on {day}).</source>
        <translation>
            <numerusform>%n eingetragener Krampf dauerte länger als {limit} Minuten (der längste: {longest}, am {day}).</numerusform>
            <numerusform>%n eingetragene Krämpfe dauerten länger als {limit} Minuten (der längste: {longest}, am {day}).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Spasms that cause swelling, weakness or numbness are a reason to contact your doctor.</source>
        <translation>Krämpfe, die Schwellungen, Schwäche oder Taubheit verursachen, sind ein Grund, sich an Ihre Ärztin oder Ihren Arzt zu wenden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skin changes along with spasms are a reason to contact your doctor.</source>
        <translation>Hautveränderungen zusammen mit Krämpfen sind ein Grund, sich an Ihre Ärztin oder Ihren Arzt zu wenden.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>One logged cramp came with {signs} (on {day}).</source>
        <translation>Ein eingetragener Krampf kam mit {signs} (am {day}).</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n logged cramps came with {signs} (the latest on {day}).</source>
        <translation>
            <numerusform>%n eingetragener Krampf kam mit {signs} (zuletzt am {day}).</numerusform>
            <numerusform>%n eingetragene Krämpfe kamen mit {signs} (zuletzt am {day}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>%n cramps were logged within {days} days (up to {day}). Cramps that become frequent without a clear reason are a reason to contact your doctor.</source>
        <translation>
            <numerusform>%n Krampf wurde innerhalb von {days} Tagen eingetragen (bis zum {day}). Krämpfe, die ohne klaren Grund häufig werden, sind ein Grund, sich an Ihre Ärztin oder Ihren Arzt zu wenden.</numerusform>
            <numerusform>%n Krämpfe wurden innerhalb von {days} Tagen eingetragen (bis zum {day}). Krämpfe, die ohne klaren Grund häufig werden, sind ein Grund, sich an Ihre Ärztin oder Ihren Arzt zu wenden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogWordsText</name>
    <message>
        <location filename="../../core/log_words.py" line="+41"/>
        <source>Elsewhere</source>
        <translation>Andere Stelle</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/shell/window.py" line="+107"/>
        <source>&amp;Full screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Full screen on or off</source>
        <translation>Vollbild ein oder aus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Load routine files again</source>
        <translation>Routinedateien neu laden</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>&amp;Routines</source>
        <translation>&amp;Routinen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back to the routine list</source>
        <translation>Zurück zur Liste der Routinen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Re&amp;load routines</source>
        <translation>Routinen ne&amp;u laden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;About spasm-stretch</source>
        <translation>&amp;Über spasm-stretch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version and medical disclaimer</source>
        <translation>Version und medizinischer Hinweis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Session</source>
        <translation>&amp;Einheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Session</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>{disclaimer} Stretch gently and stop if it hurts.

{intro}:
{flags}</source>
        <translation>{disclaimer} Dehnen Sie sanft und hören Sie auf, wenn es schmerzt.

{intro}:
{flags}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About spasm-stretch</source>
        <translation>Über spasm-stretch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>spasm-stretch {version}
Guided stretching for muscle cramps and spasms.

{disclaimer}</source>
        <translation>spasm-stretch {version}
Angeleitetes Dehnen bei Muskelkrämpfen und Spasmen.

{disclaimer}</translation>
    </message>
</context>
<context>
    <name>MessageArea</name>
    <message>
        <location filename="../../ui/widgets/message_bar.py" line="+106"/>
        <source>Messages</source>
        <translation>Meldungen</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location line="-37"/>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dismiss this message</source>
        <translation>Diese Nachricht ausblenden</translation>
    </message>
</context>
<context>
    <name>NightHours</name>
    <message>
        <location filename="../../ui/settings/night.py" line="+30"/>
        <source>By itself from</source>
        <translation>Automatisch von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the night theme by itself at night</source>
        <translation>Nachts automatisch das Nachtdesign verwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Night starts at</source>
        <translation>Nacht beginnt um</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Night ends at</source>
        <translation>Nacht endet um</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location filename="../../desktop/notifications.py" line="+89"/>
        <source>desktop notifications</source>
        <translation>Desktop-Benachrichtigungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tray messages</source>
        <translation>Meldungen im Infobereich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a message in the window</source>
        <translation>eine Meldung im Fenster</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Snooze 15 min</source>
        <translation>In 15&#xa0;min erinnern</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{reminder}
Click here to start.</source>
        <translation>{reminder}
Zum Starten hier klicken.</translation>
    </message>
</context>
<context>
    <name>OutputWords</name>
    <message>
        <location filename="../../audio/output.py" line="-422"/>
        <source>Sound: {file}, chosen for the {cue} cue, is missing ({folder}); using the built-in sound.</source>
        <translation>Ton: {file}, gewählt für den Hinweis „{cue}“, fehlt ({folder}); der eingebaute Ton wird verwendet.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sound: {problem} ({folder}); using the built-in {cue} cue.</source>
        <translation>Ton: {problem} ({folder}); das mitgelieferte Signal „{cue}“ wird verwendet.</translation>
    </message>
</context>
<context>
    <name>PdfReportText</name>
    <message>
        <location filename="../../ui/log/pdf.py" line="+76"/>
        <source>{path} could not be opened for writing</source>
        <translation>{path} konnte nicht zum Schreiben geöffnet werden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{title} · spasm-stretch · not medical advice</source>
        <translation>{title} · spasm-stretch · keine medizinische Beratung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>page {page} of {pages}</source>
        <translation>Seite {page} von {pages}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nothing was written to {path}</source>
        <translation>in {path} wurde nichts geschrieben</translation>
    </message>
</context>
<context>
    <name>PickerView</name>
    <message>
        <location filename="../../ui/picker/view.py" line="+171"/>
        <source>Choose a routine</source>
        <translation>Routine wählen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter or double-click starts a routine; type a name to search.</source>
        <translation>Eingabetaste oder Doppelklick startet eine Routine; zum Suchen einen Namen tippen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search routines...</source>
        <translation>Routinen suchen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search routines</source>
        <translation>Routinen suchen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter by body area</source>
        <translation>Nach Körperbereich filtern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Routines</source>
        <translation>Routinen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Yours only</source>
        <translation>Nur eigene</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only the routines you added</source>
        <translation>Nur die Routinen zeigen, die Sie hinzugefügt haben</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Cramp right now</source>
        <translation>Jetzt ein Krampf</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Cramp right now?&lt;/b&gt;  keys 1 to {last}</source>
        <translation>&lt;b&gt;Jetzt ein Krampf?&lt;/b&gt;  Tasten 1 bis {last}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cramp in the {area}: start its stretch now</source>
        <extracomment>{area_name}: the area as written, for languages that keep its capitals.</extracomment>
        <translation>Krampf ({area_name}): Dehnung jetzt starten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start the stretch for a cramp in the {area} now ({key})</source>
        <extracomment>{area_name}: the area as written, for languages that keep its capitals.</extracomment>
        <translation>Die Dehnung bei einem Krampf ({area_name}) jetzt starten ({key})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>More help (F1)</source>
        <translation>Mehr Hilfe (F1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open quick relief: checklist, cramp timer and when to see a doctor</source>
        <translation>Soforthilfe öffnen: Checkliste, Krampf-Stoppuhr und wann Sie es ärztlich abklären lassen sollten</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>  ·  yours</source>
        <translation>  ·  eigene</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 step</source>
        <translation>1 Schritt</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n steps</source>
        <translation>
            <numerusform>%n Schritt</numerusform>
            <numerusform>%n Schritte</numerusform>
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
        <translation>Alle Bereiche</translation>
    </message>
</context>
<context>
    <name>PictureWords</name>
    <message>
        <location filename="../../ui/editor/stage.py" line="+48"/>
        <source>{file} is not a PNG, JPEG, WebP or SVG picture</source>
        <translation>{file} ist kein PNG-, JPEG-, WebP- oder SVG-Bild</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{file} cannot be read as a picture ({reason})</source>
        <translation>{file} kann nicht als Bild gelesen werden ({reason})</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{file} cannot be scaled down ({reason})</source>
        <translation>{file} kann nicht verkleinert werden ({reason})</translation>
    </message>
</context>
<context>
    <name>PlayerWords</name>
    <message>
        <location filename="../../audio/inprocess.py" line="+54"/>
        <source>the miniaudio library is not installed ({reason})</source>
        <translation>die Bibliothek miniaudio ist nicht installiert ({reason})</translation>
    </message>
    <message>
        <location line="+25"/>
        <location filename="../../audio/players.py" line="+48"/>
        <location filename="../../audio/pulse.py" line="+125"/>
        <source>no audio output device was found; is a sound server running?</source>
        <translation>kein Audio-Ausgabegerät gefunden; läuft ein Soundserver?</translation>
    </message>
    <message>
        <location line="+38"/>
        <location filename="../../audio/libpulse.py" line="+235"/>
        <source>could not read {file} ({reason})</source>
        <translation>{file} konnte nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <location line="+50"/>
        <location filename="../../audio/libpulse.py" line="+8"/>
        <location filename="../../audio/players.py" line="+2"/>
        <source>Sound: the chosen output device is gone; using the system default.</source>
        <translation>Ton: Das gewählte Ausgabegerät ist nicht mehr da; die Standardausgabe des Systems wird verwendet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../audio/libpulse.py" line="+5"/>
        <source>Sound: the chosen output device is back; playing through it.</source>
        <translation>Ton: das gewählte Ausgabegerät ist wieder da; die Wiedergabe läuft wieder darüber.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the sound output could not be opened ({reason})</source>
        <translation>die Tonausgabe konnte nicht geöffnet werden ({reason})</translation>
    </message>
    <message>
        <location filename="../../audio/players.py" line="+2"/>
        <source>Sound: now playing through {device}, the new default.</source>
        <translation>Ton: Wiedergabe jetzt über {device}, die neue Standardausgabe.</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>the QtMultimedia helper process could not start</source>
        <translation>der QtMultimedia-Hilfsprozess konnte nicht starten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>QtMultimedia did not answer within 10 s</source>
        <translation>QtMultimedia hat nicht innerhalb von 10 s geantwortet</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>QtMultimedia could not play {file}</source>
        <translation>QtMultimedia konnte {file} nicht abspielen</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+27"/>
        <location filename="../../audio/pulse.py" line="+460"/>
        <source>the sound server went away</source>
        <translation>der Soundserver ist nicht mehr erreichbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the QtMultimedia helper ended (code {code})</source>
        <translation>der QtMultimedia-Hilfsprozess wurde beendet (Code {code})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>QtMultimedia stopped responding</source>
        <translation>QtMultimedia reagiert nicht mehr</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a cue did not start playing</source>
        <translation>ein Signal hat nicht zu spielen begonnen</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>{program} could not play ({detail})</source>
        <translation>{program} konnte nicht abspielen ({detail})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{program} exited with code {code}</source>
        <translation>{program} wurde mit Code {code} beendet</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>playsound3 is not installed ({reason})</source>
        <translation>playsound3 ist nicht installiert ({reason})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no program to play sound with was found (gst-play-1.0 with GStreamer&apos;s base plugins, ffplay, or aplay together with mpg123)</source>
        <translation>kein Programm zum Abspielen gefunden (gst-play-1.0 mit den Basis-Plugins von GStreamer, ffplay oder aplay zusammen mit mpg123)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{program} did not finish a cue within 30 s</source>
        <translation>{program} hat ein Signal nicht innerhalb von 30 s beendet</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{program} could not start ({reason})</source>
        <translation>{program} konnte nicht starten ({reason})</translation>
    </message>
    <message>
        <location filename="../../audio/libpulse.py" line="-47"/>
        <source>the PulseAudio client library cannot be loaded ({reason})</source>
        <translation>die PulseAudio-Clientbibliothek kann nicht geladen werden ({reason})</translation>
    </message>
    <message>
        <location filename="../../audio/pulse.py" line="-406"/>
        <source>the sound server cannot be reached ({reason})</source>
        <translation>der Soundserver ist nicht erreichbar ({reason})</translation>
    </message>
</context>
<context>
    <name>ProblemPanel</name>
    <message>
        <location filename="../../ui/picker/problems.py" line="+38"/>
        <source>Routine files that could not be loaded</source>
        <translation>Routinedateien, die nicht geladen werden konnten</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>1 routine file could not be loaded</source>
        <translation>1 Routinedatei konnte nicht geladen werden</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n routine files could not be loaded</source>
        <translation>
            <numerusform>%n Routinedatei konnte nicht geladen werden</numerusform>
            <numerusform>%n Routinedateien konnten nicht geladen werden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 warning about routine files</source>
        <translation>1 Warnung zu Routinedateien</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n warnings about routine files</source>
        <translation>
            <numerusform>%n Warnung zu Routinedateien</numerusform>
            <numerusform>%n Warnungen zu Routinedateien</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>and {count} more</source>
        <translation>und {count} weitere</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open file</source>
        <translation>Datei öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open {file} in a text editor</source>
        <translation>{file} in einem Texteditor öffnen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show folder</source>
        <translation>Ordner zeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the folder holding {file}</source>
        <translation>Den Ordner mit {file} zeigen</translation>
    </message>
</context>
<context>
    <name>ProblemWords</name>
    <message>
        <location filename="../../core/problems.py" line="+42"/>
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
    <name>ReliefRoutines</name>
    <message>
        <location filename="../../ui/settings/relief.py" line="+40"/>
        <source>Routine for the {button} cramp button</source>
        <extracomment>{label}: the button as written, for languages that keep its capitals.</extracomment>
        <translation>Routine für die Krampf-Taste „{label}“</translation>
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
        <translation>Wie lange der Krampf schon dauert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start timing a cramp, or say it is over</source>
        <translation>Die Krampf-Stoppuhr starten oder angeben, dass der Krampf vorbei ist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Long cramp warning</source>
        <translation>Warnung: langer Krampf</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What to do next</source>
        <translation>Was jetzt zu tun ist</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Relief, log, red flags and prevention</source>
        <translation>Soforthilfe, Protokoll, Warnzeichen und Vorbeugung</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+264"/>
        <source>What helps now</source>
        <translation>Was jetzt hilft</translation>
    </message>
    <message>
        <location line="-263"/>
        <location line="+277"/>
        <source>Log this cramp</source>
        <translation>Krampf eintragen</translation>
    </message>
    <message>
        <location line="-276"/>
        <source>When to see a doctor</source>
        <translation>Wann zum Arzt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stop any stretch that hurts.</source>
        <translation>Brechen Sie jede Dehnung ab, die schmerzt.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Where is the cramp?  (keys 1 to {last})</source>
        <translation>Wo ist der Krampf?  (Tasten 1 bis {last})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A cramp in the {area}: start its stretch</source>
        <extracomment>{label}: the area as written, for languages that keep its capitals.</extracomment>
        <translation>Krampf: {label} – Dehnung starten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A cramp here: time it and start the stretch ({key})</source>
        <translation>Krampf hier: Dauer messen und Dehnung starten ({key})</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>◀  LEFT leg</source>
        <translation>◀  LINKES Bein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>RIGHT leg  ▶</source>
        <translation>RECHTES Bein  ▶</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stretch:</source>
        <translation>Dehnung:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Yes, it is easing</source>
        <translation>Ja, er lässt nach</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No, still cramping</source>
        <translation>Nein, er hält an</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Which leg?  (keys {left} and {right})</source>
        <translation>Welches Bein?  (Tasten {left} und {right})</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Still cramping: do the stretch again ({key})</source>
        <translation>Krampf hält an: Dehnung wiederholen ({key})</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The left leg ({key})</source>
        <translation>Das linke Bein ({key})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The right leg ({key})</source>
        <translation>Das rechte Bein ({key})</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The stretch is done. Is the cramp easing?  ({yes} or {no})</source>
        <translation>Die Dehnung ist vorbei. Lässt der Krampf nach?  ({yes} oder {no})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Yes, it is easing ({key})</source>
        <translation>Ja, er lässt nach ({key})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No, still cramping ({key})</source>
        <translation>Nein, er hält an ({key})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>When did the cramp end?</source>
        <translation>Wann hat der Krampf aufgehört?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes, it is over now</source>
        <translation>Ja, jetzt vorbei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When the stretch ended</source>
        <translation>Als die Dehnung vorbei war</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Yes, it is over now  ({key})</source>
        <translation>Ja, jetzt vorbei  ({key})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When the stretch ended  ({key})</source>
        <translation>Als die Dehnung vorbei war  ({key})</translation>
    </message>
    <message>
        <location filename="../../ui/relief/answer_keys.py" line="+17"/>
        <source>L</source>
        <comment>the key for the left leg: the first letter of &apos;left&apos;</comment>
        <translation>L</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>R</source>
        <comment>the key for the right leg: the first letter of &apos;right&apos;</comment>
        <translation>R</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Y</source>
        <comment>the key for yes: the first letter of &apos;yes&apos;</comment>
        <translation>J</translation>
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
        <translation>Haken Sie jeden Punkt ab, wenn er erledigt ist:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Where the cramp is</source>
        <translation>Wo der Krampf ist</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> of 10</source>
        <translation> von 10</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How bad the cramp is, 1 to 10</source>
        <translation>Wie stark der Krampf ist, 1 bis 10</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note about this cramp</source>
        <translation>Notiz zu diesem Krampf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anything you want to remember, or tell your doctor</source>
        <translation>Was Sie sich merken oder Ihrer Ärztin / Ihrem Arzt sagen möchten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a cramp: remove from the log</source>
        <translation>Kein Krampf: aus dem Protokoll entfernen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No cramp is being timed. Choose where it is above, or start the timer; a cramp from earlier can be added in History (Ctrl+H).</source>
        <translation>Es läuft keine Krampf-Stoppuhr. Wählen Sie oben, wo der Krampf ist, oder starten Sie die Stoppuhr; einen früheren Krampf können Sie im Verlauf nachtragen (Ctrl+H).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where:</source>
        <translation>Wo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How bad:</source>
        <translation>Stärke:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What helped:</source>
        <translation>Was geholfen hat:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags:</source>
        <translation>Stichwörter:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It came with:</source>
        <translation>Dazu kam:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved as you go.</source>
        <translation>Wird laufend gespeichert.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The cramp is over  ({key})</source>
        <translation>Der Krampf ist vorbei  ({key})</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Is the cramp over now? (the timer shows {time})</source>
        <translation>Ist der Krampf jetzt vorbei? (die Uhr zeigt {time})</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Start cramp timer</source>
        <translation>Krampf-Stoppuhr starten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>⚠  This cramp has lasted {minutes} minutes or more.</source>
        <translation>⚠  Dieser Krampf dauert schon {minutes} Minuten oder länger.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Still cramping: stretch again, {leg}</source>
        <translation>Krampf hält an: noch einmal dehnen, {leg}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Still cramping: stretch again</source>
        <translation>Krampf hält an: noch einmal dehnen</translation>
    </message>
</context>
<context>
    <name>ReminderRow</name>
    <message>
        <location filename="../../ui/settings/reminders.py" line="+56"/>
        <source>Reminder time</source>
        <translation>Uhrzeit der Erinnerung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remind on {day}</source>
        <translation>Am {day} erinnern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Routine to do</source>
        <translation>Routine</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{routine} (not loaded)</source>
        <translation>{routine} (nicht geladen)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bedtime (dark)</source>
        <translation>Schlafenszeit (dunkel)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opens the routine for the evening, in the dark theme</source>
        <translation>Öffnet die Routine für den Abend, im dunklen Design</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this reminder</source>
        <translation>Diese Erinnerung entfernen</translation>
    </message>
</context>
<context>
    <name>RemindersDialog</name>
    <message>
        <location line="+64"/>
        <source>Reminders and desktop</source>
        <translation>Erinnerungen und Desktop</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reminders to stretch, each at a time on the days you choose. They come as {shown_as}, with Start and Snooze. One missed while the computer slept comes once when it wakes, if within two hours.</source>
        <translation>Erinnerungen zum Dehnen, jeweils zu einer Uhrzeit an den Tagen Ihrer Wahl. Sie kommen als {shown_as}, mit „Starten“ und „In 15&#xa0;min erinnern“. Hat der Computer eine Erinnerung im Ruhezustand verpasst, kommt sie einmal nach dem Aufwachen, wenn das höchstens zwei Stunden her ist.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Add a reminder</source>
        <translation>Erinnerung &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pause all reminders</source>
        <translation>Alle Erinnerungen &amp;pausieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keep running in the tray when the window is closed</source>
        <translation>Beim Schließen des Fensters im Info&amp;bereich weiterlaufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start at &amp;login, hidden in the tray</source>
        <translation>Bei der &amp;Anmeldung starten, nur im Infobereich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add to the applications &amp;menu</source>
        <translation>Zum Anwendungs&amp;menü hinzufügen</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../ui/log/report_dialog.py" line="+37"/>
        <source>Report for your doctor</source>
        <translation>Arztbericht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>optional: printed at the top</source>
        <translation>optional: wird oben gedruckt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your name, printed on the report</source>
        <translation>Ihr Name, auf dem Bericht gedruckt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every cramp in the period is listed, with the red flags it meets.</source>
        <translation>Jeder Krampf im Zeitraum wird aufgeführt, mit den Warnzeichen, die auf ihn zutreffen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To:</source>
        <translation>Bis:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <location filename="../../log/report.py" line="+45"/>
        <source>finished</source>
        <translation>vollständig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not ended (the app closed during it)</source>
        <translation>nicht beendet (die App wurde währenddessen geschlossen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stopped before the end</source>
        <translation>vor dem Ende abgebrochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped at step {step}</source>
        <translation>bei Schritt {step} abgebrochen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>signs: {items}</source>
        <translation>Anzeichen: {items}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>severity {rating}</source>
        <translation>Stärke {rating}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+183"/>
        <source>helped: {items}</source>
        <translation>geholfen: {items}</translation>
    </message>
    <message>
        <location line="-180"/>
        <source>tags: {items}</source>
        <translation>Stichwörter: {items}</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Routines done: {count}</source>
        <translation>Durchgeführte Routinen: {count}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cramp episodes: {count}</source>
        <translation>Krämpfe: {count}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When to see a doctor — your log shows:</source>
        <translation>Wann ärztlich abklären lassen – Ihr Protokoll zeigt:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(met on {day})</source>
        <translation>(aufgetreten am {day})</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>(%n earlier not shown: --all lists every entry, --since DATE those from a day)</source>
        <translation>
            <numerusform>(%n früherer Eintrag nicht gezeigt: --all listet alle Einträge, --since DATUM die ab einem Tag)</numerusform>
            <numerusform>(%n frühere Einträge nicht gezeigt: --all listet alle Einträge, --since DATUM die ab einem Tag)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+85"/>
        <source>to the week of {last}: no cramps (%n weeks)</source>
        <translation>
            <numerusform>bis zur Woche vom {last}: keine Krämpfe (%n Woche)</numerusform>
            <numerusform>bis zur Woche vom {last}: keine Krämpfe (%n Wochen)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cramps per week (weeks start on Monday)</source>
        <translation>Krämpfe pro Woche (Wochen beginnen am Montag)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No cramps were logged in this period.</source>
        <translation>In diesem Zeitraum wurden keine Krämpfe eingetragen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Severity</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>By side</source>
        <translation>Nach Seite</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>Not noted.</source>
        <translation>Nicht notiert.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>What helped</source>
        <translation>Was geholfen hat</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Noted with the cramps (medication, signs, ...)</source>
        <translation>Zu den Krämpfen notiert (Medikamente, Anzeichen, …)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing noted.</source>
        <translation>Nichts notiert.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{length} on {when}</source>
        <translation>{length} am {when}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none with a known length</source>
        <translation>keiner mit bekannter Dauer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cramps logged</source>
        <translation>Eingetragene Krämpfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest cramp</source>
        <translation>Längster Krampf</translation>
    </message>
    <message>
        <location line="-48"/>
        <location line="+50"/>
        <source>Routines done</source>
        <translation>Durchgeführte Routinen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{done} ({finished} finished)</source>
        <translation>{done} ({finished} vollständig)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{flag} Met on {day}; cramps: {cramps}</source>
        <translation>{flag} Aufgetreten am {day}; Krämpfe: {cramps}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This log meets none of the red flags below.</source>
        <translation>Auf dieses Protokoll trifft keines der unten genannten Warnzeichen zu.</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>Name: {name}</source>
        <translation>Name: {name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Period: {first} to {last}. Printed {printed} (times are local, {zone}).</source>
        <translation>Zeitraum: {first} bis {last}. Erstellt am {printed} (Ortszeit, {zone}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every cramp in the period ({count}), oldest first</source>
        <translation>Alle Krämpfe im Zeitraum ({count}), die ältesten zuerst</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Muscle cramp log — spasm-stretch</source>
        <translation>Krampfprotokoll – spasm-stretch</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Red flags met in this period</source>
        <translation>Warnzeichen in diesem Zeitraum</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Signs, tags and note</source>
        <translation>Anzeichen, Stichwörter und Notiz</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>By time of day</source>
        <translation>Nach Tageszeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By area</source>
        <translation>Nach Bereich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No cramps logged.</source>
        <translation>Keine Krämpfe eingetragen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No routines logged.</source>
        <translation>Keine Routinen eingetragen.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>(!) marks a cramp that meets a red flag above.</source>
        <translation>(!) markiert einen Krampf, auf den ein Warnzeichen oben zutrifft.</translation>
    </message>
</context>
<context>
    <name>RoutineEditor</name>
    <message>
        <location filename="../../ui/editor/dialog.py" line="+95"/>
        <source>Edit routine: {name}</source>
        <translation>Routine bearbeiten: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New routine</source>
        <translation>Neue Routine</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Total time</source>
        <translation>Gesamtdauer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Try it</source>
        <translation>&amp;Ausprobieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the routine as it is now, without saving it</source>
        <translation>Die Routine im jetzigen Stand ausführen, ohne sie zu speichern</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>the id &apos;{id}&apos; is already used by {routine}; give this routine its own id</source>
        <translation>die ID &apos;{id}&apos; wird schon von {routine} verwendet; geben Sie dieser Routine eine eigene ID</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{total} in all, {active} stretching</source>
        <translation>{total} insgesamt, davon {active} Dehnen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fix the marked fields to see the timeline</source>
        <translation>Korrigieren Sie die markierten Felder, um den Zeitablauf zu sehen</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Picture not used</source>
        <translation>Bild nicht verwendet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a picture</source>
        <translation>Bild auswählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pictures (*.png *.jpg *.jpeg *.webp *.svg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.webp *.svg)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} cannot be written: {reason}</source>
        <translation>{file} kann nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{file} was deleted or moved since you opened it here.</source>
        <translation>{file} wurde gelöscht oder verschoben, seit Sie die Datei hier geöffnet haben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} was changed by another program since you opened it here. Saving now would lose those changes.</source>
        <translation>{file} wurde von einem anderen Programm geändert, seit Sie die Datei hier geöffnet haben. Wenn Sie jetzt speichern, gehen diese Änderungen verloren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reload theirs</source>
        <translation>Deren Fassung laden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overwrite with mine</source>
        <translation>Mit meiner überschreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save mine as a copy</source>
        <translation>Meine als Kopie speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed on disk</source>
        <translation>Auf der Festplatte geändert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{routine} (copy)</source>
        <translation>{routine} (Kopie)</translation>
    </message>
</context>
<context>
    <name>RoutineFolderWords</name>
    <message>
        <location filename="../../core/catalog.py" line="+95"/>
        <source>this link points to a file that does not exist</source>
        <translation>dieser Link zeigt auf eine Datei, die es nicht gibt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no such file or folder</source>
        <translation>diese Datei oder dieser Ordner existiert nicht</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this cannot be opened ({reason})</source>
        <translation>dies kann nicht geöffnet werden ({reason})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>this folder cannot be read ({reason})</source>
        <translation>dieser Ordner kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>the id &apos;{id}&apos; is already used by {file}; give each routine its own id</source>
        <translation>die ID &apos;{id}&apos; wird bereits von {file} verwendet; geben Sie jeder Routine eine eigene ID</translation>
    </message>
</context>
<context>
    <name>RoutineForm</name>
    <message>
        <location filename="../../ui/editor/form.py" line="+89"/>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Id:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Area:</source>
        <translation>Berei&amp;ch:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summar&amp;y:</source>
        <translation>&amp;Zusammenfassung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Caution:</source>
        <translation>&amp;Vorsicht:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Prepare:</source>
        <translation>V&amp;orbereitung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;witch sides:</source>
        <translation>Seiten&amp;wechsel:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Steps (drag, or Alt+Up and Alt+Down, to reorder)</source>
        <translation>Schritte (zum Umordnen ziehen oder Alt+↑ und Alt+↓ drücken)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add &amp;step</source>
        <translation>Schritt hinzu&amp;fügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remo&amp;ve step</source>
        <translation>Schritt &amp;entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the step up (Alt+Up)</source>
        <translation>Schritt nach oben (Alt+↑)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the step down (Alt+Down)</source>
        <translation>Schritt nach unten (Alt+↓)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One sentence per line, in order</source>
        <translation>Ein Satz pro Zeile, der Reihe nach</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+278"/>
        <source>seconds: 30, or a range such as 20-30</source>
        <translation>Sekunden: 30 oder ein Bereich wie 20-30</translation>
    </message>
    <message>
        <location line="-274"/>
        <source>Left, then right</source>
        <translation>Links, dann rechts</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none</source>
        <translation>kein Bild</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose picture…</source>
        <translation>Bild ausw&amp;ählen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No picture</source>
        <translation>Kein Bild</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The step&apos;s picture</source>
        <translation>Das Bild des Schritts</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+282"/>
        <source>Pose</source>
        <translation>Haltung</translation>
    </message>
    <message>
        <location line="-282"/>
        <location line="+282"/>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <location line="-282"/>
        <source>Seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add pose</source>
        <translation>Haltung hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove pose</source>
        <translation>Haltung entfernen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instructi&amp;ons:</source>
        <translation>An&amp;leitung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>A&amp;rt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repetitions:</source>
        <translation>Wiederholun&amp;gen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tempo (eac&amp;h):</source>
        <translation>&amp;Tempo (je):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ho&amp;ld:</source>
        <translation>&amp;Haltedauer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pos&amp;es:</source>
        <translation>Halt&amp;ungen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Si&amp;des:</source>
        <translation>&amp;Seiten:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+206"/>
        <source>&amp;Repeat:</source>
        <translation>Wie&amp;derholen:</translation>
    </message>
    <message>
        <location line="-205"/>
        <source>Rest a&amp;fter:</source>
        <translation>&amp;Pause danach:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pict&amp;ure:</source>
        <translation>&amp;Bild:</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>S&amp;ets:</source>
        <translation>&amp;Durchgänge:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>optional: seconds to hold at the end of each repetition</source>
        <translation>optional: Sekunden, die am Ende jeder Wiederholung gehalten werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>total seconds of alternating</source>
        <translation>Sekunden im Wechsel, insgesamt</translation>
    </message>
</context>
<context>
    <name>SampleWords</name>
    <message>
        <location filename="../../audio/samples.py" line="+93"/>
        <source>{file} cannot be read ({reason})</source>
        <translation>{file} kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is empty</source>
        <translation>{file} ist leer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is over {limit} MB</source>
        <translation>{file} ist größer als {limit} MB</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{file} is not a WAV file; save it as WAV (PCM, 16-bit)</source>
        <translation>{file} ist keine WAV-Datei; speichern Sie sie als WAV (PCM, 16 Bit)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is an {kind} file, not a WAV; save it as WAV</source>
        <translation>{file} ist eine {kind}-Datei, keine WAV-Datei; speichern Sie sie als WAV</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} is a damaged WAV file (no format chunk); save it again</source>
        <translation>{file} ist eine beschädigte WAV-Datei (ohne Formatangabe); speichern Sie sie neu</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{file} holds {kind}-compressed sound; save it as PCM WAV</source>
        <translation>{file} enthält {kind}-komprimierten Ton; speichern Sie sie als PCM-WAV</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{file} uses an audio format ({code}) cues cannot play; save it as PCM WAV</source>
        <translation>{file} hat ein Audioformat ({code}), das Hinweistöne nicht abspielen können; speichern Sie sie als PCM-WAV</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{file} uses {bits}-bit samples; save it as 8, 16, 24 or 32-bit PCM WAV</source>
        <translation>{file} hat {bits}-Bit-Samples; speichern Sie sie als PCM-WAV mit 8, 16, 24 oder 32 Bit</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{file} says its sample rate is {rate} Hz; save it at a rate from 8000 to 192000 Hz</source>
        <translation>{file} gibt eine Abtastrate von {rate} Hz an; speichern Sie sie mit 8000 bis 192000 Hz</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{file} has {channels} channels; save it as mono or stereo</source>
        <translation>{file} hat {channels} Kanäle; speichern Sie sie in Mono oder Stereo</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>{file} is {size} MB; a cue sound must be under {limit} MB</source>
        <translation>{file} ist {size} MB groß; ein Signalton muss kleiner als {limit} MB sein</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>{file} holds no sound (or is cut short)</source>
        <translation>{file} enthält keinen Ton (oder ist abgeschnitten)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file} lasts {seconds} s; a cue sound must be under {limit} s</source>
        <translation>{file} dauert {seconds} s; ein Signalton muss kürzer als {limit} s sein</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <location filename="../../ui/session/controller.py" line="+48"/>
        <source>Routine stopped.</source>
        <translation>Routine abgebrochen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your routine is paused.</source>
        <translation>Ihre Routine ist pausiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to your routine</source>
        <translation>Zurück zur Routine</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>&amp;Start / Pause</source>
        <translation>&amp;Starten / Pause</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start or pause</source>
        <translation>Starten oder pausieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the start of this side or rep; twice for the one before</source>
        <translation>Zurück zum Anfang dieser Seite oder Wiederholung; zweimal für die vorige</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skip to the next hold</source>
        <translation>Zur nächsten Haltephase springen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>+10 s</source>
        <translation>+10 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ten more seconds for this hold</source>
        <translation>Zehn Sekunden länger halten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;top</source>
        <translation>S&amp;topp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop the session</source>
        <translation>Die Einheit abbrechen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Say time &amp;left</source>
        <translation>&amp;Restzeit ansagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say how long this phase and the routine have left</source>
        <translation>Ansagen, wie lange diese Phase und die Routine noch dauern</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>{routine} · done — {app}</source>
        <translation>{routine} · fertig – {app}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Paused · </source>
        <translation>Pause · </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{routine} — {app}</source>
        <translation>{routine} – {app}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{routine} · {left} left — {app}</source>
        <translation>{routine} · noch {left} – {app}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Ready. Press Space to start.</source>
        <translation>Bereit. Zum Starten die Leertaste drücken.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The routine {routine} is not loaded.</source>
        <translation>Die Routine {routine} ist nicht geladen.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>{event}. Press Space to continue.</source>
        <translation>{event}. Zum Fortsetzen die Leertaste drücken.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused. Press Space to continue.</source>
        <translation>Pause. Zum Fortsetzen die Leertaste drücken.</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>1 second left</source>
        <translation>noch 1 Sekunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{seconds} seconds left</source>
        <translation>noch {seconds} Sekunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{left} left in the routine</source>
        <translation>Noch {left} in der Routine</translation>
    </message>
</context>
<context>
    <name>SessionScreenText</name>
    <message>
        <location filename="../../ui/session/view.py" line="-53"/>
        <source>Get into position</source>
        <translation>Position einnehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch sides</source>
        <translation>Seite wechseln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relax</source>
        <translation>Entspannen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>finished</source>
        <translation>fertig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+290"/>
        <location line="+122"/>
        <source>Next: {step}</source>
        <translation>Danach: {step}</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Next: done</source>
        <translation>Danach: fertig</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next: {what} ({length})</source>
        <translation>Danach: {what} ({length})</translation>
    </message>
</context>
<context>
    <name>SessionView</name>
    <message>
        <location line="-271"/>
        <location line="+21"/>
        <source>Routine progress</source>
        <translation>Fortschritt der Routine</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>What to do now</source>
        <translation>Was jetzt zu tun ist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Illustration of the stretch</source>
        <translation>Abbildung der Dehnung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Coming next</source>
        <translation>Als Nächstes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Session status</source>
        <translation>Stand der Einheit</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Stretching session</source>
        <translation>Dehneinheit</translation>
    </message>
    <message>
        <location line="+106"/>
        <location line="+8"/>
        <source>Rep {rep} of {count}</source>
        <translation>Wdh. {rep} von {count}</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>PAUSED</source>
        <translation>PAUSE</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>repetitions</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Get ready for step {step} of {count}: {first}</source>
        <translation>Bereit für Schritt {step} von {count}: {first}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Step {step} of {count}  ·  {left} left{state}</source>
        <translation>Schritt {step} von {count}  ·  noch {left}{state}</translation>
    </message>
</context>
<context>
    <name>SessionWords</name>
    <message>
        <location filename="../../core/engine.py" line="+132"/>
        <source>Get into position: {step}</source>
        <translation>Position einnehmen: {step}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rep {rep} of {count}</source>
        <translation>Wiederholung {rep} von {count}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Switch sides</source>
        <translation>Seite wechseln</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Relax</source>
        <translation>Entspannen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> - left side</source>
        <translation> – linke Seite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> - right side</source>
        <translation> – rechte Seite</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Resumed</source>
        <translation>Fortgesetzt</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Stopped</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+203"/>
        <source>Halfway</source>
        <translation>Halbzeit</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{step} done</source>
        <translation>{step} geschafft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Routine complete</source>
        <translation>Routine geschafft</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Paused: the app was held up for {seconds} s (computer busy or asleep)</source>
        <translation>Pausiert: Die App war {seconds} s lang blockiert (Computer ausgelastet oder im Ruhezustand)</translation>
    </message>
</context>
<context>
    <name>SettingsController</name>
    <message>
        <location filename="../../ui/settings/controller.py" line="+38"/>
        <source>Se&amp;ttings...</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold length, timings, sound, theme, text size</source>
        <translation>Haltedauer, Zeiten, Ton, Design, Schriftgröße</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Mute</source>
        <translation>St&amp;umm</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sound cues on or off</source>
        <translation>Tonsignale ein oder aus</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings/dialog.py" line="+136"/>
        <location line="+72"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Hold length</source>
        <translation>Haltedauer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time to get into position</source>
        <translation>Zeit zum Einnehmen der Position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rest between stretches</source>
        <translation>Pause zwischen Dehnungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play sound cues</source>
        <translation>Tonsignale abspielen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sound player in use: {player}</source>
        <translation>Wiedergabe über: {player}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Speak step names, &quot;switch sides&quot;, &quot;relax&quot; and &quot;routine complete&quot;</source>
        <translation>Schrittnamen, „Seite wechseln“, „Entspannen“ und „Routine geschafft“ ansagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not available: {reason}</source>
        <translation>Nicht verfügbar: {reason}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Text size</source>
        <translation>Schriftgröße</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Hold length:</source>
        <translation>&amp;Haltedauer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Get into position:</source>
        <translation>&amp;Vorbereitungszeit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rest between stretches:</source>
        <translation>&amp;Pause zwischen Dehnungen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Volume:</source>
        <translation>&amp;Lautstärke:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cues to play:</source>
        <translation>Diese Signale abspielen:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Night theme:</source>
        <translation>Nachtdesign:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Te&amp;xt size:</source>
        <translation>Schrift&amp;größe:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cramp buttons run:</source>
        <translation>Krampf-Tasten starten:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
</context>
<context>
    <name>SettingsProblems</name>
    <message>
        <location filename="../../settings/store.py" line="+287"/>
        <source>{file}: setting &apos;{name}&apos; = {value} is not valid; using {default}</source>
        <translation>{file}: Die Einstellung &apos;{name}&apos; = {value} ist ungültig; verwendet wird {default}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>a time without its time zone</source>
        <translation>eine Uhrzeit ohne Zeitzone</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{file}: the reminder state is not readable ({reason})</source>
        <translation>{file}: Der Stand der Erinnerungen ist nicht lesbar ({reason})</translation>
    </message>
</context>
<context>
    <name>SettingsWords</name>
    <message>
        <location filename="../../ui/settings/dialog.py" line="-154"/>
        <source>Short end of each range (e.g. 20 s of 20-30)</source>
        <translation>Unteres Ende jedes Bereichs (z. B. 20 s bei 20–30 s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Middle of each range (e.g. 25 s)</source>
        <translation>Mitte jedes Bereichs (z. B. 25 s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long end of each range (e.g. 30 s)</source>
        <translation>Oberes Ende jedes Bereichs (z. B. 30 s)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Follow the system</source>
        <translation>Wie im System</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Night: dim and dark, for the bedroom</source>
        <translation>Nacht: gedämpft und dunkel, fürs Schlafzimmer</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Get ready</source>
        <translation>Vorbereiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold starts</source>
        <translation>Halten beginnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Halfway</source>
        <translation>Halbzeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3-2-1 countdown</source>
        <translation>Countdown 3-2-1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch sides</source>
        <translation>Seite wechseln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next pose</source>
        <translation>Nächste Haltung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step done</source>
        <translation>Schritt fertig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Routine done</source>
        <translation>Routine fertig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each counted repetition</source>
        <translation>Jede gezählte Wiederholung</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>As the routine says</source>
        <translation>Wie in der Routine</translation>
    </message>
</context>
<context>
    <name>SoundCheckWords</name>
    <message>
        <location filename="../../audio/check.py" line="+34"/>
        <source>sound player: {player} (device: {device})</source>
        <translation>Wiedergabe über: {player} (Gerät: {device})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>  skipped {reason}</source>
        <translation>  übersprungen: {reason}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>playing {cue} ({file})</source>
        <translation>Wiedergabe: {cue} ({file})</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>no sound output: cues would be shown on screen only. {reasons}</source>
        <translation>keine Tonausgabe: Signale würden nur auf dem Bildschirm erscheinen. {reasons}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a player failed while playing</source>
        <translation>die Wiedergabe ist beim Abspielen ausgefallen</translation>
    </message>
</context>
<context>
    <name>SoundSettings</name>
    <message>
        <location filename="../../ui/settings/sound.py" line="+48"/>
        <source>Sounds</source>
        <translation>Töne</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Output device</source>
        <translation>Ausgabegerät</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System default (follows changes)</source>
        <translation>Systemstandard (folgt Änderungen)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Te&amp;st sound</source>
        <translation>Ton &amp;testen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sound message</source>
        <translation>Tonmeldung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Output device:</source>
        <translation>Ausgabegerät:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a file for {cue}</source>
        <translation>Datei für „{cue}“ auswählen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use built-in</source>
        <translation>Standardton</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Built-in sound for {cue}</source>
        <translation>Mitgelieferter Ton für „{cue}“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{cue}:</source>
        <translation>{cue}:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Built-in</source>
        <translation>Mitgeliefert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A sound for “{cue}”</source>
        <translation>Ein Ton für „{cue}“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>WAV sound (*.wav)</source>
        <translation>WAV-Ton (*.wav)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{device} (not connected)</source>
        <translation>{device} (nicht verbunden)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{problem}; “{cue}” keeps its sound.</source>
        <translation>{problem}; „{cue}“ behält seinen Ton.</translation>
    </message>
</context>
<context>
    <name>SpeechWords</name>
    <message>
        <location filename="../../audio/speech.py" line="+111"/>
        <source>no speech engine on this computer; install espeak-ng (on Debian or Ubuntu: sudo apt install espeak-ng). The chimes play as before.</source>
        <translation>auf diesem Computer gibt es keine Sprachausgabe; installieren Sie espeak-ng (unter Debian oder Ubuntu: sudo apt install espeak-ng). Die Signaltöne erklingen weiter wie bisher.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the speech engine has no voice for &quot;{language}&quot;; install espeak-ng-data (on Debian or Ubuntu: sudo apt install espeak-ng-data). The chimes play as before.</source>
        <translation>die Sprachausgabe hat keine Stimme für „{language}“; installieren Sie espeak-ng-data (unter Debian oder Ubuntu: sudo apt install espeak-ng-data). Die Signaltöne erklingen weiter wie bisher.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the speech engine ({engine}) crashed or hung, so the voice is off this session; the chimes play as before. If it recurs, reinstall espeak-ng.</source>
        <translation>die Sprachausgabe ({engine}) ist abgestürzt oder hängt, daher bleibt die Stimme in dieser Sitzung aus; die Signaltöne erklingen wie bisher. Passiert das wieder, installieren Sie espeak-ng neu.</translation>
    </message>
</context>
<context>
    <name>SpokenWords</name>
    <message>
        <location filename="../../core/cues.py" line="+69"/>
        <location line="+19"/>
        <source>Relax</source>
        <translation>Entspannen</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+19"/>
        <source>Switch sides</source>
        <translation>Seite wechseln</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+18"/>
        <source>Routine complete. Well done.</source>
        <translation>Routine geschafft. Gut gemacht.</translation>
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
    <name>TimelineStrip</name>
    <message>
        <location filename="../../ui/editor/preview.py" line="+20"/>
        <source>Timeline of the routine</source>
        <translation>Zeitablauf der Routine</translation>
    </message>
</context>
<context>
    <name>TraceWords</name>
    <message>
        <location filename="../../trace.py" line="+159"/>
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
        <location filename="../../core/content_language.py" line="+126"/>
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
        <location line="+9"/>
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
        <location line="+102"/>
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
    <name>Tray</name>
    <message>
        <location filename="../../desktop/tray.py" line="+44"/>
        <location line="+57"/>
        <source>Show window</source>
        <translation>Fenster anzeigen</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Cramp help</source>
        <translation>Soforthilfe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Snooze 15 min</source>
        <translation>In 15&#xa0;min erinnern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip today</source>
        <translation>Heute auslassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pause reminders</source>
        <translation>Erinnerungen pausieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminders...</source>
        <translation>Erinnerungen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Start {routine}</source>
        <translation>{routine} starten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Hide window</source>
        <translation>Fenster ausblenden</translation>
    </message>
</context>
<context>
    <name>VoiceWords</name>
    <message>
        <location filename="../../audio/voice.py" line="+167"/>
        <source>Voice: {problem}</source>
        <translation>Stimme: {problem}</translation>
    </message>
</context>
<context>
    <name>WeeklyChart</name>
    <message>
        <location filename="../../ui/log/chart.py" line="+29"/>
        <source>Cramps per week, by area</source>
        <translation>Krämpfe pro Woche, nach Bereich</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>week of {day}: {count}</source>
        <translation>Woche ab {day}: {count}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cramps per week. {totals}</source>
        <translation>Krämpfe pro Woche. {totals}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cramps per week</source>
        <translation>Krämpfe pro Woche</translation>
    </message>
</context>
<context>
    <name>YamlWords</name>
    <message>
        <location filename="../../core/yaml_tree.py" line="+110"/>
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
        <location line="+15"/>
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
<context>
    <name>ZoneText</name>
    <message>
        <location filename="../../core/local_zone.py" line="+53"/>
        <source>The computer&apos;s time zone ({zone}) cannot be used ({problem}); times are shown and logged in UTC instead.</source>
        <translation>Die Zeitzone des Computers ({zone}) kann nicht verwendet werden ({problem}); Zeiten werden stattdessen in UTC angezeigt und protokolliert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
</context>
</TS>
