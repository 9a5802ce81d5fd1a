<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>CommandLineWords</name>
    <message>
        <location filename="../../cli.py" line="+50"/>
        <source>usage: </source>
        <translation>utilisation : </translation>
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
        <translation>{program} : erreur : {problem}</translation>
    </message>
    <message>
        <location line="+12"/>
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
        <translation>charger aussi les routines de DOSSIER (peut être répété ; une routine ici remplace celle qui a le même identifiant)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>run sessions N times faster (for demos and tests; default 1)</source>
        <translation>dérouler les séances N fois plus vite (pour les démonstrations et les tests ; par défaut 1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>sound player: auto (default in the window), qt, playsound or silent (trace plays sounds only when this is given)</source>
        <translation>lecteur de son : auto (par défaut dans la fenêtre), qt, playsound ou silent (trace ne joue les sons que si cette option est donnée)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>start hidden in the tray (how the login entry starts it)</source>
        <translation>démarrer caché dans la zone de notification (c&apos;est ainsi que le lance l&apos;entrée de connexion)</translation>
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
        <translation>afficher le déroulement d&apos;une routine, segment par segment</translation>
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
        <translation>démarrer à la connexion, caché dans la zone de notification</translation>
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
        <translation>en valeurs séparées par des virgules à la place</translation>
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
        <location line="+12"/>
        <source>speed must be a number from 0.1 to 1000, got {value}</source>
        <translation>la vitesse doit être un nombre de 0.1 à 1000, reçu : {value}</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>spasm-stretch cannot open its window: there is no display (neither DISPLAY nor WAYLAND_DISPLAY is set). The terminal commands work without one: list, show, trace, validate, history.</source>
        <translation>spasm-stretch ne peut pas ouvrir sa fenêtre : il n&apos;y a pas d&apos;affichage (ni DISPLAY ni WAYLAND_DISPLAY n&apos;est défini). Les commandes du terminal fonctionnent sans : list, show, trace, validate, history.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>no routine with the id {id}; known ids: {known}</source>
        <translation>aucune routine avec l&apos;identifiant {id} ; identifiants connus : {known}</translation>
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
        <location line="+23"/>
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
            <numerusform>ok : %n routine valide</numerusform>
            <numerusform>ok : %n routines valides</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
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
        <translation>mettez-vous en position pour {step}</translation>
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
        <translation>{name} ({id}) : {total} au total, dont {active} d&apos;étirement</translation>
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
        <translation>quoi</translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>%n entries the app could not save earlier are now in the log.</source>
        <translation>
            <numerusform>%n entrée que l&apos;application n&apos;avait pas pu enregistrer est maintenant dans l&apos;historique.</numerusform>
            <numerusform>%n entrées que l&apos;application n&apos;avait pas pu enregistrer sont maintenant dans l&apos;historique.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoaderWords</name>
    <message>
        <location filename="../../core/loader.py" line="+120"/>
        <location line="+38"/>
        <source>this is a folder, not a routine file</source>
        <translation>ceci est un dossier, pas un fichier de routine</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>the file cannot be read ({reason})</source>
        <translation>le fichier ne peut pas être lu ({reason})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file is larger than {size} KiB; a routine is a few KiB</source>
        <translation>le fichier dépasse {size} Kio ; une routine fait quelques Kio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this is a binary file, not YAML text</source>
        <translation>ceci est un fichier binaire, pas du texte YAML</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the file is not UTF-8 text (byte 0x{byte:02x}); save it as UTF-8</source>
        <translation>le fichier n&apos;est pas du texte UTF-8 (octet 0x{byte:02x}) ; enregistrez-le en UTF-8</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>this is {kind}, not a routine file; a routine is a text file</source>
        <translation>ceci est {kind}, pas un fichier de routine ; une routine est un fichier texte</translation>
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
        <translation>un lien symbolique qui pointe sur lui-même en boucle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the name is too long for the file system</source>
        <translation>le nom est trop long pour le système de fichiers</translation>
    </message>
    <message>
        <location line="+11"/>
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
        <translation>une routine doit être un ensemble de champs, trouvé : {value}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>id must be lowercase letters, digits and dashes, got {value}</source>
        <translation>id ne doit contenir que des minuscules, des chiffres et des tirets, trouvé : {value}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>steps must be a non-empty list, got {value}</source>
        <translation>steps doit être une liste non vide, trouvé : {value}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>steps may hold at most {most} steps</source>
        <translation>steps peut contenir au plus {most} étapes</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>step {number}: </source>
        <translation>étape {number} : </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}a step must be a mapping of fields, got {value}</source>
        <translation>{where}une étape doit être un ensemble de champs, trouvé : {value}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>step {number} ({name}): </source>
        <translation>étape {number} ({name}) : </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where}sides must be &apos;none&apos; or &apos;both&apos;, got {value}</source>
        <translation>{where}sides doit valoir &apos;none&apos; ou &apos;both&apos;, trouvé : {value}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{where}image_side must be &apos;left&apos; or &apos;right&apos; (the side the picture shows), got {value}</source>
        <translation>{where}image_side doit valoir &apos;left&apos; ou &apos;right&apos; (le côté que montre l&apos;image), trouvé : {value}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{where}reps must be a whole number between {low} and {high}, got {value}</source>
        <translation>{where}reps doit être un nombre entier entre {low} et {high}, trouvé : {value}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{where}{count} repetitions of {each:g} s last {total:g} s; keep a set under {most:g} s</source>
        <translation>{where}{count} répétitions de {each:g} s durent {total:g} s ; gardez une série sous {most:g} s</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>{where}tempo is the seconds per repetition of a counted step; add &apos;count&apos; (how many repetitions) or remove tempo</source>
        <translation>{where}tempo est le nombre de secondes par répétition d&apos;une étape comptée ; ajoutez &apos;count&apos; (le nombre de répétitions) ou retirez tempo</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{where}count must be a whole number of repetitions between {low} and {high}, got {value}</source>
        <translation>{where}count doit être un nombre entier de répétitions entre {low} et {high}, trouvé : {value}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{where}a counted step (count) cannot also be a flow; use one or the other</source>
        <translation>{where}une étape comptée (count) ne peut pas être aussi un enchaînement (flow) ; utilisez l&apos;un ou l&apos;autre</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{where}the field &apos;tempo&apos; is missing (seconds per repetition, e.g. 2)</source>
        <translation>{where}le champ &apos;tempo&apos; manque (secondes par répétition, p. ex. 2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{where}flow must be a list of 2 to {most} poses, got {value}</source>
        <translation>{where}flow doit être une liste de 2 à {most} postures, trouvé : {value}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{where}pose {number}: </source>
        <translation>{where}posture {number} : </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{where}a pose must be a mapping, got {value}</source>
        <translation>{where}une posture doit être un ensemble de champs, trouvé : {value}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>did you mean &apos;{field}&apos;?</source>
        <translation>vouliez-vous dire &apos;{field}&apos; ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>known fields: {fields}</source>
        <translation>champs connus : {fields}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where}unknown field &apos;{field}&apos; is ignored; {hint}</source>
        <translation>{where}le champ inconnu &apos;{field}&apos; est ignoré ; {hint}</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+37"/>
        <source>{where}the field &apos;{field}&apos; is missing</source>
        <translation>{where}le champ &apos;{field}&apos; manque</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>{where}{field} must be text, got {value}</source>
        <translation>{where}{field} doit être du texte, trouvé : {value}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{where}{field} is {length} characters; keep it under {most}</source>
        <translation>{where}{field} fait {length} caractères ; restez sous {most}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{where}{field} must be seconds between {low:g} and {high:g}, got {value}</source>
        <translation>{where}{field} doit être un nombre de secondes entre {low:g} et {high:g}, trouvé : {value}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{where}the field &apos;hold&apos; is missing (seconds, e.g. 30 or &quot;20-30&quot;)</source>
        <translation>{where}le champ &apos;hold&apos; manque (secondes, p. ex. 30 ou &quot;20-30&quot;)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{where}hold must be seconds between {low:g} and {high:g} (a number like 30 or a range like &quot;20-30&quot;), got {value}</source>
        <translation>{where}hold doit être un nombre de secondes entre {low:g} et {high:g} (un nombre comme 30 ou une plage comme &quot;20-30&quot;), trouvé : {value}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{where}instructions must be a list of 1 to {most} sentences, each on its own line starting with &apos;- &apos;, got {value}</source>
        <translation>{where}instructions doit être une liste de 1 à {most} phrases, chacune sur sa propre ligne commençant par &apos;- &apos;, trouvé : {value}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{where}instruction {number} must be a sentence of text (under {most} characters), got {value}</source>
        <translation>{where}la consigne {number} doit être une phrase de texte (moins de {most} caractères), trouvé : {value}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{where}image must be a file name, got {value}</source>
        <translation>{where}image doit être un nom de fichier, trouvé : {value}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{where}image must be a file name beside the routine or in the built-in images, not a path outside them, got {value}</source>
        <translation>{where}image doit être un nom de fichier à côté de la routine ou parmi les images intégrées, pas un chemin hors de ces dossiers, trouvé : {value}</translation>
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
        <location line="+49"/>
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
        <translation>n&apos;est pas une image que l&apos;application peut afficher : utilisez SVG, PNG, JPEG ou WebP</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot be used: {reason}</source>
        <translation>ne peut pas être utilisée : {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is larger than {size} KiB</source>
        <translation>dépasse {size} Kio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot be shown: {reason}</source>
        <translation>ne peut pas être affichée : {reason}</translation>
    </message>
</context>
<context>
    <name>ProblemWords</name>
    <message>
        <location filename="../../core/problems.py" line="+40"/>
        <source>{path}: warning: {message}</source>
        <translation>{path} : avertissement : {message}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path}: {message}</source>
        <translation>{path} : {message}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path}, line {line}: warning: {message}</source>
        <translation>{path}, ligne {line} : avertissement : {message}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path}, line {line}: {message}</source>
        <translation>{path}, ligne {line} : {message}</translation>
    </message>
