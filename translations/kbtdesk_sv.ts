<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About kbtdesk</source>
            <extracomment>The bundled parts and their licences, as their projects state them.</extracomment>
            <translation>Om kbtdesk</translation>
        </message>
        <message>
            <source>kbtdesk {version}</source>
            <translation>kbtdesk {version}</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>A checklist and encrypted log for internet CBT (KBT på nätet).
It never connects to a network and does not replace the journal.</source>
            <translation>En checklista och krypterad logg för internetförmedlad KBT (KBT på nätet).
Programmet ansluter aldrig till något nätverk och ersätter inte journalen.</translation>
        </message>
        <message>
            <source>What kbtdesk is</source>
            <translation>Vad kbtdesk är</translation>
        </message>
        <message>
            <source>Rule set</source>
            <translation>Regeluppsättning</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>Id</source>
            <translation>Id</translation>
        </message>
        <message>
            <source>Valid from</source>
            <translation>Gäller från</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Källa</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Filer</translation>
        </message>
        <message>
            <source>Log</source>
            <translation>Logg</translation>
        </message>
        <message>
            <source>Key file</source>
            <translation>Nyckelfil</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Säkerhetskopior</translation>
        </message>
        <message>
            <source>Software</source>
            <translation>Programvara</translation>
        </message>
        <message>
            <source>Licences</source>
            <translation>Licenser</translation>
        </message>
        <message>
            <source>Licences of kbtdesk and the parts it bundles</source>
            <translation>Licenser för kbtdesk och de delar som ingår i programmet</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Stäng</translation>
        </message>
    </context>
    <context>
        <name>Audit</name>
        <message>
            <source>created</source>
            <translation>skapad</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>ändrad</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>borttagen</translation>
        </message>
        <message>
            <source>imported</source>
            <translation>importerad</translation>
        </message>
        <message>
            <source>exported</source>
            <translation>exporterad</translation>
        </message>
        <message>
            <source>printed</source>
            <translation>utskriven</translation>
        </message>
        <message>
            <source>restored</source>
            <translation>återställd</translation>
        </message>
        <message>
            <source>unlocked</source>
            <translation>upplåst</translation>
        </message>
        <message>
            <source>unlocked read-only</source>
            <translation>upplåst skrivskyddat</translation>
        </message>
        <message>
            <source>wrong passphrase</source>
            <translation>fel lösenfras</translation>
        </message>
        <message>
            <source>unlocked with the recovery code</source>
            <translation>upplåst med återställningskoden</translation>
        </message>
        <message>
            <source>passphrase changed</source>
            <translation>lösenfrasen byttes</translation>
        </message>
        <message>
            <source>log format updated</source>
            <translation>loggens format uppdaterades</translation>
        </message>
        <message>
            <source>damaged write-ahead file set aside</source>
            <translation>skadad WAL-fil lades åt sidan</translation>
        </message>
        <message>
            <source>patient</source>
            <translation>patient</translation>
        </message>
        <message>
            <source>episode</source>
            <translation>episod</translation>
        </message>
        <message>
            <source>contact</source>
            <translation>kontakt</translation>
        </message>
        <message>
            <source>score</source>
            <translation>skattning</translation>
        </message>
    </context>
    <context>
        <name>AuditTrailDialog</name>
        <message>
            <source>Log extract for this patient</source>
            <translation>Loggutdrag för patienten</translation>
        </message>
        <message>
            <source>Every recorded change, export and print of this patient's data in this log, oldest first ({n} entries). The entries name records by id, never by name.</source>
            <translation>Varje registrerad ändring, export och utskrift av den här patientens uppgifter i loggen, äldst först ({n} händelser). Händelserna anger poster med id, aldrig med namn.</translation>
        </message>
        <message>
            <source>Log entries</source>
            <translation>Logghändelser</translation>
        </message>
        <message>
            <source>&amp;Hide the last four digits of the identity number</source>
            <translation>Dölj de fyra sista siffrorna i &amp;identitetsnumret</translation>
        </message>
        <message>
            <source>Hide the identity number</source>
            <translation>Dölj identitetsnumret</translation>
        </message>
        <message>
            <source>Pre&amp;view…</source>
            <translation>Förhands&amp;granska…</translation>
        </message>
        <message>
            <source>Print preview of the log extract</source>
            <translation>Förhandsgranska loggutdraget</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>Skriv &amp;ut…</translation>
        </message>
        <message>
            <source>Print the log extract</source>
            <translation>Skriv ut loggutdraget</translation>
        </message>
        <message>
            <source>Save P&amp;DF…</source>
            <translation>Spara P&amp;DF…</translation>
        </message>
        <message>
            <source>Save the log extract as PDF</source>
            <translation>Spara loggutdraget som PDF</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Stäng</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Stäng</translation>
        </message>
        <message>
            <source>log-extract</source>
            <translation>loggutdrag</translation>
        </message>
    </context>
    <context>
        <name>AuditTrailModel</name>
        <message>
            <source>Time</source>
            <translation>Tid</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Händelse</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Post</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Användare</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>Detaljer</translation>
        </message>
    </context>
    <context>
        <name>BackupRunner</name>
        <message>
            <source>Cancelling…</source>
            <translation>Avbryter…</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>Säkerhetskopierar…</translation>
        </message>
        <message>
            <source>Backup progress</source>
            <translation>Säkerhetskopieringens förlopp</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <source>Cancel the backup</source>
            <translation>Avbryt säkerhetskopieringen</translation>
        </message>
        <message>
            <source>Stop the backup. Nothing is written and the log stays as it is.</source>
            <translation>Stoppa säkerhetskopieringen. Ingenting skrivs och loggen förblir som den är.</translation>
        </message>
        <message>
            <source>The automatic backup failed: {error}</source>
            <translation>Den automatiska säkerhetskopieringen misslyckades: {error}</translation>
        </message>
        <message>
            <source>The backup was cancelled; no backup file was written.</source>
            <translation>Säkerhetskopieringen avbröts; ingen säkerhetskopia skrevs.</translation>
        </message>
        <message>
            <source>Backing up the log before closing…
Cancel closes kbtdesk without a new backup.</source>
            <translation>Säkerhetskopierar loggen innan kbtdesk stängs…
Avbryt stänger kbtdesk utan en ny säkerhetskopia.</translation>
        </message>
        <message>
            <source>Backup</source>
            <translation>Säkerhetskopiering</translation>
        </message>
        <message>
            <source>The backup before closing failed: {error}

The log itself is unchanged; kbtdesk tries again in the next session.</source>
            <translation>Säkerhetskopieringen före stängning misslyckades: {error}

