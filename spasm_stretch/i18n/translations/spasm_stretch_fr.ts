<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AppText</name>
    <message>
        <location filename="../../app.py" line="+182"/>
        <source>Demo speed ({speed}x): this run logs to a separate demo history ({path}), never to your own log.</source>
        <translation>Vitesse de démonstration ({speed}x) : cette session enregistre dans un historique de démonstration à part ({path}), jamais dans votre propre historique.</translation>
    </message>
</context>
<context>
    <name>ArchiveWords</name>
    <message>
        <location filename="../../core/routine_archive.py" line="+105"/>
        <location line="+176"/>
        <source>{file} cannot be written ({reason})</source>
        <translation>{file} ne peut pas être écrit ({reason})</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>it holds {count} files; a routine needs a few</source>
        <translation>il contient {count} fichiers&#xa0;; une routine n&apos;en a besoin que de quelques-uns</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it unpacks to more than 64 MiB; a routine needs a few MiB</source>
        <translation>décompressé, il dépasse 64&#xa0;Mio&#xa0;; une routine n&apos;a besoin que de quelques Mio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it has no {file}; is it a routine export?</source>
        <translation>il ne contient pas de {file}&#xa0;; est-ce bien un export de routine&#xa0;?</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>it is not a readable zip archive ({reason})</source>
        <translation>ce n&apos;est pas une archive zip lisible ({reason})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it cannot be read ({reason})</source>
        <translation>il ne peut pas être lu ({reason})</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+12"/>
        <source>{file} inside it is larger than {size} KiB</source>
        <translation>le fichier {file} qu&apos;il contient dépasse {size} Kio</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+14"/>
        <source>the routine&apos;s id cannot be changed</source>
        <translation>l&apos;identifiant de la routine ne peut pas être modifié</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>your folder already has a different picture called {file}; rename one of them first</source>
        <translation>votre dossier contient déjà une autre image nommée {file}&#xa0;; renommez d&apos;abord l&apos;une des deux</translation>
    </message>
</context>
<context>
    <name>AreaNames</name>
    <message>
        <location filename="../../core/areas.py" line="+22"/>
        <source>Back</source>
        <translation>Dos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calf</source>
        <translation>Mollet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Foot</source>
        <translation>Pied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full body</source>
        <translation>Corps entier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hamstring</source>
        <translation>Ischio-jambiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hand</source>
        <translation>Main</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neck</source>
        <translation>Nuque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quadriceps</source>
        <translation>Quadriceps</translation>
    </message>
</context>
<context>
    <name>AudioOutput</name>
    <message>
        <location filename="../../audio/output.py" line="+204"/>
        <source>Sound: the {wanted} player is not available ({reason}); using {player} instead.</source>
        <translation>Son&#xa0;: le lecteur {wanted} n&apos;est pas disponible ({reason})&#xa0;; {player} est utilisé à la place.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No sound output could be opened; cues are shown on screen only.</source>
        <translation>Aucune sortie audio n&apos;a pu être ouverte&#xa0;; les signaux s&apos;affichent seulement à l&apos;écran.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the system default</source>
        <translation>la sortie par défaut du système</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>no player works</source>
        <translation>aucun lecteur ne fonctionne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No sound can play here ({reasons}); cues are shown on screen only.</source>
        <translation>Aucun son ne peut être joué ici ({reasons})&#xa0;; les signaux s&apos;affichent seulement à l&apos;écran.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Playing “get ready” through the {player} player on {device}, at volume {volume}.</source>
        <translation>Lecture de «&#xa0;Préparez-vous&#xa0;» avec le lecteur {player} sur {device}, volume {volume}.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the sound server went away</source>
        <translation>le serveur de son n&apos;est plus disponible</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Sound: {problem}; using the built-in {cue} cue.</source>
        <translation>Son&#xa0;: {problem}&#xa0;; le son intégré «&#xa0;{cue}&#xa0;» est utilisé.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Sound: the {broken} player stopped working ({reason}); cues are shown on screen only until sound is back.</source>
        <translation>Son&#xa0;: le lecteur {broken} ne fonctionne plus ({reason})&#xa0;; les signaux s&apos;affichent seulement à l&apos;écran jusqu&apos;au retour du son.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sound: the {broken} player stopped working ({reason}); using {player}.</source>
        <translation>Son&#xa0;: le lecteur {broken} ne fonctionne plus ({reason})&#xa0;; {player} est utilisé.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Sound is back: using the {player} player ({device}).</source>
        <translation>Le son est revenu&#xa0;: lecteur {player} ({device}).</translation>
    </message>