</context>
<context>
    <name>RoutineFolderWords</name>
    <message>
        <location filename="../../core/catalog.py" line="+96"/>
        <source>this link points to a file that does not exist</source>
        <translation>ce lien pointe vers un fichier qui n&apos;existe pas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no such file or folder</source>
        <translation>fichier ou dossier introuvable</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this cannot be opened ({reason})</source>
        <translation>ceci ne peut pas être ouvert ({reason})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>this folder cannot be read ({reason})</source>
        <translation>ce dossier ne peut pas être lu ({reason})</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>the id &apos;{id}&apos; is already used by {file}; give each routine its own id</source>
        <translation>l&apos;identifiant &apos;{id}&apos; est déjà utilisé par {file} ; donnez à chaque routine son propre identifiant</translation>
    </message>
</context>
<context>
    <name>SvgWords</name>
    <message>
        <location filename="../../core/svg_safety.py" line="+43"/>
        <source>it declares the entity &apos;{name}&apos;; pictures must be plain SVG</source>
        <translation>elle déclare l&apos;entité &apos;{name}&apos; ; les images doivent être en SVG simple</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it refers to an outside document type; pictures must be plain SVG</source>
        <translation>elle renvoie à un type de document externe ; les images doivent être en SVG simple</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>it refers to an outside file ({name}); embed it instead</source>
        <translation>elle renvoie à un fichier externe ({name}) ; intégrez-le plutôt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it refers to an outside file in {attribute}; embed it instead</source>
        <translation>elle renvoie à un fichier externe dans {attribute} ; intégrez-le plutôt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>its style sheet refers to an outside file; embed it instead</source>
        <translation>sa feuille de style renvoie à un fichier externe ; intégrez-le plutôt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>it is not valid SVG ({reason}, line {line})</source>
        <translation>ce n&apos;est pas du SVG valide ({reason}, ligne {line})</translation>
    </message>