Själva loggen är oförändrad; kbtdesk försöker igen nästa gång programmet används.</translation>
        </message>
    </context>
    <context>
        <name>BatchContactDialog</name>
        <message>
            <source>Log a contact for {n} episodes</source>
            <extracomment>What the dialog shows of each episode: patient name, masked identity number, programme.</extracomment>
            <translation>Logga en kontakt för {n} episoder</translation>
        </message>
        <message>
            <source>Log a contact for 1 episode</source>
            <translation>Logga en kontakt för 1 episod</translation>
        </message>
        <message>
            <source>Contact type:</source>
            <translation>Kontakttyp:</translation>
        </message>
        <message>
            <source>When:</source>
            <translation>När:</translation>
        </message>
        <message>
            <source>&amp;Now</source>
            <translation>&amp;Nu</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Nu</translation>
        </message>
        <message>
            <source>At &amp;another time:</source>
            <translation>Vid en &amp;annan tidpunkt:</translation>
        </message>
        <message>
            <source>At another time</source>
            <translation>Vid en annan tidpunkt</translation>
        </message>
        <message>
            <source>Date and time of the contacts</source>
            <translation>Kontakternas datum och tid</translation>
        </message>
        <message>
            <source>Already done:</source>
            <translation>Redan gjort:</translation>
        </message>
        <message>
            <source>&amp;Journal note written and signed</source>
            <translation>&amp;Journalanteckning skriven och signerad</translation>
        </message>
        <message>
            <source>Journal note written and signed</source>
            <translation>Journalanteckning skriven och signerad</translation>
        </message>
        <message>
            <source>&amp;Registered</source>
            <translation>&amp;Registrerad</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>Registrerad</translation>
        </message>
        <message>
            <source>Also add &amp;code:</source>
            <translation>Lägg även till &amp;kod:</translation>
        </message>
        <message>
            <source>Another KVÅ code on every contact</source>
            <translation>Ytterligare en KVÅ-kod på varje kontakt</translation>
        </message>
        <message>
            <source>optional</source>
            <translation>valfritt</translation>
        </message>
        <message>
            <source>What will be written, one contact per episode:</source>
            <translation>Detta sparas, en kontakt per episod:</translation>
        </message>
        <message>
            <source>Contacts to be written</source>
            <translation>Kontakter som sparas</translation>
        </message>
        <message>
            <source>Patient</source>
            <translation>Patient</translation>
        </message>
        <message>
            <source>Identity no.</source>
            <translation>Identitetsnr</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Program</translation>
        </message>
        <message>
            <source>KVÅ codes</source>
            <translation>KVÅ-koder</translation>
        </message>
        <message>
            <source>Checks</source>
            <translation>Kontroller</translation>
        </message>
        <message>
            <source>&amp;Log contacts</source>
            <translation>&amp;Logga kontakter</translation>
        </message>
        <message>
            <source>The routine refuses {refused} of the {n} contacts: nothing is written until no contact is refused.</source>
            <translation>Rutinen godtar inte {refused} av de {n} kontakterna: ingenting sparas förrän alla godtas.</translation>
        </message>
        <message>
            <source>{n} contacts will be written, each with its audit entry. Ctrl+Z undoes them all at once.</source>
            <translation>{n} kontakter sparas, var och en med sin loggpost. Ctrl+Z ångrar alla på en gång.</translation>
        </message>
        <message>
            <source>no findings</source>
            <translation>inga anmärkningar</translation>
        </message>
        <message>
            <source>The routine refuses a contact; nothing was written.</source>
            <translation>Rutinen godtar inte en kontakt; ingenting sparades.</translation>
        </message>
    </context>
    <context>
        <name>ChangeEndingDialog</name>
        <message>
            <source>Change ending</source>
            <translation>Ändra avslut</translation>
        </message>
        <message>
            <source>Transferred to SibeR {date}: correct the ending there too.</source>
            <translation>Överförd till SibeR {date}: rätta avslutet där också.</translation>
        </message>
        <message>
            <source>&amp;Save ending</source>
            <translation>&amp;Spara avslut</translation>
        </message>
        <message>
            <source>Save ending</source>
            <translation>Spara avslut</translation>
        </message>
    </context>
    <context>
        <name>ChangePassphraseDialog</name>
        <message>
            <source>Change passphrase</source>
            <translation>Byt lösenfras</translation>
        </message>
        <message>
            <source>Current passphrase</source>
            <translation>Nuvarande lösenfras</translation>
        </message>
        <message>
            <source>&amp;Current passphrase:</source>
            <translation>Nuvarande &amp;lösenfras:</translation>
        </message>
        <message>
            <source>&amp;Change passphrase</source>
            <translation>&amp;Byt lösenfras</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>Checklist and log for internet CBT (KBT på nätet). Without a command, starts the window.</source>
            <translation>Checklista och logg för KBT på nätet. Utan kommando startar fönstret.</translation>
        </message>
        <message>
            <source>the log file (default: KBTDESK_LOG, else the user data folder)</source>
            <translation>loggfilen (standard: KBTDESK_LOG, annars användarens datamapp)</translation>
        </message>
        <message>
            <source>a rule file, or a folder of its versions (default: KBTDESK_RULES, else the bundled set)</source>
            <translation>en regelfil eller en mapp med dess versioner (standard: KBTDESK_RULES, annars den medföljande uppsättningen)</translation>
        </message>
        <message>
            <source>open the window on a throwaway demo log</source>
            <translation>öppna fönstret med en tillfällig demologg</translation>
        </message>
        <message>
            <source>create a new encrypted log</source>
            <translation>skapa en ny krypterad logg</translation>
        </message>
        <message>
            <source>your name</source>
            <translation>ditt namn</translation>
        </message>
        <message>
            <source>your profession, e.g. psykolog</source>
            <translation>din yrkeskategori, t.ex. psykolog</translation>
        </message>
        <message>
            <source>your care unit</source>
            <translation>din vårdenhet</translation>
        </message>
        <message>
            <source>a care level of the rule set (default: its first)</source>
            <translation>en vårdnivå i regeluppsättningen (standard: den första)</translation>
        </message>
        <message>
            <source>an EHR system of the rule set (default: its first)</source>
            <translation>ett journalsystem i regeluppsättningen (standard: det första)</translation>
        </message>
        <message>
            <source>merge a kbtdesk-log JSON file into the log (all or nothing)</source>
            <translation>läs in en kbtdesk-log-fil (JSON) i loggen (allt eller inget)</translation>
        </message>
        <message>
            <source>the kbtdesk-log JSON file to read</source>
            <translation>kbtdesk-log-filen (JSON) som ska läsas in</translation>
        </message>
        <message>
            <source>write the log, or a summary of it, to a file</source>
            <translation>skriv loggen, eller en sammanställning av den, till en fil</translation>
        </message>
        <message>
            <source>the whole log in the interchange format</source>
            <translation>hela loggen i utbytesformatet</translation>
        </message>
        <message>
            <source>list what breaks the routine's rules (exit 1 on an error)</source>
            <translation>lista det som bryter mot rutinens regler (slutkod 1 vid fel)</translation>
        </message>
        <message>
            <source>list what is not yet journaled, registered or transferred</source>
            <translation>lista det som ännu inte är journalfört, registrerat eller överfört</translation>
        </message>
        <message>
            <source>the routine's rule set: check a rule file, or show the one in use</source>
            <translation>rutinens regeluppsättning: kontrollera en regelfil eller visa den som används</translation>
        </message>
        <message>
            <source>validate a rule file or folder; names the JSON path of every problem (exit 2)</source>
            <translation>kontrollera en regelfil eller mapp; anger JSON-sökvägen till varje problem (slutkod 2)</translation>
        </message>
        <message>
            <source>a rule file, or a folder of its versions</source>
            <translation>en regelfil, eller en mapp med dess versioner</translation>
        </message>
        <message>
            <source>the versions in use, their periods and where they come from</source>
            <translation>versionerna som används, deras perioder och var de kommer ifrån</translation>
        </message>
        <message>
            <source>log contacts</source>
            <translation>logga kontakter</translation>
        </message>
        <message>
            <source>log one contact on each episode given, with the codes the rule set suggests (all or nothing)</source>
            <translation>logga en kontakt på varje angiven episod, med de koder som regeluppsättningen föreslår (allt eller inget)</translation>
        </message>
        <message>
            <source>an episode's id; give --episode once for each episode</source>
            <translation>en episods id; ange --episode en gång för varje episod</translation>
        </message>
        <message>
            <source>the contact type's id in the rule set (an unknown one is refused with the list of known ones)</source>
            <translation>kontakttypens id i regeluppsättningen (en okänd vägras med en lista över de kända)</translation>
        </message>
        <message>
            <source>the mode, for a contact type that has modes (a planned visit: video or clinic)</source>
            <translation>formen, för en kontakttyp som har former (planerat besök: video eller clinic)</translation>
        </message>
        <message>
            <source>when, e.g. 2026-11-23T14:00 (without an offset: this computer's time zone); default now</source>
            <translation>när, t.ex. 2026-11-23T14:00 (utan UTC-förskjutning: datorns tidszon); standard nu</translation>
        </message>
        <message>
            <source>already written in the EHR: ticked as journaled now</source>
            <translation>redan skriven i journalsystemet: bockas av som journalförd nu</translation>
        </message>
        <message>
            <source>already registered: ticked as registered now</source>
            <translation>redan registrerad: bockas av som registrerad nu</translation>
        </message>
        <message>
            <source>a KVÅ code to add after the suggested ones; give --code once for each</source>
            <translation>en KVÅ-kod att lägga till efter de föreslagna; ange --code en gång för varje</translation>
        </message>
        <message>
            <source>the contact's length in minutes</source>
            <translation>kontaktens längd i minuter</translation>
        </message>
        <message>
            <source>print the contacts as JSON</source>
            <translation>skriv ut kontakterna som JSON</translation>
        </message>
        <message>
            <source>write an encrypted, verified backup of the log now</source>
            <translation>skriv en krypterad, kontrollerad säkerhetskopia av loggen nu</translation>
        </message>
        <message>
            <source>replace the log by a backup (verified first; the current log is kept aside)</source>
            <translation>ersätt loggen med en säkerhetskopia (kontrolleras först; den nuvarande loggen sparas undan)</translation>
        </message>
        <message>
            <source>the backup file (.db)</source>
            <translation>säkerhetskopian (.db)</translation>
        </message>
        <message>
            <source>the key file (default: beside the log, else beside the backup)</source>
            <translation>nyckelfilen (standard: bredvid loggen, annars bredvid säkerhetskopian)</translation>
        </message>
        <message>
            <source>check the log's pages and structure (exit 1 if damaged)</source>
            <translation>kontrollera loggens sidor och struktur (slutkod 1 om den är skadad)</translation>
        </message>
        <message>
            <source>run the full integrity_check (slow on a big log)</source>
            <translation>kör hela integrity_check (långsamt på en stor logg)</translation>
        </message>
        <message>
            <source>the audit trail: verify the chain, or show one patient's entries</source>
            <translation>granskningsloggen: kontrollera kedjan, eller visa en patients poster</translation>
        </message>
        <message>
            <source>check the chain, every record's content against it, and the backups and exports it can see (exit 1 naming what is wrong)</source>
            <translation>kontrollera kedjan, varje posts innehåll mot den, och de säkerhetskopior och exporter den ser (slutkod 1 och vad som är fel)</translation>
        </message>
        <message>
            <source>earlier copies to hold the trail to: backups (.db) or JSON exports</source>
            <translation>tidigare kopior att hålla loggen mot: säkerhetskopior (.db) eller JSON-exporter</translation>
        </message>
        <message>
            <source>list the entries about one patient</source>
            <translation>lista posterna om en patient</translation>
        </message>
        <message>
            <source>the patient's identity number</source>
            <translation>patientens identitetsnummer</translation>
        </message>
        <message>
            <source>change the passphrase (the log is not rewritten)</source>
            <translation>byt lösenfras (loggen skrivs inte om)</translation>
        </message>
        <message>
            <source>forgotten passphrase: set a new one with the recovery code</source>
            <translation>glömd lösenfras: ange en ny med återställningskoden</translation>
        </message>
        <message>
            <source>'{text}' is not a date (YYYY-MM-DD)</source>
            <translation>'{text}' är inte ett datum (ÅÅÅÅ-MM-DD)</translation>
        </message>
        <message>
            <source>default: from the file name's extension, else csv</source>
            <translation>standard: efter filnamnets ändelse, annars csv</translation>
        </message>
        <message>
            <source>contacts on or after this day</source>
            <translation>kontakter från och med den här dagen</translation>
        </message>
        <message>
            <source>contacts on or before this day</source>
            <translation>kontakter till och med den här dagen</translation>
        </message>
        <message>
            <source>the episode's id</source>
            <translation>episodens id</translation>
        </message>
        <message>
            <source>only this episode</source>
            <translation>bara den här episoden</translation>
        </message>
        <message>
            <source>coverage (täckningsgrad) per month: registered, journaled, distance code, visit code, ending code, transferred to SibeR</source>
            <translation>täckningsgrad per månad: registrerade, journalförda, distanskod, besökskod, avslutskod, överförda till SibeR</translation>
        </message>
        <message>
            <source>the months of this period (instead of --from/--to)</source>
            <translation>månaderna i denna period (i stället för --from/--to)</translation>
        </message>
        <message>
            <source>one patient's log extract: every change, export and print of their data</source>
            <translation>en patients loggutdrag: varje ändring, export och utskrift av patientens uppgifter</translation>
        </message>
        <message>
            <source>hide the last four characters of the identity number</source>
            <translation>dölj de fyra sista tecknen i identitetsnumret</translation>
        </message>
        <message>
            <source>what to register per contact in a period (default: today)</source>
            <translation>vad som ska registreras per kontakt under en period (standard: i dag)</translation>
        </message>
        <message>
            <source>this week, Monday to Sunday (the same as --period this-week)</source>
            <translation>denna vecka, måndag till söndag (samma som --period this-week)</translation>
        </message>
        <message>
            <source>only contacts not yet registered</source>
            <translation>bara kontakter som ännu inte är registrerade</translation>
        </message>
        <message>
            <source>contacts in this period (instead of --from/--to)</source>
            <translation>kontakter i denna period (i stället för --from/--to)</translation>
        </message>
        <message>
            <source>print JSON instead of text (for scripts)</source>
            <extracomment>Help of the options several commands share (every option says what it does, in the user's language).</extracomment>
            <translation>skriv ut JSON i stället för text (för skript)</translation>
        </message>
        <message>
            <source>the file to write (written whole, or not at all)</source>
            <translation>filen som skrivs (hel, eller inte alls)</translation>
        </message>
        <message>
            <source>hide the last four characters of identity numbers</source>
            <translation>dölj de fyra sista tecknen i identitetsnummer</translation>
        </message>
        <message>
            <source>the contact ends the treatment (the episode ends; give --end-reason too)</source>
            <translation>kontakten avslutar behandlingen (episoden avslutas; ange även --end-reason)</translation>
        </message>
        <message>
            <source>how the treatment ends, with --final: completed, dropout or other</source>
            <translation>hur behandlingen avslutas, med --final: completed (genomförd), dropout (avbruten) eller other (annat skäl)</translation>
        </message>
        <message>
            <source>summary of one episode (contacts, findings, scores, ending)</source>
            <translation>sammanställning av en episod (kontakter, avvikelser, skattningar, avslut)</translation>
        </message>
        <message>
            <source>basis for the SibeR transfer per ended episode (not SibeR's format)</source>
            <translation>underlag för överföring till SibeR per avslutad episod (inte SibeR:s format)</translation>
        </message>
        <message>
            <source>episodes ended on or after</source>
            <translation>episoder avslutade tidigast</translation>
        </message>
        <message>
            <source>episodes ended on or before</source>
            <translation>episoder avslutade senast</translation>
        </message>
        <message>
            <source>episodes ended in this period (instead of --from/--to)</source>
            <translation>episoder avslutade i denna period (i stället för --from/--to)</translation>
        </message>
        <message>
            <source>only episodes not yet transferred</source>
            <translation>bara episoder som ännu inte är överförda</translation>
        </message>
        <message>
            <source>default: 1 January</source>
            <translation>standard: 1 januari</translation>
        </message>
        <message>
            <source>default: today</source>
            <translation>standard: i dag</translation>
        </message>
        <message>
            <source>Reading it read-only.</source>
            <translation>Läser den skrivskyddat.</translation>
        </message>
        <message>
            <source>--at '{value}' is not a date and time (ISO 8601, e.g. 2026-11-23T14:00)</source>
            <translation>--at '{value}' är inte ett datum med klockslag (ISO 8601, t.ex. 2026-11-23T14:00)</translation>
        </message>
        <message>
            <source>unknown contact type '{value}'; the rule set has: {known}</source>
            <translation>okänd kontakttyp '{value}'; regeluppsättningen har: {known}</translation>
        </message>
        <message>
            <source>unknown mode '{value}' for {type}; it has: {known}</source>
            <translation>okänd form '{value}' för {type}; den har: {known}</translation>
        </message>
        <message>
            <source>Nothing was written.</source>
            <translation>Inget skrevs.</translation>
        </message>
        <message>
            <source>the routine's rules refuse {n} of the {total} contacts; nothing was written</source>
            <translation>rutinens regler godtar inte {n} av de {total} kontakterna; inget skrevs</translation>
        </message>
        <message>
            <source>logged 1 contact</source>
            <translation>loggade 1 kontakt</translation>
        </message>
        <message>
            <source>logged {n} contacts</source>
            <translation>loggade {n} kontakter</translation>
        </message>
    </context>
    <context>
        <name>CodesStep</name>
        <message>
            <source>Codes (KVÅ)</source>
            <translation>Koder (KVÅ)</translation>
        </message>
        <message>
            <source>Suggested from the routine for this contact. Remove a code or add another KVÅ code.</source>
            <translation>Föreslagna enligt rutinen för den här kontakten. Ta bort en kod eller lägg till en annan KVÅ-kod.</translation>
        </message>
        <message>
            <source>KVÅ codes of this contact</source>
            <translation>Kontaktens KVÅ-koder</translation>
        </message>
        <message>
            <source>&amp;Remove selected</source>
            <translation>&amp;Ta bort markerade</translation>
        </message>
        <message>
            <source>Remove the selected codes</source>
            <translation>Ta bort de markerade koderna</translation>
        </message>
        <message>
            <source>Another KVÅ code</source>
            <translation>Ytterligare KVÅ-kod</translation>
        </message>
        <message>
            <source>e.g. {code}</source>
            <translation>t.ex. {code}</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Lägg till</translation>
        </message>
        <message>
            <source>Add the code</source>
            <translation>Lägg till koden</translation>
        </message>
        <message>
            <source>Add c&amp;ode:</source>
            <translation>Lägg till k&amp;od:</translation>
        </message>
        <message>
            <source>&amp;Checks against the routine:</source>
            <translation>Kontroller mot &amp;rutinen:</translation>
        </message>
        <message>
            <source>Checks against the routine</source>
            <translation>Kontroller mot rutinen</translation>
        </message>
        <message>
            <source>Rule set that judges this contact</source>
            <translation>Regeluppsättning som bedömer kontakten</translation>
        </message>
        <message>
            <source>No codes.</source>
            <translation>Inga koder.</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Fel</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Varning</translation>
        </message>
        <message>
            <source>No findings: the codes follow the routine.</source>
            <translation>Inga avvikelser: koderna följer rutinen.</translation>
        </message>
    </context>
    <context>
        <name>ContactChecklist</name>
        <message>
            <source>Edit contact</source>
            <translation>Redigera kontakt</translation>
        </message>
        <message>
            <source>New contact</source>
            <translation>Ny kontakt</translation>
        </message>
        <message>
            <source>{name} · {identity} · {programme}</source>
            <translation>{name} · {identity} · {programme}</translation>
        </message>
        <message>
            <source>Logged during an outage: this contact stays on the worklist until the journal note and the registration are ticked as entered.</source>
            <translation>Loggad under driftstopp: kontakten ligger kvar i arbetslistan tills journalanteckningen och registreringen är avbockade som inlagda.</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Steg</translation>
        </message>
        <message>
            <source>Checklist step</source>
            <translation>Steg i checklistan</translation>
        </message>
        <message>
            <source>Previous step</source>
            <translation>Föregående steg</translation>
        </message>
        <message>
            <source>Bac&amp;k</source>
            <translation>Ba&amp;kåt</translation>
        </message>
        <message>
            <source>&amp;Next</source>
            <translation>&amp;Nästa</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>Nästa steg</translation>
        </message>
        <message>
            <source>&amp;Finish</source>
            <translation>&amp;Slutför</translation>
        </message>
        <message>
            <source>Finish and save the contact</source>
            <translation>Slutför och spara kontakten</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <source>Cancel without saving</source>
            <translation>Avbryt utan att spara</translation>
        </message>
        <message>
            <source>Alt+1…4 or Ctrl+PgUp/PgDn: go to a step</source>
            <translation>Alt+1…4 eller Ctrl+PgUp/PgDn: gå till ett steg</translation>
        </message>
        <message>
            <source>Routine: {reason}</source>
            <translation>Rutinen: {reason}</translation>
        </message>
        <message>
            <source>Not a KVÅ code: two letters and three digits, or three letters and two digits.</source>
            <translation>Inte en KVÅ-kod: två bokstäver och tre siffror, eller tre bokstäver och två siffror.</translation>
        </message>
        <message>
            <source>Added by you. {note}</source>
            <translation>Tillagd av dig. {note}</translation>
        </message>
        <message>
            <source>Added by you.</source>
            <translation>Tillagd av dig.</translation>
        </message>
        <message>
            <source>Finish is blocked: fix the errors under step 3, Codes.</source>
            <translation>Det går inte att slutföra: rätta felen under steg 3, Koder.</translation>
        </message>
        <message>
            <source>Judged by rule set {rules} (valid from {valid_from}).</source>
            <translation>Bedöms av regeluppsättningen {rules} (gäller från {valid_from}).</translation>
        </message>
        <message>
            <source>1  Contact</source>
            <translation>1  Kontakt</translation>
        </message>
        <message>
            <source>2  Journal</source>
            <translation>2  Journal</translation>
        </message>
        <message>
            <source>3  Codes</source>
            <translation>3  Koder</translation>
        </message>
        <message numerus="yes">
            <source>  (%n error(s))</source>
            <translation>
                <numerusform>  (%n fel)</numerusform>
                <numerusform>  (%n fel)</numerusform>
            </translation>
        </message>
        <message>
            <source>4  Registration</source>
            <translation>4  Registrering</translation>
        </message>
        <message>
            <source>{code} is already listed.</source>
            <translation>{code} finns redan i listan.</translation>
        </message>
        <message>
            <source>{code} is not a valid KVÅ code; remove it before finishing.</source>
            <translation>{code} är inte en giltig KVÅ-kod; ta bort den innan du slutför.</translation>
        </message>
        <message>
            <source>Discard the contact?</source>
            <translation>Kasta kontakten?</translation>
        </message>
        <message>
            <source>You have entered or changed this contact. Close the checklist and discard it?</source>
            <translation>Du har fyllt i eller ändrat kontakten. Stänga checklistan och kasta det du fyllt i?</translation>
        </message>
    </context>
    <context>
        <name>ContactStep</name>
        <message>
            <source>Contact</source>
            <translation>Kontakt</translation>
        </message>
        <message>
            <source>Date and time of the contact</source>
            <translation>Kontaktens datum och tid</translation>
        </message>
        <message>
            <source>&amp;Date and time:</source>
            <translation>&amp;Datum och tid:</translation>
        </message>
        <message>
            <source>Minutes spent</source>
            <translation>Använd tid i minuter</translation>
        </message>
        <message>
            <source>not given</source>
            <translation>ej angivet</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>M&amp;inutes:</source>
            <translation>M&amp;inuter:</translation>
        </message>
        <message>
            <source>Contact type</source>
            <translation>Kontakttyp</translation>
        </message>
        <message>
            <source>Contact type: {name}</source>
            <translation>Kontakttyp: {name}</translation>
        </message>
        <message>
            <source>Use: {text}</source>
            <translation>Används vid: {text}</translation>
        </message>
        <message>
            <source>Held:</source>
            <translation>Besöksform:</translation>
        </message>
        <message>
            <source>Visit held: {name}</source>
            <translation>Besöksform: {name}</translation>
        </message>
        <message>
            <source>This contact &amp;ends the treatment</source>
            <translation>Kontakten &amp;avslutar behandlingen</translation>
        </message>
        <message>
            <source>This contact ends the treatment</source>
            <translation>Kontakten avslutar behandlingen</translation>
        </message>
        <message>
            <source>Finishing ends the treatment episode (if it is still open) as chosen below; the ending is registered with its own code and the episode goes to SibeR.</source>
            <translation>Slutför avslutar behandlingsepisoden (om den fortfarande pågår) så som du väljer nedan; avslutet registreras med en egen kod och episoden förs över till SibeR.</translation>
        </message>
        <message>
            <source>Private n&amp;ote (kept in this log only, not the journal):</source>
            <translation>Privat ant&amp;eckning (sparas bara i den här loggen, inte i journalen):</translation>
        </message>
        <message>
            <source>Private note</source>
            <translation>Privat anteckning</translation>
        </message>
    </context>
    <context>
        <name>ContactsModel</name>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>Besöksform</translation>
        </message>
        <message>
            <source>Codes</source>
            <translation>Koder</translation>
        </message>
        <message>
            <source>Journal</source>
            <translation>Journal</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>Registrerad</translation>
        </message>
        <message>
            <source>Findings</source>
            <translation>Avvikelser</translation>
        </message>
        <message>
            <source>Visit</source>
            <translation>Besök</translation>
        </message>
        <message>
            <source>1 error</source>
            <translation>1 fel</translation>
        </message>
        <message>
            <source>{n} errors</source>
            <translation>{n} fel</translation>
        </message>
        <message>
            <source>1 warning</source>
            <extracomment>Each row's display texts, made once per reset: the view asks for them on every paint.</extracomment>
            <translation>1 varning</translation>
        </message>
        <message>
            <source>{n} warnings</source>
            <translation>{n} varningar</translation>
        </message>
        <message>
            <source>Logged while the EHR was down</source>
            <translation>Loggad medan journalsystemet låg nere</translation>
        </message>
        <message>
            <source>Click, or press Space, to tick or untick (Ctrl+Z undoes it).</source>
            <translation>Klicka, eller tryck på mellanslag, för att bocka i eller ur (Ctrl+Z ångrar).</translation>
        </message>
        <message>
            <source>Journal note written {when}</source>
            <translation>Journalanteckningen skriven {when}</translation>
        </message>
        <message>
            <source>Journal note not written yet</source>
            <translation>Journalanteckningen är inte skriven än</translation>
        </message>
        <message>
            <source>Registered {when}</source>
            <translation>Registrerad {when}</translation>
        </message>
        <message>
            <source>Not registered yet</source>
            <translation>Inte registrerad än</translation>
        </message>
    </context>
    <context>
        <name>CorrectIdentityDialog</name>
        <message>
            <source>Correct identity number</source>
            <translation>Rätta identitetsnummer</translation>
        </message>
        <message>
            <source>Patient:</source>
            <translation>Patient:</translation>
        </message>
        <message>
            <source>&amp;Correct number:</source>
            <translation>&amp;Rätt nummer:</translation>
        </message>
        <message>
            <source>The number is checked as when a patient is added. Search finds the patient by the new number at once.</source>
            <translation>Numret kontrolleras som när en patient läggs till. Sökningen hittar patienten på det nya numret direkt.</translation>
        </message>
        <message>
            <source>&amp;Correct</source>
            <translation>&amp;Rätta</translation>
        </message>
    </context>
    <context>
        <name>Corrections</name>
        <message>
            <source>Delete the episode {programme} of {patient} ({identity}), started {started}? Its {contacts} contacts and {measures} scores are deleted with it.</source>
            <translation>Ta bort episoden {programme} för {patient} ({identity}), påbörjad {started}? Dess {contacts} kontakter och {measures} skattningar tas bort med den.</translation>
        </message>
    </context>
    <context>
        <name>DeleteEpisode</name>
        <message>
            <source>1 contact</source>
            <translation>1 kontakt</translation>
        </message>
        <message>
            <source>{n} contacts</source>
            <translation>{n} kontakter</translation>
        </message>
        <message>
            <source>1 score</source>
            <translation>1 skattning</translation>
        </message>
        <message>
            <source>{n} scores</source>
            <translation>{n} skattningar</translation>
        </message>
        <message>
            <source>Delete the episode “{programme}” of {patient} ({identity}), started {started}?

Deleted with it: {contacts} and {scores}. The patient stays in the log. Ctrl+Z brings it all back.</source>
            <translation>Ta bort episoden ”{programme}” för {patient} ({identity}), startad {started}?

Med episoden tas även {contacts} och {scores} bort. Patienten finns kvar i loggen. Ctrl+Z tar tillbaka allt.</translation>
        </message>
        <message>
            <source>Delete episode</source>
            <translation>Ta bort episod</translation>
        </message>
        <message>
            <source>&amp;Delete episode</source>
            <translation>&amp;Ta bort episod</translation>
        </message>
    </context>
    <context>
        <name>Display</name>
        <message>
            <source>kbtdesk cannot open its window: QT_QPA_PLATFORM={platform} needs {variable}, which is not set.</source>
            <translation>kbtdesk kan inte öppna sitt fönster: QT_QPA_PLATFORM={platform} kräver {variable}, som inte är satt.</translation>
        </message>
        <message>
            <source>kbtdesk cannot open its window: there is no display (neither DISPLAY nor WAYLAND_DISPLAY is set). Start it on the desktop, or use the command line: kbtdesk --help</source>
            <translation>kbtdesk kan inte öppna sitt fönster: det finns ingen skärm (varken DISPLAY eller WAYLAND_DISPLAY är satt). Starta programmet på skrivbordet, eller använd kommandoraden: kbtdesk --help</translation>
        </message>
    </context>
    <context>
        <name>EditScoreDialog</name>
        <message>
            <source>Edit score</source>
            <translation>Ändra skattning</translation>
        </message>
    </context>
    <context>
        <name>EndEpisodeDialog</name>
        <message>
            <source>End episode</source>
            <translation>Avsluta episod</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>Slutdatum</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Orsak</translation>
        </message>
        <message>
            <source>End &amp;date:</source>
            <translation>&amp;Slutdatum:</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Orsak:</translation>
        </message>
        <message>
            <source>&amp;End episode</source>
            <translation>&amp;Avsluta episod</translation>
        </message>
    </context>
    <context>
        <name>Ending</name>
        <message>
            <source>Required (an error without it): {reason}</source>
            <translation>Krävs (annars ett fel): {reason}</translation>
        </message>
        <message>
            <source>Advised (a warning without it): {reason}</source>
            <translation>Rekommenderas (annars en varning): {reason}</translation>
        </message>
    </context>
    <context>
        <name>EndingFields</name>
        <message>
            <source>Choose…</source>
            <translation>Välj …</translation>
        </message>
        <message>
            <source>How the treatment ends</source>
            <translation>Hur behandlingen avslutas</translation>
        </message>
        <message>
            <source>End date of the episode</source>
            <translation>Episodens slutdatum</translation>
        </message>
        <message>
            <source>Ends as:</source>
            <translation>Avslutas som:</translation>
        </message>
        <message>
            <source>End date:</source>
            <translation>Slutdatum:</translation>
        </message>
    </context>
    <context>
        <name>EpisodeListModel</name>
        <message>
            <source>Patient</source>
            <extracomment>`episode_rows(status, query, limit=…, offset=…)`: a page of the list (LogService.episode_rows). Rows read per query: the list loads the first batch, then the next as the view scrolls to it (canFetchMore/fetchMore), so a log of 100,000 episodes paints as fast as one of 100. Rows read before the window's first paint: a screenful (`screenful_rows`), at least this many. The rest of the first batch is read just after it (`EpisodeListModel.top_up`): 2,000 rows with their open-item counts take ≈65 ms at L. The typical widest name the Patient column is sized for (the user can widen it). The longest programme name of the bundled rule set: the pane is first made wide enough for it.</extracomment>
            <translation>Patient</translation>
        </message>
        <message>
            <source>Identity no.</source>
            <translation>Identitetsnr</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Program</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Startad</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Att göra</translation>
        </message>
        <message>
            <source>1 checklist item still open</source>
            <extracomment>Display texts of each row, made the first time a row is painted (None until then): a view asks data() several times per cell and paint, and a reset repaints every row.</extracomment>
            <translation>1 uppgift i checklistan återstår</translation>
        </message>
        <message>
            <source>{n} checklist items still open</source>
            <translation>{n} uppgifter i checklistan återstår</translation>
        </message>
        <message>
            <source>Ended {date}</source>
            <translation>Avslutad {date}</translation>
        </message>
    </context>
    <context>
        <name>EpisodeListWidget</name>
        <message>
            <source>&amp;Search:</source>
            <translation>&amp;Sök:</translation>
        </message>
        <message>
            <source>Name, identity number or programme</source>
            <translation>Namn, identitetsnummer eller program</translation>
        </message>
        <message>
            <source>Search episodes</source>
            <translation>Sök episoder</translation>
        </message>
        <message>
            <source>Show episodes</source>
            <translation>Visa episoder</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Pågående</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Avslutade</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Alla</translation>
        </message>
        <message>
            <source>Episodes</source>
            <translation>Episoder</translation>
        </message>
        <message>
            <source>No episodes match “{query}”.</source>
            <translation>Inga episoder matchar ”{query}”.</translation>
        </message>
        <message>
            <source>“All” also lists ended episodes.</source>
            <translation>”Alla” visar även avslutade episoder.</translation>
        </message>
        <message>
            <source>No ended episodes.</source>
            <translation>Inga avslutade episoder.</translation>
        </message>
        <message>
            <source>Start a treatment episode with “New episode” (Ctrl+Shift+N): the patient’s identity number and name, the programme and the start date. Then log each contact with “New contact” (Ctrl+N).</source>
            <translation>Börja en behandlingsepisod med ”Ny episod” (Ctrl+Shift+N): patientens identitetsnummer och namn, program och startdatum. Logga sedan varje kontakt med ”Ny kontakt” (Ctrl+N).</translation>
        </message>
        <message>
            <source>The log has no episodes yet.</source>
            <translation>Loggen har inga episoder än.</translation>
        </message>
        <message>
            <source>No active episodes.</source>
            <translation>Inga pågående episoder.</translation>
        </message>
    </context>
    <context>
        <name>EpisodeView</name>
        <message>
            <source>Choose an episode on the left, or start a new one (Ctrl+Shift+N).</source>
            <extracomment>A change core has written from this view (ticks): the window puts it on its undo stack.</extracomment>
            <translation>Välj en episod till vänster, eller starta en ny (Ctrl+Shift+N).</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Kontakter</translation>
        </message>
        <message>
            <source>Rating-scale scores</source>
            <translation>Resultat på skattningsskalor</translation>
        </message>
        <message>
            <source>Episode checklist</source>
            <translation>Checklista för episoden</translation>
        </message>
        <message>
            <source>Rating scales</source>
            <translation>Skattningsskalor</translation>
        </message>
        <message>
            <source>Show the full identity number</source>
            <translation>Visa hela identitetsnumret</translation>
        </message>
        <message>
            <source>Patient</source>
            <translation>Patient</translation>
        </message>
        <message>
            <source>Identity number</source>
            <translation>Identitetsnummer</translation>
        </message>
        <message>
            <source>Start documented for SibeR</source>
            <translation>Behandlingsstart dokumenterad för SibeR</translation>
        </message>
        <message>
            <source>Transferred to SibeR via Medrave</source>
            <translation>Överförd till SibeR via Medrave</translation>
        </message>
        <message>
            <source>Final contact</source>
            <translation>Avslutande kontakt</translation>
        </message>
        <message>
            <source>{programme} · started {started} · week {week}</source>
            <translation>{programme} · startad {started} · vecka {week}</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Pågående</translation>
        </message>
        <message>
            <source>Ended {date} ({reason})</source>
            <translation>Avslutad {date} ({reason})</translation>
        </message>
        <message>
            <source>Hide</source>
            <translation>Dölj</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Visa</translation>
        </message>
        <message>
            <source>SibeR start documented</source>
            <translation>Behandlingsstart för SibeR dokumenterad</translation>
        </message>
        <message>
            <source>The start of treatment is documented in the journal template so that Medrave can pass it to SibeR.</source>
            <translation>Behandlingsstarten är dokumenterad i journalmallen så att Medrave kan föra över den till SibeR.</translation>
        </message>
        <message>
            <source>✓ Final contact with {code}</source>
            <translation>✓ Avslutande kontakt med {code}</translation>
        </message>
        <message>
            <source>✗ Final contact lacks {code}</source>
            <translation>✗ Avslutande kontakt saknar {code}</translation>
        </message>
        <message>
            <source>○ No final contact with {code} yet</source>
            <translation>○ Ingen avslutande kontakt med {code} ännu</translation>
        </message>
        <message>
            <source>Transferred to SibeR</source>
            <translation>Överförd till SibeR</translation>
        </message>
        <message>
            <source>Tick when the episode's data have gone to SibeR via Medrave.</source>
            <translation>Bocka av när episodens uppgifter har förts över till SibeR via Medrave.</translation>
        </message>
        <message>
            <source>Possible when the episode has ended.</source>
            <translation>Möjligt när episoden är avslutad.</translation>
        </message>
        <message>
            <source>No scores yet</source>
            <translation>Inga skattningar än</translation>
        </message>
    </context>
    <context>
        <name>Error</name>
        <message>
            <source>kbtdesk: unexpected error</source>
            <translation>kbtdesk: oväntat fel</translation>
        </message>
        <message>
            <source>Something went wrong that kbtdesk did not expect. What you saved before is in the log. If it happens again, send the details below to whoever supports kbtdesk (check that they contain no patient data).</source>
            <translation>Något oväntat gick fel i kbtdesk. Det du sparade tidigare finns kvar i loggen. Om det händer igen, skicka uppgifterna nedan till den som ger support för kbtdesk (kontrollera först att de inte innehåller några patientuppgifter).</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export and print</source>
            <extracomment>The dialog's name for a period of chosen dates (the presets are kbtdesk.core.reports.periods'). The period a report opens with until another is chosen for it. What the dialog's controls say (kept under its old name for the window's callers).</extracomment>
            <translation>Exportera och skriv ut</translation>
        </message>
        <message>
            <source>Registration list</source>
            <translation>Registreringslista</translation>
        </message>
        <message>
            <source>Episode summary (the selected episode)</source>
            <translation>Sammanfattning av episod (den valda episoden)</translation>
        </message>
        <message>
            <source>SibeR basis (ended episodes)</source>
            <translation>Underlag för SibeR (avslutade episoder)</translation>
        </message>
        <message>
            <source>Coverage (täckningsgrad) per month</source>
            <translation>Täckningsgrad per månad</translation>
        </message>
        <message>
            <source>&amp;Report:</source>
            <translation>&amp;Rapport:</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>Rapport</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>&amp;Today</source>
            <translation>&amp;I dag</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>I dag</translation>
        </message>
        <message>
            <source>This &amp;week</source>
            <translation>Den här &amp;veckan</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>Den här veckan</translation>
        </message>
        <message>
            <source>&amp;Last week</source>
            <translation>F&amp;örra veckan</translation>
        </message>
        <message>
            <source>Last week</source>
            <translation>Förra veckan</translation>
        </message>
        <message>
            <source>This &amp;month</source>
            <translation>Den här &amp;månaden</translation>
        </message>
        <message>
            <source>This month</source>
            <translation>Den här månaden</translation>
        </message>
        <message>
            <source>Last mo&amp;nth</source>
            <translation>Förra må&amp;naden</translation>
        </message>
        <message>
            <source>Last month</source>
            <translation>Förra månaden</translation>
        </message>
        <message>
            <source>&amp;Chosen dates</source>
            <translation>V&amp;alda datum</translation>
        </message>
        <message>
            <source>Chosen dates</source>
            <translation>Valda datum</translation>
        </message>
        <message>
            <source>&amp;From</source>
            <translation>&amp;Från</translation>
        </message>
        <message>
            <source>First day</source>
            <translation>Första dagen</translation>
        </message>
        <message>
            <source>T&amp;o</source>
            <translation>&amp;Till</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>Sista dagen</translation>
        </message>
        <message>
            <source>About the report</source>
            <translation>Om rapporten</translation>
        </message>
        <message>
            <source>The first day is after the last day.</source>
            <translation>Första dagen ligger efter sista dagen.</translation>
        </message>
        <message>
            <source>Period error</source>
            <translation>Fel i perioden</translation>
        </message>
        <message>
            <source>Only what is &amp;not yet done (not registered / not transferred)</source>
            <translation>Bara det som inte är &amp;klart än (ej registrerat / ej överfört)</translation>
        </message>
        <message>
            <source>Only what is not yet done</source>
            <translation>Bara det som inte är klart än</translation>
        </message>
        <message>
            <source>&amp;Hide the last four digits of identity numbers</source>
            <translation>Dölj de fyra &amp;sista siffrorna i identitetsnumren</translation>
        </message>
        <message>
            <source>Hide identity numbers</source>
            <translation>Dölj identitetsnummer</translation>
        </message>
        <message>
            <source>Pre&amp;view…</source>
            <translation>Förhands&amp;granska…</translation>
        </message>
        <message>
            <source>Print preview</source>
            <translation>Förhandsgranska utskrift</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>Skriv &amp;ut…</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Skriv ut</translation>
        </message>
        <message>
            <source>Save P&amp;DF…</source>
            <translation>Spara P&amp;DF…</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>Spara som PDF</translation>
        </message>
        <message>
            <source>Save &amp;CSV…</source>
            <translation>Spara &amp;CSV…</translation>
        </message>
        <message>
            <source>Save as CSV for Excel</source>
            <translation>Spara som CSV för Excel</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Stäng</translation>
        </message>
        <message>
            <source>Episode: {programme}, started {started}</source>
            <translation>Episod: {programme}, startad {started}</translation>
        </message>
        <message>
            <source>Choose an episode in the list first.</source>
            <translation>Välj först en episod i listan.</translation>
        </message>
        <message>
            <source>One row per contact in the period: what to register, and whether it is.</source>
            <translation>En rad per kontakt i perioden: vad som ska registreras, och om det är gjort.</translation>
        </message>
        <message>
            <source>One row per episode ended in the period: what SibeR asks about, to check before the transfer via Medrave.</source>
            <translation>En rad per episod som avslutats i perioden: det SibeR frågar efter, att kontrollera före överföringen via Medrave.</translation>
        </message>
        <message>
            <source>Per month: how much of the work reaches the region's statistics and SibeR (registered, journaled, codes, transferred).</source>
            <translation>Per månad: hur mycket av arbetet som når regionens statistik och SibeR (registrerat, journalfört, koder, överfört).</translation>
        </message>
        <message>
            <source>registration-list</source>
            <translation>registreringslista</translation>
        </message>
        <message>
            <source>episode-summary</source>
            <translation>episodsammanfattning</translation>
        </message>
        <message>
            <source>siber-basis</source>
            <translation>siber-underlag</translation>
        </message>
        <message>
            <source>coverage</source>
            <translation>täckningsgrad</translation>
        </message>
        <message>
            <source>Saved {file}</source>
            <translation>Sparat: {file}</translation>
        </message>
    </context>
    <context>
        <name>Finding</name>
        <message>
            <source>Code {code} is missing</source>
            <translation>Koden {code} saknas</translation>
        </message>
        <message>
            <source>Code {code} is not expected on this contact</source>
            <translation>Koden {code} förväntas inte på den här kontakten</translation>
        </message>
        <message>
            <source>The episode has ended but no contact is marked as final</source>
            <translation>Episoden är avslutad men ingen kontakt är markerad som avslutande</translation>
        </message>
        <message>
            <source>{code} is not a valid KVÅ code</source>
            <translation>{code} är inte en giltig KVÅ-kod</translation>
        </message>
        <message>
            <source>The contact ({day}) is dated before the episode started ({started})</source>
            <translation>Kontakten ({day}) är daterad före episodens start ({started})</translation>
        </message>
        <message>
            <source>The contact ({day}) is dated after the episode ended ({ended})</source>
            <translation>Kontakten ({day}) är daterad efter episodens avslut ({ended})</translation>
        </message>
        <message>
            <source>The patient has another active episode of {programme} (started {started})</source>
            <translation>Patienten har en annan pågående episod i {programme} (startad {started})</translation>
        </message>
        <message>
            <source>SibeR transfer: {what}</source>
            <translation>Överföring till SibeR: {what}</translation>
        </message>
        <message>
            <source>the episode has not ended</source>
            <extracomment>What a `siber-transfer-premature` rule found missing, by its `requires` param.</extracomment>
            <translation>episoden är inte avslutad</translation>
        </message>
        <message>
            <source>the final contact is not registered</source>
            <translation>den avslutande kontakten är inte registrerad</translation>
        </message>
        <message>
            <source>no final contact has {code}</source>
            <translation>ingen avslutande kontakt har {code}</translation>
        </message>
        <message>
            <source>the start of treatment is not documented</source>
            <translation>behandlingens start är inte dokumenterad</translation>
        </message>
        <message>
            <source>The rule set {rules} does not know the contact type {type} (mode {mode}): the contact cannot be checked. Is kbtdesk using your region's rule file (--rules, KBTDESK_RULES)?</source>
            <extracomment>Not a rule of any file: a contact whose type or mode the judging version does not know (a log written under another routine, or a rule file that dropped a type) cannot be judged at all.</extracomment>
            <translation>Regeluppsättningen {rules} känner inte till kontakttypen {type} (besöksform {mode}): kontakten kan inte kontrolleras. Använder kbtdesk din regions regelfil (--rules, KBTDESK_RULES)?</translation>
        </message>
        <message>
            <source>judged by {rules}, the oldest rule set (valid from {valid_from}): the date is older</source>
            <translation>bedömd av {rules}, den äldsta regeluppsättningen (gäller från {valid_from}): datumet är äldre</translation>
        </message>
        <message>
            <source>judged by {rules}, the newest rule set, although it was valid only until {valid_to}</source>
            <translation>bedömd av {rules}, den nyaste regeluppsättningen, fast den bara gällde till och med {valid_to}</translation>
        </message>
    </context>
    <context>
        <name>GuideDialog</name>
        <message>
            <source>User guide</source>
            <translation>Användarhandbok</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Stäng</translation>
        </message>
        <message>
            <source>The user guide is missing from this installation.</source>
            <translation>Användarhandboken saknas i den här installationen.</translation>
        </message>
        <message>
            <source>User guide – {title}</source>
            <translation>Användarhandbok – {title}</translation>
        </message>
    </context>
    <context>
        <name>Identity</name>
        <message>
            <source>Enter a personnummer, samordningsnummer or reservnummer.</source>
            <extracomment>Skatteverket stores the century as 18, 19 or 20; nothing older can be a real number. Digit that stands for the reservnummer letter in its check-digit calculation (Inera, VGR).</extracomment>
            <translation>Ange ett personnummer, samordningsnummer eller reservnummer.</translation>
        </message>
        <message>
            <source>Remove the space inside the number: only a - or + may stand before the last four digits.</source>
            <translation>Ta bort mellanslaget i numret: bara ett - eller + får stå före de fyra sista siffrorna.</translation>
        </message>
        <message>
            <source>The number contains the character “{character}” ({codepoint}), which is not one of the digits 0–9. Type the number with ordinary digits.</source>
            <translation>Numret innehåller tecknet ”{character}” ({codepoint}), som inte är någon av siffrorna 0–9. Skriv numret med vanliga siffror.</translation>
        </message>
        <message>
            <source>The number contains an invisible character ({codepoint}), which does not belong in an identity number.</source>
            <translation>Numret innehåller ett osynligt tecken ({codepoint}), som inte hör hemma i ett identitetsnummer.</translation>
        </message>
        <message>
            <source>The number contains the character “{character}” ({codepoint}), which does not belong in an identity number.</source>
            <translation>Numret innehåller tecknet ”{character}” ({codepoint}), som inte hör hemma i ett identitetsnummer.</translation>
        </message>
        <message>
            <source>A personnummer or samordningsnummer has 10 or 12 digits, but this number has {count}.</source>
            <translation>Ett personnummer eller samordningsnummer har 10 eller 12 siffror, men det här numret har {count}.</translation>
        </message>
        <message>
            <source>A - or + may only stand once, just before the last four digits.</source>
            <translation>Ett - eller + får bara stå en gång, direkt före de fyra sista siffrorna.</translation>
        </message>
        <message>
            <source>The birth date is in the future. For someone who turns 100 this year, write + before the last four digits, or give all 12 digits.</source>
            <translation>Födelsedatumet ligger i framtiden. För den som fyller 100 i år: skriv + före de fyra sista siffrorna, eller ange alla 12 siffrorna.</translation>
        </message>
        <message>
            <source>The birth date is in the future.</source>
            <translation>Födelsedatumet ligger i framtiden.</translation>
        </message>
        <message>
            <source>The check digit (the last digit) does not match the rest of the number. Check it for a typing error.</source>
            <translation>Kontrollsiffran (den sista siffran) stämmer inte med resten av numret. Kontrollera om numret är felskrivet.</translation>
        </message>
        <message>
            <source>The date in this samordningsnummer is not a real calendar date (its day is the day of birth plus 60).</source>
            <translation>Datumet i det här samordningsnumret är inte ett verkligt datum (dagen är födelsedagen plus 60).</translation>
        </message>
        <message>
            <source>The date in this number is not a real calendar date.</source>
            <translation>Datumet i det här numret är inte ett verkligt datum.</translation>
        </message>
        <message>
            <source>The birth year {year} is before 1800, which no identity number has.</source>
            <translation>Födelseåret {year} är före 1800, vilket inget identitetsnummer kan ha.</translation>
        </message>
        <message>
            <source>Write a reservnummer without - or +, as 12 characters together: yyyymmddGggC.</source>
            <translation>Skriv ett reservnummer utan - eller +, som 12 tecken i följd: yyyymmddGggC.</translation>
        </message>
        <message>
            <source>A reservnummer has exactly 12 characters written together (yyyymmddGggC), but this one has {count}.</source>
            <translation>Ett reservnummer har exakt 12 tecken skrivna i följd (yyyymmddGggC), men det här har {count}.</translation>
        </message>
        <message>
            <source>The letter “{letter}” is where a digit belongs. Only a reservnummer has a letter (K, M or X), as its 9th character: yyyymmddGggC.</source>
            <translation>Bokstaven ”{letter}” står där det ska vara en siffra. Bara ett reservnummer har en bokstav (K, M eller X), som nionde tecken: yyyymmddGggC.</translation>
        </message>
        <message>
            <source>The letter in a reservnummer must be K (woman), M (man) or X (sex unknown), not “{letter}”.</source>
            <translation>Bokstaven i ett reservnummer ska vara K (kvinna), M (man) eller X (okänt kön), inte ”{letter}”.</translation>
        </message>
        <message>
            <source>The two digits after the letter in a reservnummer must be 06–89, not {number}.</source>
            <translation>De två siffrorna efter bokstaven i ett reservnummer ska vara 06–89, inte {number}.</translation>
        </message>
        <message>
            <source>The letter {letter} does not agree with the number {number} after it: 06–79 odd goes with M, 06–79 even with K, and 80–89 with X.</source>
            <translation>Bokstaven {letter} stämmer inte med talet {number} efter den: udda 06–79 hör till M, jämna 06–79 till K och 80–89 till X.</translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <source>the field is missing</source>
            <translation>fältet saknas</translation>
        </message>
        <message>
            <source>wrong type of value</source>
            <translation>fel typ av värde</translation>
        </message>
        <message>
            <source>unknown value '{value}'</source>
            <translation>okänt värde '{value}'</translation>
        </message>
        <message>
            <source>'{value}' is not a date and time (ISO 8601 with a UTC offset, e.g. 2026-10-08T09:00:00+02:00)</source>
            <translation>'{value}' är inte ett datum med tid (ISO 8601 med UTC-förskjutning, t.ex. 2026-10-08T09:00:00+02:00)</translation>
        </message>
        <message>
            <source>'{value}' is not a KVÅ code (2 letters and 3 digits, or 3 letters and 2 digits)</source>
            <translation>'{value}' är inte en KVÅ-kod (2 bokstäver och 3 siffror, eller 3 bokstäver och 2 siffror)</translation>
        </message>
        <message>
            <source>'{value}' is not a date (YYYY-MM-DD)</source>
            <translation>'{value}' är inte ett datum (ÅÅÅÅ-MM-DD)</translation>
        </message>
        <message>
            <source>the id is missing or empty</source>
            <translation>id saknas eller är tomt</translation>
        </message>
        <message>
            <source>the file is not valid JSON ({error})</source>
            <translation>filen är inte giltig JSON ({error})</translation>
        </message>
        <message>
            <source>the text holds an invalid character (half of a UTF-16 surrogate pair)</source>
            <extracomment>How deep values nest in a kbtdesk-log file (document, section, record, codes or items); a deeper file is refused before anything walks it (a million-deep array would exhaust the stack).</extracomment>
            <translation>texten innehåller ett ogiltigt tecken (ett halvt UTF-16-surrogatpar)</translation>
        </message>
        <message>
            <source>values nest deeper here than a kbtdesk-log file ever does</source>
            <translation>värdena är här nästlade djupare än de någonsin är i en kbtdesk-log-fil</translation>
        </message>
        <message>
            <source>a property name holds an invalid character (half of a UTF-16 surrogate pair)</source>
            <translation>ett egenskapsnamn innehåller ett ogiltigt tecken (ett halvt UTF-16-surrogatpar)</translation>
        </message>
        <message>
            <source>unknown property {path} (not in the kbtdesk-log format: a typo?)</source>
            <translation>okänd egenskap {path} (finns inte i formatet kbtdesk-log: ett skrivfel?)</translation>
        </message>
        <message>
            <source>the section is missing (write [] when it is empty)</source>
            <translation>avsnittet saknas (skriv [] när det är tomt)</translation>
        </message>
        <message>
            <source>not a kbtdesk-log file</source>
            <translation>inte en fil i formatet kbtdesk-log</translation>
        </message>
        <message>
            <source>unsupported version {value} (this kbtdesk reads version 1)</source>
            <translation>versionen {value} stöds inte (den här kbtdesk läser version 1)</translation>
        </message>
        <message>
            <source>the value is empty</source>
            <translation>värdet är tomt</translation>
        </message>
        <message>
            <source>{value} is outside {lo}–{hi}</source>
            <translation>{value} ligger utanför {lo}–{hi}</translation>
        </message>
        <message>
            <source>does not match the kbtdesk-log format ({detail})</source>
            <translation>stämmer inte med formatet kbtdesk-log ({detail})</translation>
        </message>
        <message>
            <source>'{value}' is not one of {allowed}</source>
            <translation>'{value}' är inte något av {allowed}</translation>
        </message>
        <message>
            <source>duplicate id with different content</source>
            <translation>samma id förekommer igen med annat innehåll</translation>
        </message>
        <message>
            <source>the name is empty</source>
            <translation>namnet är tomt</translation>
        </message>
        <message>
            <source>the same identity number as patient {other}</source>
            <translation>samma identitetsnummer som patient {other}</translation>
        </message>
        <message>
            <source>the programme is empty</source>
            <translation>programmet är tomt</translation>
        </message>
        <message>
            <source>the end date is before the start date</source>
            <translation>slutdatumet är före startdatumet</translation>
        </message>
        <message>
            <source>a record with this id and different content is already in the log</source>
            <extracomment>Ids per `WHERE id IN (...)` look-up (SQLite allows 32,766 variables; 500 keeps statements small). Rows per executemany between two progress reports.</extracomment>
            <translation>en post med detta id men annat innehåll finns redan i loggen</translation>
        </message>
        <message>
            <source>this identity number belongs to patient {other} in the log</source>
            <translation>identitetsnumret tillhör patient {other} i loggen</translation>
        </message>
        <message>
            <source>unknown patient {ref}</source>
            <translation>okänd patient {ref}</translation>
        </message>
        <message>
            <source>unknown episode {ref}</source>
            <translation>okänd episod {ref}</translation>
        </message>
    </context>
    <context>
        <name>Input</name>
        <message>
            <source>'{value}' is not a date and time (ISO 8601 with offset).</source>
            <translation>'{value}' är inte ett datum med tid (ISO 8601 med UTC-förskjutning).</translation>
        </message>
        <message>
            <source>'{value}' has no UTC offset (for example +01:00).</source>
            <translation>'{value}' saknar UTC-förskjutning (till exempel +01:00).</translation>
        </message>
        <message>
            <source>{value} is outside the dates kbtdesk keeps ({earliest} to {latest}).</source>
            <translation>{value} ligger utanför de datum som kbtdesk sparar ({earliest} till {latest}).</translation>
        </message>
        <message>
            <source>'{instrument}' is not a rating scale of the rule set ({known}).</source>
            <translation>'{instrument}' är inte en skattningsskala i regeluppsättningen ({known}).</translation>
        </message>
        <message>
            <source>The score {score} is outside the range of {instrument} (0–{max}).</source>
            <translation>Poängen {score} ligger utanför skalan för {instrument} (0–{max}).</translation>
        </message>
        <message>
            <source>Unknown contact type '{value}' (the rule set {rules} knows {known}).</source>
            <extracomment>For a final contact on an open episode: how and when the episode ends (the checklist asks; None: "completed" on the contact's day, for the batch and the command line).</extracomment>
            <translation>Okänd kontakttyp '{value}' (regeluppsättningen {rules} känner till {known}).</translation>
        </message>
        <message>
            <source>A contact of type {type} needs a mode: {modes}.</source>
            <translation>En kontakt av typen {type} behöver en besöksform: {modes}.</translation>
        </message>
        <message>
            <source>A contact of type {type} has no mode.</source>
            <translation>En kontakt av typen {type} har ingen besöksform.</translation>
        </message>
        <message>
            <source>'{value}' is not a mode of {type} (known: {modes}).</source>
            <translation>'{value}' är inte en besöksform för {type} (kända: {modes}).</translation>
        </message>
        <message>
            <source>'{code}' is not a KVÅ code (2 letters and 3 digits, or 3 letters and 2 digits).</source>
            <translation>'{code}' är inte en KVÅ-kod (2 bokstäver och 3 siffror, eller 3 bokstäver och 2 siffror).</translation>
        </message>
        <message>
            <source>Unknown care level '{value}'.</source>
            <extracomment>Headings of the note skeleton per EHR system, one entry per line. Days without feedback before the week view warns; None: fixed by the unit's configuration. Planned weeks per programme (None: unknown, no closing-visit prompt); None: not edited.
----------
Days without written feedback before an active episode counts as due (the week view uses it).</extracomment>
            <translation>Okänd vårdnivå '{value}'.</translation>
        </message>
        <message>
            <source>Unknown EHR system '{value}'.</source>
            <translation>Okänt journalsystem '{value}'.</translation>
        </message>
        <message>
            <source>The window locks after {low} to {high} minutes without use.</source>
            <translation>Fönstret låses efter {low} till {high} minuter utan aktivitet.</translation>
        </message>
        <message>
            <source>Keep at least one programme.</source>
            <translation>Behåll minst ett program.</translation>
        </message>
        <message>
            <source>The patient's name is empty.</source>
            <translation>Patientens namn är tomt.</translation>
        </message>
        <message>
            <source>A patient with identity number {identity} is already in the log.</source>
            <translation>Det finns redan en patient med identitetsnummer {identity} i loggen.</translation>
        </message>
        <message>
            <source>The days without feedback must be a whole number from 1 to {max}.</source>
            <extracomment>"No feedback this week": a week is the rhythm of internet CBT (one module a week). Programmes run 6–12 weeks (domain.md §4, §7); a year is far beyond any of them.</extracomment>
            <translation>Antalet dagar utan återkoppling måste vara ett heltal från 1 till {max}.</translation>
        </message>
        <message>
            <source>Choose a programme.</source>
            <translation>Välj ett program.</translation>
        </message>
        <message>
            <source>The planned length must be a whole number of weeks from 1 to {max}.</source>
            <translation>Den planerade längden måste vara ett helt antal veckor från 1 till {max}.</translation>
        </message>
        <message>
            <source>Choose at least one contact type.</source>
            <translation>Välj minst en kontakttyp.</translation>
        </message>
        <message>
            <source>Unknown contact type '{value}'.</source>
            <translation>Okänd kontakttyp '{value}'.</translation>
        </message>
        <message>
            <source>Unknown patient.</source>
            <translation>Okänd patient.</translation>
        </message>
        <message>
            <source>Unknown end reason '{value}'.</source>
            <translation>Okänd avslutsorsak '{value}'.</translation>
        </message>
        <message>
            <source>The episode has not ended.</source>
            <translation>Episoden är inte avslutad.</translation>
        </message>
        <message>
            <source>The end date is before the start date.</source>
            <translation>Slutdatumet är före startdatumet.</translation>
        </message>
        <message>
            <source>Another patient in the log has identity number {identity}.</source>
            <translation>En annan patient i loggen har identitetsnumret {identity}.</translation>
        </message>
        <message>
            <source>That is already the patient's identity number.</source>
            <translation>Det är redan patientens identitetsnummer.</translation>
        </message>
        <message>
            <source>Unknown score {id}.</source>
            <translation>Okänd skattning {id}.</translation>
        </message>
        <message>
            <source>Choose at least one episode.</source>
            <translation>Välj minst en episod.</translation>
        </message>
        <message>
            <source>Episode {id} is given twice.</source>
            <translation>Episoden {id} är angiven två gånger.</translation>
        </message>
        <message>
            <source>A contact that ends the treatment needs the end reason: {reasons}.</source>
            <translation>En kontakt som avslutar behandlingen behöver avslutsorsaken: {reasons}.</translation>
        </message>
        <message>
            <source>Unknown episode {id}.</source>
            <extracomment>The records whose content the audit trail covers, by their ORM class. The rule set valid today. Given a RuleBook (several versions), the store keeps the book in `rule_book` and this becomes the version valid on the store's today. HMAC key of the audit chain; by default the one the engine was built with (db/engine.py). Every version of the routine: each contact is judged by the version valid on its day. The unit's configuration (unit.json); already laid over the rules by composition.load_rules.</extracomment>
            <translation>Okänd episod {id}.</translation>
        </message>
        <message>
            <source>The contact time has no UTC offset.</source>
            <translation>Kontakttiden saknar UTC-förskjutning.</translation>
        </message>
        <message>
            <source>The contact time {value} is outside the calendar.</source>
            <translation>Kontakttiden {value} ligger utanför kalendern.</translation>
        </message>
        <message>
            <source>Minutes must be between 0 and 1440.</source>
            <translation>Minuter måste vara mellan 0 och 1440.</translation>
        </message>
        <message>
            <source>Unknown contact {id}.</source>
            <translation>Okänd kontakt {id}.</translation>
        </message>
        <message>
            <source>{instrument} has {n} items, not {m}.</source>
            <translation>{instrument} har {n} frågor, inte {m}.</translation>
        </message>
        <message>
            <source>An item score of {instrument} is outside {lo}–{hi}.</source>
            <translation>En frågepoäng för {instrument} ligger utanför {lo}–{hi}.</translation>
        </message>
        <message>
            <source>The item scores add up to {total}, not {score}.</source>
            <translation>Frågepoängen blir tillsammans {total}, inte {score}.</translation>
        </message>
        <message>
            <source>Item scores must be whole numbers separated by spaces.</source>
            <translation>Poängen per fråga ska vara heltal med mellanslag emellan.</translation>
        </message>
        <message>
            <source>Choose how the treatment ends: this contact ends the episode.</source>
            <translation>Välj hur behandlingen avslutas: den här kontakten avslutar episoden.</translation>
        </message>
        <message>
            <source>Not marked as transferred to SibeR:</source>
            <translation>Inte markerad som överförd till SibeR:</translation>
        </message>
    </context>
    <context>
        <name>JournalStep</name>
        <message>
            <source>Journal</source>
            <translation>Journal</translation>
        </message>
        <message>
            <source>Use the template &lt;b&gt;{template}&lt;/b&gt; in {ehr}.</source>
            <translation>Använd journalmallen &lt;b&gt;{template}&lt;/b&gt; i {ehr}.</translation>
        </message>
        <message>
            <source>From the quick guide: {lathund} ({ehr})</source>
            <translation>Enligt lathunden: {lathund} ({ehr})</translation>
        </message>
        <message>
            <source>The rule set names no journal template for {ehr}.</source>
            <translation>Regeluppsättningen anger ingen journalmall för {ehr}.</translation>
        </message>
        <message>
            <source>Note &amp;skeleton (the template's headings):</source>
            <translation>&amp;Anteckningsmall (journalmallens rubriker):</translation>
        </message>
        <message>
            <source>Note skeleton</source>
            <translation>Anteckningsmall</translation>
        </message>
        <message>
            <source>&amp;Copy skeleton</source>
            <translation>K&amp;opiera mall</translation>
        </message>
        <message>
            <source>Copy the note skeleton to the clipboard</source>
            <translation>Kopiera anteckningsmallen till urklipp</translation>
        </message>
        <message>
            <source>Note &amp;written and signed in {ehr}</source>
            <translation>&amp;Journalanteckningen är skriven och signerad i {ehr}</translation>
        </message>
        <message>
            <source>Journal note written and signed in {ehr}</source>
            <translation>Journalanteckningen är skriven och signerad i {ehr}</translation>
        </message>
        <message>
            <source>Leave it unticked if the EHR is down or the note is not signed yet: the contact waits on the worklist.</source>
            <translation>Lämna rutan tom om journalsystemet ligger nere eller om anteckningen inte är signerad än: kontakten väntar då i arbetslistan.</translation>
        </message>
        <message>
            <source>Copied.</source>
            <translation>Kopierat.</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Completed</source>
            <translation>Genomförd</translation>
        </message>
        <message>
            <source>Dropped out</source>
            <translation>Avbruten</translation>
        </message>
        <message>
            <source>Other reason</source>
            <translation>Annan orsak</translation>
        </message>
        <message>
            <source>Error message</source>
            <extracomment>The strength meter, from "too short" to "strong".</extracomment>
            <translation>Felmeddelande</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
    </context>
    <context>
        <name>LockScreen</name>
        <message>
            <source>kbtdesk is locked</source>
            <translation>kbtdesk är låst</translation>
        </message>
        <message>
            <source>Patient data are hidden. Enter your passphrase to continue where you were.</source>
            <translation>Patientuppgifterna är dolda. Ange din lösenfras för att fortsätta där du var.</translation>
        </message>
        <message>
            <source>Patient data are hidden. This demo log has no passphrase.</source>
            <translation>Patientuppgifterna är dolda. Den här demologgen har ingen lösenfras.</translation>
        </message>
        <message>
            <source>Why the window is locked</source>
            <translation>Varför fönstret är låst</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Lösenfras</translation>
        </message>
        <message>
            <source>Error message</source>
            <translation>Felmeddelande</translation>
        </message>
        <message>
            <source>Forgot passphrase?</source>
            <translation>Glömt lösenfrasen?</translation>
        </message>
        <message>
            <source>Forgot passphrase? Use the recovery code</source>
            <translation>Glömt lösenfrasen? Använd återställningskoden</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>Lås &amp;upp</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Lås upp</translation>
        </message>
    </context>
    <context>
        <name>Log</name>
        <message>
            <source>{path} is a folder, not a kbtdesk log. Nothing was changed.</source>
            <translation>{path} är en mapp, inte en kbtdesk-logg. Ingenting har ändrats.</translation>
        </message>
        <message>
            <source>{path} cannot be read ({error}). Nothing was changed.</source>
            <translation>{path} kan inte läsas ({error}). Ingenting har ändrats.</translation>
        </message>
        <message>
            <source>{path} is empty (0 bytes): it was not written completely. Nothing was changed; restore the newest backup.</source>
            <translation>{path} är tom (0 byte): den skrevs aldrig färdigt. Ingenting har ändrats; återställ den senaste säkerhetskopian.</translation>
        </message>
        <message>
            <source>{path} is an unencrypted SQLite database, not a kbtdesk log. Nothing was changed.</source>
            <translation>{path} är en okrypterad SQLite-databas, inte en kbtdesk-logg. Ingenting har ändrats.</translation>
        </message>
        <message>
            <source>{path} is not a complete kbtdesk log ({size} bytes, not a whole number of pages): it was cut short, or it is another kind of file. Nothing was changed; restore the newest backup.</source>
            <translation>{path} är inte en komplett kbtdesk-logg ({size} byte, inte ett helt antal sidor): den har kapats, eller så är det en annan sorts fil. Ingenting har ändrats; återställ den senaste säkerhetskopian.</translation>
        </message>
        <message>
            <source>{path} could not be opened with this key: it is damaged, not a kbtdesk log, or belongs to another key file. Nothing was changed.</source>
            <translation>{path} gick inte att öppna med den här nyckeln: filen är skadad, är inte en kbtdesk-logg eller hör till en annan nyckelfil. Ingenting har ändrats.</translation>
        </message>
        <message>
            <source>{path} is damaged ({detail}). Nothing was changed; restore the newest backup or open it read-only to copy what can be read.</source>
            <translation>{path} är skadad ({detail}). Ingenting har ändrats; återställ den senaste säkerhetskopian, eller öppna loggen skrivskyddad för att kopiera det som går att läsa.</translation>
        </message>
        <message>
            <source>{path} cannot be opened: its write-ahead journal ({path}-wal) is damaged ({detail}). Nothing was changed and both files are kept as they are; restore the newest backup (the damaged files are set aside beside it), or keep the two files together and ask for help to recover the newest saves.</source>
            <translation>{path} kan inte öppnas: dess transaktionsjournal ({path}-wal) är skadad ({detail}). Ingenting har ändrats och båda filerna finns kvar som de är; återställ den senaste säkerhetskopian (de skadade filerna läggs undan bredvid den), eller behåll de två filerna tillsammans och be om hjälp att återskapa de senaste sparningarna.</translation>
        </message>
        <message>
            <source>There is no log at {path}.</source>
            <translation>Det finns ingen logg på {path}.</translation>
        </message>
        <message>
            <source>There is not enough free space to open {path} (it needs room for a backup and its journal). Nothing was changed; free some space and try again, or open it read-only.</source>
            <extracomment>Every page's HMAC is checked on open up to this size (≈60 ms here); bigger logs get the page check in `kbtdesk verify` and before every backup instead (≈0.48 s at 64 MB, 2.3 s at 1M contacts). A damaged page is refused whenever it is read anyway: SQLCipher checks each page's HMAC as it decrypts it, so skipping the check on open never lets damaged data through, it only finds the damage later. 8 MiB is a log of a few thousand contacts: a small log is checked whole at no cost the user notices, a clinic-size log opens without reading every page (docs/trust.md). The engine's attribute that holds its log's audit key (core's Store reads it). Failed unlocks and read-only unlocks are remembered here (no patient data) until the next unlock that can write them into the audit trail.</extracomment>
            <translation>Det finns inte tillräckligt med ledigt utrymme för att öppna {path} (det behövs plats för en säkerhetskopia och en transaktionsjournal). Ingenting har ändrats; frigör utrymme och försök igen, eller öppna loggen skrivskyddad.</translation>
        </message>
        <message>
            <source>{path} could not be read or written ({error}). Nothing was changed; check the disk and try again, or open the log read-only.</source>
            <translation>{path} gick inte att läsa eller skriva ({error}). Ingenting har ändrats; kontrollera disken och försök igen, eller öppna loggen skrivskyddad.</translation>
        </message>
        <message>
            <source>{path} or its folder cannot be written. Nothing was changed; you can open the log read-only.</source>
            <translation>Det går inte att skriva till {path} eller dess mapp. Ingenting har ändrats; du kan öppna loggen skrivskyddad.</translation>
        </message>
        <message>
            <source>A log already exists at {path}; it was not touched.</source>
            <translation>Det finns redan en logg på {path}; den har inte rörts.</translation>
        </message>
        <message>
            <source>There is no log at {path}, but its backups are in {folder}: a new log would get a new key that opens none of them. To get the log back, restore the newest backup: kbtdesk restore {backup}. To start a new log anyway, move that folder and {key} elsewhere first. Nothing was changed.</source>
            <translation>Det finns ingen logg på {path}, men dess säkerhetskopior finns i {folder}: en ny logg skulle få en ny nyckel som inte öppnar någon av dem. För att få tillbaka loggen, återställ den senaste säkerhetskopian: kbtdesk restore {backup}. För att ändå börja en ny logg, flytta först den mappen och {key} någon annanstans. Ingenting har ändrats.</translation>
        </message>
        <message>
            <source>There is no log at {path}, but its key file is there ({key}): a new log would replace the key of the old one. If the log was moved, put it back (or give its place with --log); to restore it from a backup: kbtdesk restore BACKUP. To start a new log anyway, move {key} elsewhere first. Nothing was changed.</source>
            <translation>Det finns ingen logg på {path}, men dess nyckelfil finns kvar ({key}): en ny logg skulle ersätta den gamla loggens nyckel. Om loggen har flyttats, lägg tillbaka den (eller ange var den ligger med --log); för att återställa den från en säkerhetskopia: kbtdesk restore SÄKERHETSKOPIA. För att ändå börja en ny logg, flytta först {key} någon annanstans. Ingenting har ändrats.</translation>
        </message>
        <message>
            <source>This log was written by a newer kbtdesk (schema {found}; this version reads up to {supported}). Update kbtdesk to open it; nothing was changed.</source>
            <translation>Loggen är skriven av en nyare version av kbtdesk (schema {found}; den här versionen läser upp till {supported}). Uppdatera kbtdesk för att öppna den; ingenting har ändrats.</translation>
        </message>
        <message>
            <source>{path} does not open with this log's key: it is damaged or belongs to another key file. The current log was not touched.</source>
            <extracomment>Pages checked or copied per step between two progress reports (4 MiB of 4 KiB pages): a cancel (an exception from `progress`) lands within one step. A backup's key file without its backup is left by a backup killed before its rename; one younger than this may belong to a backup another process is writing right now.</extracomment>
            <translation>{path} går inte att öppna med den här loggens nyckel: filen är skadad eller hör till en annan nyckelfil. Den aktuella loggen har inte rörts.</translation>
        </message>
        <message>
            <source>The backup {path} is damaged ({detail}). The current log was not touched.</source>
            <translation>Säkerhetskopian {path} är skadad ({detail}). Den aktuella loggen har inte rörts.</translation>
        </message>
        <message>
            <source>{path} is in use by another kbtdesk. Nothing was written; you can open it read-only.</source>
            <translation>{path} används av en annan kbtdesk. Ingenting har skrivits; du kan öppna loggen skrivskyddad.</translation>
        </message>
        <message>
            <source>{path} is in use by {user} on {host} (process {pid}) since {since}. Nothing was written; you can open it read-only.</source>
            <translation>{path} används av {user} på {host} (process {pid}) sedan {since}. Ingenting har skrivits; du kan öppna loggen skrivskyddad.</translation>
        </message>
        <message>
            <source>kbtdesk cannot write in the folder of {path}. Nothing was changed; you can open the log read-only.</source>
            <translation>kbtdesk kan inte skriva i mappen där {path} ligger. Ingenting har ändrats; du kan öppna loggen skrivskyddad.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Undo</source>
            <translation>Ångra</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Gör om</translation>
        </message>
        <message>
            <source>DEMO (fictitious data)</source>
            <translation>DEMO (fiktiva uppgifter)</translation>
        </message>
        <message>
            <source>New &amp;episode</source>
            <translation>Ny &amp;episod</translation>
        </message>
        <message>
            <source>&amp;New contact</source>
            <translation>Ny &amp;kontakt</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Redigera</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>Ta &amp;bort</translation>
        </message>
        <message>
            <source>End episo&amp;de</source>
            <translation>Avsluta e&amp;pisod</translation>
        </message>
        <message>
            <source>&amp;Edit contact…</source>
            <translation>&amp;Redigera kontakt…</translation>
        </message>
        <message>
            <source>&amp;Delete contact</source>
            <translation>&amp;Ta bort kontakt</translation>
        </message>
        <message>
            <source>Record &amp;score</source>
            <translation>Lägg in &amp;skattning</translation>
        </message>
        <message>
            <source>&amp;Worklist</source>
            <translation>&amp;Arbetslista</translation>
        </message>
        <message>
            <source>W&amp;eek</source>
            <translation>&amp;Vecka</translation>
        </message>
        <message>
            <source>E&amp;pisodes</source>
            <translation>E&amp;pisoder</translation>
        </message>
        <message>
            <source>Open on the week &amp;view</source>
            <translation>Öppna i veckovyn vid &amp;start</translation>
        </message>
        <message>
            <source>&amp;Log contact for selected…</source>
            <translation>Logga kontakt för &amp;markerade…</translation>
        </message>
        <message>
            <source>Log for selected</source>
            <translation>Logga för markerade</translation>
        </message>
        <message>
            <source>EHR is d&amp;own</source>
            <translation>&amp;Journalsystemet ligger nere</translation>
        </message>
        <message>
            <source>Se&amp;ttings</source>
            <translation>&amp;Inställningar</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>Sök</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>A&amp;vsluta</translation>
        </message>
        <message>
            <source>E&amp;xport and print…</source>
            <translation>E&amp;xportera och skriv ut…</translation>
        </message>
        <message>
            <source>&amp;Print episode summary…</source>
            <translation>Skriv &amp;ut sammanfattning av episod…</translation>
        </message>
        <message>
            <source>Copy &amp;registration</source>
            <translation>Kopiera re&amp;gistrering</translation>
        </message>
        <message>
            <source>Copy note s&amp;keleton</source>
            <translation>Kopiera &amp;anteckningsmall</translation>
        </message>
        <message>
            <source>&amp;User guide</source>
            <translation>&amp;Användarhandbok</translation>
        </message>
        <message>
            <source>&amp;About kbtdesk</source>
            <translation>&amp;Om kbtdesk</translation>
        </message>
        <message>
            <source>&amp;Lock now</source>
            <translation>&amp;Lås nu</translation>
        </message>
        <message>
            <source>Show &amp;log extract for this patient…</source>
            <translation>Visa lo&amp;ggutdrag för patienten…</translation>
        </message>
        <message>
            <source>Export and print</source>
            <translation>Exportera och skriv ut</translation>
        </message>
        <message>
            <source>&amp;Reopen episode</source>
            <translation>&amp;Återöppna episod</translation>
        </message>
        <message>
            <source>Change &amp;ending…</source>
            <translation>Ändra &amp;avslut…</translation>
        </message>
        <message>
            <source>&amp;Delete episode…</source>
            <translation>&amp;Ta bort episod…</translation>
        </message>
        <message>
            <source>Re&amp;name patient…</source>
            <translation>&amp;Byt namn på patient…</translation>
        </message>
        <message>
            <source>Correct &amp;identity number…</source>
            <translation>Rätta &amp;identitetsnummer…</translation>
        </message>
        <message>
            <source>Edit &amp;score…</source>
            <translation>Ändra &amp;skattning…</translation>
        </message>
        <message>
            <source>Delete s&amp;core</source>
            <translation>Ta bort s&amp;kattning</translation>
        </message>
        <message>
            <source>Undo {what}</source>
            <translation>Ångra {what}</translation>
        </message>
        <message>
            <source>Redo {what}</source>
            <translation>Gör om {what}</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Arkiv</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Visa</translation>
        </message>
        <message>
            <source>&amp;Corrections</source>
            <translation>Rä&amp;ttelser</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hjälp</translation>
        </message>
        <message>
            <source>Switch on while the EHR or network is down: contacts you log are kept on the worklist until you have entered them.</source>
            <translation>Slå på när journalsystemet eller nätverket ligger nere: kontakter som du loggar ligger kvar i arbetslistan tills du har fört in dem.</translation>
        </message>
        <message>
            <source>The EHR is down: contacts you log now are marked for entry later. Switch “EHR is down” off when it is back; the worklist then shows them.</source>
            <translation>Journalsystemet ligger nere: kontakter som du loggar nu markeras för att föras in senare. Slå av ”Journalsystemet ligger nere” när det fungerar igen; arbetslistan visar då kontakterna.</translation>
        </message>
        <message>
            <source>Outage mode is on</source>
            <translation>Driftstoppsläget är på</translation>
        </message>
        <message>
            <source>Open checklist items</source>
            <translation>Öppna uppgifter i checklistorna</translation>
        </message>
        <message>
            <source>Worklist: still to journal, register or transfer</source>
            <translation>Arbetslista: kvar att journalföra, registrera eller överföra</translation>
        </message>
        <message>
            <source>&amp;Back to episodes</source>
            <translation>Till&amp;baka till episoderna</translation>
        </message>
        <message>
            <source>Back to episodes</source>
            <translation>Tillbaka till episoderna</translation>
        </message>
        <message>
            <source>DEMO</source>
            <translation>DEMO</translation>
        </message>
        <message>
            <source>Demo log with fictitious data</source>
            <translation>Demologg med fiktiva uppgifter</translation>
        </message>
        <message>
            <source>Log: {path}</source>
            <translation>Logg: {path}</translation>
        </message>
        <message>
            <source>Where the log is stored</source>
            <translation>Var loggen är sparad</translation>
        </message>
        <message>
            <source>Lock</source>
            <translation>Lås</translation>
        </message>
        <message>
            <source>The log is open read-only</source>
            <translation>Loggen är öppen skrivskyddad</translation>
        </message>
        <message>
            <source>The log is on a network drive. kbtdesk works there, but whether another computer is kept out while you write depends on the server. A log on this computer, with backups to the network drive, is safer.</source>
            <translation>Loggen ligger på en nätverksenhet. kbtdesk fungerar där, men om andra datorer hålls utestängda medan du skriver beror på servern. En logg på den här datorn, med säkerhetskopior på nätverksenheten, är säkrare.</translation>
        </message>
        <message>
            <source>The log is on a network drive</source>
            <translation>Loggen ligger på en nätverksenhet</translation>
        </message>
        <message>
            <source>Newest backup</source>
            <translation>Senaste säkerhetskopia</translation>
        </message>
        <message>
            <source>Open items: {n}</source>
            <translation>Att göra: {n}</translation>
        </message>
        <message>
            <source>Choose an episode first.</source>
            <translation>Välj en episod först.</translation>
        </message>
        <message>
            <source>Delete contact</source>
            <translation>Ta bort kontakt</translation>
        </message>
        <message>
            <source>Delete the contact of {when}? You can undo this with Ctrl+Z.</source>
            <translation>Vill du ta bort kontakten från {when}? Du kan ångra det med Ctrl+Z.</translation>
        </message>
        <message>
            <source>Contact deleted. Ctrl+Z brings it back.</source>
            <translation>Kontakten är borttagen. Ctrl+Z tar tillbaka den.</translation>
        </message>
        <message>
            <source>Choose a contact first.</source>
            <translation>Välj en kontakt först.</translation>
        </message>
        <message>
            <source>Copied the registration: {text}</source>
            <translation>Registreringen är kopierad: {text}</translation>
        </message>
        <message>
            <source>Copied the note skeleton ({template}).</source>
            <translation>Anteckningsmallen är kopierad ({template}).</translation>
        </message>
        <message>
            <source>Read-only: this log is open for reading only, nothing you do here is saved.</source>
            <translation>Skrivskyddad: loggen är bara öppen för läsning, inget du gör här sparas.</translation>
        </message>
        <message>
            <source>It is in use by {user} on {host} (process {pid}) since {since}.</source>
            <translation>Den används av {user} på {host} (process {pid}) sedan {since}.</translation>
        </message>
        <message>
            <source>Continue the contact?</source>
            <translation>Fortsätta med kontakten?</translation>
        </message>
        <message>
            <source>A contact you were entering was kept when the window locked. Continue?</source>
            <translation>En kontakt som du höll på att föra in sparades när fönstret låstes. Vill du fortsätta med den?</translation>
        </message>
        <message>
            <source>The episode or contact of the kept checklist is no longer in the log.</source>
            <translation>Episoden eller kontakten i den sparade checklistan finns inte längre i loggen.</translation>
        </message>
        <message>
            <source>Newest backup: none yet</source>
            <translation>Senaste säkerhetskopia: ingen än</translation>
        </message>
        <message>
            <source>Newest backup: {time}</source>
            <translation>Senaste säkerhetskopia: {time}</translation>
        </message>
        <message>
            <source>1 failed unlock attempt since {time}</source>
            <translation>1 misslyckat försök att låsa upp sedan {time}</translation>
        </message>
        <message>
            <source>{n} failed unlock attempts since {time}</source>
            <translation>{n} misslyckade försök att låsa upp sedan {time}</translation>
        </message>
        <message>
            <source>Choose one or more episodes first.</source>
            <extracomment>Where the window opens when the user has not chosen (tests of the episode list set the episodes).</extracomment>
            <translation>Välj först en eller flera episoder.</translation>
        </message>
        <message>
            <source>1 contact logged. Ctrl+Z removes it.</source>
            <translation>1 kontakt loggad. Ctrl+Z tar bort den.</translation>
        </message>
        <message>
            <source>{n} contacts logged. Ctrl+Z removes them all.</source>
            <translation>{n} kontakter loggade. Ctrl+Z tar bort alla.</translation>
        </message>
    </context>
    <context>
        <name>MeasuresModel</name>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Scale</source>
            <translation>Skala</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Poäng</translation>
        </message>
        <message>
            <source>Flag</source>
            <translation>Flagga</translation>
        </message>
        <message>
            <source>⚑ {item}: {value}</source>
            <translation>⚑ {item}: {value}</translation>
        </message>
    </context>
    <context>
        <name>NewEpisodeDialog</name>
        <message>
            <source>New episode</source>
            <translation>Ny behandlingsepisod</translation>
        </message>
        <message>
            <source>Identity number</source>
            <translation>Identitetsnummer</translation>
        </message>
        <message>
            <source>personnummer, samordningsnummer or reservnummer</source>
            <translation>personnummer, samordningsnummer eller reservnummer</translation>
        </message>
        <message>
            <source>Patient's name</source>
            <translation>Patientens namn</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Program</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>Startdatum</translation>
        </message>
        <message>
            <source>&amp;Identity number:</source>
            <translation>&amp;Identitetsnummer:</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Namn:</translation>
        </message>
        <message>
            <source>&amp;Programme:</source>
            <translation>&amp;Program:</translation>
        </message>
        <message>
            <source>&amp;Start date:</source>
            <translation>Start&amp;datum:</translation>
        </message>
        <message>
            <source>&amp;Start episode</source>
            <translation>&amp;Starta episod</translation>
        </message>
        <message>
            <source>Patient in the log: {name}</source>
            <translation>Patient i loggen: {name}</translation>
        </message>
        <message>
            <source>New patient: enter the name below.</source>
            <translation>Ny patient: skriv namnet nedan.</translation>
        </message>
        <message>
            <source>{findings}

Start this episode anyway?</source>
            <translation>{findings}

Starta episoden ändå?</translation>
        </message>
        <message>
            <source>Second active episode</source>
            <translation>Andra pågående episod</translation>
        </message>
    </context>
    <context>
        <name>NewPassphraseForm</name>
        <message>
            <source>Passphrase</source>
            <translation>Lösenfras</translation>
        </message>
        <message>
            <source>Repeat passphrase</source>
            <translation>Upprepa lösenfrasen</translation>
        </message>
        <message>
            <source>New passphrase</source>
            <translation>Ny lösenfras</translation>
        </message>
        <message>
            <source>Repeat new passphrase</source>
            <translation>Upprepa den nya lösenfrasen</translation>
        </message>
        <message>
            <source>P&amp;assphrase:</source>
            <translation>&amp;Lösenfras:</translation>
        </message>
        <message>
            <source>&amp;New passphrase:</source>
            <translation>&amp;Ny lösenfras:</translation>
        </message>
        <message>
            <source>&amp;Repeat:</source>
            <extracomment>Words anyone nearby would try first (care unit, therapist's name; never patient data), given to the strength check: a passphrase made of them is refused.</extracomment>
            <translation>&amp;Upprepa:</translation>
        </message>
        <message>
            <source>Strength:</source>
            <translation>Styrka:</translation>
        </message>
    </context>
    <context>
        <name>Operations</name>
        <message>
            <source>Cancel</source>
            <extracomment>Work that ends sooner than this never shows its progress dialog.</extracomment>
            <translation>Avbryt</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Förlopp</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Avbryter…</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <source>Cannot print or export</source>
            <extracomment>Rows freed at a time once a report is written (`_let_go`). The preview shows a page at about its printed size: A4 is 210 mm wide, 794 px at 96 dpi. Room around the page in the preview (toolbar, scroll bar, margins), in pixels. Share of the screen the preview may take.</extracomment>
            <translation>Det går inte att skriva ut eller exportera</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Skriv ut</translation>
        </message>
        <message>
            <source>Laying out the pages…</source>
            <translation>Delar upp rapporten i sidor…</translation>
        </message>
        <message>
            <source>Painting the pages…</source>
            <translation>Ritar sidorna…</translation>
        </message>
        <message>
            <source>Print preview – {title}</source>
            <translation>Förhandsgranskning – {title}</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>CSV for Excel (*.csv)</source>
            <translation>CSV för Excel (*.csv)</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportera</translation>
        </message>
        <message>
            <source>Reading the log…</source>
            <translation>Läser loggen…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <source>Writing {file}…</source>
            <translation>Skriver {file}…</translation>
        </message>
        <message>
            <source>Cannot write {file}: {reason}. Nothing was written.</source>
            <translation>Det går inte att skriva {file}: {reason}. Inget skrevs.</translation>
        </message>
    </context>
    <context>
        <name>ProgrammeLengths</name>
        <message>
            <source>Planned length of each programme</source>
            <translation>Planerad längd för varje program</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Program</translation>
        </message>
        <message>
            <source>Planned weeks</source>
            <translation>Planerade veckor</translation>
        </message>
        <message>
            <source>Planned weeks of {programme}</source>
            <translation>Planerade veckor för {programme}</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>okänd</translation>
        </message>
    </context>
    <context>
        <name>RecoveryCodeDialog</name>
        <message>
            <source>Your recovery code</source>
            <extracomment>Locking the window closes every dialog but this one: the code is shown only once.</extracomment>
            <translation>Din återställningskod</translation>
        </message>
        <message>
            <source>The used recovery code no longer works. This is your new one. </source>
            <translation>Den använda återställningskoden fungerar inte längre. Här är din nya. </translation>
        </message>
        <message>
            <source>If you forget your passphrase, this code is the only way into your log. It is shown only now. Write it down or print it, and keep it apart from this computer (not in a file on it).</source>
            <translation>Om du glömmer din lösenfras är den här koden det enda sättet att komma in i loggen. Den visas bara nu. Skriv ned den eller skriv ut den, och förvara den skild från den här datorn (inte i en fil på datorn).</translation>
        </message>
        <message>
            <source>Recovery code</source>
            <translation>Återställningskod</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>Skriv &amp;ut…</translation>
        </message>
        <message>
            <source>Print the recovery code</source>
            <translation>Skriv ut återställningskoden</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Kopiera</translation>
        </message>
        <message>
            <source>Copy the recovery code</source>
            <translation>Kopiera återställningskoden</translation>
        </message>
        <message>
            <source>No printer that prints on paper is set up on this computer: write the code down by hand.</source>
            <translation>Ingen skrivare som skriver ut på papper är installerad på den här datorn: skriv av koden för hand.</translation>
        </message>
        <message>
            <source>I have &amp;written down or printed the recovery code</source>
            <translation>Jag har &amp;skrivit ned eller skrivit ut återställningskoden</translation>
        </message>
        <message>
            <source>I have written down or printed the recovery code</source>
            <translation>Jag har skrivit ned eller skrivit ut återställningskoden</translation>
        </message>
        <message>
            <source>C&amp;ontinue</source>
            <translation>&amp;Fortsätt</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Fortsätt</translation>
        </message>
        <message>
            <source>Copied. Paste it where it is safe, then clear the clipboard.</source>
            <translation>Kopierat. Klistra in koden där den förvaras säkert och töm sedan urklipp.</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <source>Set a new passphrase with the recovery code</source>
            <translation>Ange en ny lösenfras med återställningskoden</translation>
        </message>
        <message>
            <source>Type the recovery code you wrote down when the log was created (case, spaces and dashes do not matter), then choose a new passphrase. Afterwards you get a new recovery code: the one you type here stops working.</source>
            <translation>Skriv in återställningskoden som du skrev ned när loggen skapades (stora eller små bokstäver, mellanslag och bindestreck spelar ingen roll) och välj sedan en ny lösenfras. Efteråt får du en ny återställningskod: den du skriver in här slutar att fungera.</translation>
        </message>
        <message>
            <source>Recovery code</source>
            <translation>Återställningskod</translation>
        </message>
        <message>
            <source>Recovery &amp;code:</source>
            <translation>Återställnings&amp;kod:</translation>
        </message>
        <message>
            <source>&amp;Set passphrase</source>
            <translation>&amp;Spara lösenfras</translation>
        </message>
    </context>
    <context>
        <name>RecoverySheet</name>
        <message>
            <source>kbtdesk: recovery code</source>
            <extracomment>Printers whose name says they write a file (Windows' "Microsoft Print to PDF", "… XPS Document Writer", "OneNote", CUPS-PDF): not paper, so never offered for the recovery code.</extracomment>
            <translation>kbtdesk: återställningskod</translation>
        </message>
        <message>
            <source>Made on</source>
            <translation>Skapad</translation>
        </message>
        <message>
            <source>Care unit</source>
            <translation>Vårdenhet</translation>
        </message>
        <message>
            <source>Log</source>
            <translation>Logg</translation>
        </message>
        <message>
            <source>The log is encrypted: only its passphrase opens it. If the passphrase is forgotten, this code sets a new one. Nothing else can, not even IT.</source>
            <translation>Loggen är krypterad: bara dess lösenfras öppnar den. Om lösenfrasen glöms bort kan den här koden sätta en ny. Inget annat kan det, inte ens IT-avdelningen.</translation>
        </message>
        <message>
            <source>Keep this sheet locked away, apart from the computer and its bag. Do not photograph it, scan it or save it in a file.</source>
            <translation>Förvara arket inlåst, skilt från datorn och datorväskan. Fotografera inte arket, skanna det inte och spara det inte i en fil.</translation>
        </message>
        <message>
            <source>Whoever has this sheet and the log file can read the log: keep it as safe as the patients' records.</source>
            <translation>Den som har det här arket och loggfilen kan läsa loggen: förvara det lika säkert som patientjournaler.</translation>
        </message>
        <message>
            <source>If you forget the passphrase: start kbtdesk, choose “Forgot passphrase?”, type this code and choose a new passphrase.</source>
            <translation>Om du glömmer lösenfrasen: starta kbtdesk, välj ”Glömt lösenfrasen?”, skriv in koden och välj en ny lösenfras.</translation>
        </message>
        <message>
            <source>The code then stops working and kbtdesk shows a new one: print or write down that one, and shred this sheet.</source>
            <translation>Koden slutar då att gälla och kbtdesk visar en ny: skriv ut eller skriv av den nya och förstör det här arket i en dokumentförstörare.</translation>
        </message>
        <message>
            <source>What the code is for</source>
            <translation>Vad koden är till för</translation>
        </message>
        <message>
            <source>What to do with this sheet</source>
            <translation>Så gör du med det här arket</translation>
        </message>
        <message>
            <source>“{printer}” saves a file instead of printing on paper. A recovery code in a file on this computer is found by whoever gets at the computer. Print to it anyway?</source>
            <translation>”{printer}” sparar en fil i stället för att skriva ut på papper. En återställningskod i en fil på den här datorn hittas av den som kommer åt datorn. Skriva ut dit ändå?</translation>
        </message>
    </context>
    <context>
        <name>RegistrationStep</name>
        <message>
            <source>Registration</source>
            <translation>Registrering</translation>
        </message>
        <message>
            <source>Register the contact in {system}.</source>
            <translation>Registrera kontakten i {system}.</translation>
        </message>
        <message>
            <source>Register the contact in {system} as in {routine}.</source>
            <translation>Registrera kontakten i {system} enligt {routine}.</translation>
        </message>
        <message>
            <source>Contact type:</source>
            <translation>Kontakttyp:</translation>
        </message>
        <message>
            <source>KVÅ codes:</source>
            <translation>KVÅ-koder:</translation>
        </message>
        <message>
            <source>Te&amp;xt to copy:</source>
            <translation>&amp;Text att kopiera:</translation>
        </message>
        <message>
            <source>Registration text</source>
            <translation>Registreringstext</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>K&amp;opiera</translation>
        </message>
        <message>
            <source>Copy the registration text to the clipboard</source>
            <translation>Kopiera registreringstexten till urklipp</translation>
        </message>
        <message>
            <source>Re&amp;gistered in {system}</source>
            <translation>Kontakten är &amp;registrerad i {system}</translation>
        </message>
        <message>
            <source>Contact registered in {system}</source>
            <translation>Kontakten är registrerad i {system}</translation>
        </message>
        <message>
            <source>This contact ends the treatment: transfer the episode to SibeR via Medrave. See “Lathund för överföring via Medrave till SibeR”. The transfer stays on the worklist until you tick it there.</source>
            <translation>Kontakten avslutar behandlingen: för över episoden till SibeR via Medrave. Se ”Lathund för överföring via Medrave till SibeR”. Överföringen ligger kvar i arbetslistan tills du bockar av den där.</translation>
        </message>
        <message>
            <source>Set your unit's code under Settings › Unit.</source>
            <translation>Ange enhetens kod under Inställningar › Enhet.</translation>
        </message>
        <message>
            <source>none</source>
            <translation>inga</translation>
        </message>
        <message>
            <source>Copied.</source>
            <translation>Kopierat.</translation>
        </message>
    </context>
    <context>
        <name>RenamePatientDialog</name>
        <message>
            <source>Rename patient</source>
            <translation>Byt namn på patient</translation>
        </message>
        <message>
            <source>New name</source>
            <translation>Nytt namn</translation>
        </message>
        <message>
            <source>Now:</source>
            <translation>Nu:</translation>
        </message>
        <message>
            <source>&amp;New name:</source>
            <translation>&amp;Nytt namn:</translation>
        </message>
        <message>
            <source>Every episode of the patient shows the new name at once; the log extract records the change.</source>
            <translation>Patientens alla episoder visar det nya namnet direkt; loggutdraget visar ändringen.</translation>
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation>&amp;Byt namn</translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message>
            <source>Page {page} of {pages}</source>
            <extracomment>A table cell: ``str`` is literal (user data, codes), ``Message`` is translated when rendered, a tuple of messages is shown joined by "; " (two flags on one day). Drawn on every page by the page layout; Swedish comes from the catalogue.</extracomment>
            <translation>Sida {page} av {pages}</translation>
        </message>
        <message>
            <source>Printed from kbtdesk – does not replace the journal</source>
            <translation>Utskrift från kbtdesk – ersätter inte journalen</translation>
        </message>
        <message>
            <source>Printed {time}</source>
            <translation>Utskriven {time}</translation>
        </message>
        <message>
            <source>Yes</source>
            <extracomment>False: only in the CSV (copy texts, dates of first/last scores) to keep the printed page readable. False: only in print (a layout of values the CSV holds in columns of their own). Never wrapped in print: dates, times, identity numbers. A heading over consecutive printed columns of the same group ("Contacts" over BR, TB, …). The heading in print when it differs from the CSV's (under a group heading, shorter). Row indexes shown emphasised in print (not registered, flagged score, …). Row indexes of totals (bold in print). Per value: drawn as a warning (MADRS-S item 9 ≥ 4). x axis of a bar chart (months); of a line chart, the ISO date of each value. Top of the y axis: the instrument's own maximum, 100 for percentages. A line chart's x positions: the dates of its values (time runs evenly along the axis). Body text size in print; the layout goes smaller only when a table needs it. Index into `sections` of the table that CSV output writes. Whom the report is about, printed in the header of every page (patient, episode): a page of a long summary must say whose it is once it is out of the folder. Whose data the report holds (patient ids): recorded with the export in the audit trail.</extracomment>
            <translation>Ja</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Nej</translation>
        </message>
        <message>
            <source>Date: {date}</source>
            <translation>Datum: {date}</translation>
        </message>
        <message>
            <source>Period: {start} – {end}</source>
            <translation>Period: {start} – {end}</translation>
        </message>
        <message>
            <source>Not registered</source>
            <extracomment>Rows between two progress reports / cancel checks.</extracomment>
            <translation>Ej registrerad</translation>
        </message>
        <message>
            <source>Not done</source>
            <translation>Ej klar</translation>
        </message>
        <message>
            <source>Date</source>
            <extracomment>Rows between two progress reports / cancel checks (tests patch it to see every batch).</extracomment>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Entry</source>
            <translation>Nr</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Tid</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Händelse</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Post</translation>
        </message>
        <message>
            <source>Record id</source>
            <translation>Post-id</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Användare</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>Detaljer</translation>
        </message>
        <message>
            <source>No entries.</source>
            <translation>Inga händelser.</translation>
        </message>
        <message>
            <source>Patient</source>
            <translation>Patient</translation>
        </message>
        <message>
            <source>Identity number</source>
            <translation>Identitetsnummer</translation>
        </message>
        <message>
            <source>Entries</source>
            <translation>Händelser</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Every recorded change, export and print of this patient's data in this log, oldest first. The entries name records by id, never by name; an export of a list (registration list, SibeR basis, coverage, the whole log) is listed for every patient it held.</source>
            <translation>Varje registrerad ändring, export och utskrift av den här patientens uppgifter i loggen, äldst först. Händelserna anger poster med id, aldrig med namn; en export av en lista (registreringslista, underlag för SibeR, täckningsgrad, hela loggen) står med för varje patient som fanns i den.</translation>
        </message>
        <message>
            <source>Log extract</source>
            <translation>Loggutdrag</translation>
        </message>
        <message>
            <source>Contact type</source>
            <translation>Kontakttyp</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>Besöksform</translation>
        </message>
        <message>
            <source>KVÅ codes</source>
            <translation>KVÅ-koder</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>Registrerad</translation>
        </message>
        <message>
            <source>Registration text</source>
            <translation>Registreringstext</translation>
        </message>
        <message>
            <source>{instrument} (max {max})</source>
            <translation>{instrument} (max {max})</translation>
        </message>
        <message>
            <source>Register in</source>
            <translation>Registreras i</translation>
        </message>
        <message>
            <source>Episode</source>
            <translation>Episod</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Kontakt</translation>
        </message>
        <message>
            <source>No contacts in the period.</source>
            <extracomment>The registration list's rows: first the cells that go into the report as they come (date, time and registration date cut to size here), then what the shape texts and the row need. The same rows counted, for the progress bar, without reading most of them: a contact whose UTC time is at least a day after `start` and before `end` has its local date in the period (offsets are −12…+14 hours), so those are counted in the index alone; only the edges (up to two days at each end) are read to check their local date.</extracomment>
            <translation>Inga kontakter under perioden.</translation>
        </message>
        <message>
            <source>Registration list: not yet registered</source>
            <translation>Registreringslista: ännu inte registrerade</translation>
        </message>
        <message>
            <source>Registration list</source>
            <translation>Registreringslista</translation>
        </message>
        <message>
            <source>{count} contacts, {pending} not registered.</source>
            <translation>{count} kontakter, varav {pending} ej registrerade.</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Genomförd</translation>
        </message>
        <message>
            <source>Dropped out</source>
            <translation>Avbruten</translation>
        </message>
        <message>
            <source>Other reason</source>
            <translation>Annan orsak</translation>
        </message>
        <message>
            <source>No contact is marked as final</source>
            <translation>Ingen kontakt är markerad som avslutande</translation>
        </message>
        <message>
            <source>Final contact without {code}</source>
            <translation>Avslutande kontakt utan {code}</translation>
        </message>
        <message>
            <source>Final contact with {code}</source>
            <translation>Avslutande kontakt med {code}</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Fel</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Varning</translation>
        </message>
        <message>
            <source>Date and time</source>
            <translation>Datum och tid</translation>
        </message>
        <message>
            <source>Min</source>
            <translation>Min</translation>
        </message>
        <message>
            <source>Journal</source>
            <translation>Journal</translation>
        </message>
        <message>
            <source>Final</source>
            <translation>Avslutande</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Anteckning</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Allvarlighetsgrad</translation>
        </message>
        <message>
            <source>Finding</source>
            <translation>Avvikelse</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Skäl</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Poäng</translation>
        </message>
        <message>
            <source>Flag</source>
            <translation>Flagga</translation>
        </message>
        <message>
            <source>{instrument} item {item}: {value} (flag at {threshold} or more)</source>
            <translation>{instrument} fråga {item}: {value} (flagga vid {threshold} eller mer)</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Program</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Startad</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Avslutad</translation>
        </message>
        <message>
            <source>Ongoing, week {week}</source>
            <translation>Pågår, vecka {week}</translation>
        </message>
        <message>
            <source>Therapist</source>
            <translation>Behandlare</translation>
        </message>
        <message>
            <source>Care unit</source>
            <translation>Vårdenhet</translation>
        </message>
        <message>
            <source>EHR</source>
            <translation>Journalsystem</translation>
        </message>
        <message>
            <source>Judged by rule set</source>
            <translation>Bedömd av regeluppsättning</translation>
        </message>
        <message>
            <source>Note on the rule set</source>
            <translation>Om regeluppsättningen</translation>
        </message>
        <message>
            <source>No contacts yet.</source>
            <translation>Inga kontakter än.</translation>
        </message>
        <message>
            <source>No findings: the contacts follow the routine's rules.</source>
            <translation>Inga avvikelser: kontakterna följer rutinens regler.</translation>
        </message>
        <message>
            <source>No rating-scale scores.</source>
            <translation>Inga skattningar.</translation>
        </message>
        <message>
            <source>Red: item {item} at {threshold} or more.</source>
            <translation>Rött: fråga {item} på {threshold} eller mer.</translation>
        </message>
        <message>
            <source>Not ended</source>
            <translation>Ej avslutad</translation>
        </message>
        <message>
            <source>End reason</source>
            <translation>Avslutsorsak</translation>
        </message>
        <message>
            <source>Final contact</source>
            <translation>Avslutande kontakt</translation>
        </message>
        <message>
            <source>SibeR start documented</source>
            <translation>Behandlingsstart för SibeR dokumenterad</translation>
        </message>
        <message>
            <source>Not documented</source>
            <translation>Ej dokumenterad</translation>
        </message>
        <message>
            <source>SibeR transfer (Medrave)</source>
            <translation>Överföring till SibeR (Medrave)</translation>
        </message>
        <message>
            <source>Not transferred</source>
            <translation>Ej överförd</translation>
        </message>
        <message>
            <source>Episode summary</source>
            <translation>Sammanfattning av episod</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Kontakter</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Anteckningar</translation>
        </message>
        <message>
            <source>Rule findings</source>
            <translation>Avvikelser från rutinen</translation>
        </message>
        <message>
            <source>Rating scales</source>
            <translation>Skattningsskalor</translation>
        </message>
        <message>
            <source>Ending and SibeR transfer</source>
            <translation>Avslut och överföring till SibeR</translation>
        </message>
        <message>
            <source>A basis for the transfer to SibeR via Medrave, not SibeR's own format (which is not known): check each value against your unit's lathund before you enter it.</source>
            <translation>Ett underlag för överföringen till SibeR via Medrave, inte SibeR:s eget format (som inte är känt): kontrollera varje värde mot din enhets lathund innan du för in det.</translation>
        </message>
        <message>
            <source>First
Last</source>
            <translation>Första
Sista</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Slut</translation>
        </message>
        <message>
            <source>Contacts: {type}</source>
            <translation>Kontakter: {type}</translation>
        </message>
        <message>
            <source>Contacts in all</source>
            <translation>Kontakter totalt</translation>
        </message>
        <message>
            <source>Therapist minutes</source>
            <translation>Behandlarminuter</translation>
        </message>
        <message>
            <source>{instrument} first</source>
            <translation>{instrument} första</translation>
        </message>
        <message>
            <source>{instrument} first date</source>
            <translation>{instrument} första datum</translation>
        </message>
        <message>
            <source>{instrument} last</source>
            <translation>{instrument} senaste</translation>
        </message>
        <message>
            <source>{instrument} last date</source>
            <translation>{instrument} senaste datum</translation>
        </message>
        <message>
            <source>Transferred to SibeR</source>
            <translation>Överförd till SibeR</translation>
        </message>
        <message>
            <source>No ended episodes in the selection.</source>
            <translation>Inga avslutade episoder i urvalet.</translation>
        </message>
        <message>
            <source>SibeR basis</source>
            <translation>Underlag för SibeR</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Månad</translation>
        </message>
        <message>
            <source>of logged contacts</source>
            <extracomment>Heading of the measure's group in print and of its count in the CSV. The CSV's heading of the denominator and of the percentage. What a gap in it means for the region's coverage figure.</extracomment>
            <translation>av loggade kontakter</translation>
        </message>
        <message>
            <source>of ended episodes</source>
            <translation>av avslutade episoder</translation>
        </message>
        <message>
            <source>Registered contacts</source>
            <translation>Registrerade kontakter</translation>
        </message>
        <message>
            <source>% registered</source>
            <translation>% registrerade</translation>
        </message>
        <message>
            <source>Only registered contacts reach the region's statistics: a contact logged here but not registered is missing from every figure, coverage included.</source>
            <translation>Bara registrerade kontakter når regionens statistik: en kontakt som loggats här men inte registrerats saknas i varje siffra, också i täckningsgraden.</translation>
        </message>
        <message>
            <source>Journaled contacts</source>
            <translation>Journalförda kontakter</translation>
        </message>
        <message>
            <source>% journaled</source>
            <translation>% journalförda</translation>
        </message>
        <message>
            <source>Medrave takes what SibeR gets from the journal notes: a contact without a note written with the template is missing from the quality registry.</source>
            <translation>Medrave hämtar det som SibeR får ur journalanteckningarna: en kontakt utan en anteckning skriven med mallen saknas i kvalitetsregistret.</translation>
        </message>
        <message>
            <source>Distance contacts with {code}</source>
            <translation>Distanskontakter med {code}</translation>
        </message>
        <message>
            <source>of distance contacts</source>
            <translation>av distanskontakter</translation>
        </message>
        <message>
            <source>% with {code}</source>
            <translation>% med {code}</translation>
        </message>
        <message>
            <source>The routine asks for {code} at every distance contact so that coverage is correct: each one without it lowers the region's figure. Imported contacts and contacts logged during an outage can lack it.</source>
            <translation>Rutinen kräver {code} vid varje distanskontakt för att täckningsgraden ska bli korrekt: varje kontakt utan koden sänker regionens siffra. Importerade kontakter och kontakter loggade under driftstopp kan sakna den.</translation>
        </message>
        <message>
            <source>Visits with {code}</source>
            <translation>Besök med {code}</translation>
        </message>
        <message>
            <source>of visits</source>
            <translation>av besök</translation>
        </message>
        <message>
            <source>The routine asks for {code} on every contact of a type that counts as a visit (administrative contacts do not): a visit without it is missing from the region's figures for that code. Imported contacts and contacts logged during an outage can lack it.</source>
            <translation>Rutinen kräver {code} på varje kontakt av en typ som räknas som besök (administrativa kontakter gör inte det): ett besök utan koden saknas i regionens siffror för den koden. Importerade kontakter och kontakter loggade under driftstopp kan sakna den.</translation>
        </message>
        <message>
            <source>Ended episodes with {code} registered</source>
            <translation>Avslutade episoder med {code} registrerad</translation>
        </message>
        <message>
            <source>An ended treatment counts as ended in the statistics only when a contact with {code} is registered: without it the episode stays open there.</source>
            <translation>En behandling räknas som avslutad i statistiken först när en kontakt med {code} är registrerad: utan den står episoden kvar som pågående där.</translation>
        </message>
        <message>
            <source>Ended episodes transferred to SibeR</source>
            <translation>Avslutade episoder överförda till SibeR</translation>
        </message>
        <message>
            <source>% transferred</source>
            <translation>% överförda</translation>
        </message>
        <message>
            <source>An ended episode not transferred via Medrave is missing from SibeR, and lowers the registry's coverage for the unit.</source>
            <translation>En avslutad episod som inte överförts via Medrave saknas i SibeR och sänker registrets täckningsgrad för enheten.</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Antal</translation>
        </message>
        <message>
            <source>Of</source>
            <translation>Av</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Totalt</translation>
        </message>
        <message>
            <source>Coverage per month (%)</source>
            <translation>Täckningsgrad per månad (%)</translation>
        </message>
        <message>
            <source>Contacts count in the month of their own local date, episodes in the month they ended, each judged by the version of the rule set valid on that date. An empty percentage means nothing to count that month.</source>
            <translation>Kontakter räknas i månaden för sitt eget lokala datum, episoder i månaden de avslutades, var och en bedömd av den version av regeluppsättningen som gäller det datumet. En tom procentsats betyder att det inte fanns något att räkna den månaden.</translation>
        </message>
        <message>
            <source>Contacts or episodes before {date}, when the oldest version of the rule set begins, were judged by that version ({rules}).</source>
            <translation>Kontakter eller episoder före {date}, då regeluppsättningens äldsta version börjar gälla, har bedömts av den versionen ({rules}).</translation>
        </message>
        <message>
            <source>Contacts or episodes after {date}, the last day of the newest version of the rule set, were judged by that version ({rules}): is a newer rule file missing?</source>
            <translation>Kontakter eller episoder efter {date}, den sista dagen för regeluppsättningens nyaste version, har bedömts av den versionen ({rules}): saknas en nyare regelfil?</translation>
        </message>
        <message>
            <source>What the figures mean</source>
            <translation>Vad siffrorna betyder</translation>
        </message>
        <message>
            <source>Coverage (täckningsgrad)</source>
            <translation>Täckningsgrad</translation>
        </message>
        <message>
            <source>[Shortened in print: {shown} of {total} characters. The whole text is in the log and in the CSV.]</source>
            <extracomment>User text longer than this is cut in print, with a note saying so.</extracomment>
            <translation>[Förkortad i utskriften: {shown} av {total} tecken. Hela texten finns i loggen och i CSV-filen.]</translation>
        </message>
    </context>
    <context>
        <name>RulesProblem</name>
        <message>
            <source>chosen with --rules</source>
            <extracomment>Problems listed in the box itself; the rest are under "Show Details…" (a broken file can have hundreds).</extracomment>
            <translation>vald med --rules</translation>
        </message>
        <message>
            <source>chosen with the environment variable KBTDESK_RULES</source>
            <translation>vald med miljövariabeln KBTDESK_RULES</translation>
        </message>
        <message>
            <source>bundled with kbtdesk</source>
            <translation>den som följer med kbtdesk</translation>
        </message>
        <message>
            <source>kbtdesk cannot use the unit configuration {file}, so it does not start.</source>
            <translation>kbtdesk kan inte använda enhetens konfiguration {file} och startar därför inte.</translation>
        </message>
        <message>
            <source>The unit's settings (unit.json) are deployed by your IT department or written by your unit: ask them to correct the file. The command “kbtdesk rules show” names the files kbtdesk reads.</source>
            <translation>Enhetens inställningar (unit.json) installeras av IT-avdelningen eller skrivs av enheten: be dem rätta filen. Kommandot ”kbtdesk rules show” visar vilka filer kbtdesk läser.</translation>
        </message>
        <message>
            <source>kbtdesk cannot use the rule set {file} ({chosen}), so it does not start: it would check your contacts against a routine it cannot read.</source>
            <translation>kbtdesk kan inte använda regeluppsättningen {file} ({chosen}) och startar därför inte: den skulle kontrollera dina kontakter mot en rutin den inte kan läsa.</translation>
        </message>
        <message>
            <source>Ask whoever maintains your region's or unit's rule file to correct it; the command “kbtdesk rules check {file}” lists every problem. Without --rules and KBTDESK_RULES kbtdesk uses the rule set it was installed with.</source>
            <translation>Be den som förvaltar regionens eller enhetens regelfil att rätta den; kommandot ”kbtdesk rules check {file}” listar varje fel. Utan --rules och KBTDESK_RULES använder kbtdesk den regeluppsättning som installerades med programmet.</translation>
        </message>
        <message>
            <source>The rule set installed with kbtdesk is damaged: install kbtdesk again (your log is not touched), or ask your IT department to.</source>
            <translation>Regeluppsättningen som installerades med kbtdesk är skadad: installera kbtdesk igen (loggen påverkas inte), eller be IT-avdelningen göra det.</translation>
        </message>
        <message>
            <source>What is wrong (where in the file: what):</source>
            <translation>Fel i filen (var: vad som är fel):</translation>
        </message>
        <message>
            <source>… and {count} more (Show Details...)</source>
            <translation>… och {count} till (Visa detaljer...)</translation>
        </message>
        <message>
            <source>kbtdesk cannot start</source>
            <translation>kbtdesk kan inte starta</translation>
        </message>
    </context>
    <context>
        <name>ScoreDialog</name>
        <message>
            <source>Record score</source>
            <translation>Lägg in skattning</translation>
        </message>
        <message>
            <source>Rating scale</source>
            <translation>Skattningsskala</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Total score</source>
            <translation>Totalpoäng</translation>
        </message>
        <message>
            <source>Item scores</source>
            <translation>Poäng per fråga</translation>
        </message>
        <message>
            <source>optional, separated by spaces: 2 3 1 …</source>
            <translation>valfritt, med mellanslag emellan: 2 3 1 …</translation>
        </message>
        <message>
            <source>&amp;Rating scale:</source>
            <translation>&amp;Skattningsskala:</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Datum:</translation>
        </message>
        <message>
            <source>&amp;Total:</source>
            <translation>&amp;Totalpoäng:</translation>
        </message>
        <message>
            <source>&amp;Item scores:</source>
            <translation>&amp;Poäng per fråga:</translation>
        </message>
        <message>
            <source>&amp;Save score</source>
            <translation>Spa&amp;ra skattning</translation>
        </message>
        <message>
            <source>{n} items, each {lo}–{hi}; total 0–{max}.</source>
            <translation>{n} frågor, var och en {lo}–{hi}; totalt 0–{max}.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Inställningar</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Ditt namn</translation>
        </message>
        <message>
            <source>Profession</source>
            <translation>Yrke</translation>
        </message>
        <message>
            <source>Care unit</source>
            <translation>Vårdenhet</translation>
        </message>
        <message>
            <source>Care level</source>
            <translation>Vårdnivå</translation>
        </message>
        <message>
            <source>EHR system</source>
            <translation>Journalsystem</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Språk</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Namn:</translation>
        </message>
        <message>
            <source>&amp;Profession:</source>
            <translation>&amp;Yrke:</translation>
        </message>
        <message>
            <source>Care &amp;unit:</source>
            <translation>&amp;Vårdenhet:</translation>
        </message>
        <message>
            <source>Care &amp;level:</source>
            <translation>Vårdn&amp;ivå:</translation>
        </message>
        <message>
            <source>&amp;EHR system:</source>
            <translation>&amp;Journalsystem:</translation>
        </message>
        <message>
            <source>Lan&amp;guage:</source>
            <translation>&amp;Språk:</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>Profil</translation>
        </message>
        <message>
            <source>Lock the window after minutes without use</source>
            <translation>Lås fönstret efter så här många minuter utan aktivitet</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>&amp;Lock after:</source>
            <translation>&amp;Lås efter:</translation>
        </message>
        <message>
            <source>After this many minutes without a key press or mouse movement the window hides all patient data and asks for the passphrase. Ctrl+L locks at once.</source>
            <translation>Efter så här många minuter utan tangenttryckning eller musrörelse döljer fönstret alla patientuppgifter och frågar efter lösenfrasen. Ctrl+L låser direkt.</translation>
        </message>
        <message>
            <source>C&amp;hange passphrase…</source>
            <translation>&amp;Byt lösenfras…</translation>
        </message>
        <message>
            <source>Change passphrase</source>
            <translation>Byt lösenfras</translation>
        </message>
        <message>
            <source>Security</source>
            <translation>Säkerhet</translation>
        </message>
        <message>
            <source>Headings of the journal note skeleton, one per line. They are a suggestion: adjust them to your unit's lathund.</source>
            <translation>Rubrikerna i anteckningsmallen, en per rad. De är ett förslag: justera dem efter din enhets lathund.</translation>
        </message>
        <message>
            <source>Template headings for {ehr}</source>
            <translation>Mallrubriker för {ehr}</translation>
        </message>
        <message>
            <source>Templates</source>
            <translation>Journalmallar</translation>
        </message>
        <message>
            <source>The programmes offered for a new episode, one per line.</source>
            <translation>De program som går att välja för en ny episod, ett per rad.</translation>
        </message>
        <message>
            <source>Programmes</source>
            <translation>Program</translation>
        </message>
        <message>
            <source>Planned length in weeks: the week view asks for the closing visit once an episode reaches it (unknown: no prompt).</source>
            <translation>Planerad längd i veckor: veckovyn påminner om det avslutande besöket när en episod når den (okänd: ingen påminnelse).</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>Spa&amp;ra</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Enhet</translation>
        </message>
        <message>
            <source>The passphrase was changed. Use the new one from now on.</source>
            <translation>Lösenfrasen är bytt. Använd den nya från och med nu.</translation>
        </message>
        <message>
            <source>The registration code was not saved: {problem}</source>
            <translation>Registreringskoden sparades inte: {problem}</translation>
        </message>
    </context>
    <context>
        <name>SetupDialog</name>
        <message>
            <source>Create your kbtdesk log</source>
            <translation>Skapa din kbtdesk-logg</translation>
        </message>
        <message>
            <source>No log was found. Tell kbtdesk who you are and choose a passphrase: the log is encrypted, and the passphrase is what opens it.</source>
            <translation>Ingen logg hittades. Berätta för kbtdesk vem du är och välj en lösenfras: loggen krypteras, och det är lösenfrasen som öppnar den.</translation>
        </message>
        <message>
            <source>The log will be created at: {path}</source>
            <translation>Loggen skapas här: {path}</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Ditt namn</translation>
        </message>
        <message>
            <source>Profession</source>
            <translation>Yrke</translation>
        </message>
        <message>
            <source>e.g. psychologist</source>
            <translation>t.ex. psykolog</translation>
        </message>
        <message>
            <source>Care unit</source>
            <translation>Vårdenhet</translation>
        </message>
        <message>
            <source>Care level</source>
            <translation>Vårdnivå</translation>
        </message>
        <message>
            <source>EHR system</source>
            <translation>Journalsystem</translation>
        </message>
        <message>
            <source>At least {n} characters. A few unrelated words are easy to remember and hard to guess. Next, kbtdesk shows a recovery code: if you forget the passphrase, that code is the only way into the log. You print it or write it down, and keep it apart from this computer.</source>
            <translation>Minst {n} tecken. Några ord som inte hör ihop är lätta att komma ihåg och svåra att gissa. Sedan visar kbtdesk en återställningskod: om du glömmer lösenfrasen är koden det enda sättet att komma in i loggen. Du skriver ut den eller skriver av den och förvarar den skild från den här datorn.</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Namn:</translation>
        </message>
        <message>
            <source>&amp;Profession:</source>
            <translation>&amp;Yrke:</translation>
        </message>
        <message>
            <source>Care &amp;unit:</source>
            <translation>&amp;Vårdenhet:</translation>
        </message>
        <message>
            <source>Care &amp;level:</source>
            <translation>Vårdn&amp;ivå:</translation>
        </message>
        <message>
            <source>&amp;EHR system:</source>
            <translation>&amp;Journalsystem:</translation>
        </message>
        <message>
            <source>&amp;Create log</source>
            <translation>&amp;Skapa logg</translation>
        </message>
    </context>
    <context>
        <name>StrengthMeter</name>
        <message>
            <source>Passphrase strength</source>
            <translation>Lösenfrasens styrka</translation>
        </message>
        <message>
            <source>Too short</source>
            <translation>För kort</translation>
        </message>
        <message>
            <source>Weak</source>
            <translation>Svag</translation>
        </message>
        <message>
            <source>Fair</source>
            <translation>Godtagbar</translation>
        </message>
        <message>
            <source>Good</source>
            <translation>Bra</translation>
        </message>
        <message>
            <source>Strong</source>
            <translation>Stark</translation>
        </message>
    </context>
    <context>
        <name>TrendChart</name>
        <message>
            <source>Score trend</source>
            <extracomment>The dates under the plot at the last paint: (date, left x, width), left to right.</extracomment>
            <translation>Poängutveckling</translation>
        </message>
        <message>
            <source>No scores yet</source>
            <translation>Inga skattningar än</translation>
        </message>
    </context>
    <context>
        <name>Undo</name>
        <message>
            <source>contact</source>
            <translation>kontakt</translation>
        </message>
        <message>
            <source>{n} contacts</source>
            <translation>{n} kontakter</translation>
        </message>
        <message>
            <source>deletion</source>
            <extracomment>How often the window asks the backup policy whether a backup is due (it decides itself).</extracomment>
            <translation>borttagning</translation>
        </message>
        <message>
            <source>reopening</source>
            <translation>återöppning</translation>
        </message>
        <message>
            <source>ending</source>
            <translation>avslut</translation>
        </message>
        <message>
            <source>renaming</source>
            <translation>namnbyte</translation>
        </message>
        <message>
            <source>identity number</source>
            <translation>identitetsnummer</translation>
        </message>
        <message>
            <source>score</source>
            <translation>skattning</translation>
        </message>
        <message>
            <source>ticks</source>
            <translation>avbockning</translation>
        </message>
    </context>
    <context>
        <name>UnitSettingsPage</name>
        <message>
            <source>These values come from your unit's configuration. A value marked as fixed can only be changed by whoever manages the file (usually IT).</source>
            <translation>Värdena kommer från enhetens konfiguration. Ett värde som är låst kan bara ändras av den som förvaltar filen (oftast IT).</translation>
        </message>
        <message>
            <source>No unit configuration is installed. The values below come from the rule set; your unit's IT can deploy a unit.json to set them for every workstation.</source>
            <translation>Ingen enhetskonfiguration är installerad. Värdena nedan kommer från regeluppsättningen; enhetens IT kan dela ut en unit.json som sätter dem för alla arbetsstationer.</translation>
        </message>
        <message>
            <source>Machine-wide file (deployed by IT): {path}</source>
            <translation>Fil för hela datorn (utdelad av IT): {path}</translation>
        </message>
        <message>
            <source>Your own file: {path}</source>
            <translation>Din egen fil: {path}</translation>
        </message>
        <message>
            <source>Values set by your unit</source>
            <translation>Värden som enheten sätter</translation>
        </message>
        <message>
            <source>Setting</source>
            <translation>Inställning</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Värde</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Från</translation>
        </message>
        <message>
            <source>You may change it</source>
            <translation>Du får ändra</translation>
        </message>
        <message>
            <source>Days without feedback before an episode is due</source>
            <translation>Dagar utan återkoppling innan en episod är aktuell</translation>
        </message>
        <message>
            <source> days</source>
            <translation> dagar</translation>
        </message>
        <message>
            <source>&amp;No feedback after:</source>
            <translation>&amp;Ingen återkoppling efter:</translation>
        </message>
        <message>
            <source>none (adjust to your unit)</source>
            <translation>ingen (justera efter din enhet)</translation>
        </message>
        <message>
            <source>{name} ({weeks} weeks)</source>
            <translation>{name} ({weeks} veckor)</translation>
        </message>
        <message>
            <source>allowed</source>
            <translation>tillåtna</translation>
        </message>
        <message>
            <source>suggested</source>
            <translation>föreslås</translation>
        </message>
        <message>
            <source>Template headings (number per EHR)</source>
            <translation>Mallrubriker (antal per journalsystem)</translation>
        </message>
        <message>
            <source>Registration codes per contact type</source>
            <translation>Registreringskoder per kontakttyp</translation>
        </message>
        <message>
            <source>Programmes (planned weeks)</source>
            <translation>Program (planerade veckor)</translation>
        </message>
        <message>
            <source>Extra KVÅ codes</source>
            <translation>Extra KVÅ-koder</translation>
        </message>
        <message>
            <source>none</source>
            <translation>inga</translation>
        </message>
        <message>
            <source>rule set (default)</source>
            <translation>regeluppsättningen (standard)</translation>
        </message>
        <message>
            <source>your unit (machine-wide)</source>
            <translation>din enhet (hela datorn)</translation>
        </message>
        <message>
            <source>your own file</source>
            <translation>din egen fil</translation>
        </message>
        <message>
            <source>no: only in unit.json</source>
            <translation>nej: bara i unit.json</translation>
        </message>
        <message>
            <source>no: fixed by your unit</source>
            <translation>nej: låst av enheten</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>Registration code for {type}</source>
            <translation>Registreringskod för {type}</translation>
        </message>
        <message>
            <source>Registration code, {type}:</source>
            <translation>Registreringskod, {type}:</translation>
        </message>
        <message>
            <source>Set by your unit's machine-wide file; it cannot be changed here.</source>
            <translation>Satt av enhetens gemensamma fil för datorn; den kan inte ändras här.</translation>
        </message>
        <message>
            <source>Saved in your own unit.json ({path}); shown in the registration text from the next start of kbtdesk.</source>
            <translation>Sparas i din egen unit.json ({path}); syns i registreringstexten från nästa start av kbtdesk.</translation>
        </message>
        <message>
            <source>Set by your unit ({path}); it cannot be changed here.</source>
            <translation>Satt av din enhet ({path}); kan inte ändras här.</translation>
        </message>
        <message>
            <source>Your unit's values ({path}); you may adjust them for yourself.</source>
            <translation>Enhetens värden ({path}); du får justera dem för dig själv.</translation>
        </message>
    </context>
    <context>
        <name>Unlock</name>
        <message>
            <source>Wrong passphrase. Nothing was changed.</source>
            <extracomment>A key file is a few hundred bytes; anything much bigger is not one (and is not parsed).</extracomment>
            <translation>Fel lösenfras. Ingenting har ändrats.</translation>
        </message>
        <message>
            <source>That recovery code does not open this log. Nothing was changed.</source>
            <translation>Återställningskoden öppnar inte den här loggen. Ingenting har ändrats.</translation>
        </message>
        <message>
            <source>The key file {path} has no recovery code.</source>
            <translation>Nyckelfilen {path} har ingen återställningskod.</translation>
        </message>
        <message>
            <source>The key file {path} is damaged ({detail}); the passphrase was not tried. Every backup has a copy of its key file beside it (the backup's name + .key).</source>
            <translation>Nyckelfilen {path} är skadad ({detail}); lösenfrasen prövades inte. Varje säkerhetskopia har en kopia av sin nyckelfil bredvid sig (säkerhetskopians namn + .key).</translation>
        </message>
        <message>
            <source>The passphrase must have at least {n} characters.</source>
            <extracomment>Cheap parameters for tests only; never used by the program itself. The most a key file may ask for: what kbtdesk itself writes. A file asking for more (2^31 passes would hang the unlock for hours) is refused as damaged without running the KDF.</extracomment>
            <translation>Lösenfrasen måste ha minst {n} tecken.</translation>
        </message>
        <message>
            <source>The two passphrases are not the same.</source>
            <translation>De två lösenfraserna är inte likadana.</translation>
        </message>
        <message>
            <source>The key file {path} is missing: the log cannot be opened without it.</source>
            <translation>Nyckelfilen {path} saknas: loggen kan inte öppnas utan den.</translation>
        </message>
        <message>
            <source>The key file {path} cannot be read ({reason}).</source>
            <translation>Nyckelfilen {path} går inte att läsa ({reason}).</translation>
        </message>
        <message>
            <source>{path} is not a kbtdesk key file.</source>
            <translation>{path} är inte en nyckelfil för kbtdesk.</translation>
        </message>
        <message>
            <source>The key file {path} was written by a newer kbtdesk. Update kbtdesk to open it.</source>
            <translation>Nyckelfilen {path} är skriven av en nyare version av kbtdesk. Uppdatera kbtdesk för att öppna den.</translation>
        </message>
        <message>
            <source>The passphrase repeats the same characters or words: it is easy to guess. Use several unrelated words.</source>
            <extracomment>zxcvbn's score 3 starts at 10^8 guesses (8 digits); below that a passphrase is refused.</extracomment>
            <translation>Lösenfrasen upprepar samma tecken eller ord: den är lätt att gissa. Använd flera ord som inte hör ihop.</translation>
        </message>
        <message>
            <source>The passphrase is a sequence such as abcd or 1234: it is easy to guess. Use several unrelated words.</source>
            <translation>Lösenfrasen är en följd som abcd eller 1234: den är lätt att gissa. Använd flera ord som inte hör ihop.</translation>
        </message>
        <message>
            <source>The passphrase follows the keyboard (like qwerty): it is easy to guess. Use several unrelated words.</source>
            <translation>Lösenfrasen följer tangentbordet (som qwerty): den är lätt att gissa. Använd flera ord som inte hör ihop.</translation>
        </message>
        <message>
            <source>The passphrase is or holds a date or a year: it is easy to guess. Use several unrelated words.</source>
            <translation>Lösenfrasen är eller innehåller ett datum eller ett årtal: den är lätt att gissa. Använd flera ord som inte hör ihop.</translation>
        </message>
        <message>
            <source>The passphrase holds your name or your care unit's: anyone nearby would try those first. Use several unrelated words.</source>
            <translation>Lösenfrasen innehåller ditt namn eller din vårdenhets: det är det första någon i närheten skulle pröva. Använd flera ord som inte hör ihop.</translation>
        </message>
        <message>
            <source>The passphrase is a common word or password, or close to one: it is easy to guess. Add more unrelated words.</source>
            <translation>Lösenfrasen är ett vanligt ord eller lösenord, eller nästan: den är lätt att gissa. Lägg till fler ord som inte hör ihop.</translation>
        </message>
        <message>
            <source>The passphrase is too easy to guess. Use three or four unrelated words, or a longer sentence only you would think of.</source>
            <translation>Lösenfrasen är för lätt att gissa. Använd tre eller fyra ord som inte hör ihop, eller en längre mening som bara du skulle komma på.</translation>
        </message>
    </context>
    <context>
        <name>UnlockDialog</name>
        <message>
            <source>Unlock kbtdesk</source>
            <translation>Lås upp kbtdesk</translation>
        </message>
        <message>
            <source>Log: {path}</source>
            <translation>Logg: {path}</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Lösenfras</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Lösenfras:</translation>
        </message>
        <message>
            <source>Forgot passphrase?</source>
            <translation>Glömt lösenfrasen?</translation>
        </message>
        <message>
            <source>Forgot passphrase? Use the recovery code</source>
            <translation>Glömt lösenfrasen? Använd återställningskoden</translation>
        </message>
        <message>
            <source>Open &amp;read-only</source>
            <translation>Öppna &amp;skrivskyddad</translation>
        </message>
        <message>
            <source>Open the log read-only</source>
            <translation>Öppna loggen skrivskyddad</translation>
        </message>
        <message>
            <source>Restore the newest good &amp;backup</source>
            <translation>Återställ den senaste felfria säkerhets&amp;kopian</translation>
        </message>
        <message>
            <source>Restore the newest good backup</source>
            <translation>Återställ den senaste felfria säkerhetskopian</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>Lås &amp;upp</translation>
        </message>
        <message>
            <source>No good backup was found in the backups folder. Nothing was changed.</source>
            <translation>Ingen felfri säkerhetskopia hittades i mappen för säkerhetskopior. Ingenting har ändrats.</translation>
        </message>
        <message>
            <source>The newest good backup was restored. The damaged log was kept as:
{path}</source>
            <translation>Den senaste felfria säkerhetskopian har återställts. Den skadade loggen har sparats som:
{path}</translation>
        </message>
        <message>
            <source>The newest good backup was restored.</source>
            <translation>Den senaste felfria säkerhetskopian har återställts.</translation>
        </message>
        <message>
            <source>Log restored</source>
            <translation>Loggen är återställd</translation>
        </message>
    </context>
    <context>
        <name>Week</name>
        <message>
            <source>{instrument} item {item} at {value} ({date})</source>
            <extracomment>Most pressing first; the rows sort by the weight of what is due on them.</extracomment>
            <translation>{instrument} fråga {item}: {value} ({date})</translation>
        </message>
        <message>
            <source>Closing visit due: week {week} of {planned}</source>
            <translation>Dags för avslutande besök: vecka {week} av {planned}</translation>
        </message>
        <message>
            <source>No feedback for {days} days</source>
            <translation>Ingen återkoppling på {days} dagar</translation>
        </message>
        <message>
            <source>SibeR: start not documented</source>
            <translation>SibeR: start ej dokumenterad</translation>
        </message>
        <message>
            <source>No feedback yet, {days} days since the start</source>
            <translation>Ingen återkoppling än, {days} dagar sedan starten</translation>
        </message>
    </context>
    <context>
        <name>WeekModel</name>
        <message>
            <source>Patient</source>
            <extracomment>Between the due items of one row: each is a short sentence of its own.</extracomment>
            <translation>Patient</translation>
        </message>
        <message>
            <source>Identity no.</source>
            <translation>Identitetsnr</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Program</translation>
        </message>
        <message>
            <source>Week</source>
            <translation>Vecka</translation>
        </message>
        <message>
            <source>Last contact</source>
            <translation>Senaste kontakt</translation>
        </message>
        <message>
            <source>Days since feedback</source>
            <translation>Dagar sedan återkoppling</translation>
        </message>
        <message>
            <source>Due now</source>
            <translation>Att göra nu</translation>
        </message>
        <message>
            <source>none yet</source>
            <extracomment>Display texts of a row, made the first time it is painted (thousands of rows at a clinic).</extracomment>
            <translation>ingen ännu</translation>
        </message>
        <message>
            <source>Week {week} of {planned} planned</source>
            <translation>Vecka {week} av {planned} planerade</translation>
        </message>
    </context>
    <context>
        <name>WeekView</name>
        <message>
            <source>This week: what is due</source>
            <translation>Veckan: det som ska göras</translation>
        </message>
        <message>
            <source>Active episodes, the most due first</source>
            <translation>Aktiva episoder, det mest angelägna först</translation>
        </message>
        <message>
            <source>Select several rows (Shift or Ctrl and click, Ctrl+A for all) to log a contact for each at once. Enter or a double-click opens the episode.</source>
            <translation>Markera flera rader (Skift eller Ctrl och klick, Ctrl+A för alla) för att logga en kontakt för var och en på en gång. Enter eller dubbelklick öppnar episoden.</translation>
        </message>
        <message>
            <source>No active episodes. Start one with Ctrl+Shift+N.</source>
            <translation>Inga aktiva episoder. Starta en med Ctrl+Skift+N.</translation>
        </message>
        <message>
            <source>{n} active</source>
            <translation>{n} aktiva</translation>
        </message>
        <message>
            <source>feedback due: {n}</source>
            <translation>återkoppling: {n}</translation>
        </message>
        <message>
            <source>closing visits: {n}</source>
            <translation>avslutande besök: {n}</translation>
        </message>
        <message>
            <source>SibeR start: {n}</source>
            <translation>SibeR-start: {n}</translation>
        </message>
        <message>
            <source>flags: {n}</source>
            <translation>flaggor: {n}</translation>
        </message>
    </context>
    <context>
        <name>WindowCorrections</name>
        <message>
            <source>Choose an episode first.</source>
            <translation>Välj en episod först.</translation>
        </message>
        <message>
            <source>Episode deleted. Ctrl+Z brings it back.</source>
            <translation>Episoden är borttagen. Ctrl+Z tar tillbaka den.</translation>
        </message>
        <message>
            <source>Episode reopened. Ctrl+Z ends it again.</source>
            <translation>Episoden är återöppnad. Ctrl+Z avslutar den igen.</translation>
        </message>
        <message>
            <source>Ending changed. Ctrl+Z brings back the earlier one.</source>
            <translation>Avslutet är ändrat. Ctrl+Z tar tillbaka det förra.</translation>
        </message>
        <message>
            <source>Patient renamed. Ctrl+Z brings back the earlier name.</source>
            <translation>Patienten har bytt namn. Ctrl+Z tar tillbaka det förra namnet.</translation>
        </message>
        <message>
            <source>Identity number corrected. Ctrl+Z brings back the earlier one.</source>
            <translation>Identitetsnumret är rättat. Ctrl+Z tar tillbaka det förra.</translation>
        </message>
        <message>
            <source>Choose a score first.</source>
            <translation>Välj en skattning först.</translation>
        </message>
        <message>
            <source>Score changed. Ctrl+Z brings back the earlier one.</source>
            <translation>Skattningen är ändrad. Ctrl+Z tar tillbaka den förra.</translation>
        </message>
        <message>
            <source>Delete the {scale} score {score} of {date}? You can undo this with Ctrl+Z.</source>
            <translation>Ta bort skattningen {scale} {score} från {date}? Du kan ångra med Ctrl+Z.</translation>
        </message>
        <message>
            <source>Delete score</source>
            <translation>Ta bort skattning</translation>
        </message>
        <message>
            <source>Score deleted. Ctrl+Z brings it back.</source>
            <translation>Skattningen är borttagen. Ctrl+Z tar tillbaka den.</translation>
        </message>
    </context>
    <context>
        <name>WorklistModel</name>
        <message>
            <source>Journal note not written</source>
            <translation>Journalanteckning ej skriven</translation>
        </message>
        <message>
            <source>Not registered</source>
            <translation>Ej registrerad</translation>
        </message>
        <message>
            <source>Ending not registered</source>
            <translation>Avslut ej registrerat</translation>
        </message>
        <message>
            <source>Not transferred to SibeR</source>
            <translation>Ej överförd till SibeR</translation>
        </message>
        <message>
            <source>Date and time</source>
            <translation>Datum och tid</translation>
        </message>
        <message>
            <source>Patient</source>
            <translation>Patient</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Program</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Codes</source>
            <translation>Koder</translation>
        </message>
        <message>
            <source>Journal</source>
            <translation>Journal</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>Registrerad</translation>
        </message>
        <message>
            <source>SibeR</source>
            <translation>SibeR</translation>
        </message>
        <message>
            <source>Outage</source>
            <translation>Driftstopp</translation>
        </message>
        <message>
            <source>Click, or press Space, to tick or untick (Ctrl+Z undoes it).</source>
            <extracomment>The WorklistRow of a row. Display texts per row, made the first time the row is painted. Row number by record (contact, or episode for a SibeR row): a tick finds its row at once.</extracomment>
            <translation>Klicka, eller tryck på mellanslag, för att bocka i eller ur (Ctrl+Z ångrar).</translation>
        </message>
        <message>
            <source>Logged while the EHR was down: enter it in the EHR, then tick it.</source>
            <translation>Loggad medan journalsystemet låg nere: för in den i journalsystemet och bocka sedan av den.</translation>
        </message>
        <message>
            <source>Journal note written</source>
            <translation>Journalanteckningen är skriven</translation>
        </message>
        <message>
            <source>Ending registered</source>
            <translation>Avslutet registrerat</translation>
        </message>
        <message>
            <source>Transferred to SibeR</source>
            <translation>Överförd till SibeR</translation>
        </message>
        <message>
            <source>Episode ended</source>
            <translation>Episoden avslutad</translation>
        </message>
    </context>
    <context>
        <name>WorklistWidget</name>
        <message>
            <source>Worklist</source>
            <extracomment>Something was ticked or unticked here (already written). The change core wrote (core.ticks.TicksChanged): the window puts it on its undo stack. Rows ticked in this session, by row_id: they stay listed (ticked) until the filter changes. The ticks a row came with and those ticked on it in this session, for the rows ticked here (any other row: what it has open). Space and the buttons act on these, never on a tick set long ago that the row did not list. The rest of a long list, read just after its first screenful is shown.</extracomment>
            <translation>Arbetslista</translation>
        </message>
        <message>
            <source>Per&amp;iod:</source>
            <translation>P&amp;eriod:</translation>
        </message>
        <message>
            <source>Open items</source>
            <translation>Öppna uppgifter</translation>
        </message>
        <message>
            <source>&amp;Mark done</source>
            <translation>&amp;Markera som klar</translation>
        </message>
        <message>
            <source>&amp;Reopen</source>
            <translation>Öppna &amp;igen</translation>
        </message>
        <message>
            <source>All</source>
            <extracomment>Rows the view has at first and adds per fetchMore as it scrolls to the end: thousands of open contacts at a clinic's scale, and the view should lay out and paint only what it shows.</extracomment>
            <translation>Alla</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>Den här veckan</translation>
        </message>
        <message>
            <source>Last week</source>
            <translation>Förra veckan</translation>
        </message>
        <message>
            <source>This month</source>
            <translation>Den här månaden</translation>
        </message>
        <message>
            <source>Last month</source>
            <translation>Förra månaden</translation>
        </message>
        <message>
            <source>What is still to be entered in other systems, one row per contact. Click a tick, or select rows and press Space, once it is done; Ctrl+Z undoes a tick.</source>
            <translation>Det som ännu ska föras in i andra system, en rad per kontakt. Klicka på en bock, eller markera rader och tryck på mellanslag, när det är gjort; Ctrl+Z ångrar en bock.</translation>
        </message>
        <message>
            <source>&amp;Patient:</source>
            <translation>&amp;Patient:</translation>
        </message>
        <message>
            <source>name or identity number</source>
            <translation>namn eller personnummer</translation>
        </message>
        <message>
            <source>Show the worklist of the patients found by name or identity number</source>
            <translation>Visa arbetslistan för patienterna som hittas på namn eller personnummer</translation>
        </message>
        <message>
            <source>Period of the contacts shown</source>
            <translation>Period för kontakterna som visas</translation>
        </message>
        <message>
            <source>Only contacts logged during an &amp;outage</source>
            <translation>Endast kontakter loggade under &amp;driftstopp</translation>
        </message>
        <message>
            <source>Show only contacts logged during an outage</source>
            <translation>Visa endast kontakter loggade under driftstopp</translation>
        </message>
        <message>
            <source>Tick everything open on the selected rows</source>
            <translation>Bocka i allt som är öppet på de markerade raderna</translation>
        </message>
        <message>
            <source>Reopen what was ticked on the selected rows</source>
            <translation>Öppna igen det som bockats i på de markerade raderna</translation>
        </message>
        <message>
            <source>Nothing to do: every contact is journaled and registered, every ended episode transferred.</source>
            <translation>Inget att göra: alla kontakter är journalförda och registrerade och alla avslutade episoder är överförda.</translation>
        </message>
        <message>
            <source>Nothing open matches the filter.</source>
            <translation>Inget öppet matchar filtret.</translation>
        </message>
        <message>
            <source>1 row with something open</source>
            <translation>1 rad med något öppet</translation>
        </message>
        <message>
            <source>{n} rows with something open</source>
            <translation>{n} rader med något öppet</translation>
        </message>
        <message>
            <source>1 open item</source>
            <translation>1 öppen uppgift</translation>
        </message>
        <message>
            <source>{n} open items</source>
            <translation>{n} öppna uppgifter</translation>
        </message>
        <message>
            <source>1 logged during an outage</source>
            <translation>1 loggad under driftstopp</translation>
        </message>
        <message>
            <source>{n} logged during an outage</source>
            <translation>{n} loggade under driftstopp</translation>
        </message>
    </context>
    <context>
        <name>argparse</name>
        <message>
            <source>usage: </source>
            <extracomment>argparse's words that a user meets (Python 3.11-3.13), for lupdate to find and translators to fill. The %-placeholders must stay as they are in a translation.</extracomment>
            <translation>användning: </translation>
        </message>
        <message>
            <source>positional arguments</source>
            <translation>positionsargument</translation>
        </message>
        <message>
            <source>options</source>
            <translation>flaggor</translation>
        </message>
        <message>
            <source>show this help message and exit</source>
            <translation>visa den här hjälptexten och avsluta</translation>
        </message>
        <message>
            <source>show program's version number and exit</source>
            <translation>visa programmets versionsnummer och avsluta</translation>
        </message>
        <message>
            <source>%(prog)s: error: %(message)s
</source>
            <translation>%(prog)s: fel: %(message)s
</translation>
        </message>
        <message>
            <source>the following arguments are required: %s</source>
            <translation>följande argument krävs: %s</translation>
        </message>
        <message>
            <source>unrecognized arguments: %s</source>
            <translation>okända argument: %s</translation>
        </message>
        <message>
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>ogiltigt val: %(value)r (välj bland %(choices)s)</translation>
        </message>
        <message>
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>argument %(argument_name)s: %(message)s</translation>
        </message>
        <message>
            <source>invalid %(type)s value: %(value)r</source>
            <translation>ogiltigt %(type)s-värde: %(value)r</translation>
        </message>
        <message>
            <source>expected one argument</source>
            <translation>ett argument väntades</translation>
        </message>
        <message>
            <source>expected at least one argument</source>
            <translation>minst ett argument väntades</translation>
        </message>
        <message>
            <source>expected at most one argument</source>
            <translation>högst ett argument väntades</translation>
        </message>
        <message>
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>tvetydig flagga: %(option)s kan betyda %(matches)s</translation>
        </message>
        <message>
            <source>not allowed with argument %s</source>
            <translation>inte tillåtet tillsammans med argumentet %s</translation>
        </message>
        <message>
            <source>one of the arguments %s is required</source>
            <translation>ett av argumenten %s krävs</translation>
        </message>
        <message>
            <source>ignored explicit argument %r</source>
            <translation>ignorerade uttryckligt argument %r</translation>
        </message>
    </context>
</TS>