</context>
<context>
    <name>CommandLineWords</name>
    <message>
        <location filename="../../cli.py" line="+52"/>
        <source>usage: </source>
        <translation>utilisation&#xa0;: </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>positional arguments</source>
        <translation>arguments positionnels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>show this help and exit</source>
        <translation>afficher cette aide et quitter</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{program}: error: {problem}</source>
        <translation>{program}&#xa0;: erreur&#xa0;: {problem}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Guided stretching routines for muscle cramps and spasms. Without a command, opens the window.</source>
        <translation>Routines d&apos;étirement guidées contre les crampes et les spasmes musculaires. Sans commande, ouvre la fenêtre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>General information only, not medical advice.</source>
        <translation>Informations générales uniquement, ne remplace pas un avis médical.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>show the version and exit</source>
        <translation>afficher la version et quitter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>speak this language ({codes}) instead of the system&apos;s or the setting</source>
        <translation>utiliser cette langue ({codes}) au lieu de celle du système ou des paramètres</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>DIR</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>also load routines from DIR (may be given more than once; a routine here replaces one with the same id)</source>
        <translation>charger aussi les routines de DOSSIER (peut être répété&#xa0;; une routine ici remplace celle qui a le même identifiant)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>run sessions N times faster (for demos and tests; default 1)</source>
        <translation>dérouler les séances N fois plus vite (pour les démonstrations et les tests&#xa0;; par défaut 1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>sound player: auto (default in the window), pulse, mini, qt, playsound or silent (trace plays sounds only when this is given)</source>
        <translation>lecteur de son&#xa0;: auto (par défaut dans la fenêtre), pulse, mini, qt, playsound ou silent (trace ne joue les sons que si cette option est donnée)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>start hidden in the tray (how the login entry starts it)</source>
        <translation>démarrer caché dans la zone de notification (c&apos;est ainsi qu&apos;il démarre à l&apos;ouverture de session)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>COMMAND</source>
        <translation>COMMANDE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ROUTINE</source>
        <translation>ROUTINE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a routine id, or a routine file</source>
        <translation>un identifiant de routine ou un fichier de routine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list every routine with its steps and total time</source>
        <translation>lister toutes les routines avec leurs étapes et leur durée totale</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>check routine files or folders</source>
        <translation>vérifier des fichiers ou des dossiers de routines</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PATH</source>
        <translation>CHEMIN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>print a routine&apos;s timeline, segment by segment</source>
        <translation>afficher le déroulé d&apos;une routine, segment par segment</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>open the window on a routine, ready to start</source>
        <translation>ouvrir la fenêtre sur une routine, prête à démarrer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a routine id</source>
        <translation>un identifiant de routine</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>open the window on quick relief for a cramp happening now</source>
        <translation>ouvrir la fenêtre sur le soulagement rapide pour une crampe en cours</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>start today&apos;s reminded routine (or the last one)</source>
        <translation>démarrer la routine du rappel du jour (ou la dernière)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add the app to the applications menu</source>
        <translation>ajouter l&apos;application au menu des applications</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>remove it from the applications menu</source>
        <translation>la retirer du menu des applications</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>start at login, hidden in the tray</source>
        <translation>démarrer à l&apos;ouverture de session, caché dans la zone de notification</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>show which sound player works and play each cue</source>
        <translation>indiquer quel lecteur de son fonctionne et jouer chaque signal sonore</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>print the log of routines and cramp episodes</source>
        <translation>afficher l&apos;historique des routines et des crampes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>comma-separated values instead</source>
        <translation>afficher plutôt des valeurs séparées par des virgules (CSV)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>every entry, not only the latest</source>
        <translation>toutes les entrées, pas seulement les plus récentes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>entries from this day on (YYYY-MM-DD)</source>
        <translation>les entrées à partir de ce jour (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>run a routine with no window and print each event as it fires</source>
        <translation>dérouler une routine sans fenêtre et afficher chaque événement au moment où il survient</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>run N times faster</source>
        <translation>dérouler N fois plus vite</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>one JSON object per event</source>
        <translation>un objet JSON par événement</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>with --audio: speak step names and changes, as the window does</source>
        <translation>avec --audio : annoncer les noms des étapes et les changements, comme la fenêtre</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>speed must be a number from 0.1 to 1000, got {value}</source>
        <translation>la vitesse doit être un nombre de 0.1 à 1000, trouvé&#xa0;: {value}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a date looks like 2026-11-03, got {value}</source>
        <translation>une date s’écrit ainsi : 2026-11-03, reçu {value}</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>spasm-stretch cannot open its window: there is no display (neither DISPLAY nor WAYLAND_DISPLAY is set). The terminal commands work without one: list, show, trace, validate, history.</source>
        <translation>spasm-stretch ne peut pas ouvrir sa fenêtre&#xa0;: il n&apos;y a pas d&apos;affichage (ni DISPLAY ni WAYLAND_DISPLAY n&apos;est défini). Les commandes du terminal fonctionnent sans&#xa0;: list, show, trace, validate, history.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no routine with the id {id}; known ids: {known}</source>
        <translation>aucune routine avec l&apos;identifiant {id}&#xa0;; identifiants connus&#xa0;: {known}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>built-in</source>
        <translation>intégrée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yours</source>
        <translation>personnelle</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AREA</source>
        <translation>ZONE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STEPS</source>
        <translation>ÉTAPES</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TIME</source>
        <translation>DURÉE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FROM</source>
        <translation>ORIGINE</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{origin} (replaces {file})</source>
        <translation>{origin} (remplace {file})</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>no routine files (.yaml or .yml) found</source>
        <translation>aucun fichier de routine (.yaml ou .yml) trouvé</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n file(s) with errors</source>
        <translation>
            <numerusform>%n fichier avec des erreurs</numerusform>
            <numerusform>%n fichiers avec des erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{broken}, %n valid</source>
        <translation>
            <numerusform>{broken}, %n valide</numerusform>
            <numerusform>{broken}, %n valides</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>ok: %n routine(s) valid</source>
        <translation>
            <numerusform>ok&#xa0;: %n routine valide</numerusform>
            <numerusform>ok&#xa0;: %n routines valides</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>left</source>
        <translation>gauche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>right</source>
        <translation>droite</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(rep {rep} of {reps})</source>
        <translation>(rép. {rep} sur {reps})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>get into position for {step}</source>
        <translation>mettez-vous en position&#xa0;: {step}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rep {repetition} of {count}</source>
        <translation>répétition {repetition} sur {count}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>({tempo:g} s, then hold)</source>
        <translation>({tempo:g} s, puis tenez)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>hold left</source>
        <translation>tenez, côté gauche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hold right</source>
        <translation>tenez, côté droit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hold</source>
        <translation>tenez</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>switch to the right side</source>
        <translation>passez au côté droit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>switch to the left side</source>
        <translation>passez au côté gauche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>relax</source>
        <translation>détendez-vous</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name} ({id}): {total} in all, {active} stretching</source>
        <translation>{name} ({id})&#xa0;: {total} au total, dont {active} d&apos;étirement</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>start</source>
        <translation>début</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>length</source>
        <translation>durée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>step</source>
        <translation>étape</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>what</source>
        <translation>action</translation>
    </message>
    <message numerus="yes">
        <location line="+49"/>
        <source>%n entries the app could not save earlier are now in the log.</source>
        <translation>
            <numerusform>%n entrée que l&apos;application n&apos;avait pas pu enregistrer est maintenant dans l&apos;historique.</numerusform>
            <numerusform>%n entrées que l&apos;application n&apos;avait pas pu enregistrer sont maintenant dans l&apos;historique.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CountdownRing</name>
    <message>
        <location filename="../../ui/session/ring.py" line="+80"/>
        <source>Countdown</source>
        <translation>Compte à rebours</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{seconds} seconds left, {caption}</source>
        <translation>Encore {seconds} secondes, {caption}</translation>
    </message>
</context>
<context>
    <name>CrampController</name>
    <message>
        <location filename="../../ui/relief/controller.py" line="+114"/>
        <source>Cramp &amp;help</source>
        <translation>&amp;Soulagement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quick relief for a cramp happening now</source>
        <translation>Soulagement rapide d&apos;une crampe en cours</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cramp: {area_name}</source>
        <translation>Crampe&#xa0;: {area_name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cramp in the {area}: stretch now</source>
        <extracomment>{area_name}: the area as written, for languages that keep its capitals.</extracomment>
        <translation>Crampe ({area})&#xa0;: étirer maintenant</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cramp</source>
        <translation>Crampe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The cramp being timed: open the relief page</source>
        <translation>Crampe en cours&#xa0;: ouvrir le soulagement rapide</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>A cramp is still being timed; its time is in the toolbar.</source>
        <translation>Une crampe est toujours chronométrée&#xa0;; sa durée s&apos;affiche dans la barre d&apos;outils.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to it</source>
        <translation>Y retourner</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cramp {length}</source>
        <translation>Crampe {length}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>This cramp has lasted {minutes} minutes. {advice}</source>
        <translation>Cette crampe dure depuis {minutes} minutes. {advice}</translation>
    </message>
    <message>
        <location line="+189"/>
        <source>Your cramp of {when} in the {where} has no end in the log. About how long did it last?</source>
        <extracomment>{place}: where as written, for languages that keep its capitals.</extracomment>
        <translation>Votre crampe du {when}, {where}, n&apos;a pas d&apos;heure de fin dans le journal. Combien de temps a-t-elle duré environ&#xa0;?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your cramp of {when} has no end in the log. About how long did it last?</source>
        <translation>Votre crampe du {when} n&apos;a pas d&apos;heure de fin dans le journal. Combien de temps a-t-elle duré environ&#xa0;?</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Cramp logged: {length}.</source>
        <translation>Crampe enregistrée&#xa0;: {length}.</translation>
    </message>
</context>
<context>
    <name>CrampEditor</name>
    <message>
        <location filename="../../ui/log/cramp_editor.py" line="+69"/>
        <source>Edit a cramp</source>
        <translation>Modifier une crampe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a past cramp</source>
        <translation>Ajouter une crampe passée</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>When the cramp started</source>
        <translation>Début de la crampe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Where the cramp was</source>
        <translation>Où était la crampe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a leg / not noted</source>
        <translation>pas une jambe / non noté</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which side</source>
        <translation>Quel côté</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About how long it lasted, in minutes</source>
        <translation>Durée approximative, en minutes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I don&apos;t know how long</source>
        <translation>Je ne sais pas combien de temps</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not rated</source>
        <translation>non évaluée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> of 10</source>
        <translation> sur 10</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How bad it was, 1 to 10</source>
        <translation>Intensité, de 1 à 10</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Started:</source>
        <translation>Début&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where:</source>
        <translation>Où&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side:</source>
        <translation>Côté&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long:</source>
        <translation>Durée&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How bad:</source>
        <translation>Intensité&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What helped:</source>
        <translation>Ce qui a aidé&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags:</source>
        <translation>Étiquettes&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It came with:</source>
        <translation>Accompagnée de :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note:</source>
        <translation>Note&#xa0;:</translation>
    </message>
</context>
<context>
    <name>CrampText</name>
    <message>
        <location filename="../../core/cramp.py" line="+60"/>
        <source>A few minutes</source>
        <translation>Quelques minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About 5 minutes</source>
        <translation>Environ 5 minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About 10 minutes</source>
        <translation>Environ 10 minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More than 10 minutes</source>
        <translation>Plus de 10 minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I don&apos;t know</source>
        <translation>Je ne sais pas</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>More than {time} (as timed)</source>
        <translation>Plus de {time} (chronométré)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>left</source>
        <translation>gauche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>right</source>
        <translation>droite</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>left leg</source>
        <translation>jambe gauche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>right leg</source>
        <translation>jambe droite</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>end not recorded</source>
        <translation>fin non enregistrée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>end not known</source>
        <translation>fin inconnue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>over {minutes} min</source>
        <translation>plus de {minutes} min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>about {minutes} min</source>
        <translation>environ {minutes} min</translation>
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
        <translation>PRÉPAREZ-VOUS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HOLD</source>
        <translation>TENIR</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RELAX</source>
        <translation>DÉTENDEZ-VOUS</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>HALFWAY</source>
        <translation>MI-PARCOURS</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>NEXT: {step}</source>
        <translation>ENSUITE&#xa0;: {step}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DONE</source>
        <translation>TERMINÉ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>SWITCH → LEFT</source>
        <translation>CHANGEZ → GAUCHE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SWITCH → RIGHT</source>
        <translation>CHANGEZ → DROITE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SWITCH</source>
        <translation>CHANGEZ DE CÔTÉ</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>TILT TO THE LEFT</source>
        <translation>PENCHEZ À GAUCHE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TILT TO THE RIGHT</source>
        <translation>PENCHEZ À DROITE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LEFT LEG</source>
        <translation>JAMBE GAUCHE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>RIGHT LEG</source>
        <translation>JAMBE DROITE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LEFT SIDE</source>
        <translation>CÔTÉ GAUCHE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>RIGHT SIDE</source>
        <translation>CÔTÉ DROIT</translation>
    </message>
</context>
<context>
    <name>DesktopCommandWords</name>
    <message>
        <location filename="../../desktop/commands.py" line="+22"/>
        <source>added to the applications menu: {file}</source>
        <translation>ajouté au menu des applications&#xa0;: {file}</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>icons: %n files in the hicolor theme</source>
        <translation>
            <numerusform>icônes&#xa0;: %n fichier dans le thème hicolor</numerusform>
            <numerusform>icônes&#xa0;: %n fichiers dans le thème hicolor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>removed %n file(s)</source>
        <translation>
            <numerusform>%n fichier supprimé</numerusform>
            <numerusform>%n fichiers supprimés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>spasm-stretch starts at login, hidden in the tray ({file})</source>
        <translation>spasm-stretch démarre à l&apos;ouverture de session, caché dans la zone de notification ({file})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>spasm-stretch no longer starts ({file})</source>
        <translation>spasm-stretch ne démarre plus automatiquement ({file})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>could not write the desktop entry: {error}</source>
        <translation>impossible d&apos;écrire l&apos;entrée de bureau&#xa0;: {error}</translation>
    </message>
</context>
<context>
    <name>DesktopController</name>
    <message>
        <location filename="../../desktop/controller.py" line="+104"/>
        <source>Re&amp;minders and desktop...</source>
        <translation>Rappels et &amp;bureau…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminders, the tray, start at login, the applications menu</source>
        <translation>Rappels, zone de notification, démarrage à l&apos;ouverture de session, menu des applications</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Could not listen for other launches ({error}).</source>
        <translation>Impossible d&apos;écouter les autres lancements ({error}).</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Bedtime stretch</source>
        <translation>Étirements avant le coucher</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+21"/>
        <source>Time to stretch</source>
        <translation>C&apos;est l&apos;heure de vous étirer</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>{routine} · {last_done}</source>
        <translation>{routine} · {last_done}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{routine}: start it now?</source>
        <translation>{routine}&#xa0;: la démarrer maintenant&#xa0;?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snooze 15 min</source>
        <translation>Rappeler dans 15&#xa0;min</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Reminders paused</source>
        <translation>Rappels en pause</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No reminder set</source>
        <translation>Aucun rappel programmé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next: {routine} {when}</source>
        <translation>Prochain rappel&#xa0;: {routine} {when}</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Could not add to the applications menu: {error}</source>
        <translation>Impossible d&apos;ajouter au menu des applications&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Added to the applications menu ({file}).</source>
        <translation>Ajouté au menu des applications ({file}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not change start at login: {error}</source>
        <translation>Impossible de modifier le démarrage à l&apos;ouverture de session&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Starts at login, hidden in the tray ({file}).</source>
        <translation>Démarre à l&apos;ouverture de session, caché dans la zone de notification ({file}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No longer starts at login.</source>
        <translation>Ne démarre plus à l&apos;ouverture de session.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>spasm-stretch is still running</source>
        <translation>spasm-stretch est toujours ouvert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is in the tray, for reminders and cramp help. Quit from the tray&apos;s menu.</source>
        <translation>Il reste dans la zone de notification, pour les rappels et l&apos;aide en cas de crampe. Pour le quitter, utilisez le menu de son icône.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Keep running in the tray?</source>
        <translation>Rester dans la zone de notification&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep spasm-stretch running in the tray when its window is closed, so reminders still come and cramp help is one click away?

(You can change this under Reminders.)</source>
        <translation>Garder spasm-stretch dans la zone de notification quand sa fenêtre est fermée, pour que les rappels arrivent toujours et que l&apos;aide en cas de crampe soit à un clic&#xa0;?

(Vous pouvez modifier ce choix dans «&#xa0;Rappels et bureau&#xa0;».)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Quit spasm-stretch?</source>
        <translation>Quitter spasm-stretch&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your reminders will not come until spasm-stretch runs again. Closing the window instead keeps them coming from the tray.</source>
        <translation>Vos rappels ne viendront plus tant que spasm-stretch ne sera pas relancé. Fermer seulement la fenêtre les laisse arriver depuis la zone de notification.</translation>
    </message>
</context>
<context>
    <name>EditorController</name>
    <message>
        <location filename="../../ui/editor/controller.py" line="+98"/>
        <source>&amp;New routine…</source>
        <translation>&amp;Nouvelle routine…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Duplicate routine…</source>
        <translation>&amp;Dupliquer la routine…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit routine…</source>
        <translation>&amp;Modifier la routine…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{routine} (copy)</source>
        <translation>{routine} (copie)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Built-in routine</source>
        <translation>Routine intégrée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{routine} comes with the app and cannot be changed. Edit a copy of it instead?</source>
        <translation>{routine} est fournie avec l&apos;application et ne peut pas être modifiée. Modifier plutôt une copie&#xa0;?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot edit</source>
        <translation>Modification impossible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: {problem}</source>
        <translation>{file}&#xa0;: {problem}</translation>
    </message>
</context>
<context>
    <name>EditorQuestions</name>
    <message>
        <location line="-118"/>
        <source>A file with comments</source>
        <translation>Un fichier avec des commentaires</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} has comments written by hand. Saving from the editor would lose them, so it opens in your text editor instead (the list updates when you save it there). Or edit a copy in the app.</source>
        <translation>{file} contient des commentaires écrits à la main. L&apos;enregistrer depuis l&apos;éditeur les effacerait&#xa0;: le fichier s&apos;ouvre donc dans votre éditeur de texte (la liste se met à jour quand vous l&apos;y enregistrez). Vous pouvez aussi modifier une copie dans l&apos;application.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open in text editor</source>
        <translation>Ouvrir dans l&apos;éditeur de texte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit a copy</source>
        <translation>Modifier une copie</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>My routine</source>
        <translation>Ma routine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What this routine is for.</source>
        <translation>À quoi sert cette routine.</translation>
    </message>
</context>
<context>
    <name>EditorWords</name>
    <message>
        <location filename="../../ui/editor/form.py" line="+70"/>
        <source>Stretch {number}</source>
        <translation>Étirement {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Describe the stretch.</source>
        <translation>Décrivez l&apos;étirement.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Hold still</source>
        <translation>Tenir la position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count repetitions</source>
        <translation>Compter les répétitions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alternate poses</source>
        <translation>Alterner les postures</translation>
    </message>
</context>
<context>
    <name>EntryWords</name>
    <message>
        <location filename="../../desktop/entry.py" line="+97"/>
        <source>the command {command} holds a character a desktop entry cannot carry ({code})</source>
        <translation>la commande {command} contient un caractère qu&apos;une entrée de bureau ne peut pas contenir ({code})</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>desktop-file-validate refuses the entry: {problem}</source>
        <translation>desktop-file-validate refuse l&apos;entrée : {problem}</translation>
    </message>
</context>
<context>
    <name>ExchangeController</name>
    <message>
        <location filename="../../ui/editor/exchange.py" line="+117"/>
        <source>&amp;Import routine…</source>
        <translation>&amp;Importer une routine…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;xport routine…</source>
        <translation>E&amp;xporter la routine…</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Not imported</source>
        <translation>Non importée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} was not imported:
{reason}</source>
        <translation>{file} n&apos;a pas été importé&#xa0;:
{reason}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not exported</source>
        <translation>Non exportée</translation>
    </message>
</context>
<context>
    <name>ExchangeWords</name>
    <message>
        <location line="-166"/>
        <source>1 step</source>
        <translation>1 étape</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n steps</source>
        <translation>
            <numerusform>%n étape</numerusform>
            <numerusform>%n étapes</numerusform>
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
        <translation>Importer une routine</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Import this routine?

{routine}</source>
        <translation>Importer cette routine&#xa0;?

{routine}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A routine with this id exists</source>
        <translation>Une routine avec cet identifiant existe déjà</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You already have {routine} with the id {id}. Replace it with the imported one, or keep both?</source>
        <translation>Vous avez déjà {routine} avec l&apos;identifiant {id}. La remplacer par la routine importée, ou garder les deux&#xa0;?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep both</source>
        <translation>Garder les deux</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Routines (*.zip *.yaml *.yml)</source>
        <translation>Routines (*.zip *.yaml *.yml)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export routine</source>
        <translation>Exporter la routine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Routine archive (*.zip)</source>
        <translation>Archive de routine (*.zip)</translation>
    </message>
</context>
<context>
    <name>FinishedView</name>
    <message>
        <location filename="../../ui/session/finished.py" line="+38"/>
        <source>Session summary</source>
        <translation>Résumé de la séance</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Resume  (Space)</source>
        <translation>Re&amp;prendre  (Espace)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take up the stopped routine where it was left</source>
        <translation>Reprendre la routine arrêtée là où elle en était</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Again</source>
        <translation>Re&amp;commencer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run this routine again</source>
        <translation>Refaire cette routine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back to routines</source>
        <translation>&amp;Retour aux routines</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the routine list</source>
        <translation>Retour à la liste des routines</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to cramp &amp;help</source>
        <translation>Retour au &amp;soulagement rapide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to the cramp timer and relief checklist</source>
        <translation>Retour au chronomètre de crampe et à la liste de soulagement</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Well done!</source>
        <translation>Bravo&#xa0;!</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Session stopped</source>
        <translation>Séance arrêtée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Time: {length}</source>
        <translation>Durée&#xa0;: {length}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps completed: {done} of {count}</source>
        <translation>Étapes terminées&#xa0;: {done} sur {count}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Holds extended: {holds} (+{seconds} s)</source>
        <translation>Maintiens prolongés&#xa0;: {holds} (+{seconds} s)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Holds skipped: {holds}</source>
        <translation>Maintiens sautés&#xa0;: {holds}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{heading} {routine}: done</source>
        <translation>{heading} {routine}&#xa0;: c&apos;est fait</translation>
    </message>
</context>
<context>
    <name>FirstRunNotice</name>
    <message>
        <location filename="../../ui/shell/first_run.py" line="+44"/>
        <source>Before you start: {disclaimer}</source>
        <translation>Avant de commencer&#xa0;: {disclaimer}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before you start: {disclaimer} Stretch gently and stop if it hurts. {intro}: {flags}</source>
        <translation>Avant de commencer&#xa0;: {disclaimer} Étirez-vous doucement et arrêtez si vous avez mal. {intro}&#xa0;: {flags}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>I have read this</source>
        <translation>J&apos;ai lu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When to see a doctor ▸</source>
        <translation>Quand consulter ▸</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Less ▴</source>
        <translation>Moins ▴</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show or hide when to see a doctor</source>
        <translation>Afficher ou masquer quand consulter un médecin</translation>
    </message>
</context>
<context>
    <name>HabitStrip</name>
    <message>
        <location filename="../../ui/log/habit_strip.py" line="+22"/>
        <location line="+20"/>
        <source>Routines this week</source>
        <translation>Routines de la semaine</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>today</source>
        <translation>auj.</translation>
    </message>
</context>
<context>
    <name>HabitWords</name>
    <message>
        <location filename="../../core/habit.py" line="+28"/>
        <source>Mon</source>
        <translation>lun.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tue</source>
        <translation>mar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wed</source>
        <translation>mer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thu</source>
        <translation>jeu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fri</source>
        <translation>ven.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sat</source>
        <translation>sam.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sun</source>
        <translation>dim.</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>routine done {done} of the last %n days</source>
        <translation>
            <numerusform>routine faite {done} fois sur %n jour</numerusform>
            <numerusform>routine faite {done} fois sur les %n derniers jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no routine done yet</source>
        <translation>aucune routine faite pour l&apos;instant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>done today</source>
        <translation>faite aujourd&apos;hui</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>done yesterday</source>
        <translation>faite hier</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>last done %n days ago</source>
        <translation>
            <numerusform>faite il y a %n jour</numerusform>
            <numerusform>faite il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>at {time}</source>
        <translation>à {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tomorrow at {time}</source>
        <translation>demain à {time}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{weekday} at {time}</source>
        <translation>{weekday} à {time}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No reminder set · {done}</source>
        <translation>Aucun rappel programmé · {done}</translation>
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
        <translation>{folder} n’est pas un dossier à part entière</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{folder} belongs to another user</source>
        <translation>{folder} appartient à un autre utilisateur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{folder} can be used by other users</source>
        <translation>{folder} est accessible à d’autres utilisateurs</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>{socket} is answered by another user</source>
        <translation>{socket} est servi par un autre utilisateur</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>spasm-stretch: cannot check for a running copy ({error}); starting anyway</source>
        <translation>spasm-stretch&#xa0;: impossible de vérifier si une copie est déjà ouverte ({error})&#xa0;; démarrage quand même</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>spasm-stretch is already running but does not answer ({error}); close it, or end it, and start again</source>
        <translation>spasm-stretch est déjà ouvert mais ne répond pas ({error})&#xa0;; fermez-le ou arrêtez-le, puis relancez-le</translation>
    </message>
</context>
<context>
    <name>HistoryText</name>
    <message>
        <location filename="../../log/opening.py" line="+125"/>
        <source>The history file {path} is locked by another program right now; it is shown as it is, and what you log is saved to it as soon as it is free.</source>
        <translation>Le fichier d’historique {path} est verrouillé par un autre programme en ce moment ; il est affiché tel quel, et ce que vous notez y sera enregistré dès qu’il sera libre.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The history file could not be used ({damage}); it was kept as {kept} and a new, empty history was started.</source>
        <translation>Le fichier d&apos;historique n&apos;a pas pu être utilisé ({damage})&#xa0;; il a été conservé sous le nom {kept} et un nouvel historique vide a été commencé.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The history file {path} is locked by another program; it was left as it is. What you log now is kept aside and added to it at the next start.</source>
        <translation>Le fichier d&apos;historique {path} est verrouillé par un autre programme&#xa0;; il est laissé tel quel. Ce que vous enregistrez maintenant est mis de côté et y sera ajouté au prochain démarrage.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The history file cannot be written ({reason}); it was left as it is. Your log is shown; what you log now is kept aside and added to it at the next start that can write it.</source>
        <translation>Le fichier d&apos;historique ne peut pas être modifié ({reason})&#xa0;; il est laissé tel quel. Votre journal est affiché&#xa0;; ce que vous enregistrez maintenant est mis de côté et y sera ajouté au prochain démarrage où il pourra être modifié.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The history cannot be saved in {folder} ({reason}); what you log now is kept aside and added to the log at the next start that can write it.</source>
        <translation>L&apos;historique ne peut pas être enregistré dans {folder} ({reason})&#xa0;; ce que vous enregistrez maintenant est mis de côté et sera ajouté au journal au prochain démarrage où cela sera possible.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>it was written by a newer version (schema {version})</source>
        <translation>il a été écrit par une version plus récente (schéma {version})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its schema version ({version}) is not one this app writes</source>
        <translation>sa version de schéma ({version}) n&apos;est pas une version que cette application écrit</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>no free name to keep {name} under</source>
        <translation>aucun nom libre pour conserver {name}</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>its {tables} table is missing</source>
        <translation>la table {tables} est absente</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it is damaged: {problem}</source>
        <translation>il est endommagé&#xa0;: {problem}</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>the disk is full: {error}</source>
        <translation>le disque est plein&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file or its folder is read-only: {error}</source>
        <translation>le fichier ou son dossier est en lecture seule&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the history tables are missing</source>
        <translation>les tables de l&apos;historique sont absentes</translation>
    </message>
    <message>
        <location filename="../../log/store.py" line="+457"/>
        <source>1 entry in the history has a start time this app cannot read; it is kept in the file but not shown.</source>
        <translation>1 entrée de l&apos;historique a une heure de début que cette application ne peut pas lire&#xa0;; elle est conservée dans le fichier mais pas affichée.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n entries in the history have a start time this app cannot read; they are kept in the file but not shown.</source>
        <translation>
            <numerusform>%n entrée de l&apos;historique a une heure de début que cette application ne peut pas lire&#xa0;; elle est conservée dans le fichier mais pas affichée.</numerusform>
            <numerusform>%n entrées de l&apos;historique ont une heure de début que cette application ne peut pas lire&#xa0;; elles sont conservées dans le fichier mais pas affichées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../ui/log/view.py" line="+143"/>
        <location line="+66"/>
        <source>Your log</source>
        <translation>Votre journal</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Export &amp;CSV...</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the log as a CSV file</source>
        <translation>Exporter le journal en fichier CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;PDF report for your doctor...</source>
        <translation>Rapport &amp;PDF pour le médecin…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a PDF report of a period for your doctor</source>
        <translation>Enregistrer un rapport PDF d&apos;une période pour votre médecin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Red flags your log meets</source>
        <translation>Signaux d&apos;alerte présents dans votre journal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I have read this</source>
        <translation>J&apos;ai lu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close the red flag box until a new flag is met</source>
        <translation>Fermer l&apos;encadré des signaux d&apos;alerte jusqu&apos;à ce qu&apos;un nouveau signal apparaisse</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show the red flags again</source>
        <translation>Afficher à nouveau les signaux d&apos;alerte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Totals</source>
        <translation>Totaux</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+31"/>
        <source>Cramps</source>
        <translation>Crampes</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>The chosen cramp in full</source>
        <translation>La crampe choisie en détail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add a past cramp...</source>
        <translation>&amp;Ajouter une crampe passée…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a cramp from earlier to the log</source>
        <translation>Ajouter au journal une crampe passée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit...</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the chosen cramp</source>
        <translation>Modifier la crampe choisie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the chosen cramp (can be undone)</source>
        <translation>Supprimer la crampe choisie (peut être annulé)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+11"/>
        <source>Routines done</source>
        <translation>Routines faites</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Your log: overview, cramps and routines done</source>
        <translation>Votre journal&#xa0;: aperçu, crampes et routines faites</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Choose a cramp to read it in full.</source>
        <translation>Choisissez une crampe pour la voir en détail.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How bad: {rating}</source>
        <translation>Intensité&#xa0;: {rating}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not rated</source>
        <translation>non évaluée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What helped: {items}</source>
        <translation>Ce qui a aidé&#xa0;: {items}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not noted</source>
        <translation>non noté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags: {items}</source>
        <translation>Étiquettes&#xa0;: {items}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⚠ It came with: {items}</source>
        <translation>⚠ Accompagnée de : {items}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note: {note}</source>
        <translation>Note&#xa0;: {note}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No note.</source>
        <translation>Pas de note.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Adding up your log…</source>
        <translation>Calcul du résumé de votre journal…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(met on {day})</source>
        <translation>(apparu le {day})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>⚠ When to see a doctor: your log shows</source>
        <translation>⚠ Quand consulter un médecin&#xa0;: votre journal montre</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>⚠ Red flags you have read (latest met on {day}): show</source>
        <translation>⚠ Signaux d&apos;alerte déjà lus (le dernier apparu le {day})&#xa0;: afficher</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>longest {length}</source>
        <translation>la plus longue : {length}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none timed yet</source>
        <translation>aucune chronométrée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;1&lt;/b&gt; cramp logged</source>
        <translation>&lt;b&gt;1&lt;/b&gt; crampe enregistrée</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>&lt;b&gt;%n&lt;/b&gt; cramps logged</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; crampe enregistrée</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; crampes enregistrées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>({recent} in the last {days} days, {longest})</source>
        <translation>(dont {recent} au cours des {days} derniers jours, {longest})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;1&lt;/b&gt; routine done ({finished} finished)</source>
        <translation>&lt;b&gt;1&lt;/b&gt; routine faite ({finished} jusqu&apos;au bout)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>&lt;b&gt;%n&lt;/b&gt; routines done ({finished} finished)</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; routine faite ({finished} jusqu&apos;au bout)</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; routines faites ({finished} jusqu&apos;au bout)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InstructionList</name>
    <message>
        <location filename="../../ui/session/view.py" line="+96"/>
        <source>Instructions</source>
        <translation>Consignes</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <location filename="../../ui/settings/language.py" line="+37"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System default ({language})</source>
        <translation>Langue du système ({language})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Applies the next time spasm-stretch starts.</source>
        <translation>S&apos;applique au prochain démarrage de spasm-stretch.</translation>
    </message>
</context>
<context>
    <name>LoaderWords</name>
    <message>
        <location filename="../../core/routine_files.py" line="+54"/>
        <location line="+50"/>
        <source>this is a folder, not a routine file</source>
        <translation>ceci est un dossier, pas un fichier de routine</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>the file cannot be read ({reason})</source>
        <translation>le fichier ne peut pas être lu ({reason})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file is larger than {size} KiB; a routine is a few KiB</source>
        <translation>le fichier dépasse {size} Kio&#xa0;; une routine fait quelques Kio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file is UTF-16 text; save it as UTF-8</source>
        <translation>le fichier est en UTF-16 ; enregistrez-le en UTF-8</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this is a binary file, not YAML text</source>
        <translation>ceci est un fichier binaire, pas du texte YAML</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the file is not UTF-8 text (byte 0x{byte:02x}); save it as UTF-8</source>
        <translation>le fichier n&apos;est pas du texte UTF-8 (octet 0x{byte:02x})&#xa0;; enregistrez-le en UTF-8</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>this is {kind}, not a routine file; a routine is a text file</source>
        <translation>ceci est {kind}, pas un fichier de routine&#xa0;; une routine est un fichier texte</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a named pipe (FIFO)</source>
        <translation>un tube nommé (FIFO)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a device</source>
        <translation>un périphérique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a regular file</source>
        <translation>autre chose qu&apos;un fichier ordinaire</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it is a folder</source>
        <translation>c&apos;est un dossier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a symbolic link that loops back on itself</source>
        <translation>un lien symbolique qui tourne en boucle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the name is too long for the file system</source>
        <translation>le nom est trop long pour le système de fichiers</translation>
    </message>
    <message>
        <location filename="../../core/loader.py" line="+96"/>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a mapping</source>
        <translation>un ensemble de champs</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>a list of %n</source>
        <translation>
            <numerusform>une liste de %n élément</numerusform>
            <numerusform>une liste de %n éléments</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a number too large to be seconds</source>
        <translation>un nombre trop grand pour des secondes</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>a routine must be a mapping of fields, got {value}</source>
        <translation>une routine doit être un ensemble de champs, trouvé&#xa0;: {value}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>id must be lowercase letters, digits and dashes, got {value}</source>
        <translation>id ne doit contenir que des minuscules, des chiffres et des tirets, trouvé&#xa0;: {value}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>steps must be a non-empty list, got {value}</source>
        <translation>steps doit être une liste non vide, trouvé&#xa0;: {value}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>steps may hold at most {most} steps</source>
        <translation>steps peut contenir au plus {most} étapes</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>step {number}: </source>
        <translation>étape {number}&#xa0;: </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}a step must be a mapping of fields, got {value}</source>
        <translation>{where}une étape doit être un ensemble de champs, trouvé&#xa0;: {value}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>step {number} ({name}): </source>
        <translation>étape {number} ({name})&#xa0;: </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where}sides must be &apos;none&apos; or &apos;both&apos;, got {value}</source>
        <translation>{where}sides doit valoir «&#xa0;none&#xa0;» ou «&#xa0;both&#xa0;», trouvé&#xa0;: {value}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{where}image_side must be &apos;left&apos; or &apos;right&apos; (the side the picture shows), got {value}</source>
        <translation>{where}image_side doit valoir «&#xa0;left&#xa0;» ou «&#xa0;right&#xa0;» (le côté que montre l&apos;image), trouvé&#xa0;: {value}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{where}reps must be a whole number between {low} and {high}, got {value}</source>
        <translation>{where}reps doit être un nombre entier entre {low} et {high}, trouvé&#xa0;: {value}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{where}{count} repetitions of {each:g} s last {total:g} s; keep a set under {most:g} s</source>
        <translation>{where}{count} répétitions de {each:g} s durent {total:g} s&#xa0;; une série doit durer moins de {most:g} s</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{where}tempo is the seconds per repetition of a counted step; add &apos;count&apos; (how many repetitions) or remove tempo</source>
        <translation>{where}tempo est le nombre de secondes par répétition d&apos;une étape comptée&#xa0;; ajoutez «&#xa0;count&#xa0;» (le nombre de répétitions) ou retirez tempo</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{where}count must be a whole number of repetitions between {low} and {high}, got {value}</source>
        <translation>{where}count doit être un nombre entier de répétitions entre {low} et {high}, trouvé&#xa0;: {value}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{where}a counted step (count) cannot also be a flow; use one or the other</source>
        <translation>{where}une étape comptée (count) ne peut pas être aussi un enchaînement (flow)&#xa0;; utilisez l&apos;un ou l&apos;autre</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{where}the field &apos;tempo&apos; is missing (seconds per repetition, e.g. 2)</source>
        <translation>{where}le champ «&#xa0;tempo&#xa0;» manque (secondes par répétition, p. ex. 2)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{where}flow must be a list of 2 to {most} poses, got {value}</source>
        <translation>{where}flow doit être une liste de 2 à {most} postures, trouvé&#xa0;: {value}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{where}pose {number}: </source>
        <translation>{where}posture {number}&#xa0;: </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{where}a pose must be a mapping, got {value}</source>
        <translation>{where}une posture doit être un ensemble de champs, trouvé&#xa0;: {value}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>did you mean &apos;{field}&apos;?</source>
        <translation>vouliez-vous dire «&#xa0;{field}&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>known fields: {fields}</source>
        <translation>champs connus&#xa0;: {fields}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where}unknown field &apos;{field}&apos; is ignored; {hint}</source>
        <translation>{where}le champ inconnu «&#xa0;{field}&#xa0;» est ignoré&#xa0;; {hint}</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+38"/>
        <source>{where}the field &apos;{field}&apos; is missing</source>
        <translation>{where}le champ «&#xa0;{field}&#xa0;» manque</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>{where}{field} must be text, got {value}</source>
        <translation>{where}{field} doit être du texte, trouvé&#xa0;: {value}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{where}{field} is {length} characters; keep it under {most}</source>
        <translation>{where}{field} fait {length} caractères&#xa0;; il en faut moins de {most}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{where}{field} must be seconds between {low:g} and {high:g}, got {value}</source>
        <translation>{where}{field} doit être un nombre de secondes entre {low:g} et {high:g}, trouvé&#xa0;: {value}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{where}the field &apos;hold&apos; is missing (seconds, e.g. 30 or &quot;20-30&quot;)</source>
        <translation>{where}le champ «&#xa0;hold&#xa0;» manque (secondes, p. ex. 30 ou &quot;20-30&quot;)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{where}a hold range runs low to high: write &quot;{high:g}-{low:g}&quot;, got {value}</source>
        <translation>{where}une plage pour hold va du plus petit au plus grand&#xa0;: écrivez &quot;{high:g}-{low:g}&quot;, trouvé&#xa0;: {value}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{where}hold must be seconds between {low:g} and {high:g} (a number like 30 or a range like &quot;20-30&quot;), got {value}</source>
        <translation>{where}hold doit être un nombre de secondes entre {low:g} et {high:g} (un nombre comme 30 ou une plage comme &quot;20-30&quot;), trouvé&#xa0;: {value}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{where}instructions must be a list of 1 to {most} sentences, each on its own line starting with &apos;- &apos;, got {value}</source>
        <translation>{where}instructions doit être une liste de 1 à {most} phrases, chacune sur sa propre ligne commençant par «&#xa0;-&#xa0;», trouvé&#xa0;: {value}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{where}instruction {number} must be a sentence of text (under {most} characters), got {value}</source>
        <translation>{where}la consigne {number} doit être une phrase de texte (moins de {most} caractères), trouvé&#xa0;: {value}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{where}image must be a file name, got {value}</source>
        <translation>{where}image doit être un nom de fichier, trouvé&#xa0;: {value}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{where}image must be a file name beside the routine or in the built-in images, not a path outside them, got {value}</source>
        <translation>{where}image doit être un nom de fichier à côté de la routine ou parmi les images intégrées, pas un chemin hors de ces dossiers, trouvé&#xa0;: {value}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{where}image {name} {reason}</source>
        <translation>{where}l&apos;image {name} {reason}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{where}image {name} was not found beside the routine or in the built-in images</source>
        <translation>{where}l&apos;image {name} est introuvable, ni à côté de la routine ni parmi les images intégrées</translation>
    </message>
    <message>
        <location filename="../../core/routine_files.py" line="+42"/>
        <source>cannot be read ({reason})</source>
        <translation>ne peut pas être lue ({reason})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>is not a file name (it names a folder)</source>
        <translation>n&apos;est pas un nom de fichier (elle désigne un dossier)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>is not a picture the app can show: use SVG, PNG, JPEG or WebP</source>
        <translation>n&apos;est pas une image que l&apos;application peut afficher&#xa0;: utilisez SVG, PNG, JPEG ou WebP</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot be used: {reason}</source>
        <translation>ne peut pas être utilisée&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is larger than {size} KiB</source>
        <translation>dépasse {size} Kio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot be shown: {reason}</source>
        <translation>ne peut pas être affichée&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>LogController</name>
    <message>
        <location filename="../../ui/log/controller.py" line="+72"/>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your log of cramps and routines, and reports</source>
        <translation>Votre journal des crampes et des routines, et les rapports</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Undo delete</source>
        <translation>&amp;Annuler la suppression</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring back the cramp just deleted</source>
        <translation>Rétablir la crampe supprimée</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Your log could not be read: {error}</source>
        <translation>Votre journal n&apos;a pas pu être lu&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+5"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Length</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity, what helped, tags, note</source>
        <translation>Intensité, ce qui a aidé, étiquettes, note</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>The cramp of {when} was deleted.</source>
        <translation>La crampe du {when} a été supprimée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undo (Ctrl+Z)</source>
        <translation>Annuler (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Export the log as CSV</source>
        <translation>Exporter le journal en CSV</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not export</source>
        <translation>Exportation impossible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The log could not be saved as {path}: {error}</source>
        <translation>Le journal n&apos;a pas pu être enregistré sous {path}&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Log saved as {path}</source>
        <translation>Journal enregistré sous {path}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Save a report for your doctor</source>
        <translation>Enregistrer un rapport pour le médecin</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Muscle cramp log</source>
        <translation>Journal des crampes musculaires</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not save the report</source>
        <translation>Le rapport n&apos;a pas pu être enregistré</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report saved as {path}</source>
        <translation>Rapport enregistré sous {path}</translation>
    </message>
</context>
<context>
    <name>LogKeeper</name>
    <message>
        <location filename="../../ui/log/keeper.py" line="+86"/>
        <source>1 entry that could not be saved last time is now in your log.</source>
        <translation>1 entrée qui n&apos;avait pas pu être enregistrée la dernière fois est maintenant dans votre journal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 entry that could not be saved last time is kept until it can.</source>
        <translation>1 entrée qui n&apos;avait pas pu être enregistrée la dernière fois est conservée jusqu&apos;à ce que ce soit possible.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n entries that could not be saved last time are now in your log.</source>
        <translation>
            <numerusform>%n entrée qui n&apos;avait pas pu être enregistrée la dernière fois est maintenant dans votre journal.</numerusform>
            <numerusform>%n entrées qui n&apos;avaient pas pu être enregistrées la dernière fois sont maintenant dans votre journal.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n entries that could not be saved last time are kept until it can.</source>
        <translation>
            <numerusform>%n entrée qui n&apos;avait pas pu être enregistrée la dernière fois est conservée jusqu&apos;à ce que ce soit possible.</numerusform>
            <numerusform>%n entrées qui n&apos;avaient pas pu être enregistrées la dernière fois sont conservées jusqu&apos;à ce que ce soit possible.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the log file cannot be written</source>
        <translation>le fichier du journal ne peut pas être modifié</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your log cannot be saved right now ({reason}). Timers, stretches and warnings work as usual; this cramp and this session are kept and saved as soon as the log can be written.</source>
        <translation>Votre journal ne peut pas être enregistré pour l&apos;instant ({reason}). Les chronomètres, les étirements et les avertissements fonctionnent normalement&#xa0;; cette crampe et cette séance sont conservées et seront enregistrées dès que possible.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your log can be written again; everything is saved.</source>
        <translation>Votre journal peut de nouveau être enregistré&#xa0;; tout est sauvegardé.</translation>
    </message>
</context>
<context>
    <name>LogReviewText</name>
    <message>
        <location filename="../../core/log_review.py" line="+39"/>
        <source>swelling</source>
        <comment>in a sentence</comment>
        <translation>gonflement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weakness</source>
        <comment>in a sentence</comment>
        <translation>faiblesse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>numbness</source>
        <comment>in a sentence</comment>
        <translation>engourdissement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skin changes</source>
        <comment>in a sentence</comment>
        <translation>changements de la peau</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Swelling</source>
        <translation>Gonflement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weakness</source>
        <translation>Faiblesse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbness</source>
        <translation>Engourdissement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skin changes</source>
        <translation>Changements de la peau</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not noted</source>
        <translation>Non noté</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Night (00-06)</source>
        <translation>Nuit (0&#xa0;h-6&#xa0;h)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Morning (06-12)</source>
        <translation>Matin (6&#xa0;h-12&#xa0;h)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afternoon (12-18)</source>
        <translation>Après-midi (12&#xa0;h-18&#xa0;h)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evening (18-24)</source>
        <translation>Soir (18&#xa0;h-24&#xa0;h)</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>One logged cramp lasted longer than {limit} minutes ({longest}, on {day}).</source>
        <translation>Une crampe enregistrée a duré plus de {limit} minutes ({longest}, le {day}).</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n logged cramps lasted longer than {limit} minutes (the longest, {longest}, on {day}).</source>
        <translation>
            <numerusform>%n crampe enregistrée a duré plus de {limit} minutes (la plus longue : {longest}, le {day}).</numerusform>
            <numerusform>%n crampes enregistrées ont duré plus de {limit} minutes (la plus longue : {longest}, le {day}).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Spasms that cause swelling, weakness or numbness are a reason to contact your doctor.</source>
        <translation>Des spasmes qui provoquent un gonflement, une faiblesse ou un engourdissement sont une raison de contacter votre médecin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skin changes along with spasms are a reason to contact your doctor.</source>
        <translation>Des changements de la peau accompagnant les spasmes sont une raison de contacter votre médecin.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>One logged cramp came with {signs} (on {day}).</source>
        <translation>Une crampe enregistrée s’est accompagnée de : {signs} (le {day}).</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n logged cramps came with {signs} (the latest on {day}).</source>
        <translation>
            <numerusform>%n crampe enregistrée s’est accompagnée de : {signs} (la dernière le {day}).</numerusform>
            <numerusform>%n crampes enregistrées se sont accompagnées de : {signs} (la dernière le {day}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>%n cramps were logged within {days} days (up to {day}). Cramps that become frequent without a clear reason are a reason to contact your doctor.</source>
        <translation>
            <numerusform>%n crampe a été enregistrée en {days} jours (jusqu&apos;au {day}). Des crampes qui deviennent fréquentes sans cause claire sont une raison de contacter votre médecin.</numerusform>
            <numerusform>%n crampes ont été enregistrées en {days} jours (jusqu&apos;au {day}). Des crampes qui deviennent fréquentes sans cause claire sont une raison de contacter votre médecin.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogWordsText</name>
    <message>
        <location filename="../../core/log_words.py" line="+41"/>
        <source>Elsewhere</source>
        <translation>Ailleurs</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/shell/window.py" line="+107"/>
        <source>&amp;Full screen</source>
        <translation>&amp;Plein écran</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Full screen on or off</source>
        <translation>Passer en plein écran ou en sortir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Load routine files again</source>
        <translation>Recharger les fichiers de routines</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>&amp;Routines</source>
        <translation>&amp;Routines</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back to the routine list</source>
        <translation>Retour à la liste des routines</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Re&amp;load routines</source>
        <translation>Re&amp;charger les routines</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;About spasm-stretch</source>
        <translation>À &amp;propos de spasm-stretch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version and medical disclaimer</source>
        <translation>Version et avertissement médical</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Session</source>
        <translation>&amp;Séance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>{disclaimer} Stretch gently and stop if it hurts.

{intro}:
{flags}</source>
        <translation>{disclaimer} Étirez-vous doucement et arrêtez si vous avez mal.

{intro}&#xa0;:
{flags}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About spasm-stretch</source>
        <translation>À propos de spasm-stretch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>spasm-stretch {version}
Guided stretching for muscle cramps and spasms.

{disclaimer}</source>
        <translation>spasm-stretch {version}
Étirements guidés contre les crampes et les spasmes musculaires.

{disclaimer}</translation>
    </message>
</context>
<context>
    <name>MessageArea</name>
    <message>
        <location filename="../../ui/widgets/message_bar.py" line="+106"/>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location line="-37"/>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dismiss this message</source>
        <translation>Masquer ce message</translation>
    </message>
</context>
<context>
    <name>NightHours</name>
    <message>
        <location filename="../../ui/settings/night.py" line="+30"/>
        <source>By itself from</source>
        <translation>Automatiquement de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the night theme by itself at night</source>
        <translation>Utiliser le thème nuit automatiquement la nuit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Night starts at</source>
        <translation>La nuit commence à</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Night ends at</source>
        <translation>La nuit finit à</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>to</source>
        <translation>à</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location filename="../../desktop/notifications.py" line="+89"/>
        <source>desktop notifications</source>
        <translation>des notifications du bureau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tray messages</source>
        <translation>des messages dans la zone de notification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a message in the window</source>
        <translation>un message dans la fenêtre</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Snooze 15 min</source>
        <translation>Rappeler dans 15&#xa0;min</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{reminder}
Click here to start.</source>
        <translation>{reminder}
Cliquez ici pour démarrer.</translation>
    </message>
</context>
<context>
    <name>OutputWords</name>
    <message>
        <location filename="../../audio/output.py" line="-422"/>
        <source>Sound: {file}, chosen for the {cue} cue, is missing ({folder}); using the built-in sound.</source>
        <translation>Son&#xa0;: {file}, choisi pour le signal «&#xa0;{cue}&#xa0;», est introuvable ({folder})&#xa0;; le son intégré est utilisé.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sound: {problem} ({folder}); using the built-in {cue} cue.</source>
        <translation>Son&#xa0;: {problem} ({folder})&#xa0;; le signal intégré «&#xa0;{cue}&#xa0;» est utilisé.</translation>
    </message>
</context>
<context>
    <name>PdfReportText</name>
    <message>
        <location filename="../../ui/log/pdf.py" line="+76"/>
        <source>{path} could not be opened for writing</source>
        <translation>{path} n&apos;a pas pu être ouvert en écriture</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{title} · spasm-stretch · not medical advice</source>
        <translation>{title} · spasm-stretch · ne remplace pas un avis médical</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>page {page} of {pages}</source>
        <translation>page {page} sur {pages}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nothing was written to {path}</source>
        <translation>rien n&apos;a été écrit dans {path}</translation>
    </message>
</context>
<context>
    <name>PickerView</name>
    <message>
        <location filename="../../ui/picker/view.py" line="+171"/>
        <source>Choose a routine</source>
        <translation>Choisir une routine</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter or double-click starts a routine; type a name to search.</source>
        <translation>Entrée ou double-clic démarre une routine&#xa0;; tapez un nom pour chercher.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search routines...</source>
        <translation>Rechercher une routine…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search routines</source>
        <translation>Rechercher une routine</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter by body area</source>
        <translation>Filtrer par zone du corps</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Routines</source>
        <translation>Routines</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Yours only</source>
        <translation>Seulement les vôtres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only the routines you added</source>
        <translation>Afficher seulement les routines que vous avez ajoutées</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Cramp right now</source>
        <translation>Une crampe en ce moment</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Cramp right now?&lt;/b&gt;  keys 1 to {last}</source>
        <translation>&lt;b&gt;Une crampe en ce moment&#xa0;?&lt;/b&gt;  touches 1 à {last}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cramp in the {area}: start its stretch now</source>
        <extracomment>{area_name}: the area as written, for languages that keep its capitals.</extracomment>
        <translation>Crampe ({area})&#xa0;: démarrer l&apos;étirement maintenant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start the stretch for a cramp in the {area} now ({key})</source>
        <extracomment>{area_name}: the area as written, for languages that keep its capitals.</extracomment>
        <translation>Démarrer maintenant l&apos;étirement pour une crampe ({area}) ({key})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>More help (F1)</source>
        <translation>Plus d&apos;aide (F1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open quick relief: checklist, cramp timer and when to see a doctor</source>
        <translation>Ouvrir le soulagement rapide&#xa0;: liste, chronomètre de crampe et quand consulter un médecin</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>  ·  yours</source>
        <translation>  ·  la vôtre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 step</source>
        <translation>1 étape</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n steps</source>
        <translation>
            <numerusform>%n étape</numerusform>
            <numerusform>%n étapes</numerusform>
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
        <translation>Toutes les zones</translation>
    </message>
</context>
<context>
    <name>PictureWords</name>
    <message>
        <location filename="../../ui/editor/stage.py" line="+48"/>
        <source>{file} is not a PNG, JPEG, WebP or SVG picture</source>
        <translation>{file} n&apos;est pas une image PNG, JPEG, WebP ou SVG</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{file} cannot be read as a picture ({reason})</source>
        <translation>{file} ne peut pas être lu comme une image ({reason})</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{file} cannot be scaled down ({reason})</source>
        <translation>{file} ne peut pas être réduit ({reason})</translation>
    </message>
</context>
<context>
    <name>PlayerWords</name>
    <message>
        <location filename="../../audio/inprocess.py" line="+54"/>
        <source>the miniaudio library is not installed ({reason})</source>
        <translation>la bibliothèque miniaudio n’est pas installée ({reason})</translation>
    </message>
    <message>
        <location line="+25"/>
        <location filename="../../audio/players.py" line="+48"/>
        <location filename="../../audio/pulse.py" line="+125"/>
        <source>no audio output device was found; is a sound server running?</source>
        <translation>aucune sortie audio n&apos;a été trouvée&#xa0;; un serveur de son est-il lancé&#xa0;?</translation>
    </message>
    <message>
        <location line="+38"/>
        <location filename="../../audio/libpulse.py" line="+235"/>
        <source>could not read {file} ({reason})</source>
        <translation>impossible de lire {file} ({reason})</translation>
    </message>
    <message>
        <location line="+50"/>
        <location filename="../../audio/libpulse.py" line="+8"/>
        <location filename="../../audio/players.py" line="+2"/>
        <source>Sound: the chosen output device is gone; using the system default.</source>
        <translation>Son&#xa0;: la sortie audio choisie n&apos;est plus disponible&#xa0;; la sortie par défaut du système est utilisée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../audio/libpulse.py" line="+5"/>
        <source>Sound: the chosen output device is back; playing through it.</source>
        <translation>Son&#xa0;: le périphérique de sortie choisi est de retour&#xa0;; le son y est de nouveau envoyé.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the sound output could not be opened ({reason})</source>
        <translation>la sortie son n’a pas pu être ouverte ({reason})</translation>
    </message>
    <message>
        <location filename="../../audio/players.py" line="+2"/>
        <source>Sound: now playing through {device}, the new default.</source>
        <translation>Son&#xa0;: lecture désormais sur {device}, la nouvelle sortie par défaut.</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>the QtMultimedia helper process could not start</source>
        <translation>le processus d&apos;aide QtMultimedia n&apos;a pas pu démarrer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>QtMultimedia did not answer within 10 s</source>
        <translation>QtMultimedia n&apos;a pas répondu en 10&#xa0;s</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>QtMultimedia could not play {file}</source>
        <translation>QtMultimedia n&apos;a pas pu lire {file}</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+27"/>
        <location filename="../../audio/pulse.py" line="+460"/>
        <source>the sound server went away</source>
        <translation>le serveur de son n&apos;est plus disponible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the QtMultimedia helper ended (code {code})</source>
        <translation>le processus d&apos;aide QtMultimedia s&apos;est arrêté (code {code})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>QtMultimedia stopped responding</source>
        <translation>QtMultimedia ne répond plus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a cue did not start playing</source>
        <translation>un signal sonore n&apos;a pas démarré</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>{program} could not play ({detail})</source>
        <translation>{program} n&apos;a pas pu lire le son ({detail})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{program} exited with code {code}</source>
        <translation>{program} s&apos;est arrêté avec le code {code}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>playsound3 is not installed ({reason})</source>
        <translation>playsound3 n&apos;est pas installé ({reason})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no program to play sound with was found (gst-play-1.0 with GStreamer&apos;s base plugins, ffplay, or aplay together with mpg123)</source>
        <translation>aucun programme pour jouer le son n&apos;a été trouvé (gst-play-1.0 avec les plugins de base de GStreamer, ffplay, ou aplay avec mpg123)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{program} did not finish a cue within 30 s</source>
        <translation>{program} n&apos;a pas fini un signal sonore en 30&#xa0;s</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{program} could not start ({reason})</source>
        <translation>{program} n&apos;a pas pu démarrer ({reason})</translation>
    </message>
    <message>
        <location filename="../../audio/libpulse.py" line="-47"/>
        <source>the PulseAudio client library cannot be loaded ({reason})</source>
        <translation>la bibliothèque cliente PulseAudio ne peut pas être chargée ({reason})</translation>
    </message>
    <message>
        <location filename="../../audio/pulse.py" line="-406"/>
        <source>the sound server cannot be reached ({reason})</source>
        <translation>le serveur de son est injoignable ({reason})</translation>
    </message>
</context>
<context>
    <name>ProblemPanel</name>
    <message>
        <location filename="../../ui/picker/problems.py" line="+38"/>
        <source>Routine files that could not be loaded</source>
        <translation>Fichiers de routines impossibles à charger</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>1 routine file could not be loaded</source>
        <translation>1 fichier de routine n&apos;a pas pu être chargé</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n routine files could not be loaded</source>
        <translation>
            <numerusform>%n fichier de routine n&apos;a pas pu être chargé</numerusform>
            <numerusform>%n fichiers de routines n&apos;ont pas pu être chargés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 warning about routine files</source>
        <translation>1 avertissement sur les fichiers de routines</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n warnings about routine files</source>
        <translation>
            <numerusform>%n avertissement sur les fichiers de routines</numerusform>
            <numerusform>%n avertissements sur les fichiers de routines</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>and {count} more</source>
        <translation>et {count} autres</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open file</source>
        <translation>Ouvrir le fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open {file} in a text editor</source>
        <translation>Ouvrir {file} dans un éditeur de texte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show folder</source>
        <translation>Afficher le dossier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the folder holding {file}</source>
        <translation>Afficher le dossier contenant {file}</translation>
    </message>
</context>
<context>
    <name>ProblemWords</name>
    <message>
        <location filename="../../core/problems.py" line="+42"/>
        <source>{path}: warning: {message}</source>
        <translation>{path}&#xa0;: avertissement&#xa0;: {message}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path}: {message}</source>
        <translation>{path}&#xa0;: {message}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path}, line {line}: warning: {message}</source>
        <translation>{path}, ligne {line}&#xa0;: avertissement&#xa0;: {message}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path}, line {line}: {message}</source>
        <translation>{path}, ligne {line}&#xa0;: {message}</translation>
    </message>
</context>
<context>
    <name>ReliefRoutines</name>
    <message>
        <location filename="../../ui/settings/relief.py" line="+40"/>
        <source>Routine for the {button} cramp button</source>
        <extracomment>{label}: the button as written, for languages that keep its capitals.</extracomment>
        <translation>Routine du bouton de crampe «&#xa0;{label}&#xa0;»</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{button}:</source>
        <translation>{button}&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ReliefView</name>
    <message>
        <location filename="../../ui/relief/view.py" line="+105"/>
        <source>How long the cramp has lasted</source>
        <translation>Durée de la crampe jusqu&apos;ici</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start timing a cramp, or say it is over</source>
        <translation>Chronométrer une crampe, ou indiquer qu&apos;elle est finie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Long cramp warning</source>
        <translation>Alerte&#xa0;: crampe longue</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What to do next</source>
        <translation>Que faire ensuite</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Relief, log, red flags and prevention</source>
        <translation>Soulagement, journal, signaux d&apos;alerte et prévention</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+264"/>
        <source>What helps now</source>
        <translation>Ce qui aide maintenant</translation>
    </message>
    <message>
        <location line="-263"/>
        <location line="+277"/>
        <source>Log this cramp</source>
        <translation>Noter cette crampe</translation>
    </message>
    <message>
        <location line="-276"/>
        <source>When to see a doctor</source>
        <translation>Quand consulter un médecin</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stop any stretch that hurts.</source>
        <translation>Arrêtez tout étirement qui fait mal.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Where is the cramp?  (keys 1 to {last})</source>
        <translation>Où est la crampe&#xa0;?  (touches 1 à {last})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A cramp in the {area}: start its stretch</source>
        <extracomment>{label}: the area as written, for languages that keep its capitals.</extracomment>
        <translation>Une crampe ({area})&#xa0;: démarrer son étirement</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A cramp here: time it and start the stretch ({key})</source>
        <translation>Une crampe ici&#xa0;: la chronométrer et démarrer l&apos;étirement ({key})</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>◀  LEFT leg</source>
        <translation>◀  Jambe GAUCHE</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>RIGHT leg  ▶</source>
        <translation>Jambe DROITE  ▶</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stretch:</source>
        <translation>Étirement&#xa0;:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Yes, it is easing</source>
        <translation>Oui, ça se calme</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No, still cramping</source>
        <translation>Non, toujours la crampe</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Which leg?  (keys {left} and {right})</source>
        <translation>Quelle jambe&#xa0;?  (touches {left} et {right})</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Still cramping: do the stretch again ({key})</source>
        <translation>Toujours la crampe&#xa0;: refaire l&apos;étirement ({key})</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The left leg ({key})</source>
        <translation>La jambe gauche ({key})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The right leg ({key})</source>
        <translation>La jambe droite ({key})</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The stretch is done. Is the cramp easing?  ({yes} or {no})</source>
        <translation>L&apos;étirement est terminé. Est-ce que la crampe se calme&#xa0;?  ({yes} ou {no})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Yes, it is easing ({key})</source>
        <translation>Oui, ça se calme ({key})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No, still cramping ({key})</source>
        <translation>Non, toujours la crampe ({key})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>When did the cramp end?</source>
        <translation>Quand la crampe a-t-elle cessé&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes, it is over now</source>
        <translation>Oui, c&apos;est fini</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When the stretch ended</source>
        <translation>À la fin de l&apos;étirement</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Yes, it is over now  ({key})</source>
        <translation>Oui, c&apos;est fini  ({key})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When the stretch ended  ({key})</source>
        <translation>À la fin de l&apos;étirement  ({key})</translation>
    </message>
    <message>
        <location filename="../../ui/relief/answer_keys.py" line="+17"/>
        <source>L</source>
        <comment>the key for the left leg: the first letter of &apos;left&apos;</comment>
        <translation>G</translation>
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
        <translation>O</translation>
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
        <translation>Cochez chaque point au fur et à mesure&#xa0;:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Where the cramp is</source>
        <translation>Où est la crampe</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not rated</source>
        <translation>non évaluée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> of 10</source>
        <translation> sur 10</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How bad the cramp is, 1 to 10</source>
        <translation>Intensité de la crampe, de 1 à 10</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note about this cramp</source>
        <translation>Note sur cette crampe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anything you want to remember, or tell your doctor</source>
        <translation>Ce que vous voulez retenir, ou dire à votre médecin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a cramp: remove from the log</source>
        <translation>Pas une crampe&#xa0;: retirer du journal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No cramp is being timed. Choose where it is above, or start the timer; a cramp from earlier can be added in History (Ctrl+H).</source>
        <translation>Aucune crampe n&apos;est chronométrée. Indiquez ci-dessus où elle se trouve, ou démarrez le chronomètre&#xa0;; une crampe passée peut être ajoutée dans l&apos;historique (Ctrl+H).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where:</source>
        <translation>Où&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How bad:</source>
        <translation>Intensité&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What helped:</source>
        <translation>Ce qui a aidé&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags:</source>
        <translation>Étiquettes&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It came with:</source>
        <translation>Accompagnée de :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note:</source>
        <translation>Note&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved as you go.</source>
        <translation>Enregistré au fur et à mesure.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The cramp is over  ({key})</source>
        <translation>La crampe est passée  ({key})</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Is the cramp over now? (the timer shows {time})</source>
        <translation>La crampe est-elle finie ? (le chronomètre indique {time})</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Start cramp timer</source>
        <translation>Démarrer le chronomètre</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>⚠  This cramp has lasted {minutes} minutes or more.</source>
        <translation>⚠  Cette crampe dure depuis {minutes} minutes ou plus.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Still cramping: stretch again, {leg}</source>
        <translation>Toujours la crampe&#xa0;: refaire l&apos;étirement, {leg}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Still cramping: stretch again</source>
        <translation>Toujours la crampe&#xa0;: refaire l&apos;étirement</translation>
    </message>
</context>
<context>
    <name>ReminderRow</name>
    <message>
        <location filename="../../ui/settings/reminders.py" line="+56"/>
        <source>Reminder time</source>
        <translation>Heure du rappel</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remind on {day}</source>
        <translation>Rappeler le {day}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Routine to do</source>
        <translation>Routine à faire</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{routine} (not loaded)</source>
        <translation>{routine} (non chargée)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bedtime (dark)</source>
        <translation>Au coucher (sombre)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opens the routine for the evening, in the dark theme</source>
        <translation>Ouvre la routine pour le soir, avec le thème sombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this reminder</source>
        <translation>Supprimer ce rappel</translation>
    </message>
</context>
<context>
    <name>RemindersDialog</name>
    <message>
        <location line="+64"/>
        <source>Reminders and desktop</source>
        <translation>Rappels et bureau</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reminders to stretch, each at a time on the days you choose. They come as {shown_as}, with Start and Snooze. One missed while the computer slept comes once when it wakes, if within two hours.</source>
        <translation>Des rappels pour vous étirer, chacun à une heure donnée les jours de votre choix. Ils arrivent par {shown_as}, avec «&#xa0;Démarrer&#xa0;» et «&#xa0;Rappeler dans 15&#xa0;min&#xa0;». Un rappel manqué pendant la veille de l&apos;ordinateur arrive une fois à son réveil, s&apos;il date de moins de deux heures.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Add a reminder</source>
        <translation>&amp;Ajouter un rappel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pause all reminders</source>
        <translation>Mettre tous les rappels en &amp;pause</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keep running in the tray when the window is closed</source>
        <translation>&amp;Rester dans la zone de notification quand la fenêtre est fermée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start at &amp;login, hidden in the tray</source>
        <translation>Démarrer à l&apos;ouverture de &amp;session, caché dans la zone de notification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add to the applications &amp;menu</source>
        <translation>Ajouter au &amp;menu des applications</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../ui/log/report_dialog.py" line="+37"/>
        <source>Report for your doctor</source>
        <translation>Rapport pour le médecin</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>optional: printed at the top</source>
        <translation>facultatif&#xa0;: imprimé en haut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your name, printed on the report</source>
        <translation>Votre nom, imprimé sur le rapport</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every cramp in the period is listed, with the red flags it meets.</source>
        <translation>Chaque crampe de la période est listée, avec les signaux d&apos;alerte qu&apos;elle présente.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From:</source>
        <translation>Du&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To:</source>
        <translation>Au&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <location filename="../../log/report.py" line="+45"/>
        <source>finished</source>
        <translation>terminée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not ended (the app closed during it)</source>
        <translation>non terminée (l&apos;application a été fermée avant la fin)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stopped before the end</source>
        <translation>arrêtée avant la fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped at step {step}</source>
        <translation>arrêtée à l&apos;étape {step}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>signs: {items}</source>
        <translation>signes : {items}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>severity {rating}</source>
        <translation>intensité {rating}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+183"/>
        <source>helped: {items}</source>
        <translation>a aidé&#xa0;: {items}</translation>
    </message>
    <message>
        <location line="-180"/>
        <source>tags: {items}</source>
        <translation>étiquettes&#xa0;: {items}</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Routines done: {count}</source>
        <translation>Routines faites&#xa0;: {count}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cramp episodes: {count}</source>
        <translation>Crampes&#xa0;: {count}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When to see a doctor — your log shows:</source>
        <translation>Quand consulter un médecin — votre journal montre&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(met on {day})</source>
        <translation>(apparu le {day})</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>(%n earlier not shown: --all lists every entry, --since DATE those from a day)</source>
        <translation>
            <numerusform>(%n entrée plus ancienne non affichée : --all liste toutes les entrées, --since DATE celles depuis un jour)</numerusform>
            <numerusform>(%n entrées plus anciennes non affichées : --all liste toutes les entrées, --since DATE celles depuis un jour)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+85"/>
        <source>to the week of {last}: no cramps (%n weeks)</source>
        <translation>
            <numerusform>jusqu&apos;à la semaine du {last}&#xa0;: aucune crampe (%n semaine)</numerusform>
            <numerusform>jusqu&apos;à la semaine du {last}&#xa0;: aucune crampe (%n semaines)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cramps per week (weeks start on Monday)</source>
        <translation>Crampes par semaine (les semaines commencent le lundi)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No cramps were logged in this period.</source>
        <translation>Aucune crampe n&apos;a été enregistrée sur cette période.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Side</source>
        <translation>Côté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Severity</source>
        <translation>Intensité</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>By side</source>
        <translation>Par côté</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>Not noted.</source>
        <translation>Non noté.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>What helped</source>
        <translation>Ce qui a aidé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Noted with the cramps (medication, signs, ...)</source>
        <translation>Noté avec les crampes (médicaments, signes, …)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing noted.</source>
        <translation>Rien de noté.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{length} on {when}</source>
        <translation>{length} le {when}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none with a known length</source>
        <translation>aucune de durée connue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cramps logged</source>
        <translation>Crampes enregistrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest cramp</source>
        <translation>Crampe la plus longue</translation>
    </message>
    <message>
        <location line="-48"/>
        <location line="+50"/>
        <source>Routines done</source>
        <translation>Routines faites</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{done} ({finished} finished)</source>
        <translation>{done} ({finished} jusqu&apos;au bout)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{flag} Met on {day}; cramps: {cramps}</source>
        <translation>{flag} Apparu le {day}&#xa0;; crampes&#xa0;: {cramps}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This log meets none of the red flags below.</source>
        <translation>Ce journal ne présente aucun des signaux d&apos;alerte ci-dessous.</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>Name: {name}</source>
        <translation>Nom&#xa0;: {name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Period: {first} to {last}. Printed {printed} (times are local, {zone}).</source>
        <translation>Période&#xa0;: du {first} au {last}. Imprimé le {printed} (heures locales, {zone}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every cramp in the period ({count}), oldest first</source>
        <translation>Toutes les crampes de la période ({count}), de la plus ancienne à la plus récente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Muscle cramp log — spasm-stretch</source>
        <translation>Journal des crampes musculaires — spasm-stretch</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Red flags met in this period</source>
        <translation>Signaux d&apos;alerte présents sur cette période</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Signs, tags and note</source>
        <translation>Signes, étiquettes et note</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>By time of day</source>
        <translation>Par moment de la journée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By area</source>
        <translation>Par zone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No cramps logged.</source>
        <translation>Aucune crampe enregistrée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No routines logged.</source>
        <translation>Aucune routine enregistrée.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>(!) marks a cramp that meets a red flag above.</source>
        <translation>(!) signale une crampe qui correspond à un signal d&apos;alerte ci-dessus.</translation>
    </message>
</context>
<context>
    <name>RoutineEditor</name>
    <message>
        <location filename="../../ui/editor/dialog.py" line="+95"/>
        <source>Edit routine: {name}</source>
        <translation>Modifier la routine&#xa0;: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New routine</source>
        <translation>Nouvelle routine</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Total time</source>
        <translation>Durée totale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Try it</source>
        <translation>&amp;Essayer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the routine as it is now, without saving it</source>
        <translation>Lancer la routine telle quelle, sans l&apos;enregistrer</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>the id &apos;{id}&apos; is already used by {routine}; give this routine its own id</source>
        <translation>l&apos;identifiant «&#xa0;{id}&#xa0;» est déjà utilisé par {routine}&#xa0;; donnez à cette routine son propre identifiant</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{total} in all, {active} stretching</source>
        <translation>{total} au total, dont {active} d&apos;étirement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fix the marked fields to see the timeline</source>
        <translation>Corrigez les champs signalés pour voir le déroulé</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Picture not used</source>
        <translation>Image non utilisée</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a picture</source>
        <translation>Choisir une image</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pictures (*.png *.jpg *.jpeg *.webp *.svg)</source>
        <translation>Images (*.png *.jpg *.jpeg *.webp *.svg)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Not saved</source>
        <translation>Non enregistrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} cannot be written: {reason}</source>
        <translation>{file} ne peut pas être écrit&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{file} was deleted or moved since you opened it here.</source>
        <translation>{file} a été supprimé ou déplacé depuis que vous l&apos;avez ouvert ici.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} was changed by another program since you opened it here. Saving now would lose those changes.</source>
        <translation>{file} a été modifié par un autre programme depuis que vous l&apos;avez ouvert ici. Enregistrer maintenant ferait perdre ces modifications.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reload theirs</source>
        <translation>Recharger leur version</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overwrite with mine</source>
        <translation>Remplacer par la mienne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save mine as a copy</source>
        <translation>Enregistrer la mienne comme copie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed on disk</source>
        <translation>Modifié sur le disque</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{routine} (copy)</source>
        <translation>{routine} (copie)</translation>
    </message>
</context>
<context>
    <name>RoutineFolderWords</name>
    <message>
        <location filename="../../core/catalog.py" line="+95"/>
        <source>this link points to a file that does not exist</source>
        <translation>ce lien pointe vers un fichier qui n&apos;existe pas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no such file or folder</source>
        <translation>fichier ou dossier introuvable</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this cannot be opened ({reason})</source>
        <translation>ceci ne peut pas être ouvert ({reason})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>this folder cannot be read ({reason})</source>
        <translation>ce dossier ne peut pas être lu ({reason})</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>the id &apos;{id}&apos; is already used by {file}; give each routine its own id</source>
        <translation>l&apos;identifiant «&#xa0;{id}&#xa0;» est déjà utilisé par {file}&#xa0;; donnez à chaque routine son propre identifiant</translation>
    </message>
</context>
<context>
    <name>RoutineForm</name>
    <message>
        <location filename="../../ui/editor/form.py" line="+89"/>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Id:</source>
        <translation>Identi&amp;fiant&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Area:</source>
        <translation>&amp;Zone&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summar&amp;y:</source>
        <translation>Rés&amp;umé&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Caution:</source>
        <translation>Pré&amp;cautions&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Prepare:</source>
        <translation>&amp;Préparation&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;witch sides:</source>
        <translation>Changement &amp;de côté&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Steps (drag, or Alt+Up and Alt+Down, to reorder)</source>
        <translation>Étapes (faites glisser, ou Alt+Haut et Alt+Bas, pour changer l&apos;ordre)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add &amp;step</source>
        <translation>A&amp;jouter une étape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remo&amp;ve step</source>
        <translation>Supprimer &amp;l&apos;étape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the step up (Alt+Up)</source>
        <translation>Monter l&apos;étape (Alt+Haut)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the step down (Alt+Down)</source>
        <translation>Descendre l&apos;étape (Alt+Bas)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One sentence per line, in order</source>
        <translation>Une phrase par ligne, dans l&apos;ordre</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+278"/>
        <source>seconds: 30, or a range such as 20-30</source>
        <translation>secondes&#xa0;: 30, ou une plage comme 20-30</translation>
    </message>
    <message>
        <location line="-274"/>
        <source>Left, then right</source>
        <translation>Gauche, puis droite</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose picture…</source>
        <translation>Choisir une image…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No picture</source>
        <translation>Pas d&apos;image</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The step&apos;s picture</source>
        <translation>L&apos;image de l&apos;étape</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+282"/>
        <source>Pose</source>
        <translation>Posture</translation>
    </message>
    <message>
        <location line="-282"/>
        <location line="+282"/>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <location line="-282"/>
        <source>Seconds</source>
        <translation>Secondes</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add pose</source>
        <translation>Ajouter une posture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove pose</source>
        <translation>Supprimer la posture</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Na&amp;me:</source>
        <translation>No&amp;m&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instructi&amp;ons:</source>
        <translation>Consi&amp;gnes&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repetitions:</source>
        <translation>Répétiti&amp;ons&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tempo (eac&amp;h):</source>
        <translation>Ryt&amp;hme (chacune)&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ho&amp;ld:</source>
        <translation>M&amp;aintien&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pos&amp;es:</source>
        <translation>P&amp;ostures&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Si&amp;des:</source>
        <translation>Cô&amp;tés&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+206"/>
        <source>&amp;Repeat:</source>
        <translation>Nom&amp;bre de fois&#xa0;:</translation>
    </message>
    <message>
        <location line="-205"/>
        <source>Rest a&amp;fter:</source>
        <translation>&amp;Repos après&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pict&amp;ure:</source>
        <translation>&amp;Image&#xa0;:</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>S&amp;ets:</source>
        <translation>&amp;Séries&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>optional: seconds to hold at the end of each repetition</source>
        <translation>facultatif&#xa0;: secondes de maintien à la fin de chaque répétition</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>total seconds of alternating</source>
        <translation>durée totale de l&apos;alternance, en secondes</translation>
    </message>
</context>
<context>
    <name>SampleWords</name>
    <message>
        <location filename="../../audio/samples.py" line="+93"/>
        <source>{file} cannot be read ({reason})</source>
        <translation>{file} ne peut pas être lu ({reason})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is empty</source>
        <translation>{file} est vide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is over {limit} MB</source>
        <translation>{file} dépasse {limit} Mo</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{file} is not a WAV file; save it as WAV (PCM, 16-bit)</source>
        <translation>{file} n’est pas un fichier WAV&#xa0;; enregistrez-le en WAV (PCM, 16 bits)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is an {kind} file, not a WAV; save it as WAV</source>
        <translation>{file} est un fichier {kind}, pas un WAV&#xa0;; enregistrez-le en WAV</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} is a damaged WAV file (no format chunk); save it again</source>
        <translation>{file} est un fichier WAV abîmé (sans bloc de format)&#xa0;; enregistrez-le de nouveau</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{file} holds {kind}-compressed sound; save it as PCM WAV</source>
        <translation>{file} contient du son compressé en {kind}&#xa0;; enregistrez-le en WAV PCM</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{file} uses an audio format ({code}) cues cannot play; save it as PCM WAV</source>
        <translation>{file} utilise un format audio ({code}) que les signaux ne peuvent pas lire&#xa0;; enregistrez-le en WAV PCM</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{file} uses {bits}-bit samples; save it as 8, 16, 24 or 32-bit PCM WAV</source>
        <translation>{file} utilise des échantillons de {bits} bits&#xa0;; enregistrez-le en WAV PCM 8, 16, 24 ou 32 bits</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{file} says its sample rate is {rate} Hz; save it at a rate from 8000 to 192000 Hz</source>
        <translation>{file} indique une fréquence d’échantillonnage de {rate} Hz&#xa0;; enregistrez-le entre 8000 et 192000 Hz</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{file} has {channels} channels; save it as mono or stereo</source>
        <translation>{file} a {channels} canaux&#xa0;; enregistrez-le en mono ou en stéréo</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>{file} is {size} MB; a cue sound must be under {limit} MB</source>
        <translation>{file} fait {size} Mo&#xa0;; un signal sonore doit faire moins de {limit} Mo</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>{file} holds no sound (or is cut short)</source>
        <translation>{file} ne contient aucun son (ou est tronqué)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file} lasts {seconds} s; a cue sound must be under {limit} s</source>
        <translation>{file} dure {seconds} s&#xa0;; un signal sonore doit durer moins de {limit} s</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <location filename="../../ui/session/controller.py" line="+48"/>
        <source>Routine stopped.</source>
        <translation>Routine arrêtée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your routine is paused.</source>
        <translation>Votre routine est en pause.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to your routine</source>
        <translation>Retour à votre routine</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>&amp;Start / Pause</source>
        <translation>&amp;Démarrer / Pause</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start or pause</source>
        <translation>Démarrer ou mettre en pause</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the start of this side or rep; twice for the one before</source>
        <translation>Retour au début de ce côté ou de cette répétition&#xa0;; deux fois pour revenir au précédent</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skip to the next hold</source>
        <translation>Passer au maintien suivant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>+10 s</source>
        <translation>+10&#xa0;s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ten more seconds for this hold</source>
        <translation>Dix secondes de plus pour ce maintien</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;top</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop the session</source>
        <translation>Arrêter la séance</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Say time &amp;left</source>
        <translation>Annoncer le &amp;temps restant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say how long this phase and the routine have left</source>
        <translation>Annoncer le temps restant pour cette phase et la routine</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>{routine} · done — {app}</source>
        <translation>{routine} · terminée — {app}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Paused · </source>
        <translation>En pause · </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{routine} — {app}</source>
        <translation>{routine} — {app}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{routine} · {left} left — {app}</source>
        <translation>{routine} · encore {left} — {app}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Ready. Press Space to start.</source>
        <translation>Tout est prêt. Appuyez sur Espace pour démarrer.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The routine {routine} is not loaded.</source>
        <translation>La routine {routine} n&apos;est pas chargée.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>{event}. Press Space to continue.</source>
        <translation>{event}. Appuyez sur Espace pour reprendre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused. Press Space to continue.</source>
        <translation>En pause. Appuyez sur Espace pour reprendre.</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>1 second left</source>
        <translation>encore 1 seconde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{seconds} seconds left</source>
        <translation>encore {seconds} secondes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{left} left in the routine</source>
        <translation>Encore {left} pour la routine</translation>
    </message>
</context>
<context>
    <name>SessionScreenText</name>
    <message>
        <location filename="../../ui/session/view.py" line="-53"/>
        <source>Get into position</source>
        <translation>Mettez-vous en position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold</source>
        <translation>Tenir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch sides</source>
        <translation>Changez de côté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relax</source>
        <translation>Détendez-vous</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ready</source>
        <translation>prête</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>finished</source>
        <translation>terminée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped</source>
        <translation>arrêtée</translation>
    </message>
    <message>
        <location line="+290"/>
        <location line="+122"/>
        <source>Next: {step}</source>
        <translation>Ensuite&#xa0;: {step}</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Next: done</source>
        <translation>Ensuite&#xa0;: fin</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next: {what} ({length})</source>
        <translation>Ensuite&#xa0;: {what} ({length})</translation>
    </message>
</context>
<context>
    <name>SessionView</name>
    <message>
        <location line="-271"/>
        <location line="+21"/>
        <source>Routine progress</source>
        <translation>Progression de la routine</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>What to do now</source>
        <translation>Que faire maintenant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Side</source>
        <translation>Côté</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Illustration of the stretch</source>
        <translation>Illustration de l&apos;étirement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Coming next</source>
        <translation>Ensuite</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Session status</source>
        <translation>État de la séance</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Stretching session</source>
        <translation>Séance d&apos;étirement</translation>
    </message>
    <message>
        <location line="+106"/>
        <location line="+8"/>
        <source>Rep {rep} of {count}</source>
        <translation>Rép. {rep} sur {count}</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>PAUSED</source>
        <translation>EN PAUSE</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>repetitions</source>
        <translation>répétitions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Get ready for step {step} of {count}: {first}</source>
        <translation>Préparez-vous pour l&apos;étape {step} sur {count}&#xa0;: {first}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Step {step} of {count}  ·  {left} left{state}</source>
        <translation>Étape {step} sur {count}  ·  encore {left}{state}</translation>
    </message>
</context>
<context>
    <name>SessionWords</name>
    <message>
        <location filename="../../core/engine.py" line="+132"/>
        <source>Get into position: {step}</source>
        <translation>Mettez-vous en position&#xa0;: {step}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rep {rep} of {count}</source>
        <translation>Répétition {rep} sur {count}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hold</source>
        <translation>Tenir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Switch sides</source>
        <translation>Changez de côté</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Relax</source>
        <translation>Détendez-vous</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> - left side</source>
        <translation> - côté gauche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> - right side</source>
        <translation> - côté droit</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Resumed</source>
        <translation>Reprise</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Stopped</source>
        <translation>Arrêtée</translation>
    </message>
    <message>
        <location line="+203"/>
        <source>Halfway</source>
        <translation>À mi-parcours</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{step} done</source>
        <translation>{step}&#xa0;: terminé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Routine complete</source>
        <translation>Routine terminée</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Paused: the app was held up for {seconds} s (computer busy or asleep)</source>
        <translation>En pause&#xa0;: l&apos;application a été bloquée {seconds} s (ordinateur occupé ou en veille)</translation>
    </message>
</context>
<context>
    <name>SettingsController</name>
    <message>
        <location filename="../../ui/settings/controller.py" line="+38"/>
        <source>Se&amp;ttings...</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold length, timings, sound, theme, text size</source>
        <translation>Durée de maintien, minutage, son, thème, taille du texte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Mute</source>
        <translation>&amp;Couper le son</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sound cues on or off</source>
        <translation>Activer ou couper les signaux sonores</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings/dialog.py" line="+136"/>
        <location line="+72"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Hold length</source>
        <translation>Durée de maintien</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time to get into position</source>
        <translation>Temps pour se mettre en position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rest between stretches</source>
        <translation>Repos entre les étirements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play sound cues</source>
        <translation>Jouer les signaux sonores</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sound player in use: {player}</source>
        <translation>Lecteur de son utilisé&#xa0;: {player}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Speak step names, &quot;switch sides&quot;, &quot;relax&quot; and &quot;routine complete&quot;</source>
        <translation>Annoncer à voix haute le nom des étapes, «&#xa0;Changez de côté&#xa0;», «&#xa0;Détendez-vous&#xa0;» et «&#xa0;Routine terminée&#xa0;»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not available: {reason}</source>
        <translation>Non disponible&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Text size</source>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Hold length:</source>
        <translation>Durée de &amp;maintien&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Get into position:</source>
        <translation>Se mettre en &amp;position&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rest between stretches:</source>
        <translation>&amp;Repos entre étirements&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Volume:</source>
        <translation>&amp;Volume&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cues to play:</source>
        <translation>Signaux à jouer&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Night theme:</source>
        <translation>Thème nuit&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Te&amp;xt size:</source>
        <translation>Taille du te&amp;xte&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cramp buttons run:</source>
        <translation>Les boutons de crampe lancent&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
</context>
<context>
    <name>SettingsProblems</name>
    <message>
        <location filename="../../settings/store.py" line="+287"/>
        <source>{file}: setting &apos;{name}&apos; = {value} is not valid; using {default}</source>
        <translation>{file}&#xa0;: le paramètre «&#xa0;{name}&#xa0;» = {value} n&apos;est pas valide&#xa0;; {default} est utilisé</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>a time without its time zone</source>
        <translation>une heure sans fuseau horaire</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{file}: the reminder state is not readable ({reason})</source>
        <translation>{file}&#xa0;: l&apos;état des rappels est illisible ({reason})</translation>
    </message>
</context>
<context>
    <name>SettingsWords</name>
    <message>
        <location filename="../../ui/settings/dialog.py" line="-154"/>
        <source>Short end of each range (e.g. 20 s of 20-30)</source>
        <translation>Bas de chaque plage (p. ex. 20&#xa0;s pour 20-30)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Middle of each range (e.g. 25 s)</source>
        <translation>Milieu de chaque plage (p. ex. 25&#xa0;s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long end of each range (e.g. 30 s)</source>
        <translation>Haut de chaque plage (p. ex. 30&#xa0;s)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Follow the system</source>
        <translation>Selon le système</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Night: dim and dark, for the bedroom</source>
        <translation>Nuit&#xa0;: sombre et atténué, pour la chambre</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Get ready</source>
        <translation>Préparez-vous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold starts</source>
        <translation>Début du maintien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Halfway</source>
        <translation>Mi-parcours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3-2-1 countdown</source>
        <translation>Décompte 3-2-1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch sides</source>
        <translation>Changez de côté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next pose</source>
        <translation>Posture suivante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step done</source>
        <translation>Étape terminée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Routine done</source>
        <translation>Routine terminée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each counted repetition</source>
        <translation>Chaque répétition comptée</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>As the routine says</source>
        <translation>Selon la routine</translation>
    </message>
</context>
<context>
    <name>SoundCheckWords</name>
    <message>
        <location filename="../../audio/check.py" line="+34"/>
        <source>sound player: {player} (device: {device})</source>
        <translation>lecteur de son&#xa0;: {player} (appareil&#xa0;: {device})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>  skipped {reason}</source>
        <translation>  ignoré&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>playing {cue} ({file})</source>
        <translation>lecture de {cue} ({file})</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>no sound output: cues would be shown on screen only. {reasons}</source>
        <translation>aucune sortie audio&#xa0;: les signaux ne s&apos;afficheraient qu&apos;à l&apos;écran. {reasons}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a player failed while playing</source>
        <translation>un lecteur a échoué pendant la lecture</translation>
    </message>
</context>
<context>
    <name>SoundSettings</name>
    <message>
        <location filename="../../ui/settings/sound.py" line="+48"/>
        <source>Sounds</source>
        <translation>Sons</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Output device</source>
        <translation>Sortie audio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System default (follows changes)</source>
        <translation>Sortie par défaut (suit les changements)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Te&amp;st sound</source>
        <translation>Tester le &amp;son</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sound message</source>
        <translation>Message sur le son</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Output device:</source>
        <translation>Sortie audio&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a file for {cue}</source>
        <translation>Choisir un fichier pour «&#xa0;{cue}&#xa0;»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use built-in</source>
        <translation>Utiliser le son intégré</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Built-in sound for {cue}</source>
        <translation>Son intégré pour «&#xa0;{cue}&#xa0;»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{cue}:</source>
        <translation>{cue}&#xa0;:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Built-in</source>
        <translation>Intégré</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A sound for “{cue}”</source>
        <translation>Un son pour «&#xa0;{cue}&#xa0;»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>WAV sound (*.wav)</source>
        <translation>Son WAV (*.wav)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{device} (not connected)</source>
        <translation>{device} (non connecté)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{problem}; “{cue}” keeps its sound.</source>
        <translation>{problem}&#xa0;; le son de «&#xa0;{cue}&#xa0;» ne change pas.</translation>
    </message>
</context>
<context>
    <name>SpeechWords</name>
    <message>
        <location filename="../../audio/speech.py" line="+111"/>
        <source>no speech engine on this computer; install espeak-ng (on Debian or Ubuntu: sudo apt install espeak-ng). The chimes play as before.</source>
        <translation>aucun moteur de synthèse vocale sur cet ordinateur ; installez espeak-ng (sous Debian ou Ubuntu : sudo apt install espeak-ng). Les signaux sonores continuent comme avant.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the speech engine has no voice for &quot;{language}&quot;; install espeak-ng-data (on Debian or Ubuntu: sudo apt install espeak-ng-data). The chimes play as before.</source>
        <translation>le moteur de synthèse vocale n’a pas de voix pour « {language} » ; installez espeak-ng-data (sous Debian ou Ubuntu : sudo apt install espeak-ng-data). Les signaux sonores continuent comme avant.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the speech engine ({engine}) crashed or hung, so the voice is off this session; the chimes play as before. If it recurs, reinstall espeak-ng.</source>
        <translation>le moteur de synthèse vocale ({engine}) a planté ou ne répond plus : pas de voix pour cette séance ; les signaux sonores continuent comme avant. Si cela se reproduit, réinstallez espeak-ng.</translation>
    </message>
</context>
<context>
    <name>SpokenWords</name>
    <message>
        <location filename="../../core/cues.py" line="+69"/>
        <location line="+19"/>
        <source>Relax</source>
        <translation>Détendez-vous</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+19"/>
        <source>Switch sides</source>
        <translation>Changez de côté</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+18"/>
        <source>Routine complete. Well done.</source>
        <translation>Routine terminée. Bravo.</translation>
    </message>
</context>
<context>
    <name>SvgWords</name>
    <message>
        <location filename="../../core/svg_safety.py" line="+43"/>
        <source>it declares the entity &apos;{name}&apos;; pictures must be plain SVG</source>
        <translation>elle déclare l&apos;entité «&#xa0;{name}&#xa0;»&#xa0;; les images doivent être en SVG simple</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it refers to an outside document type; pictures must be plain SVG</source>
        <translation>elle renvoie à un type de document externe&#xa0;; les images doivent être en SVG simple</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>it refers to an outside file ({name}); embed it instead</source>
        <translation>elle renvoie à un fichier externe ({name})&#xa0;; intégrez-le plutôt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it refers to an outside file in {attribute}; embed it instead</source>
        <translation>elle renvoie à un fichier externe dans {attribute}&#xa0;; intégrez-le plutôt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>its style sheet refers to an outside file; embed it instead</source>
        <translation>sa feuille de style renvoie à un fichier externe&#xa0;; intégrez-le plutôt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>it is not valid SVG ({reason}, line {line})</source>
        <translation>ce n&apos;est pas du SVG valide ({reason}, ligne {line})</translation>
    </message>
</context>
<context>
    <name>TimelineStrip</name>
    <message>
        <location filename="../../ui/editor/preview.py" line="+20"/>
        <source>Timeline of the routine</source>
        <translation>Déroulé de la routine</translation>
    </message>
</context>
<context>
    <name>TraceWords</name>
    <message>
        <location filename="../../trace.py" line="+159"/>
        <source>step {number} left: {text}</source>
        <translation>étape {number}, côté gauche&#xa0;: {text}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>step {number} right: {text}</source>
        <translation>étape {number}, côté droit&#xa0;: {text}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>step {number}: {text}</source>
        <translation>étape {number}&#xa0;: {text}</translation>
    </message>
</context>
<context>
    <name>TranslationText</name>
    <message>
        <location filename="../../core/content_language.py" line="+126"/>
        <source>step {number}: </source>
        <translation>étape {number}&#xa0;: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pose {number}: </source>
        <translation>posture {number}&#xa0;: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>area {number}: </source>
        <translation>zone {number}&#xa0;: </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{context}a translation must be a mapping of fields; the English text is used</source>
        <translation>{context}une traduction doit être un ensemble de champs&#xa0;; le texte anglais est utilisé</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{context}&apos;{field}&apos; is not translated; the English text is used</source>
        <translation>{context}«&#xa0;{field}&#xa0;» n&apos;est pas traduit&#xa0;; le texte anglais est utilisé</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{context}&apos;{field}&apos; is timing, which only {english} sets; it is ignored here</source>
        <translation>{context}«&#xa0;{field}&#xa0;» est une durée, que seul {english} fixe&#xa0;; elle est ignorée ici</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{context}&apos;{field}&apos; is not text to translate; it comes from {english} and is ignored here</source>
        <translation>{context}«&#xa0;{field}&#xa0;» n&apos;est pas un texte à traduire&#xa0;; il vient de {english} et est ignoré ici</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{context}unknown field &apos;{field}&apos; is ignored; did you mean &apos;{guess}&apos;?</source>
        <translation>{context}le champ inconnu «&#xa0;{field}&#xa0;» est ignoré&#xa0;; vouliez-vous dire «&#xa0;{guess}&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{context}unknown field &apos;{field}&apos; is ignored; a translation holds {known}</source>
        <translation>{context}le champ inconnu «&#xa0;{field}&#xa0;» est ignoré&#xa0;; une traduction contient {known}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{context}{english} has no &apos;{field}&apos;; it is ignored here</source>
        <translation>{context}{english} n&apos;a pas de «&#xa0;{field}&#xa0;»&#xa0;; il est ignoré ici</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{context}&apos;{field}&apos; must be text; the English text is used</source>
        <translation>{context}«&#xa0;{field}&#xa0;» doit être du texte&#xa0;; le texte anglais est utilisé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{context}&apos;{field}&apos; must be text of up to {limit} characters; the English text is used</source>
        <translation>{context}«&#xa0;{field}&#xa0;» doit être un texte de {limit} caractères au plus&#xa0;; le texte anglais est utilisé</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>{context}&apos;{field}&apos; must list {expected} entries, one for each in {english}, got {got}; the English text is used</source>
        <translation>{context}«&#xa0;{field}&#xa0;» doit avoir {expected} entrées, une pour chacune de {english}, et en a {got}&#xa0;; le texte anglais est utilisé</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{problem}; the English text is used</source>
        <translation>{problem}&#xa0;; le texte anglais est utilisé</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>there is no &apos;{language}&apos; translation ({side}); the English text is used</source>
        <translation>il n&apos;y a pas de traduction «&#xa0;{language}&#xa0;» ({side})&#xa0;; le texte anglais est utilisé</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>this is the &apos;{language}&apos; text of {english}, which does not exist</source>
        <translation>ceci est le texte «&#xa0;{language}&#xa0;» de {english}, qui n&apos;existe pas</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../desktop/tray.py" line="+44"/>
        <location line="+57"/>
        <source>Show window</source>
        <translation>Afficher la fenêtre</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Cramp help</source>
        <translation>Soulagement rapide</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Snooze 15 min</source>
        <translation>Rappeler dans 15&#xa0;min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip today</source>
        <translation>Pas aujourd&apos;hui</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pause reminders</source>
        <translation>Mettre les rappels en pause</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminders...</source>
        <translation>Rappels…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Start {routine}</source>
        <translation>Démarrer {routine}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Hide window</source>
        <translation>Masquer la fenêtre</translation>
    </message>
</context>
<context>
    <name>VoiceWords</name>
    <message>
        <location filename="../../audio/voice.py" line="+167"/>
        <source>Voice: {problem}</source>
        <translation>Voix : {problem}</translation>
    </message>
</context>
<context>
    <name>WeeklyChart</name>
    <message>
        <location filename="../../ui/log/chart.py" line="+29"/>
        <source>Cramps per week, by area</source>
        <translation>Crampes par semaine, par zone</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>week of {day}: {count}</source>
        <translation>semaine du {day}&#xa0;: {count}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cramps per week. {totals}</source>
        <translation>Crampes par semaine. {totals}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cramps per week</source>
        <translation>Crampes par semaine</translation>
    </message>
</context>
<context>
    <name>YamlWords</name>
    <message>
        <location filename="../../core/yaml_tree.py" line="+110"/>
        <source>the text holds a character that is not valid Unicode</source>
        <translation>le texte contient un caractère Unicode non valide</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the file holds a control character (#x{code:04x})</source>
        <translation>le fichier contient un caractère de contrôle (#x{code:04x})</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+6"/>
        <source>this is not valid YAML ({reason})</source>
        <translation>ce n&apos;est pas du YAML valide ({reason})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a tab is used for indentation; indent with spaces only</source>
        <translation>une tabulation sert à l&apos;indentation&#xa0;; indentez uniquement avec des espaces</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the field &apos;{field}&apos; is given twice (first on line {first})</source>
        <translation>le champ «&#xa0;{field}&#xa0;» est donné deux fois (d&apos;abord à la ligne {first})</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the data is nested more than {depth} levels deep</source>
        <translation>les données sont imbriquées sur plus de {depth} niveaux</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a second document starts here; put one routine in each file</source>
        <translation>un deuxième document commence ici&#xa0;; mettez une seule routine par fichier</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>aliases (*{name}) are not allowed; write the value out</source>
        <translation>les alias (*{name}) ne sont pas autorisés&#xa0;; écrivez la valeur en entier</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>anchors (&amp;{name}) are not allowed; write the value out</source>
        <translation>les ancres (&amp;{name}) ne sont pas autorisées&#xa0;; écrivez la valeur en entier</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the value {value} cannot be read ({reason})</source>
        <translation>la valeur {value} ne peut pas être lue ({reason})</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the tag {tag} is not allowed; a routine holds plain data only</source>
        <translation>l&apos;étiquette {tag} n&apos;est pas autorisée&#xa0;; une routine ne contient que des données simples</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a field name must be a plain word, not a list or mapping</source>
        <translation>un nom de champ doit être un simple mot, pas une liste ni un ensemble de champs</translation>
    </message>
</context>
<context>
    <name>ZoneText</name>
    <message>
        <location filename="../../core/local_zone.py" line="+53"/>
        <source>The computer&apos;s time zone ({zone}) cannot be used ({problem}); times are shown and logged in UTC instead.</source>
        <translation>Le fuseau horaire de l’ordinateur ({zone}) ne peut pas être utilisé ({problem}) ; les heures sont affichées et enregistrées en UTC à la place.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
</context>
</TS>