</context>
<context>
    <name>TraceWords</name>
    <message>
        <location filename="../../trace.py" line="+151"/>
        <source>step {number} left: {text}</source>
        <translation>étape {number}, côté gauche : {text}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>step {number} right: {text}</source>
        <translation>étape {number}, côté droit : {text}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>step {number}: {text}</source>
        <translation>étape {number} : {text}</translation>
    </message>
</context>
<context>
    <name>TranslationText</name>
    <message>
        <location filename="../../core/content_language.py" line="+151"/>
        <source>step {number}: </source>
        <translation>étape {number} : </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pose {number}: </source>
        <translation>posture {number} : </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>area {number}: </source>
        <translation>zone {number} : </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{context}a translation must be a mapping of fields; the English text is used</source>
        <translation>{context}une traduction doit être une table de champs ; le texte anglais est utilisé</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{context}&apos;{field}&apos; is not translated; the English text is used</source>
        <translation>{context}« {field} » n&apos;est pas traduit ; le texte anglais est utilisé</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{context}&apos;{field}&apos; is timing, which only {english} sets; it is ignored here</source>
        <translation>{context}« {field} » est une durée, que seul {english} fixe ; elle est ignorée ici</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{context}&apos;{field}&apos; is not text to translate; it comes from {english} and is ignored here</source>
        <translation>{context}« {field} » n&apos;est pas un texte à traduire ; il vient de {english} et est ignoré ici</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{context}unknown field &apos;{field}&apos; is ignored; did you mean &apos;{guess}&apos;?</source>
        <translation>{context}le champ inconnu « {field} » est ignoré ; vouliez-vous dire « {guess} » ?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{context}unknown field &apos;{field}&apos; is ignored; a translation holds {known}</source>
        <translation>{context}le champ inconnu « {field} » est ignoré ; une traduction contient {known}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{context}{english} has no &apos;{field}&apos;; it is ignored here</source>
        <translation>{context}{english} n&apos;a pas de « {field} » ; il est ignoré ici</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{context}&apos;{field}&apos; must be text; the English text is used</source>
        <translation>{context}« {field} » doit être du texte ; le texte anglais est utilisé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{context}&apos;{field}&apos; must be text of up to {limit} characters; the English text is used</source>
        <translation>{context}« {field} » doit être un texte de {limit} caractères au plus ; le texte anglais est utilisé</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>{context}&apos;{field}&apos; must list {expected} entries, one for each in {english}, got {got}; the English text is used</source>
        <translation>{context}« {field} » doit avoir {expected} entrées, une pour chacune de {english}, et en a {got} ; le texte anglais est utilisé</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{problem}; the English text is used</source>
        <translation>{problem} ; le texte anglais est utilisé</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>there is no &apos;{language}&apos; translation ({side}); the English text is used</source>
        <translation>il n&apos;y a pas de traduction « {language} » ({side}) ; le texte anglais est utilisé</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>this is the &apos;{language}&apos; text of {english}, which does not exist</source>
        <translation>ceci est le texte « {language} » de {english}, qui n&apos;existe pas</translation>
    </message>
</context>
<context>
    <name>YamlWords</name>
    <message>
        <location filename="../../core/yaml_tree.py" line="+94"/>
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
        <translation>une tabulation sert à l&apos;indentation ; indentez uniquement avec des espaces</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the field &apos;{field}&apos; is given twice (first on line {first})</source>
        <translation>le champ &apos;{field}&apos; est donné deux fois (d&apos;abord à la ligne {first})</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the data is nested more than {depth} levels deep</source>
        <translation>les données sont imbriquées sur plus de {depth} niveaux</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a second document starts here; put one routine in each file</source>
        <translation>un deuxième document commence ici ; mettez une seule routine par fichier</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>aliases (*{name}) are not allowed; write the value out</source>
        <translation>les alias (*{name}) ne sont pas autorisés ; écrivez la valeur en entier</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>anchors (&amp;{name}) are not allowed; write the value out</source>
        <translation>les ancres (&amp;{name}) ne sont pas autorisées ; écrivez la valeur en entier</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the value {value} cannot be read ({reason})</source>
        <translation>la valeur {value} ne peut pas être lue ({reason})</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the tag {tag} is not allowed; a routine holds plain data only</source>
        <translation>l&apos;étiquette {tag} n&apos;est pas autorisée ; une routine ne contient que des données simples</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a field name must be a plain word, not a list or mapping</source>
        <translation>un nom de champ doit être un simple mot, pas une liste ni un ensemble de champs</translation>
    </message>
</context>
</TS>
