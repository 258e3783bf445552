<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <location filename="../kbtdesk/ui/about.py" line="88" />
            <source>About kbtdesk</source>
            <extracomment>The bundled parts and their licences, as their projects state them.</extracomment>
            <translation>About kbtdesk</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/about.py" line="94" />
            <source>kbtdesk {version}</source>
            <translation>kbtdesk {version}</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/about.py" line="99" />
            <location filename="../kbtdesk/ui/about.py" line="110" />
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/about.py" line="101" />
            <source>A checklist and encrypted log for internet CBT (KBT på nätet).
It never connects to a network and does not replace the journal.</source>
            <translation>A checklist and encrypted log for internet CBT (KBT på nätet).
It never connects to a network and does not replace the journal.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/about.py" line="104" />
            <source>What kbtdesk is</source>
            <translation>What kbtdesk is</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/about.py" line="107" />
            <source>Rule set</source>
            <translation>Rule set</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/about.py" line="108" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/about.py" line="109" />
            <source>Id</source>
            <translation>Id</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/about.py" line="111" />
            <source>Valid from</source>
            <translation>Valid from</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/about.py" line="112" />
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/about.py" line="114" />
            <source>Files</source>
            <translation>Files</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/about.py" line="115" />
            <source>Log</source>
            <translation>Log</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/about.py" line="116" />
            <source>Key file</source>
            <translation>Key file</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/about.py" line="117" />
            <source>Backups</source>
            <translation>Backups</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/about.py" line="119" />
            <source>Software</source>
            <translation>Software</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/about.py" line="124" />
            <location filename="../kbtdesk/ui/about.py" line="126" />
            <source>Licences</source>
            <translation>Licences</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/about.py" line="129" />
            <source>Licences of kbtdesk and the parts it bundles</source>
            <translation>Licences of kbtdesk and the parts it bundles</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/about.py" line="137" />
            <source>Close</source>
            <translation>Close</translation>
        </message>
    </context>
    <context>
        <name>Audit</name>
        <message>
            <location filename="../kbtdesk/core/audit.py" line="66" />
            <source>created</source>
            <translation>created</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/audit.py" line="67" />
            <source>changed</source>
            <translation>changed</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/audit.py" line="68" />
            <source>deleted</source>
            <translation>deleted</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/audit.py" line="69" />
            <source>imported</source>
            <translation>imported</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/audit.py" line="70" />
            <source>exported</source>
            <translation>exported</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/audit.py" line="71" />
            <source>printed</source>
            <translation>printed</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/audit.py" line="72" />
            <source>restored</source>
            <translation>restored</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/audit.py" line="73" />
            <source>unlocked</source>
            <translation>unlocked</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/audit.py" line="74" />
            <source>unlocked read-only</source>
            <translation>unlocked read-only</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/audit.py" line="75" />
            <source>wrong passphrase</source>
            <translation>wrong passphrase</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/audit.py" line="76" />
            <source>unlocked with the recovery code</source>
            <translation>unlocked with the recovery code</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/audit.py" line="77" />
            <source>passphrase changed</source>
            <translation>passphrase changed</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/audit.py" line="78" />
            <source>log format updated</source>
            <translation>log format updated</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/audit.py" line="79" />
            <source>damaged write-ahead file set aside</source>
            <translation>damaged write-ahead file set aside</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/audit.py" line="82" />
            <source>patient</source>
            <translation>patient</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/audit.py" line="83" />
            <source>episode</source>
            <translation>episode</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/audit.py" line="84" />
            <source>contact</source>
            <translation>contact</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/audit.py" line="85" />
            <source>score</source>
            <translation>score</translation>
        </message>
    </context>
    <context>
        <name>AuditTrailDialog</name>
        <message>
            <location filename="../kbtdesk/ui/audit_view.py" line="103" />
            <source>Log extract for this patient</source>
            <translation>Log extract for this patient</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/audit_view.py" line="108" />
            <source>Every recorded change, export and print of this patient's data in this log, oldest first ({n} entries). The entries name records by id, never by name.</source>
            <translation>Every recorded change, export and print of this patient's data in this log, oldest first ({n} entries). The entries name records by id, never by name.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/audit_view.py" line="115" />
            <source>Log entries</source>
            <translation>Log entries</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/audit_view.py" line="125" />
            <source>&amp;Hide the last four digits of the identity number</source>
            <translation>&amp;Hide the last four digits of the identity number</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/audit_view.py" line="126" />
            <source>Hide the identity number</source>
            <translation>Hide the identity number</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/audit_view.py" line="129" />
            <source>Pre&amp;view…</source>
            <translation>Pre&amp;view…</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/audit_view.py" line="130" />
            <source>Print preview of the log extract</source>
            <translation>Print preview of the log extract</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/audit_view.py" line="131" />
            <source>&amp;Print…</source>
            <translation>&amp;Print…</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/audit_view.py" line="132" />
            <source>Print the log extract</source>
            <translation>Print the log extract</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/audit_view.py" line="133" />
            <source>Save P&amp;DF…</source>
            <translation>Save P&amp;DF…</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/audit_view.py" line="134" />
            <source>Save the log extract as PDF</source>
            <translation>Save the log extract as PDF</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/audit_view.py" line="144" />
            <source>&amp;Close</source>
            <translation>&amp;Close</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/audit_view.py" line="146" />
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/audit_view.py" line="178" />
            <source>log-extract</source>
            <translation>log-extract</translation>
        </message>
    </context>
    <context>
        <name>AuditTrailModel</name>
        <message>
            <location filename="../kbtdesk/ui/audit_view.py" line="51" />
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/audit_view.py" line="52" />
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/audit_view.py" line="53" />
            <source>Record</source>
            <translation>Record</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/audit_view.py" line="54" />
            <source>By</source>
            <translation>By</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/audit_view.py" line="55" />
            <source>Detail</source>
            <translation>Detail</translation>
        </message>
    </context>
    <context>
        <name>BackupRunner</name>
        <message>
            <location filename="../kbtdesk/ui/backup_runner.py" line="71" />
            <location filename="../kbtdesk/ui/backup_runner.py" line="256" />
            <source>Cancelling…</source>
            <translation>Cancelling…</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/backup_runner.py" line="72" />
            <source>Backing up…</source>
            <translation>Backing up…</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/backup_runner.py" line="73" />
            <source>Backup progress</source>
            <translation>Backup progress</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/backup_runner.py" line="74" />
            <location filename="../kbtdesk/ui/backup_runner.py" line="238" />
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/backup_runner.py" line="75" />
            <source>Cancel the backup</source>
            <translation>Cancel the backup</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/backup_runner.py" line="76" />
            <source>Stop the backup. Nothing is written and the log stays as it is.</source>
            <translation>Stop the backup. Nothing is written and the log stays as it is.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/backup_runner.py" line="141" />
            <source>The automatic backup failed: {error}</source>
            <translation>The automatic backup failed: {error}</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/backup_runner.py" line="210" />
            <source>The backup was cancelled; no backup file was written.</source>
            <translation>The backup was cancelled; no backup file was written.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/backup_runner.py" line="236" />
            <source>Backing up the log before closing…
Cancel closes kbtdesk without a new backup.</source>
            <translation>Backing up the log before closing…
Cancel closes kbtdesk without a new backup.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/backup_runner.py" line="240" />
            <location filename="../kbtdesk/ui/backup_runner.py" line="287" />
            <source>Backup</source>
            <translation>Backup</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/backup_runner.py" line="288" />
            <source>The backup before closing failed: {error}

The log itself is unchanged; kbtdesk tries again in the next session.</source>
            <translation>The backup before closing failed: {error}

The log itself is unchanged; kbtdesk tries again in the next session.</translation>
        </message>
    </context>
    <context>
        <name>ChangePassphraseDialog</name>
        <message>
            <location filename="../kbtdesk/ui/dialogs/passphrase.py" line="301" />
            <source>Change passphrase</source>
            <translation>Change passphrase</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/passphrase.py" line="306" />
            <source>Current passphrase</source>
            <translation>Current passphrase</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/passphrase.py" line="308" />
            <source>&amp;Current passphrase:</source>
            <translation>&amp;Current passphrase:</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/passphrase.py" line="314" />
            <source>&amp;Change passphrase</source>
            <translation>&amp;Change passphrase</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <location filename="../kbtdesk/cli.py" line="36" />
            <source>Checklist and log for internet CBT (KBT på nätet). Without a command, starts the window.</source>
            <translation>Checklist and log for internet CBT (KBT på nätet). Without a command, starts the window.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/cli.py" line="40" />
            <source>the log file (default: KBTDESK_LOG, else the user data folder)</source>
            <translation>the log file (default: KBTDESK_LOG, else the user data folder)</translation>
        </message>
        <message>
            <location filename="../kbtdesk/cli.py" line="42" />
            <source>a rule file, or a folder of its versions (default: KBTDESK_RULES, else the bundled set)</source>
            <translation>a rule file, or a folder of its versions (default: KBTDESK_RULES, else the bundled set)</translation>
        </message>
        <message>
            <location filename="../kbtdesk/cli.py" line="44" />
            <source>open the window on a throwaway demo log</source>
            <translation>open the window on a throwaway demo log</translation>
        </message>
        <message>
            <location filename="../kbtdesk/cli.py" line="49" />
            <source>create a new encrypted log</source>
            <translation>create a new encrypted log</translation>
        </message>
        <message>
            <location filename="../kbtdesk/cli.py" line="50" />
            <source>your name</source>
            <translation>your name</translation>
        </message>
        <message>
            <location filename="../kbtdesk/cli.py" line="51" />
            <source>your profession, e.g. psykolog</source>
            <translation>your profession, e.g. psykolog</translation>
        </message>
        <message>
            <location filename="../kbtdesk/cli.py" line="52" />
            <source>your care unit</source>
            <translation>your care unit</translation>
        </message>
        <message>
            <location filename="../kbtdesk/cli.py" line="53" />
            <source>a care level of the rule set (default: its first)</source>
            <translation>a care level of the rule set (default: its first)</translation>
        </message>
        <message>
            <location filename="../kbtdesk/cli.py" line="55" />
            <source>an EHR system of the rule set (default: its first)</source>
            <translation>an EHR system of the rule set (default: its first)</translation>
        </message>
        <message>
            <location filename="../kbtdesk/cli.py" line="58" />
            <source>merge a kbtdesk-log JSON file into the log (all or nothing)</source>
            <translation>merge a kbtdesk-log JSON file into the log (all or nothing)</translation>
        </message>
        <message>
            <location filename="../kbtdesk/cli.py" line="62" />
            <source>write the log, or a summary of it, to a file</source>
            <translation>write the log, or a summary of it, to a file</translation>
        </message>
        <message>
            <location filename="../kbtdesk/cli.py" line="64" />
            <source>the whole log in the interchange format</source>
            <translation>the whole log in the interchange format</translation>
        </message>
        <message>
            <location filename="../kbtdesk/cli.py" line="68" />
            <source>list what breaks the routine's rules (exit 1 on an error)</source>
            <translation>list what breaks the routine's rules (exit 1 on an error)</translation>
        </message>
        <message>
            <location filename="../kbtdesk/cli.py" line="72" />
            <source>list what is not yet journaled, registered or transferred</source>
            <translation>list what is not yet journaled, registered or transferred</translation>
        </message>
        <message>
            <location filename="../kbtdesk/cli.py" line="76" />
            <source>the routine's rule set: check a rule file, or show the one in use</source>
            <translation>the routine's rule set: check a rule file, or show the one in use</translation>
        </message>
        <message>
            <location filename="../kbtdesk/cli.py" line="79" />
            <source>validate a rule file or folder; names the JSON path of every problem (exit 2)</source>
            <translation>validate a rule file or folder; names the JSON path of every problem (exit 2)</translation>
        </message>
        <message>
            <location filename="../kbtdesk/cli.py" line="82" />
            <source>the versions in use, their periods and where they come from</source>
            <translation>the versions in use, their periods and where they come from</translation>
        </message>
        <message>
            <location filename="../kbtdesk/cli.py" line="92" />
            <source>log contacts</source>
            <translation>log contacts</translation>
        </message>
        <message>
            <location filename="../kbtdesk/cli.py" line="94" />
            <source>log one contact on each episode given, with the codes the rule set suggests (all or nothing)</source>
            <translation>log one contact on each episode given, with the codes the rule set suggests (all or nothing)</translation>
        </message>
        <message>
            <location filename="../kbtdesk/cli.py" line="97" />
            <source>an episode's id; give --episode once for each episode</source>
            <translation>an episode's id; give --episode once for each episode</translation>
        </message>
        <message>
            <location filename="../kbtdesk/cli.py" line="98" />
            <source>the contact type's id in the rule set (an unknown one is refused with the list of known ones)</source>
            <translation>the contact type's id in the rule set (an unknown one is refused with the list of known ones)</translation>
        </message>
        <message>
            <location filename="../kbtdesk/cli.py" line="100" />
            <source>the mode, for a contact type that has modes (a planned visit: video or clinic)</source>
            <translation>the mode, for a contact type that has modes (a planned visit: video or clinic)</translation>
        </message>
        <message>
            <location filename="../kbtdesk/cli.py" line="102" />
            <source>when, e.g. 2026-11-23T14:00 (without an offset: this computer's time zone); default now</source>
            <translation>when, e.g. 2026-11-23T14:00 (without an offset: this computer's time zone); default now</translation>
        </message>
        <message>
            <location filename="../kbtdesk/cli.py" line="104" />
            <source>the contact ends the treatment (the episode ends)</source>
            <translation>the contact ends the treatment (the episode ends)</translation>
        </message>
        <message>
            <location filename="../kbtdesk/cli.py" line="106" />
            <source>already written in the EHR: ticked as journaled now</source>
            <translation>already written in the EHR: ticked as journaled now</translation>
        </message>
        <message>
            <location filename="../kbtdesk/cli.py" line="108" />
            <source>already registered: ticked as registered now</source>
            <translation>already registered: ticked as registered now</translation>
        </message>
        <message>
            <location filename="../kbtdesk/cli.py" line="110" />
            <source>a KVÅ code to add after the suggested ones; give --code once for each</source>
            <translation>a KVÅ code to add after the suggested ones; give --code once for each</translation>
        </message>
        <message>
            <location filename="../kbtdesk/cli.py" line="113" />
            <source>the contact's length in minutes</source>
            <translation>the contact's length in minutes</translation>
        </message>
        <message>
            <location filename="../kbtdesk/cli.py" line="114" />
            <source>print the contacts as JSON</source>
            <translation>print the contacts as JSON</translation>
        </message>
        <message>
            <location filename="../kbtdesk/cli.py" line="118" />
            <source>write an encrypted, verified backup of the log now</source>
            <translation>write an encrypted, verified backup of the log now</translation>
        </message>
        <message>
            <location filename="../kbtdesk/cli.py" line="119" />
            <source>replace the log by a backup (verified first; the current log is kept aside)</source>
            <translation>replace the log by a backup (verified first; the current log is kept aside)</translation>
        </message>
        <message>
            <location filename="../kbtdesk/cli.py" line="122" />
            <source>the key file (default: beside the log, else beside the backup)</source>
            <translation>the key file (default: beside the log, else beside the backup)</translation>
        </message>
        <message>
            <location filename="../kbtdesk/cli.py" line="124" />
            <source>check the log's pages and structure (exit 1 if damaged)</source>
            <translation>check the log's pages and structure (exit 1 if damaged)</translation>
        </message>
        <message>
            <location filename="../kbtdesk/cli.py" line="126" />
            <source>run the full integrity_check (slow on a big log)</source>
            <translation>run the full integrity_check (slow on a big log)</translation>
        </message>
        <message>
            <location filename="../kbtdesk/cli.py" line="128" />
            <source>the audit trail: verify the chain, or show one patient's entries</source>
            <translation>the audit trail: verify the chain, or show one patient's entries</translation>
        </message>
        <message>
            <location filename="../kbtdesk/cli.py" line="131" />
            <source>check the chain, every record's content against it, and the backups and exports it can see (exit 1 naming what is wrong)</source>
            <translation>check the chain, every record's content against it, and the backups and exports it can see (exit 1 naming what is wrong)</translation>
        </message>
        <message>
            <location filename="../kbtdesk/cli.py" line="134" />
            <source>earlier copies to hold the trail to: backups (.db) or JSON exports</source>
            <translation>earlier copies to hold the trail to: backups (.db) or JSON exports</translation>
        </message>
        <message>
            <location filename="../kbtdesk/cli.py" line="136" />
            <source>list the entries about one patient</source>
            <translation>list the entries about one patient</translation>
        </message>
        <message>
            <location filename="../kbtdesk/cli.py" line="137" />
            <location filename="../kbtdesk/cli.py" line="234" />
            <source>the patient's identity number</source>
            <translation>the patient's identity number</translation>
        </message>
        <message>
            <location filename="../kbtdesk/cli.py" line="140" />
            <source>change the passphrase (the log is not rewritten)</source>
            <translation>change the passphrase (the log is not rewritten)</translation>
        </message>
        <message>
            <location filename="../kbtdesk/cli.py" line="141" />
            <source>forgotten passphrase: set a new one with the recovery code</source>
            <translation>forgotten passphrase: set a new one with the recovery code</translation>
        </message>
        <message>
            <location filename="../kbtdesk/cli.py" line="153" />
            <source>'{text}' is not a date (YYYY-MM-DD)</source>
            <translation>'{text}' is not a date (YYYY-MM-DD)</translation>
        </message>
        <message>
            <location filename="../kbtdesk/cli.py" line="183" />
            <source>default: from the file name's extension, else csv</source>
            <translation>default: from the file name's extension, else csv</translation>
        </message>
        <message>
            <location filename="../kbtdesk/cli.py" line="222" />
            <source>coverage (täckningsgrad) per month: registered, journaled, distance code, visit code, ending code, transferred to SibeR</source>
            <translation>coverage (täckningsgrad) per month: registered, journaled, distance code, visit code, ending code, transferred to SibeR</translation>
        </message>
        <message>
            <location filename="../kbtdesk/cli.py" line="229" />
            <source>the months of this period (instead of --from/--to)</source>
            <translation>the months of this period (instead of --from/--to)</translation>
        </message>
        <message>
            <location filename="../kbtdesk/cli.py" line="232" />
            <source>one patient's log extract: every change, export and print of their data</source>
            <translation>one patient's log extract: every change, export and print of their data</translation>
        </message>
        <message>
            <location filename="../kbtdesk/cli.py" line="236" />
            <source>hide the last four characters of the identity number</source>
            <translation>hide the last four characters of the identity number</translation>
        </message>
        <message>
            <location filename="../kbtdesk/cli.py" line="190" />
            <source>what to register per contact in a period (default: today)</source>
            <translation>what to register per contact in a period (default: today)</translation>
        </message>
        <message>
            <location filename="../kbtdesk/cli.py" line="194" />
            <source>this week, Monday to Sunday (the same as --period this-week)</source>
            <translation>this week, Monday to Sunday (the same as --period this-week)</translation>
        </message>
        <message>
            <location filename="../kbtdesk/cli.py" line="197" />
            <source>only contacts not yet registered</source>
            <translation>only contacts not yet registered</translation>
        </message>
        <message>
            <location filename="../kbtdesk/cli.py" line="196" />
            <source>contacts in this period (instead of --from/--to)</source>
            <translation>contacts in this period (instead of --from/--to)</translation>
        </message>
        <message>
            <location filename="../kbtdesk/cli.py" line="199" />
            <source>hide the last four characters of identity numbers</source>
            <translation>hide the last four characters of identity numbers</translation>
        </message>
        <message>
            <location filename="../kbtdesk/cli.py" line="203" />
            <source>summary of one episode (contacts, findings, scores, ending)</source>
            <translation>summary of one episode (contacts, findings, scores, ending)</translation>
        </message>
        <message>
            <location filename="../kbtdesk/cli.py" line="209" />
            <source>basis for the SibeR transfer per ended episode (not SibeR's format)</source>
            <translation>basis for the SibeR transfer per ended episode (not SibeR's format)</translation>
        </message>
        <message>
            <location filename="../kbtdesk/cli.py" line="211" />
            <source>episodes ended on or after</source>
            <translation>episodes ended on or after</translation>
        </message>
        <message>
            <location filename="../kbtdesk/cli.py" line="213" />
            <source>episodes ended on or before</source>
            <translation>episodes ended on or before</translation>
        </message>
        <message>
            <location filename="../kbtdesk/cli.py" line="215" />
            <source>episodes ended in this period (instead of --from/--to)</source>
            <translation>episodes ended in this period (instead of --from/--to)</translation>
        </message>
        <message>
            <location filename="../kbtdesk/cli.py" line="217" />
            <source>only episodes not yet transferred</source>
            <translation>only episodes not yet transferred</translation>
        </message>
        <message>
            <location filename="../kbtdesk/cli.py" line="225" />
            <source>default: 1 January</source>
            <translation>default: 1 January</translation>
        </message>
        <message>
            <location filename="../kbtdesk/cli.py" line="227" />
            <source>default: today</source>
            <translation>default: today</translation>
        </message>
        <message>
            <location filename="../kbtdesk/cli.py" line="315" />
            <source>Reading it read-only.</source>
            <translation>Reading it read-only.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/cli.py" line="651" />
            <source>--at '{value}' is not a date and time (ISO 8601, e.g. 2026-11-23T14:00)</source>
            <translation>--at '{value}' is not a date and time (ISO 8601, e.g. 2026-11-23T14:00)</translation>
        </message>
        <message>
            <location filename="../kbtdesk/cli.py" line="671" />
            <source>unknown contact type '{value}'; the rule set has: {known}</source>
            <translation>unknown contact type '{value}'; the rule set has: {known}</translation>
        </message>
        <message>
            <location filename="../kbtdesk/cli.py" line="676" />
            <source>unknown mode '{value}' for {type}; it has: {known}</source>
            <translation>unknown mode '{value}' for {type}; it has: {known}</translation>
        </message>
        <message>
            <location filename="../kbtdesk/cli.py" line="686" />
            <source>Nothing was written.</source>
            <translation>Nothing was written.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/cli.py" line="696" />
            <source>the routine's rules refuse {n} of the {total} contacts; nothing was written</source>
            <translation>the routine's rules refuse {n} of the {total} contacts; nothing was written</translation>
        </message>
        <message>
            <location filename="../kbtdesk/cli.py" line="713" />
            <source>logged 1 contact</source>
            <translation>logged 1 contact</translation>
        </message>
        <message>
            <location filename="../kbtdesk/cli.py" line="713" />
            <source>logged {n} contacts</source>
            <translation>logged {n} contacts</translation>
        </message>
    </context>
    <context>
        <name>CodesStep</name>
        <message>
            <location filename="../kbtdesk/ui/checklist_steps.py" line="294" />
            <source>Codes (KVÅ)</source>
            <translation>Codes (KVÅ)</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/checklist_steps.py" line="297" />
            <source>Suggested from the routine for this contact. Remove a code or add another KVÅ code.</source>
            <translation>Suggested from the routine for this contact. Remove a code or add another KVÅ code.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/checklist_steps.py" line="299" />
            <source>KVÅ codes of this contact</source>
            <translation>KVÅ codes of this contact</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/checklist_steps.py" line="308" />
            <source>&amp;Remove selected</source>
            <translation>&amp;Remove selected</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/checklist_steps.py" line="309" />
            <source>Remove the selected codes</source>
            <translation>Remove the selected codes</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/checklist_steps.py" line="310" />
            <source>Another KVÅ code</source>
            <translation>Another KVÅ code</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/checklist_steps.py" line="313" />
            <source>e.g. {code}</source>
            <translation>e.g. {code}</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/checklist_steps.py" line="316" />
            <source>&amp;Add</source>
            <translation>&amp;Add</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/checklist_steps.py" line="316" />
            <source>Add the code</source>
            <translation>Add the code</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/checklist_steps.py" line="317" />
            <source>Add c&amp;ode:</source>
            <translation>Add c&amp;ode:</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/checklist_steps.py" line="329" />
            <source>Chec&amp;ks against the routine:</source>
            <translation>Chec&amp;ks against the routine:</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/checklist_steps.py" line="330" />
            <source>Checks against the routine</source>
            <translation>Checks against the routine</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/checklist_steps.py" line="337" />
            <source>Rule set that judges this contact</source>
            <translation>Rule set that judges this contact</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/checklist_steps.py" line="365" />
            <source>No codes.</source>
            <translation>No codes.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/checklist_steps.py" line="375" />
            <source>Error</source>
            <translation>Error</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/checklist_steps.py" line="375" />
            <source>Warning</source>
            <translation>Warning</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/checklist_steps.py" line="381" />
            <source>No findings: the codes follow the routine.</source>
            <translation>No findings: the codes follow the routine.</translation>
        </message>
    </context>
    <context>
        <name>ContactChecklist</name>
        <message>
            <location filename="../kbtdesk/ui/checklist.py" line="82" />
            <source>Edit contact</source>
            <translation>Edit contact</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/checklist.py" line="82" />
            <source>New contact</source>
            <translation>New contact</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/checklist.py" line="95" />
            <source>{name} · {identity} · {programme}</source>
            <translation>{name} · {identity} · {programme}</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/checklist.py" line="100" />
            <source>Logged during an outage: this contact stays on the worklist until the journal note and the registration are ticked as entered.</source>
            <translation>Logged during an outage: this contact stays on the worklist until the journal note and the registration are ticked as entered.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/checklist.py" line="108" />
            <source>Steps</source>
            <translation>Steps</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/checklist.py" line="122" />
            <source>Checklist step</source>
            <translation>Checklist step</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/checklist.py" line="135" />
            <source>&amp;Back</source>
            <translation>&amp;Back</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/checklist.py" line="135" />
            <source>Previous step</source>
            <translation>Previous step</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/checklist.py" line="136" />
            <source>&amp;Next</source>
            <translation>&amp;Next</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/checklist.py" line="136" />
            <source>Next step</source>
            <translation>Next step</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/checklist.py" line="137" />
            <source>&amp;Finish</source>
            <translation>&amp;Finish</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/checklist.py" line="137" />
            <source>Finish and save the contact</source>
            <translation>Finish and save the contact</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/checklist.py" line="138" />
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/checklist.py" line="138" />
            <source>Cancel without saving</source>
            <translation>Cancel without saving</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/checklist.py" line="139" />
            <source>Alt+1…4 or Ctrl+PgUp/PgDn: go to a step</source>
            <translation>Alt+1…4 or Ctrl+PgUp/PgDn: go to a step</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/checklist.py" line="230" />
            <source>Routine: {reason}</source>
            <translation>Routine: {reason}</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/checklist.py" line="232" />
            <source>Not a KVÅ code: two letters and three digits, or three letters and two digits.</source>
            <translation>Not a KVÅ code: two letters and three digits, or three letters and two digits.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/checklist.py" line="234" />
            <source>Added by you. {note}</source>
            <translation>Added by you. {note}</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/checklist.py" line="236" />
            <source>Added by you.</source>
            <translation>Added by you.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/checklist.py" line="250" />
            <source>Finish is blocked: fix the errors under step 3, Codes.</source>
            <translation>Finish is blocked: fix the errors under step 3, Codes.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/checklist.py" line="259" />
            <source>Judged by rule set {rules} (valid from {valid_from}).</source>
            <translation>Judged by rule set {rules} (valid from {valid_from}).</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/checklist.py" line="272" />
            <source>1  Contact</source>
            <translation>1  Contact</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/checklist.py" line="273" />
            <source>2  Journal</source>
            <translation>2  Journal</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/checklist.py" line="274" />
            <source>3  Codes</source>
            <translation>3  Codes</translation>
        </message>
        <message numerus="yes">
            <location filename="../kbtdesk/ui/checklist.py" line="274" />
            <source>  (%n error(s))</source>
            <translation>
                <numerusform>  (%n error)</numerusform>
                <numerusform>  (%n errors)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/checklist.py" line="275" />
            <source>4  Registration</source>
            <translation>4  Registration</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/checklist.py" line="318" />
            <source>{code} is already listed.</source>
            <translation>{code} is already listed.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/checklist.py" line="325" />
            <source>{code} is not a valid KVÅ code; remove it before finishing.</source>
            <translation>{code} is not a valid KVÅ code; remove it before finishing.</translation>
        </message>
    </context>
    <context>
        <name>ContactStep</name>
        <message>
            <location filename="../kbtdesk/ui/checklist_steps.py" line="73" />
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/checklist_steps.py" line="78" />
            <source>Date and time of the contact</source>
            <translation>Date and time of the contact</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/checklist_steps.py" line="81" />
            <source>&amp;Date and time:</source>
            <translation>&amp;Date and time:</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/checklist_steps.py" line="86" />
            <source>Minutes spent</source>
            <translation>Minutes spent</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/checklist_steps.py" line="88" />
            <source>not given</source>
            <translation>not given</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/checklist_steps.py" line="89" />
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/checklist_steps.py" line="90" />
            <source>M&amp;inutes:</source>
            <translation>M&amp;inutes:</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/checklist_steps.py" line="101" />
            <source>Contact type</source>
            <translation>Contact type</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/checklist_steps.py" line="112" />
            <source>Contact type: {name}</source>
            <translation>Contact type: {name}</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/checklist_steps.py" line="116" />
            <source>Use: {text}</source>
            <translation>Use: {text}</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/checklist_steps.py" line="122" />
            <source>Held:</source>
            <translation>Held:</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/checklist_steps.py" line="126" />
            <source>Visit held: {name}</source>
            <translation>Visit held: {name}</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/checklist_steps.py" line="145" />
            <source>This contact &amp;ends the treatment</source>
            <translation>This contact &amp;ends the treatment</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/checklist_steps.py" line="146" />
            <source>This contact ends the treatment</source>
            <translation>This contact ends the treatment</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/checklist_steps.py" line="149" />
            <source>Finishing ends the treatment episode (if it is still open); the ending is registered with its own code and the episode goes to SibeR.</source>
            <translation>Finishing ends the treatment episode (if it is still open); the ending is registered with its own code and the episode goes to SibeR.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/checklist_steps.py" line="154" />
            <source>Private no&amp;te (kept in this log only, not the journal):</source>
            <translation>Private no&amp;te (kept in this log only, not the journal):</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/checklist_steps.py" line="155" />
            <source>Private note</source>
            <translation>Private note</translation>
        </message>
    </context>
    <context>
        <name>ContactsModel</name>
        <message>
            <location filename="../kbtdesk/ui/episode_view.py" line="51" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/episode_view.py" line="52" />
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/episode_view.py" line="53" />
            <source>Mode</source>
            <translation>Mode</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/episode_view.py" line="54" />
            <source>Codes</source>
            <translation>Codes</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/episode_view.py" line="55" />
            <source>Journal</source>
            <translation>Journal</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/episode_view.py" line="56" />
            <location filename="../kbtdesk/ui/episode_view.py" line="170" />
            <source>Registered</source>
            <translation>Registered</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/episode_view.py" line="57" />
            <source>Findings</source>
            <translation>Findings</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/episode_view.py" line="143" />
            <source>1 error</source>
            <extracomment>Each row's display texts, made once per reset: the view asks for them on every paint.</extracomment>
            <translation>1 error</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/episode_view.py" line="144" />
            <source>{n} errors</source>
            <translation>{n} errors</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/episode_view.py" line="146" />
            <source>1 warning</source>
            <translation>1 warning</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/episode_view.py" line="147" />
            <source>{n} warnings</source>
            <translation>{n} warnings</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/episode_view.py" line="164" />
            <source>Logged while the EHR was down</source>
            <translation>Logged while the EHR was down</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/episode_view.py" line="167" />
            <source>Journal note written</source>
            <translation>Journal note written</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/episode_view.py" line="168" />
            <source>Journal note not written yet</source>
            <translation>Journal note not written yet</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/episode_view.py" line="171" />
            <source>Not registered yet</source>
            <translation>Not registered yet</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/episode_view.py" line="185" />
            <source>done</source>
            <translation>done</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/episode_view.py" line="186" />
            <source>not done</source>
            <translation>not done</translation>
        </message>
    </context>
    <context>
        <name>Corrections</name>
        <message>
            <location filename="../kbtdesk/core/corrections.py" line="54" />
            <source>Delete the episode {programme} of {patient} ({identity}), started {started}? Its {contacts} contacts and {measures} scores are deleted with it.</source>
            <translation>Delete the episode {programme} of {patient} ({identity}), started {started}? Its {contacts} contacts and {measures} scores are deleted with it.</translation>
        </message>
    </context>
    <context>
        <name>Display</name>
        <message>
            <location filename="../kbtdesk/ui/display.py" line="35" />
            <source>kbtdesk cannot open its window: QT_QPA_PLATFORM={platform} needs {variable}, which is not set.</source>
            <translation>kbtdesk cannot open its window: QT_QPA_PLATFORM={platform} needs {variable}, which is not set.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/display.py" line="40" />
            <source>kbtdesk cannot open its window: there is no display (neither DISPLAY nor WAYLAND_DISPLAY is set). Start it on the desktop, or use the command line: kbtdesk --help</source>
            <translation>kbtdesk cannot open its window: there is no display (neither DISPLAY nor WAYLAND_DISPLAY is set). Start it on the desktop, or use the command line: kbtdesk --help</translation>
        </message>
    </context>
    <context>
        <name>EndEpisodeDialog</name>
        <message>
            <location filename="../kbtdesk/ui/dialogs/episode.py" line="89" />
            <source>End episode</source>
            <translation>End episode</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/episode.py" line="93" />
            <source>End date</source>
            <translation>End date</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/episode.py" line="94" />
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/episode.py" line="95" />
            <source>End &amp;date:</source>
            <translation>End &amp;date:</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/episode.py" line="96" />
            <source>&amp;Reason:</source>
            <translation>&amp;Reason:</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/episode.py" line="98" />
            <source>A completed treatment also needs a final contact with code {code}.</source>
            <translation>A completed treatment also needs a final contact with code {code}.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/episode.py" line="104" />
            <source>&amp;End episode</source>
            <translation>&amp;End episode</translation>
        </message>
    </context>
    <context>
        <name>EpisodeListModel</name>
        <message>
            <location filename="../kbtdesk/ui/episode_list.py" line="68" />
            <source>Patient</source>
            <extracomment>`episode_rows(status, query, limit=…, offset=…)`: a page of the list (LogService.episode_rows). Rows read per query: the list loads the first batch, then the next as the view scrolls to it (canFetchMore/fetchMore), so a log of 100,000 episodes paints as fast as one of 100. Rows read before the window's first paint: a screenful (`screenful_rows`), at least this many. The rest of the first batch is read just after it (`EpisodeListModel.top_up`): 2,000 rows with their open-item counts take ≈65 ms at L. The typical widest name the Patient column is sized for (the user can widen it).</extracomment>
            <translation>Patient</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/episode_list.py" line="69" />
            <source>Identity no.</source>
            <translation>Identity no.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/episode_list.py" line="70" />
            <source>Programme</source>
            <translation>Programme</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/episode_list.py" line="71" />
            <source>Started</source>
            <translation>Started</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/episode_list.py" line="72" />
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/episode_list.py" line="193" />
            <source>1 checklist item still open</source>
            <extracomment>Display texts of each row, made the first time a row is painted (None until then): a view asks data() several times per cell and paint, and a reset repaints every row.</extracomment>
            <translation>1 checklist item still open</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/episode_list.py" line="194" />
            <source>{n} checklist items still open</source>
            <translation>{n} checklist items still open</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/episode_list.py" line="197" />
            <source>Ended {date}</source>
            <translation>Ended {date}</translation>
        </message>
    </context>
    <context>
        <name>EpisodeListWidget</name>
        <message>
            <location filename="../kbtdesk/ui/episode_list.py" line="276" />
            <source>&amp;Search:</source>
            <translation>&amp;Search:</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/episode_list.py" line="277" />
            <source>Name, identity number or programme</source>
            <translation>Name, identity number or programme</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/episode_list.py" line="278" />
            <source>Search episodes</source>
            <translation>Search episodes</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/episode_list.py" line="279" />
            <source>Show episodes</source>
            <translation>Show episodes</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/episode_list.py" line="280" />
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/episode_list.py" line="280" />
            <source>Ended</source>
            <translation>Ended</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/episode_list.py" line="280" />
            <source>All</source>
            <translation>All</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/episode_list.py" line="282" />
            <source>Episodes</source>
            <translation>Episodes</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/episode_list.py" line="349" />
            <source>No episodes match.</source>
            <translation>No episodes match.</translation>
        </message>
    </context>
    <context>
        <name>EpisodeView</name>
        <message>
            <location filename="../kbtdesk/ui/episode_view.py" line="435" />
            <location filename="../kbtdesk/ui/main_window.py" line="166" />
            <source>Choose an episode on the left, or start a new one (Ctrl+Shift+N).</source>
            <extracomment>How often the window asks the backup policy whether a backup is due (it decides itself).</extracomment>
            <translation>Choose an episode on the left, or start a new one (Ctrl+Shift+N).</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/episode_view.py" line="436" />
            <location filename="../kbtdesk/ui/episode_view.py" line="437" />
            <source>Contacts</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/episode_view.py" line="440" />
            <source>Rating-scale scores</source>
            <translation>Rating-scale scores</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/episode_view.py" line="441" />
            <location filename="../kbtdesk/ui/episode_view.py" line="442" />
            <source>Episode checklist</source>
            <translation>Episode checklist</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/episode_view.py" line="443" />
            <location filename="../kbtdesk/ui/episode_view.py" line="444" />
            <source>Rating scales</source>
            <translation>Rating scales</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/episode_view.py" line="445" />
            <location filename="../kbtdesk/ui/episode_view.py" line="446" />
            <source>Show the full identity number</source>
            <translation>Show the full identity number</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/episode_view.py" line="447" />
            <source>Patient</source>
            <translation>Patient</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/episode_view.py" line="448" />
            <source>Identity number</source>
            <translation>Identity number</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/episode_view.py" line="449" />
            <source>Start documented for SibeR</source>
            <translation>Start documented for SibeR</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/episode_view.py" line="450" />
            <source>Transferred to SibeR via Medrave</source>
            <translation>Transferred to SibeR via Medrave</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/episode_view.py" line="451" />
            <source>Final contact</source>
            <translation>Final contact</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/episode_view.py" line="516" />
            <source>{programme} · started {started} · week {week}</source>
            <translation>{programme} · started {started} · week {week}</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/episode_view.py" line="519" />
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/episode_view.py" line="522" />
            <source>Ended {date} ({reason})</source>
            <translation>Ended {date} ({reason})</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/episode_view.py" line="539" />
            <source>Hide</source>
            <translation>Hide</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/episode_view.py" line="539" />
            <source>Show</source>
            <translation>Show</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/episode_view.py" line="553" />
            <source>SibeR start documented {date}</source>
            <translation>SibeR start documented {date}</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/episode_view.py" line="554" />
            <source>SibeR start documented</source>
            <translation>SibeR start documented</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/episode_view.py" line="555" />
            <source>The start of treatment is documented in the journal template so that Medrave can pass it to SibeR.</source>
            <translation>The start of treatment is documented in the journal template so that Medrave can pass it to SibeR.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/episode_view.py" line="558" />
            <source>✓ Final contact with {code}</source>
            <translation>✓ Final contact with {code}</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/episode_view.py" line="559" />
            <source>✗ Final contact lacks {code}</source>
            <translation>✗ Final contact lacks {code}</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/episode_view.py" line="560" />
            <source>○ No final contact with {code} yet</source>
            <translation>○ No final contact with {code} yet</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/episode_view.py" line="569" />
            <source>Transferred to SibeR {date}</source>
            <translation>Transferred to SibeR {date}</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/episode_view.py" line="570" />
            <source>Transferred to SibeR</source>
            <translation>Transferred to SibeR</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/episode_view.py" line="572" />
            <source>Tick when the episode's data have gone to SibeR via Medrave.</source>
            <translation>Tick when the episode's data have gone to SibeR via Medrave.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/episode_view.py" line="573" />
            <source>Possible when the episode has ended.</source>
            <translation>Possible when the episode has ended.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/episode_view.py" line="585" />
            <source>No scores yet</source>
            <translation>No scores yet</translation>
        </message>
    </context>
    <context>
        <name>Error</name>
        <message>
            <location filename="../kbtdesk/ui/excepthook.py" line="20" />
            <source>kbtdesk: unexpected error</source>
            <translation>kbtdesk: unexpected error</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/excepthook.py" line="21" />
            <source>Something went wrong that kbtdesk did not expect. What you saved before is in the log. If it happens again, send the details below to whoever supports kbtdesk (check that they contain no patient data).</source>
            <translation>Something went wrong that kbtdesk did not expect. What you saved before is in the log. If it happens again, send the details below to whoever supports kbtdesk (check that they contain no patient data).</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../kbtdesk/ui/exports.py" line="194" />
            <source>Export and print</source>
            <extracomment>The dialog's name for a period of chosen dates (the presets are kbtdesk.core.reports.periods'). The period a report opens with until another is chosen for it. What the dialog's controls say (kept under its old name for the window's callers).</extracomment>
            <translation>Export and print</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/exports.py" line="196" />
            <source>Registration list</source>
            <translation>Registration list</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/exports.py" line="197" />
            <source>Episode summary (the selected episode)</source>
            <translation>Episode summary (the selected episode)</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/exports.py" line="198" />
            <source>SibeR basis (ended episodes)</source>
            <translation>SibeR basis (ended episodes)</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/exports.py" line="199" />
            <source>Coverage (täckningsgrad) per month</source>
            <translation>Coverage (täckningsgrad) per month</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/exports.py" line="203" />
            <source>&amp;Report:</source>
            <translation>&amp;Report:</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/exports.py" line="204" />
            <source>Report</source>
            <translation>Report</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/exports.py" line="205" />
            <location filename="../kbtdesk/ui/exports.py" line="206" />
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/exports.py" line="208" />
            <source>&amp;Today</source>
            <translation>&amp;Today</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/exports.py" line="208" />
            <source>Today</source>
            <translation>Today</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/exports.py" line="209" />
            <source>This &amp;week</source>
            <translation>This &amp;week</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/exports.py" line="209" />
            <source>This week</source>
            <translation>This week</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/exports.py" line="210" />
            <source>&amp;Last week</source>
            <translation>&amp;Last week</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/exports.py" line="210" />
            <source>Last week</source>
            <translation>Last week</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/exports.py" line="211" />
            <source>This &amp;month</source>
            <translation>This &amp;month</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/exports.py" line="211" />
            <source>This month</source>
            <translation>This month</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/exports.py" line="212" />
            <source>Last mo&amp;nth</source>
            <translation>Last mo&amp;nth</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/exports.py" line="212" />
            <source>Last month</source>
            <translation>Last month</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/exports.py" line="213" />
            <source>&amp;Chosen dates</source>
            <translation>&amp;Chosen dates</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/exports.py" line="213" />
            <source>Chosen dates</source>
            <translation>Chosen dates</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/exports.py" line="218" />
            <source>&amp;From</source>
            <translation>&amp;From</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/exports.py" line="219" />
            <source>First day</source>
            <translation>First day</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/exports.py" line="220" />
            <source>T&amp;o</source>
            <translation>T&amp;o</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/exports.py" line="221" />
            <source>Last day</source>
            <translation>Last day</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/exports.py" line="223" />
            <source>About the report</source>
            <translation>About the report</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/exports.py" line="333" />
            <source>The first day is after the last day.</source>
            <translation>The first day is after the last day.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/exports.py" line="222" />
            <source>Period error</source>
            <translation>Period error</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/exports.py" line="224" />
            <source>Only what is &amp;not yet done (not registered / not transferred)</source>
            <translation>Only what is &amp;not yet done (not registered / not transferred)</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/exports.py" line="225" />
            <source>Only what is not yet done</source>
            <translation>Only what is not yet done</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/exports.py" line="226" />
            <source>&amp;Hide the last four digits of identity numbers</source>
            <translation>&amp;Hide the last four digits of identity numbers</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/exports.py" line="227" />
            <source>Hide identity numbers</source>
            <translation>Hide identity numbers</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/exports.py" line="228" />
            <source>Pre&amp;view…</source>
            <translation>Pre&amp;view…</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/exports.py" line="229" />
            <source>Print preview</source>
            <translation>Print preview</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/exports.py" line="230" />
            <source>&amp;Print…</source>
            <translation>&amp;Print…</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/exports.py" line="231" />
            <source>Print</source>
            <translation>Print</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/exports.py" line="232" />
            <source>Save P&amp;DF…</source>
            <translation>Save P&amp;DF…</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/exports.py" line="233" />
            <source>Save as PDF</source>
            <translation>Save as PDF</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/exports.py" line="234" />
            <source>Save &amp;CSV…</source>
            <translation>Save &amp;CSV…</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/exports.py" line="235" />
            <source>Save as CSV for Excel</source>
            <translation>Save as CSV for Excel</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/exports.py" line="236" />
            <location filename="../kbtdesk/ui/exports.py" line="237" />
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/exports.py" line="341" />
            <source>Episode: {programme}, started {started}</source>
            <translation>Episode: {programme}, started {started}</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/exports.py" line="344" />
            <source>Choose an episode in the list first.</source>
            <translation>Choose an episode in the list first.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/exports.py" line="347" />
            <source>One row per contact in the period: what to register, and whether it is.</source>
            <translation>One row per contact in the period: what to register, and whether it is.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/exports.py" line="349" />
            <source>One row per episode ended in the period: what SibeR asks about, to check before the transfer via Medrave.</source>
            <translation>One row per episode ended in the period: what SibeR asks about, to check before the transfer via Medrave.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/exports.py" line="351" />
            <source>Per month: how much of the work reaches the region's statistics and SibeR (registered, journaled, codes, transferred).</source>
            <translation>Per month: how much of the work reaches the region's statistics and SibeR (registered, journaled, codes, transferred).</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/exports.py" line="362" />
            <source>registration-list</source>
            <translation>registration-list</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/exports.py" line="363" />
            <source>episode-summary</source>
            <translation>episode-summary</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/exports.py" line="364" />
            <source>siber-basis</source>
            <translation>siber-basis</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/exports.py" line="365" />
            <source>coverage</source>
            <translation>coverage</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/exports.py" line="399" />
            <source>Saved {file}</source>
            <translation>Saved {file}</translation>
        </message>
    </context>
    <context>
        <name>Finding</name>
        <message>
            <location filename="../kbtdesk/core/checker.py" line="54" />
            <source>Code {code} is missing</source>
            <translation>Code {code} is missing</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/checker.py" line="55" />
            <source>Code {code} is not expected on this contact</source>
            <translation>Code {code} is not expected on this contact</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/checker.py" line="56" />
            <source>The episode has ended but no contact is marked as final</source>
            <translation>The episode has ended but no contact is marked as final</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/checker.py" line="59" />
            <source>{code} is not a valid KVÅ code</source>
            <translation>{code} is not a valid KVÅ code</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/checker.py" line="65" />
            <source>The rule set {rules} does not know the contact type {type} (mode {mode}): the contact cannot be checked. Is kbtdesk using your region's rule file (--rules, KBTDESK_RULES)?</source>
            <extracomment>Not a rule of any file: a contact whose type or mode the judging version does not know (a log written under another routine, or a rule file that dropped a type) cannot be judged at all.</extracomment>
            <translation>The rule set {rules} does not know the contact type {type} (mode {mode}): the contact cannot be checked. Is kbtdesk using your region's rule file (--rules, KBTDESK_RULES)?</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/checker.py" line="70" />
            <source>judged by {rules}, the oldest rule set (valid from {valid_from}): the date is older</source>
            <translation>judged by {rules}, the oldest rule set (valid from {valid_from}): the date is older</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/checker.py" line="72" />
            <source>judged by {rules}, the newest rule set, although it was valid only until {valid_to}</source>
            <translation>judged by {rules}, the newest rule set, although it was valid only until {valid_to}</translation>
        </message>
    </context>
    <context>
        <name>GuideDialog</name>
        <message>
            <location filename="../kbtdesk/ui/about.py" line="189" />
            <location filename="../kbtdesk/ui/about.py" line="210" />
            <source>User guide</source>
            <translation>User guide</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/about.py" line="197" />
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/about.py" line="207" />
            <source>The user guide is missing from this installation.</source>
            <translation>The user guide is missing from this installation.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/about.py" line="209" />
            <source>User guide – {title}</source>
            <translation>User guide – {title}</translation>
        </message>
    </context>
    <context>
        <name>Identity</name>
        <message>
            <location filename="../kbtdesk/core/identity.py" line="103" />
            <source>Enter a personnummer, samordningsnummer or reservnummer.</source>
            <extracomment>Skatteverket stores the century as 18, 19 or 20; nothing older can be a real number. Digit that stands for the reservnummer letter in its check-digit calculation (Inera, VGR).</extracomment>
            <translation>Enter a personnummer, samordningsnummer or reservnummer.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/identity.py" line="137" />
            <source>Remove the space inside the number: only a - or + may stand before the last four digits.</source>
            <translation>Remove the space inside the number: only a - or + may stand before the last four digits.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/identity.py" line="142" />
            <source>The number contains the character “{character}” ({codepoint}), which is not one of the digits 0–9. Type the number with ordinary digits.</source>
            <translation>The number contains the character “{character}” ({codepoint}), which is not one of the digits 0–9. Type the number with ordinary digits.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/identity.py" line="149" />
            <source>The number contains an invisible character ({codepoint}), which does not belong in an identity number.</source>
            <translation>The number contains an invisible character ({codepoint}), which does not belong in an identity number.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/identity.py" line="154" />
            <source>The number contains the character “{character}” ({codepoint}), which does not belong in an identity number.</source>
            <translation>The number contains the character “{character}” ({codepoint}), which does not belong in an identity number.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/identity.py" line="166" />
            <source>A personnummer or samordningsnummer has 10 or 12 digits, but this number has {count}.</source>
            <translation>A personnummer or samordningsnummer has 10 or 12 digits, but this number has {count}.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/identity.py" line="173" />
            <source>A - or + may only stand once, just before the last four digits.</source>
            <translation>A - or + may only stand once, just before the last four digits.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/identity.py" line="185" />
            <source>The birth date is in the future. For someone who turns 100 this year, write + before the last four digits, or give all 12 digits.</source>
            <translation>The birth date is in the future. For someone who turns 100 this year, write + before the last four digits, or give all 12 digits.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/identity.py" line="187" />
            <location filename="../kbtdesk/core/identity.py" line="263" />
            <source>The birth date is in the future.</source>
            <translation>The birth date is in the future.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/identity.py" line="189" />
            <location filename="../kbtdesk/core/identity.py" line="266" />
            <source>The check digit (the last digit) does not match the rest of the number. Check it for a typing error.</source>
            <translation>The check digit (the last digit) does not match the rest of the number. Check it for a typing error.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/identity.py" line="208" />
            <source>The date in this samordningsnummer is not a real calendar date (its day is the day of birth plus 60).</source>
            <translation>The date in this samordningsnummer is not a real calendar date (its day is the day of birth plus 60).</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/identity.py" line="210" />
            <source>The date in this number is not a real calendar date.</source>
            <translation>The date in this number is not a real calendar date.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/identity.py" line="213" />
            <source>The birth year {year} is before 1800, which no identity number has.</source>
            <translation>The birth year {year} is before 1800, which no identity number has.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/identity.py" line="223" />
            <source>Write a reservnummer without - or +, as 12 characters together: yyyymmddGggC.</source>
            <translation>Write a reservnummer without - or +, as 12 characters together: yyyymmddGggC.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/identity.py" line="227" />
            <source>A reservnummer has exactly 12 characters written together (yyyymmddGggC), but this one has {count}.</source>
            <translation>A reservnummer has exactly 12 characters written together (yyyymmddGggC), but this one has {count}.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/identity.py" line="234" />
            <source>The letter “{letter}” is where a digit belongs. Only a reservnummer has a letter (K, M or X), as its 9th character: yyyymmddGggC.</source>
            <translation>The letter “{letter}” is where a digit belongs. Only a reservnummer has a letter (K, M or X), as its 9th character: yyyymmddGggC.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/identity.py" line="242" />
            <source>The letter in a reservnummer must be K (woman), M (man) or X (sex unknown), not “{letter}”.</source>
            <translation>The letter in a reservnummer must be K (woman), M (man) or X (sex unknown), not “{letter}”.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/identity.py" line="249" />
            <source>The two digits after the letter in a reservnummer must be 06–89, not {number}.</source>
            <translation>The two digits after the letter in a reservnummer must be 06–89, not {number}.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/identity.py" line="256" />
            <source>The letter {letter} does not agree with the number {number} after it: 06–79 odd goes with M, 06–79 even with K, and 80–89 with X.</source>
            <translation>The letter {letter} does not agree with the number {number} after it: 06–79 odd goes with M, 06–79 even with K, and 80–89 with X.</translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <location filename="../kbtdesk/core/interchange.py" line="256" />
            <source>the field is missing</source>
            <translation>the field is missing</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/interchange.py" line="267" />
            <source>wrong type of value</source>
            <translation>wrong type of value</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/interchange.py" line="269" />
            <source>unknown value '{value}'</source>
            <translation>unknown value '{value}'</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/interchange.py" line="272" />
            <source>'{value}' is not a date and time (ISO 8601 with a UTC offset, e.g. 2026-10-08T09:00:00+02:00)</source>
            <translation>'{value}' is not a date and time (ISO 8601 with a UTC offset, e.g. 2026-10-08T09:00:00+02:00)</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/interchange.py" line="276" />
            <source>'{value}' is not a KVÅ code (2 letters and 3 digits, or 3 letters and 2 digits)</source>
            <translation>'{value}' is not a KVÅ code (2 letters and 3 digits, or 3 letters and 2 digits)</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/interchange.py" line="280" />
            <location filename="../kbtdesk/core/interchange.py" line="307" />
            <source>'{value}' is not a date (YYYY-MM-DD)</source>
            <translation>'{value}' is not a date (YYYY-MM-DD)</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/interchange.py" line="373" />
            <source>the id is missing or empty</source>
            <translation>the id is missing or empty</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/interchange.py" line="350" />
            <source>the file is not valid JSON ({error})</source>
            <translation>the file is not valid JSON ({error})</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/interchange.py" line="209" />
            <source>the text holds an invalid character (half of a UTF-16 surrogate pair)</source>
            <extracomment>How deep values nest in a kbtdesk-log file (document, section, record, codes or items); a deeper file is refused before anything walks it (a million-deep array would exhaust the stack).</extracomment>
            <translation>the text holds an invalid character (half of a UTF-16 surrogate pair)</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/interchange.py" line="214" />
            <location filename="../kbtdesk/core/interchange.py" line="347" />
            <source>values nest deeper here than a kbtdesk-log file ever does</source>
            <translation>values nest deeper here than a kbtdesk-log file ever does</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/interchange.py" line="220" />
            <source>a property name holds an invalid character (half of a UTF-16 surrogate pair)</source>
            <translation>a property name holds an invalid character (half of a UTF-16 surrogate pair)</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/interchange.py" line="247" />
            <source>unknown property {path} (not in the kbtdesk-log format: a typo?)</source>
            <translation>unknown property {path} (not in the kbtdesk-log format: a typo?)</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/interchange.py" line="254" />
            <source>the section is missing (write [] when it is empty)</source>
            <translation>the section is missing (write [] when it is empty)</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/interchange.py" line="259" />
            <location filename="../kbtdesk/core/interchange.py" line="265" />
            <location filename="../kbtdesk/core/interchange.py" line="353" />
            <source>not a kbtdesk-log file</source>
            <translation>not a kbtdesk-log file</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/interchange.py" line="261" />
            <source>unsupported version {value} (this kbtdesk reads version 1)</source>
            <translation>unsupported version {value} (this kbtdesk reads version 1)</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/interchange.py" line="283" />
            <source>the value is empty</source>
            <translation>the value is empty</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/interchange.py" line="286" />
            <source>{value} is outside {lo}–{hi}</source>
            <translation>{value} is outside {lo}–{hi}</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/interchange.py" line="288" />
            <source>does not match the kbtdesk-log format ({detail})</source>
            <translation>does not match the kbtdesk-log format ({detail})</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/interchange.py" line="319" />
            <source>'{value}' is not one of {allowed}</source>
            <translation>'{value}' is not one of {allowed}</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/interchange.py" line="368" />
            <source>duplicate id with different content</source>
            <translation>duplicate id with different content</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/interchange.py" line="384" />
            <source>the name is empty</source>
            <translation>the name is empty</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/interchange.py" line="389" />
            <source>the same identity number as patient {other}</source>
            <translation>the same identity number as patient {other}</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/interchange.py" line="408" />
            <source>the programme is empty</source>
            <translation>the programme is empty</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/interchange.py" line="410" />
            <source>the end date is before the start date</source>
            <translation>the end date is before the start date</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/interchange.py" line="462" />
            <source>a record with this id and different content is already in the log</source>
            <extracomment>Ids per `WHERE id IN (...)` look-up (SQLite allows 32,766 variables; 500 keeps statements small). Rows per executemany between two progress reports.</extracomment>
            <translation>a record with this id and different content is already in the log</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/interchange.py" line="544" />
            <source>this identity number belongs to patient {other} in the log</source>
            <translation>this identity number belongs to patient {other} in the log</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/interchange.py" line="563" />
            <source>unknown patient {ref}</source>
            <translation>unknown patient {ref}</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/interchange.py" line="598" />
            <location filename="../kbtdesk/core/interchange.py" line="627" />
            <source>unknown episode {ref}</source>
            <translation>unknown episode {ref}</translation>
        </message>
    </context>
    <context>
        <name>Input</name>
        <message>
            <location filename="../kbtdesk/core/service/inputs.py" line="47" />
            <source>'{value}' is not a date and time (ISO 8601 with offset).</source>
            <translation>'{value}' is not a date and time (ISO 8601 with offset).</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/service/inputs.py" line="50" />
            <source>'{value}' has no UTC offset (for example +01:00).</source>
            <translation>'{value}' has no UTC offset (for example +01:00).</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/service/inputs.py" line="59" />
            <source>{value} is outside the dates kbtdesk keeps ({earliest} to {latest}).</source>
            <translation>{value} is outside the dates kbtdesk keeps ({earliest} to {latest}).</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/service/measures.py" line="23" />
            <source>'{instrument}' is not a rating scale of the rule set ({known}).</source>
            <translation>'{instrument}' is not a rating scale of the rule set ({known}).</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/service/measures.py" line="27" />
            <source>The score {score} is outside the range of {instrument} (0–{max}).</source>
            <translation>The score {score} is outside the range of {instrument} (0–{max}).</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/service/contacts.py" line="76" />
            <source>Unknown contact type '{value}' (the rule set {rules} knows {known}).</source>
            <translation>Unknown contact type '{value}' (the rule set {rules} knows {known}).</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/service/contacts.py" line="83" />
            <source>A contact of type {type} needs a mode: {modes}.</source>
            <translation>A contact of type {type} needs a mode: {modes}.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/service/contacts.py" line="86" />
            <source>A contact of type {type} has no mode.</source>
            <translation>A contact of type {type} has no mode.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/service/contacts.py" line="88" />
            <source>'{value}' is not a mode of {type} (known: {modes}).</source>
            <translation>'{value}' is not a mode of {type} (known: {modes}).</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/service/contacts.py" line="121" />
            <source>'{code}' is not a KVÅ code (2 letters and 3 digits, or 3 letters and 2 digits).</source>
            <translation>'{code}' is not a KVÅ code (2 letters and 3 digits, or 3 letters and 2 digits).</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/preferences.py" line="52" />
            <location filename="../kbtdesk/core/service/settings.py" line="23" />
            <source>Unknown care level '{value}'.</source>
            <extracomment>Headings of the note skeleton per EHR system, one entry per line. Days without feedback before the week view warns; None: fixed by the unit's configuration.
----------
Days without written feedback before an active episode counts as due (the week view uses it).</extracomment>
            <translation>Unknown care level '{value}'.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/preferences.py" line="55" />
            <location filename="../kbtdesk/core/service/settings.py" line="26" />
            <source>Unknown EHR system '{value}'.</source>
            <translation>Unknown EHR system '{value}'.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/preferences.py" line="58" />
            <source>The window locks after {low} to {high} minutes without use.</source>
            <translation>The window locks after {low} to {high} minutes without use.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/preferences.py" line="61" />
            <source>Keep at least one programme.</source>
            <translation>Keep at least one programme.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/service/patients.py" line="21" />
            <source>The patient's name is empty.</source>
            <translation>The patient's name is empty.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/service/patients.py" line="46" />
            <source>A patient with identity number {identity} is already in the log.</source>
            <translation>A patient with identity number {identity} is already in the log.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/corrections.py" line="238" />
            <location filename="../kbtdesk/core/corrections.py" line="265" />
            <location filename="../kbtdesk/core/corrections.py" line="287" />
            <location filename="../kbtdesk/core/service/episodes.py" line="57" />
            <location filename="../kbtdesk/core/service/patients.py" line="70" />
            <source>Unknown patient.</source>
            <translation>Unknown patient.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/planning.py" line="38" />
            <source>The days without feedback must be a whole number from 1 to {max}.</source>
            <extracomment>"No feedback this week": a week is the rhythm of internet CBT (one module a week). Programmes run 6–12 weeks (domain.md §4, §7); a year is far beyond any of them.</extracomment>
            <translation>The days without feedback must be a whole number from 1 to {max}.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/planning.py" line="60" />
            <location filename="../kbtdesk/core/service/episodes.py" line="52" />
            <source>Choose a programme.</source>
            <translation>Choose a programme.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/planning.py" line="63" />
            <source>The planned length must be a whole number of weeks from 1 to {max}.</source>
            <translation>The planned length must be a whole number of weeks from 1 to {max}.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/planning.py" line="91" />
            <source>Choose at least one contact type.</source>
            <translation>Choose at least one contact type.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/planning.py" line="94" />
            <source>Unknown contact type '{value}'.</source>
            <translation>Unknown contact type '{value}'.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/corrections.py" line="193" />
            <location filename="../kbtdesk/core/corrections.py" line="204" />
            <source>The episode has not ended.</source>
            <translation>The episode has not ended.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/corrections.py" line="206" />
            <location filename="../kbtdesk/core/service/episodes.py" line="67" />
            <source>Unknown end reason '{value}'.</source>
            <translation>Unknown end reason '{value}'.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/corrections.py" line="208" />
            <location filename="../kbtdesk/core/service/episodes.py" line="73" />
            <source>The end date is before the start date.</source>
            <translation>The end date is before the start date.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/corrections.py" line="268" />
            <source>Another patient in the log has identity number {identity}.</source>
            <translation>Another patient in the log has identity number {identity}.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/corrections.py" line="290" />
            <source>That is already the patient's identity number.</source>
            <translation>That is already the patient's identity number.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/corrections.py" line="330" />
            <location filename="../kbtdesk/core/corrections.py" line="363" />
            <source>Unknown score {id}.</source>
            <translation>Unknown score {id}.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/batch.py" line="79" />
            <source>Choose at least one episode.</source>
            <translation>Choose at least one episode.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/batch.py" line="83" />
            <source>Episode {id} is given twice.</source>
            <translation>Episode {id} is given twice.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/batch.py" line="97" />
            <location filename="../kbtdesk/core/service/store.py" line="135" />
            <source>Unknown episode {id}.</source>
            <extracomment>The records whose content the audit trail covers, by their ORM class. The rule set valid today. Given a RuleBook (several versions), the store keeps the book in `rule_book` and this becomes the version valid on the store's today. HMAC key of the audit chain; by default the one the engine was built with (db/engine.py). Every version of the routine: each contact is judged by the version valid on its day. The unit's configuration (unit.json); already laid over the rules by composition.load_rules.</extracomment>
            <translation>Unknown episode {id}.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/service/contacts.py" line="103" />
            <location filename="../kbtdesk/core/ticks.py" line="241" />
            <source>The contact time has no UTC offset.</source>
            <translation>The contact time has no UTC offset.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/service/contacts.py" line="110" />
            <source>The contact time {value} is outside the calendar.</source>
            <translation>The contact time {value} is outside the calendar.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/service/contacts.py" line="116" />
            <source>Minutes must be between 0 and 1440.</source>
            <translation>Minutes must be between 0 and 1440.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/batch.py" line="215" />
            <location filename="../kbtdesk/core/service/contacts.py" line="203" />
            <source>Unknown contact {id}.</source>
            <translation>Unknown contact {id}.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/service/measures.py" line="33" />
            <source>{instrument} has {n} items, not {m}.</source>
            <translation>{instrument} has {n} items, not {m}.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/service/measures.py" line="38" />
            <source>An item score of {instrument} is outside {lo}–{hi}.</source>
            <translation>An item score of {instrument} is outside {lo}–{hi}.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/service/measures.py" line="42" />
            <source>The item scores add up to {total}, not {score}.</source>
            <translation>The item scores add up to {total}, not {score}.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/item_scores.py" line="16" />
            <source>Item scores must be whole numbers separated by spaces.</source>
            <translation>Item scores must be whole numbers separated by spaces.</translation>
        </message>
    </context>
    <context>
        <name>JournalStep</name>
        <message>
            <location filename="../kbtdesk/ui/checklist_steps.py" line="227" />
            <source>Journal</source>
            <translation>Journal</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/checklist_steps.py" line="232" />
            <source>Use the template &lt;b&gt;{template}&lt;/b&gt; in {ehr}.</source>
            <translation>Use the template &lt;b&gt;{template}&lt;/b&gt; in {ehr}.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/checklist_steps.py" line="238" />
            <source>From the quick guide: {lathund} ({ehr})</source>
            <translation>From the quick guide: {lathund} ({ehr})</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/checklist_steps.py" line="241" />
            <source>The rule set names no journal template for {ehr}.</source>
            <translation>The rule set names no journal template for {ehr}.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/checklist_steps.py" line="244" />
            <source>Note &amp;skeleton (the template's headings):</source>
            <translation>Note &amp;skeleton (the template's headings):</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/checklist_steps.py" line="245" />
            <source>Note skeleton</source>
            <translation>Note skeleton</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/checklist_steps.py" line="256" />
            <source>&amp;Copy skeleton</source>
            <translation>&amp;Copy skeleton</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/checklist_steps.py" line="257" />
            <source>Copy the note skeleton to the clipboard</source>
            <translation>Copy the note skeleton to the clipboard</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/checklist_steps.py" line="268" />
            <source>Note &amp;written and signed in {ehr}</source>
            <translation>Note &amp;written and signed in {ehr}</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/checklist_steps.py" line="269" />
            <source>Journal note written and signed in {ehr}</source>
            <translation>Journal note written and signed in {ehr}</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/checklist_steps.py" line="272" />
            <source>Leave it unticked if the EHR is down or the note is not signed yet: the contact waits on the worklist.</source>
            <translation>Leave it unticked if the EHR is down or the note is not signed yet: the contact waits on the worklist.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/checklist_steps.py" line="284" />
            <source>Copied.</source>
            <translation>Copied.</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <location filename="../kbtdesk/ui/labels.py" line="26" />
            <source>Completed</source>
            <translation>Completed</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/labels.py" line="27" />
            <source>Dropped out</source>
            <translation>Dropped out</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/labels.py" line="28" />
            <source>Other reason</source>
            <translation>Other reason</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/widgets.py" line="80" />
            <source>Error message</source>
            <extracomment>The strength meter, from "too short" to "strong".</extracomment>
            <translation>Error message</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/widgets.py" line="158" />
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>LockScreen</name>
        <message>
            <location filename="../kbtdesk/ui/lock.py" line="224" />
            <location filename="../kbtdesk/ui/lock.py" line="225" />
            <source>kbtdesk is locked</source>
            <translation>kbtdesk is locked</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/lock.py" line="227" />
            <source>Patient data are hidden. Enter your passphrase to continue where you were.</source>
            <translation>Patient data are hidden. Enter your passphrase to continue where you were.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/lock.py" line="230" />
            <source>Patient data are hidden. This demo log has no passphrase.</source>
            <translation>Patient data are hidden. This demo log has no passphrase.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/lock.py" line="231" />
            <source>Why the window is locked</source>
            <translation>Why the window is locked</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/lock.py" line="232" />
            <location filename="../kbtdesk/ui/lock.py" line="233" />
            <source>Passphrase</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/lock.py" line="234" />
            <source>Error message</source>
            <translation>Error message</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/lock.py" line="235" />
            <source>Forgot passphrase?</source>
            <translation>Forgot passphrase?</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/lock.py" line="236" />
            <source>Forgot passphrase? Use the recovery code</source>
            <translation>Forgot passphrase? Use the recovery code</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/lock.py" line="237" />
            <source>&amp;Unlock</source>
            <translation>&amp;Unlock</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/lock.py" line="238" />
            <source>Unlock</source>
            <translation>Unlock</translation>
        </message>
    </context>
    <context>
        <name>Log</name>
        <message>
            <location filename="../kbtdesk/db/backup.py" line="447" />
            <source>{path} does not open with this log's key: it is damaged or belongs to another key file. The current log was not touched.</source>
            <extracomment>Pages checked or copied per step between two progress reports (4 MiB of 4 KiB pages): a cancel (an exception from `progress`) lands within one step.</extracomment>
            <translation>{path} does not open with this log's key: it is damaged or belongs to another key file. The current log was not touched.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/db/backup.py" line="450" />
            <source>The backup {path} is damaged ({detail}). The current log was not touched.</source>
            <translation>The backup {path} is damaged ({detail}). The current log was not touched.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/db/engine.py" line="150" />
            <source>There is not enough free space to open {path} (it needs room for a backup and its journal). Nothing was changed; free some space and try again, or open it read-only.</source>
            <extracomment>Every page's HMAC is checked on open up to this size (≈60 ms here); bigger logs get the page check in `kbtdesk verify` and before every backup instead (≈0.48 s at 64 MB, 2.3 s at 1M contacts). A damaged page is refused whenever it is read anyway: SQLCipher checks each page's HMAC as it decrypts it, so skipping the check on open never lets damaged data through, it only finds the damage later. 8 MiB is a log of a few thousand contacts: a small log is checked whole at no cost the user notices, a clinic-size log opens without reading every page (docs/trust.md). Failed unlocks and read-only unlocks are remembered here (no patient data) until the next unlock that can write them into the audit trail.</extracomment>
            <translation>There is not enough free space to open {path} (it needs room for a backup and its journal). Nothing was changed; free some space and try again, or open it read-only.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/db/engine.py" line="159" />
            <source>{path} could not be read or written ({error}). Nothing was changed; check the disk and try again, or open the log read-only.</source>
            <translation>{path} could not be read or written ({error}). Nothing was changed; check the disk and try again, or open the log read-only.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/db/engine.py" line="167" />
            <source>{path} or its folder cannot be written. Nothing was changed; you can open the log read-only.</source>
            <translation>{path} or its folder cannot be written. Nothing was changed; you can open the log read-only.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/db/engine.py" line="445" />
            <location filename="../kbtdesk/db/engine.py" line="455" />
            <source>A log already exists at {path}; it was not touched.</source>
            <translation>A log already exists at {path}; it was not touched.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/db/health.py" line="38" />
            <source>There is no log at {path}.</source>
            <translation>There is no log at {path}.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/db/health.py" line="40" />
            <source>{path} is a folder, not a kbtdesk log. Nothing was changed.</source>
            <translation>{path} is a folder, not a kbtdesk log. Nothing was changed.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/db/health.py" line="43" />
            <source>{path} cannot be read ({error}). Nothing was changed.</source>
            <translation>{path} cannot be read ({error}). Nothing was changed.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/db/health.py" line="47" />
            <source>{path} is empty (0 bytes): it was not written completely. Nothing was changed; restore the newest backup.</source>
            <translation>{path} is empty (0 bytes): it was not written completely. Nothing was changed; restore the newest backup.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/db/health.py" line="51" />
            <source>{path} is an unencrypted SQLite database, not a kbtdesk log. Nothing was changed.</source>
            <translation>{path} is an unencrypted SQLite database, not a kbtdesk log. Nothing was changed.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/db/health.py" line="54" />
            <source>{path} is not a complete kbtdesk log ({size} bytes, not a whole number of pages): it was cut short, or it is another kind of file. Nothing was changed; restore the newest backup.</source>
            <translation>{path} is not a complete kbtdesk log ({size} bytes, not a whole number of pages): it was cut short, or it is another kind of file. Nothing was changed; restore the newest backup.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/db/health.py" line="62" />
            <source>{path} could not be opened with this key: it is damaged, not a kbtdesk log, or belongs to another key file. Nothing was changed.</source>
            <translation>{path} could not be opened with this key: it is damaged, not a kbtdesk log, or belongs to another key file. Nothing was changed.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/db/health.py" line="68" />
            <source>{path} is damaged ({detail}). Nothing was changed; restore the newest backup or open it read-only to copy what can be read.</source>
            <translation>{path} is damaged ({detail}). Nothing was changed; restore the newest backup or open it read-only to copy what can be read.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/db/health.py" line="75" />
            <source>{path} cannot be opened: its write-ahead journal ({path}-wal) is damaged ({detail}). Nothing was changed and both files are kept as they are; restore the newest backup (the damaged files are set aside beside it), or keep the two files together and ask for help to recover the newest saves.</source>
            <translation>{path} cannot be opened: its write-ahead journal ({path}-wal) is damaged ({detail}). Nothing was changed and both files are kept as they are; restore the newest backup (the damaged files are set aside beside it), or keep the two files together and ask for help to recover the newest saves.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/db/lock.py" line="108" />
            <source>{path} is in use by another kbtdesk. Nothing was written; you can open it read-only.</source>
            <translation>{path} is in use by another kbtdesk. Nothing was written; you can open it read-only.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/db/lock.py" line="112" />
            <source>{path} is in use by {user} on {host} (process {pid}) since {since}. Nothing was written; you can open it read-only.</source>
            <translation>{path} is in use by {user} on {host} (process {pid}) since {since}. Nothing was written; you can open it read-only.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/db/lock.py" line="221" />
            <location filename="../kbtdesk/db/lock.py" line="225" />
            <source>kbtdesk cannot write in the folder of {path}. Nothing was changed; you can open the log read-only.</source>
            <translation>kbtdesk cannot write in the folder of {path}. Nothing was changed; you can open the log read-only.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/db/migrations.py" line="27" />
            <source>This log was written by a newer kbtdesk (schema {found}; this version reads up to {supported}). Update kbtdesk to open it; nothing was changed.</source>
            <translation>This log was written by a newer kbtdesk (schema {found}; this version reads up to {supported}). Update kbtdesk to open it; nothing was changed.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../kbtdesk/ui/actions.py" line="52" />
            <source>Undo</source>
            <translation>Undo</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/actions.py" line="54" />
            <source>Redo</source>
            <translation>Redo</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/main_window.py" line="293" />
            <source>DEMO (fictitious data)</source>
            <translation>DEMO (fictitious data)</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/actions.py" line="36" />
            <source>New &amp;episode</source>
            <translation>New &amp;episode</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/actions.py" line="38" />
            <source>&amp;New contact</source>
            <translation>&amp;New contact</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/actions.py" line="43" />
            <location filename="../kbtdesk/ui/actions.py" line="127" />
            <source>&amp;Edit</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/actions.py" line="47" />
            <source>&amp;Delete</source>
            <translation>&amp;Delete</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/actions.py" line="48" />
            <source>End episo&amp;de</source>
            <translation>End episo&amp;de</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/actions.py" line="41" />
            <source>&amp;Edit contact…</source>
            <translation>&amp;Edit contact…</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/actions.py" line="44" />
            <source>&amp;Delete contact</source>
            <translation>&amp;Delete contact</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/actions.py" line="50" />
            <source>Record &amp;score</source>
            <translation>Record &amp;score</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/actions.py" line="56" />
            <source>&amp;Worklist</source>
            <translation>&amp;Worklist</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/actions.py" line="58" />
            <source>EHR is d&amp;own</source>
            <translation>EHR is d&amp;own</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/actions.py" line="62" />
            <source>Se&amp;ttings</source>
            <translation>Se&amp;ttings</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/actions.py" line="64" />
            <source>Find</source>
            <translation>Find</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/actions.py" line="66" />
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/actions.py" line="68" />
            <source>E&amp;xport and print…</source>
            <translation>E&amp;xport and print…</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/actions.py" line="71" />
            <source>&amp;Print episode summary…</source>
            <translation>&amp;Print episode summary…</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/actions.py" line="73" />
            <source>Copy &amp;registration</source>
            <translation>Copy &amp;registration</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/actions.py" line="75" />
            <source>Copy note s&amp;keleton</source>
            <translation>Copy note s&amp;keleton</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/actions.py" line="77" />
            <source>&amp;User guide</source>
            <translation>&amp;User guide</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/actions.py" line="79" />
            <source>&amp;About kbtdesk</source>
            <translation>&amp;About kbtdesk</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/actions.py" line="81" />
            <source>&amp;Lock now</source>
            <translation>&amp;Lock now</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/actions.py" line="83" />
            <source>Show &amp;log extract for this patient…</source>
            <translation>Show &amp;log extract for this patient…</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/actions.py" line="70" />
            <source>Export and print</source>
            <translation>Export and print</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/actions.py" line="124" />
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/actions.py" line="130" />
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/actions.py" line="131" />
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/actions.py" line="59" />
            <source>Switch on while the EHR or network is down: contacts you log are kept on the worklist until you have entered them.</source>
            <translation>Switch on while the EHR or network is down: contacts you log are kept on the worklist until you have entered them.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/main_window.py" line="296" />
            <source>The EHR is down: contacts you log now are marked for entry later. Switch “EHR is down” off when it is back; the worklist then shows them.</source>
            <translation>The EHR is down: contacts you log now are marked for entry later. Switch “EHR is down” off when it is back; the worklist then shows them.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/main_window.py" line="298" />
            <source>Outage mode is on</source>
            <translation>Outage mode is on</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/main_window.py" line="299" />
            <location filename="../kbtdesk/ui/main_window.py" line="307" />
            <source>Open checklist items</source>
            <translation>Open checklist items</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/main_window.py" line="300" />
            <source>Worklist: still to journal, register or transfer</source>
            <translation>Worklist: still to journal, register or transfer</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/main_window.py" line="301" />
            <source>&amp;Back to episodes</source>
            <translation>&amp;Back to episodes</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/main_window.py" line="302" />
            <source>Back to episodes</source>
            <translation>Back to episodes</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/main_window.py" line="303" />
            <source>DEMO</source>
            <translation>DEMO</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/main_window.py" line="304" />
            <source>Demo log with fictitious data</source>
            <translation>Demo log with fictitious data</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/main_window.py" line="305" />
            <source>Log: {path}</source>
            <translation>Log: {path}</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/main_window.py" line="306" />
            <source>Where the log is stored</source>
            <translation>Where the log is stored</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/actions.py" line="82" />
            <source>Lock</source>
            <translation>Lock</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/main_window.py" line="309" />
            <source>The log is open read-only</source>
            <translation>The log is open read-only</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/main_window.py" line="311" />
            <source>The log is on a network drive. kbtdesk works there, but whether another computer is kept out while you write depends on the server. A log on this computer, with backups to the network drive, is safer.</source>
            <translation>The log is on a network drive. kbtdesk works there, but whether another computer is kept out while you write depends on the server. A log on this computer, with backups to the network drive, is safer.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/main_window.py" line="314" />
            <source>The log is on a network drive</source>
            <translation>The log is on a network drive</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/main_window.py" line="315" />
            <source>Newest backup</source>
            <translation>Newest backup</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/main_window.py" line="377" />
            <source>Open items: {n}</source>
            <translation>Open items: {n}</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/main_window.py" line="500" />
            <location filename="../kbtdesk/ui/main_window.py" line="669" />
            <source>Choose an episode first.</source>
            <translation>Choose an episode first.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/main_window.py" line="550" />
            <source>Delete contact</source>
            <translation>Delete contact</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/main_window.py" line="551" />
            <source>Delete the contact of {when}? You can undo this with Ctrl+Z.</source>
            <translation>Delete the contact of {when}? You can undo this with Ctrl+Z.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/main_window.py" line="554" />
            <source>delete contact of {when}</source>
            <translation>delete contact of {when}</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/main_window.py" line="555" />
            <source>Contact deleted. Ctrl+Z brings it back.</source>
            <translation>Contact deleted. Ctrl+Z brings it back.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/main_window.py" line="642" />
            <source>Choose a contact first.</source>
            <translation>Choose a contact first.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/main_window.py" line="653" />
            <source>Copied the registration: {text}</source>
            <translation>Copied the registration: {text}</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/main_window.py" line="663" />
            <source>Copied the note skeleton ({template}).</source>
            <translation>Copied the note skeleton ({template}).</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/main_window.py" line="471" />
            <source>Read-only: this log is open for reading only, nothing you do here is saved.</source>
            <translation>Read-only: this log is open for reading only, nothing you do here is saved.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/main_window.py" line="478" />
            <source>It is in use by {user} on {host} (process {pid}) since {since}.</source>
            <translation>It is in use by {user} on {host} (process {pid}) since {since}.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/main_window.py" line="454" />
            <location filename="../kbtdesk/ui/main_window.py" line="463" />
            <source>Continue the contact?</source>
            <translation>Continue the contact?</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/main_window.py" line="455" />
            <source>A contact you were entering was kept when the window locked. Continue?</source>
            <translation>A contact you were entering was kept when the window locked. Continue?</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/main_window.py" line="464" />
            <source>The episode or contact of the kept checklist is no longer in the log.</source>
            <translation>The episode or contact of the kept checklist is no longer in the log.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/main_window.py" line="712" />
            <source>Newest backup: none yet</source>
            <translation>Newest backup: none yet</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/main_window.py" line="714" />
            <source>Newest backup: {time}</source>
            <translation>Newest backup: {time}</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/main_window.py" line="488" />
            <source>1 failed unlock attempt since {time}</source>
            <translation>1 failed unlock attempt since {time}</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/main_window.py" line="490" />
            <source>{n} failed unlock attempts since {time}</source>
            <translation>{n} failed unlock attempts since {time}</translation>
        </message>
    </context>
    <context>
        <name>MeasuresModel</name>
        <message>
            <location filename="../kbtdesk/ui/episode_view.py" line="193" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/episode_view.py" line="194" />
            <source>Scale</source>
            <translation>Scale</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/episode_view.py" line="195" />
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/episode_view.py" line="196" />
            <source>Flag</source>
            <translation>Flag</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/episode_view.py" line="256" />
            <source>⚑ {item}: {value}</source>
            <translation>⚑ {item}: {value}</translation>
        </message>
    </context>
    <context>
        <name>NewEpisodeDialog</name>
        <message>
            <location filename="../kbtdesk/ui/dialogs/episode.py" line="29" />
            <source>New episode</source>
            <translation>New episode</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/episode.py" line="36" />
            <source>Identity number</source>
            <translation>Identity number</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/episode.py" line="37" />
            <source>personnummer, samordningsnummer or reservnummer</source>
            <translation>personnummer, samordningsnummer or reservnummer</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/episode.py" line="39" />
            <source>Patient's name</source>
            <translation>Patient's name</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/episode.py" line="40" />
            <source>Programme</source>
            <translation>Programme</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/episode.py" line="43" />
            <source>Start date</source>
            <translation>Start date</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/episode.py" line="44" />
            <source>&amp;Identity number:</source>
            <translation>&amp;Identity number:</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/episode.py" line="46" />
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/episode.py" line="47" />
            <source>&amp;Programme:</source>
            <translation>&amp;Programme:</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/episode.py" line="48" />
            <source>&amp;Start date:</source>
            <translation>&amp;Start date:</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/episode.py" line="52" />
            <source>&amp;Start episode</source>
            <translation>&amp;Start episode</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/episode.py" line="59" />
            <source>Patient in the log: {name}</source>
            <translation>Patient in the log: {name}</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/episode.py" line="62" />
            <source>New patient: enter the name below.</source>
            <translation>New patient: enter the name below.</translation>
        </message>
    </context>
    <context>
        <name>NewPassphraseForm</name>
        <message>
            <location filename="../kbtdesk/ui/dialogs/passphrase.py" line="79" />
            <source>Passphrase</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/passphrase.py" line="80" />
            <source>Repeat passphrase</source>
            <translation>Repeat passphrase</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/passphrase.py" line="82" />
            <source>New passphrase</source>
            <translation>New passphrase</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/passphrase.py" line="83" />
            <source>Repeat new passphrase</source>
            <translation>Repeat new passphrase</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/passphrase.py" line="84" />
            <source>P&amp;assphrase:</source>
            <translation>P&amp;assphrase:</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/passphrase.py" line="84" />
            <source>&amp;New passphrase:</source>
            <translation>&amp;New passphrase:</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/passphrase.py" line="92" />
            <source>&amp;Repeat:</source>
            <translation>&amp;Repeat:</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/passphrase.py" line="93" />
            <source>Strength:</source>
            <translation>Strength:</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <location filename="../kbtdesk/ui/printing.py" line="49" />
            <source>Cannot print or export</source>
            <extracomment>The preview shows a page at about its printed size: A4 is 210 mm wide, 794 px at 96 dpi. Room around the page in the preview (toolbar, scroll bar, margins), in pixels. Share of the screen the preview may take.</extracomment>
            <translation>Cannot print or export</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/printing.py" line="89" />
            <location filename="../kbtdesk/ui/printing.py" line="102" />
            <source>Print</source>
            <translation>Print</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/printing.py" line="103" />
            <source>Laying out the pages…</source>
            <translation>Laying out the pages…</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/printing.py" line="107" />
            <source>Painting the pages…</source>
            <translation>Painting the pages…</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/printing.py" line="123" />
            <source>Print preview – {title}</source>
            <translation>Print preview – {title}</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/printing.py" line="182" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/printing.py" line="183" />
            <source>CSV for Excel (*.csv)</source>
            <translation>CSV for Excel (*.csv)</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/printing.py" line="184" />
            <location filename="../kbtdesk/ui/printing.py" line="210" />
            <source>Export</source>
            <translation>Export</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/printing.py" line="90" />
            <location filename="../kbtdesk/ui/printing.py" line="211" />
            <source>Reading the log…</source>
            <translation>Reading the log…</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/printing.py" line="61" />
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/printing.py" line="214" />
            <source>Writing {file}…</source>
            <translation>Writing {file}…</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/printing.py" line="222" />
            <source>Cannot write {file}: {reason}. Nothing was written.</source>
            <translation>Cannot write {file}: {reason}. Nothing was written.</translation>
        </message>
    </context>
    <context>
        <name>RecoveryCodeDialog</name>
        <message>
            <location filename="../kbtdesk/ui/dialogs/recovery_code.py" line="140" />
            <source>Your recovery code</source>
            <extracomment>Locking the window closes every dialog but this one: the code is shown only once.</extracomment>
            <translation>Your recovery code</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/recovery_code.py" line="146" />
            <source>The used recovery code no longer works. This is your new one. </source>
            <translation>The used recovery code no longer works. This is your new one. </translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/recovery_code.py" line="152" />
            <source>If you forget your passphrase, this code is the only way into your log. It is shown only now. Write it down or print it, and keep it apart from this computer (not in a file on it).</source>
            <translation>If you forget your passphrase, this code is the only way into your log. It is shown only now. Write it down or print it, and keep it apart from this computer (not in a file on it).</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/recovery_code.py" line="158" />
            <source>Recovery code</source>
            <translation>Recovery code</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/recovery_code.py" line="169" />
            <source>&amp;Print…</source>
            <translation>&amp;Print…</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/recovery_code.py" line="169" />
            <source>Print the recovery code</source>
            <translation>Print the recovery code</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/recovery_code.py" line="170" />
            <source>&amp;Copy</source>
            <translation>&amp;Copy</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/recovery_code.py" line="170" />
            <source>Copy the recovery code</source>
            <translation>Copy the recovery code</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/recovery_code.py" line="178" />
            <source>No printer that prints on paper is set up on this computer: write the code down by hand.</source>
            <translation>No printer that prints on paper is set up on this computer: write the code down by hand.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/recovery_code.py" line="184" />
            <source>I have &amp;written down or printed the recovery code</source>
            <translation>I have &amp;written down or printed the recovery code</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/recovery_code.py" line="185" />
            <source>I have written down or printed the recovery code</source>
            <translation>I have written down or printed the recovery code</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/recovery_code.py" line="190" />
            <source>C&amp;ontinue</source>
            <translation>C&amp;ontinue</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/recovery_code.py" line="189" />
            <source>Continue</source>
            <translation>Continue</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/recovery_code.py" line="200" />
            <source>Copied. Paste it where it is safe, then clear the clipboard.</source>
            <translation>Copied. Paste it where it is safe, then clear the clipboard.</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <location filename="../kbtdesk/ui/dialogs/passphrase.py" line="251" />
            <source>Set a new passphrase with the recovery code</source>
            <translation>Set a new passphrase with the recovery code</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/passphrase.py" line="256" />
            <source>Type the recovery code you wrote down when the log was created (case, spaces and dashes do not matter), then choose a new passphrase. Afterwards you get a new recovery code: the one you type here stops working.</source>
            <translation>Type the recovery code you wrote down when the log was created (case, spaces and dashes do not matter), then choose a new passphrase. Afterwards you get a new recovery code: the one you type here stops working.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/passphrase.py" line="262" />
            <source>Recovery code</source>
            <translation>Recovery code</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/passphrase.py" line="264" />
            <source>Recovery &amp;code:</source>
            <translation>Recovery &amp;code:</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/passphrase.py" line="270" />
            <source>&amp;Set passphrase</source>
            <translation>&amp;Set passphrase</translation>
        </message>
    </context>
    <context>
        <name>RecoverySheet</name>
        <message>
            <location filename="../kbtdesk/ui/dialogs/recovery_code.py" line="26" />
            <source>kbtdesk: recovery code</source>
            <extracomment>Printers whose name says they write a file (Windows' "Microsoft Print to PDF", "… XPS Document Writer", "OneNote", CUPS-PDF): not paper, so never offered for the recovery code.</extracomment>
            <translation>kbtdesk: recovery code</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/recovery_code.py" line="59" />
            <source>Made on</source>
            <translation>Made on</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/recovery_code.py" line="60" />
            <source>Care unit</source>
            <translation>Care unit</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/recovery_code.py" line="61" />
            <source>Log</source>
            <translation>Log</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/recovery_code.py" line="62" />
            <source>The log is encrypted: only its passphrase opens it. If the passphrase is forgotten, this code sets a new one. Nothing else can, not even IT.</source>
            <translation>The log is encrypted: only its passphrase opens it. If the passphrase is forgotten, this code sets a new one. Nothing else can, not even IT.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/recovery_code.py" line="66" />
            <source>Keep this sheet locked away, apart from the computer and its bag. Do not photograph it, scan it or save it in a file.</source>
            <translation>Keep this sheet locked away, apart from the computer and its bag. Do not photograph it, scan it or save it in a file.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/recovery_code.py" line="69" />
            <source>Whoever has this sheet and the log file can read the log: keep it as safe as the patients' records.</source>
            <translation>Whoever has this sheet and the log file can read the log: keep it as safe as the patients' records.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/recovery_code.py" line="72" />
            <source>If you forget the passphrase: start kbtdesk, choose “Forgot passphrase?”, type this code and choose a new passphrase.</source>
            <translation>If you forget the passphrase: start kbtdesk, choose “Forgot passphrase?”, type this code and choose a new passphrase.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/recovery_code.py" line="75" />
            <source>The code then stops working and kbtdesk shows a new one: print or write down that one, and shred this sheet.</source>
            <translation>The code then stops working and kbtdesk shows a new one: print or write down that one, and shred this sheet.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/recovery_code.py" line="79" />
            <source>What the code is for</source>
            <translation>What the code is for</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/recovery_code.py" line="80" />
            <source>What to do with this sheet</source>
            <translation>What to do with this sheet</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/recovery_code.py" line="114" />
            <source>“{printer}” saves a file instead of printing on paper. A recovery code in a file on this computer is found by whoever gets at the computer. Print to it anyway?</source>
            <translation>“{printer}” saves a file instead of printing on paper. A recovery code in a file on this computer is found by whoever gets at the computer. Print to it anyway?</translation>
        </message>
    </context>
    <context>
        <name>RegistrationStep</name>
        <message>
            <location filename="../kbtdesk/ui/checklist_steps.py" line="401" />
            <source>Registration</source>
            <translation>Registration</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/checklist_steps.py" line="406" />
            <source>Register the contact in {system}.</source>
            <translation>Register the contact in {system}.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/checklist_steps.py" line="408" />
            <source>Register the contact in {system} as in {routine}.</source>
            <translation>Register the contact in {system} as in {routine}.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/checklist_steps.py" line="416" />
            <source>Contact type:</source>
            <translation>Contact type:</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/checklist_steps.py" line="420" />
            <source>KVÅ codes:</source>
            <translation>KVÅ codes:</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/checklist_steps.py" line="428" />
            <source>Te&amp;xt to copy:</source>
            <translation>Te&amp;xt to copy:</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/checklist_steps.py" line="429" />
            <source>Registration text</source>
            <translation>Registration text</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/checklist_steps.py" line="435" />
            <source>&amp;Copy</source>
            <translation>&amp;Copy</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/checklist_steps.py" line="436" />
            <source>Copy the registration text to the clipboard</source>
            <translation>Copy the registration text to the clipboard</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/checklist_steps.py" line="443" />
            <source>Re&amp;gistered in {system}</source>
            <translation>Re&amp;gistered in {system}</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/checklist_steps.py" line="444" />
            <source>Contact registered in {system}</source>
            <translation>Contact registered in {system}</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/checklist_steps.py" line="448" />
            <source>This contact ends the treatment: transfer the episode to SibeR via Medrave. See “Lathund för överföring via Medrave till SibeR”. The transfer stays on the worklist until you tick it there.</source>
            <translation>This contact ends the treatment: transfer the episode to SibeR via Medrave. See “Lathund för överföring via Medrave till SibeR”. The transfer stays on the worklist until you tick it there.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/checklist_steps.py" line="470" />
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/checklist_steps.py" line="478" />
            <source>Copied.</source>
            <translation>Copied.</translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message>
            <location filename="../kbtdesk/core/reports/model.py" line="24" />
            <source>Page {page} of {pages}</source>
            <extracomment>A table cell: ``str`` is literal (user data, codes), ``Message`` is translated when rendered, a tuple of messages is shown joined by "; " (two flags on one day). Drawn on every page by the page layout; Swedish comes from the catalogue.</extracomment>
            <translation>Page {page} of {pages}</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/model.py" line="25" />
            <source>Printed from kbtdesk – does not replace the journal</source>
            <translation>Printed from kbtdesk – does not replace the journal</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/model.py" line="26" />
            <source>Printed {time}</source>
            <translation>Printed {time}</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/model.py" line="146" />
            <source>Yes</source>
            <extracomment>False: only in the CSV (copy texts, dates of first/last scores) to keep the printed page readable. False: only in print (a layout of values the CSV holds in columns of their own). Never wrapped in print: dates, times, identity numbers. A heading over consecutive printed columns of the same group ("Contacts" over BR, TB, …). The heading in print when it differs from the CSV's (under a group heading, shorter). Row indexes shown emphasised in print (not registered, flagged score, …). Row indexes of totals (bold in print). Per value: drawn as a warning (MADRS-S item 9 ≥ 4). x axis of a bar chart (months); of a line chart, the ISO date of each value. Top of the y axis: the instrument's own maximum, 100 for percentages. A line chart's x positions: the dates of its values (time runs evenly along the axis). Body text size in print; the layout goes smaller only when a table needs it. Index into `sections` of the table that CSV output writes. Whom the report is about, printed in the header of every page (patient, episode): a page of a long summary must say whose it is once it is out of the folder. Whose data the report holds (patient ids): recorded with the export in the audit trail.</extracomment>
            <translation>Yes</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/model.py" line="147" />
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/common.py" line="31" />
            <source>Date: {date}</source>
            <translation>Date: {date}</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/common.py" line="32" />
            <source>Period: {start} – {end}</source>
            <translation>Period: {start} – {end}</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/common.py" line="17" />
            <source>Not registered</source>
            <extracomment>Rows between two progress reports / cancel checks.</extracomment>
            <translation>Not registered</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/common.py" line="18" />
            <source>Not done</source>
            <translation>Not done</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/episode.py" line="59" />
            <location filename="../kbtdesk/core/reports/registrations.py" line="19" />
            <source>Date</source>
            <extracomment>Rows between two progress reports / cancel checks (tests patch it to see every batch).</extracomment>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/audit_extract.py" line="19" />
            <source>Entry</source>
            <translation>Entry</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/audit_extract.py" line="20" />
            <location filename="../kbtdesk/core/reports/registrations.py" line="20" />
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/audit_extract.py" line="21" />
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/audit_extract.py" line="22" />
            <source>Record</source>
            <translation>Record</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/audit_extract.py" line="23" />
            <source>Record id</source>
            <translation>Record id</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/audit_extract.py" line="24" />
            <source>By</source>
            <translation>By</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/audit_extract.py" line="25" />
            <source>Detail</source>
            <translation>Detail</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/audit_extract.py" line="41" />
            <source>No entries.</source>
            <translation>No entries.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/audit_extract.py" line="50" />
            <location filename="../kbtdesk/core/reports/episode.py" line="128" />
            <location filename="../kbtdesk/core/reports/registrations.py" line="21" />
            <location filename="../kbtdesk/core/reports/siber.py" line="91" />
            <source>Patient</source>
            <translation>Patient</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/audit_extract.py" line="51" />
            <location filename="../kbtdesk/core/reports/episode.py" line="129" />
            <location filename="../kbtdesk/core/reports/registrations.py" line="22" />
            <location filename="../kbtdesk/core/reports/siber.py" line="90" />
            <source>Identity number</source>
            <translation>Identity number</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/audit_extract.py" line="52" />
            <source>Entries</source>
            <translation>Entries</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/audit_extract.py" line="56" />
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/audit_extract.py" line="57" />
            <source>Every recorded change, export and print of this patient's data in this log, oldest first. The entries name records by id, never by name; an export of a list (registration list, SibeR basis, coverage, the whole log) is listed for every patient it held.</source>
            <translation>Every recorded change, export and print of this patient's data in this log, oldest first. The entries name records by id, never by name; an export of a list (registration list, SibeR basis, coverage, the whole log) is listed for every patient it held.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/audit_extract.py" line="61" />
            <source>Log extract</source>
            <translation>Log extract</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/episode.py" line="36" />
            <location filename="../kbtdesk/core/reports/registrations.py" line="23" />
            <source>Contact type</source>
            <translation>Contact type</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/registrations.py" line="24" />
            <source>Mode</source>
            <translation>Mode</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/episode.py" line="38" />
            <location filename="../kbtdesk/core/reports/registrations.py" line="25" />
            <source>KVÅ codes</source>
            <translation>KVÅ codes</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/episode.py" line="40" />
            <location filename="../kbtdesk/core/reports/registrations.py" line="26" />
            <source>Registered</source>
            <translation>Registered</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/episode.py" line="43" />
            <location filename="../kbtdesk/core/reports/registrations.py" line="27" />
            <source>Registration text</source>
            <translation>Registration text</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/episode.py" line="63" />
            <source>{instrument} (max {max})</source>
            <translation>{instrument} (max {max})</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/episode.py" line="139" />
            <location filename="../kbtdesk/core/reports/registrations.py" line="28" />
            <source>Register in</source>
            <translation>Register in</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/registrations.py" line="29" />
            <location filename="../kbtdesk/core/reports/siber.py" line="120" />
            <source>Episode</source>
            <translation>Episode</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/episode.py" line="47" />
            <location filename="../kbtdesk/core/reports/registrations.py" line="30" />
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/registrations.py" line="91" />
            <source>No contacts in the period.</source>
            <extracomment>The registration list's rows: first the cells that go into the report as they come (date, time and registration date cut to size here), then what the shape texts and the row need. The same rows counted, for the progress bar, without reading most of them: a contact whose UTC time is at least a day after `start` and before `end` has its local date in the period (offsets are −12…+14 hours), so those are counted in the index alone; only the edges (up to two days at each end) are read to check their local date.</extracomment>
            <translation>No contacts in the period.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/registrations.py" line="123" />
            <source>Registration list: not yet registered</source>
            <translation>Registration list: not yet registered</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/registrations.py" line="124" />
            <source>Registration list</source>
            <translation>Registration list</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/registrations.py" line="125" />
            <source>{count} contacts, {pending} not registered.</source>
            <translation>{count} contacts, {pending} not registered.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/common.py" line="21" />
            <source>Completed</source>
            <translation>Completed</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/common.py" line="22" />
            <source>Dropped out</source>
            <translation>Dropped out</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/common.py" line="23" />
            <source>Other reason</source>
            <translation>Other reason</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/episode.py" line="28" />
            <source>No contact is marked as final</source>
            <translation>No contact is marked as final</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/episode.py" line="29" />
            <source>Final contact without {code}</source>
            <translation>Final contact without {code}</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/episode.py" line="30" />
            <source>Final contact with {code}</source>
            <translation>Final contact with {code}</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/episode.py" line="32" />
            <source>Error</source>
            <translation>Error</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/episode.py" line="32" />
            <source>Warning</source>
            <translation>Warning</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/episode.py" line="35" />
            <source>Date and time</source>
            <translation>Date and time</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/episode.py" line="37" />
            <location filename="../kbtdesk/core/reports/siber.py" line="104" />
            <source>Min</source>
            <translation>Min</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/episode.py" line="39" />
            <source>Journal</source>
            <translation>Journal</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/episode.py" line="41" />
            <source>Final</source>
            <translation>Final</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/episode.py" line="42" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/episode.py" line="46" />
            <source>Severity</source>
            <translation>Severity</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/episode.py" line="48" />
            <source>Finding</source>
            <translation>Finding</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/episode.py" line="49" />
            <source>Why</source>
            <translation>Why</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/siber.py" line="123" />
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/episode.py" line="68" />
            <source>Flag</source>
            <translation>Flag</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/episode.py" line="89" />
            <source>{instrument} item {item}: {value} (flag at {threshold} or more)</source>
            <translation>{instrument} item {item}: {value} (flag at {threshold} or more)</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/episode.py" line="130" />
            <location filename="../kbtdesk/core/reports/siber.py" line="92" />
            <source>Programme</source>
            <translation>Programme</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/episode.py" line="131" />
            <source>Started</source>
            <translation>Started</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/episode.py" line="132" />
            <location filename="../kbtdesk/core/reports/episode.py" line="178" />
            <source>Ended</source>
            <translation>Ended</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/episode.py" line="133" />
            <source>Ongoing, week {week}</source>
            <translation>Ongoing, week {week}</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/episode.py" line="135" />
            <source>Therapist</source>
            <translation>Therapist</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/episode.py" line="137" />
            <source>Care unit</source>
            <translation>Care unit</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/episode.py" line="138" />
            <source>EHR</source>
            <translation>EHR</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/coverage.py" line="231" />
            <location filename="../kbtdesk/core/reports/coverage.py" line="277" />
            <location filename="../kbtdesk/core/reports/episode.py" line="140" />
            <source>Judged by rule set</source>
            <translation>Judged by rule set</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/episode.py" line="148" />
            <source>Note on the rule set</source>
            <translation>Note on the rule set</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/episode.py" line="150" />
            <source>No contacts yet.</source>
            <translation>No contacts yet.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/episode.py" line="165" />
            <source>No findings: the contacts follow the routine's rules.</source>
            <translation>No findings: the contacts follow the routine's rules.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/episode.py" line="69" />
            <source>No rating-scale scores.</source>
            <translation>No rating-scale scores.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/episode.py" line="107" />
            <source>Red: item {item} at {threshold} or more.</source>
            <translation>Red: item {item} at {threshold} or more.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/episode.py" line="179" />
            <source>Not ended</source>
            <translation>Not ended</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/episode.py" line="180" />
            <location filename="../kbtdesk/core/reports/siber.py" line="95" />
            <source>End reason</source>
            <translation>End reason</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/episode.py" line="183" />
            <source>Final contact</source>
            <translation>Final contact</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/episode.py" line="185" />
            <source>SibeR start documented</source>
            <translation>SibeR start documented</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/episode.py" line="186" />
            <source>Not documented</source>
            <translation>Not documented</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/episode.py" line="187" />
            <source>SibeR transfer (Medrave)</source>
            <translation>SibeR transfer (Medrave)</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/common.py" line="19" />
            <source>Not transferred</source>
            <translation>Not transferred</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/episode.py" line="192" />
            <source>Episode summary</source>
            <translation>Episode summary</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/episode.py" line="196" />
            <location filename="../kbtdesk/core/reports/siber.py" line="86" />
            <source>Contacts</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/episode.py" line="197" />
            <source>Rule findings</source>
            <translation>Rule findings</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/episode.py" line="198" />
            <location filename="../kbtdesk/core/reports/siber.py" line="87" />
            <source>Rating scales</source>
            <translation>Rating scales</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/episode.py" line="199" />
            <source>Ending and SibeR transfer</source>
            <translation>Ending and SibeR transfer</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/siber.py" line="15" />
            <source>A basis for the transfer to SibeR via Medrave, not SibeR's own format (which is not known): check each value against your unit's lathund before you enter it.</source>
            <translation>A basis for the transfer to SibeR via Medrave, not SibeR's own format (which is not known): check each value against your unit's lathund before you enter it.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/siber.py" line="18" />
            <source>First
Last</source>
            <translation>First
Last</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/siber.py" line="93" />
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/siber.py" line="94" />
            <source>End</source>
            <translation>End</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/siber.py" line="97" />
            <source>Contacts: {type}</source>
            <translation>Contacts: {type}</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/siber.py" line="102" />
            <source>Contacts in all</source>
            <translation>Contacts in all</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/siber.py" line="103" />
            <source>Therapist minutes</source>
            <translation>Therapist minutes</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/siber.py" line="109" />
            <source>{instrument} first</source>
            <translation>{instrument} first</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/siber.py" line="111" />
            <source>{instrument} first date</source>
            <translation>{instrument} first date</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/siber.py" line="113" />
            <source>{instrument} last</source>
            <translation>{instrument} last</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/siber.py" line="115" />
            <source>{instrument} last date</source>
            <translation>{instrument} last date</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/siber.py" line="119" />
            <source>Transferred to SibeR</source>
            <translation>Transferred to SibeR</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/siber.py" line="128" />
            <source>No ended episodes in the selection.</source>
            <translation>No ended episodes in the selection.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/siber.py" line="148" />
            <source>SibeR basis</source>
            <translation>SibeR basis</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/coverage.py" line="223" />
            <source>Month</source>
            <translation>Month</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/coverage.py" line="92" />
            <source>of logged contacts</source>
            <extracomment>Heading of the measure's group in print and of its count in the CSV. The CSV's heading of the denominator and of the percentage. What a gap in it means for the region's coverage figure.</extracomment>
            <translation>of logged contacts</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/coverage.py" line="93" />
            <source>of ended episodes</source>
            <translation>of ended episodes</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/coverage.py" line="95" />
            <source>Registered contacts</source>
            <translation>Registered contacts</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/coverage.py" line="96" />
            <source>% registered</source>
            <translation>% registered</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/coverage.py" line="97" />
            <source>Only registered contacts reach the region's statistics: a contact logged here but not registered is missing from every figure, coverage included.</source>
            <translation>Only registered contacts reach the region's statistics: a contact logged here but not registered is missing from every figure, coverage included.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/coverage.py" line="100" />
            <source>Journaled contacts</source>
            <translation>Journaled contacts</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/coverage.py" line="101" />
            <source>% journaled</source>
            <translation>% journaled</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/coverage.py" line="102" />
            <source>Medrave takes what SibeR gets from the journal notes: a contact without a note written with the template is missing from the quality registry.</source>
            <translation>Medrave takes what SibeR gets from the journal notes: a contact without a note written with the template is missing from the quality registry.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/coverage.py" line="105" />
            <source>Distance contacts with {code}</source>
            <translation>Distance contacts with {code}</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/coverage.py" line="106" />
            <source>of distance contacts</source>
            <translation>of distance contacts</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/coverage.py" line="107" />
            <location filename="../kbtdesk/core/reports/coverage.py" line="114" />
            <location filename="../kbtdesk/core/reports/coverage.py" line="121" />
            <source>% with {code}</source>
            <translation>% with {code}</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/coverage.py" line="108" />
            <source>The routine asks for {code} at every distance contact so that coverage is correct: each one without it lowers the region's figure. Imported contacts and contacts logged during an outage can lack it.</source>
            <translation>The routine asks for {code} at every distance contact so that coverage is correct: each one without it lowers the region's figure. Imported contacts and contacts logged during an outage can lack it.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/coverage.py" line="112" />
            <source>Visits with {code}</source>
            <translation>Visits with {code}</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/coverage.py" line="113" />
            <source>of visits</source>
            <translation>of visits</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/coverage.py" line="115" />
            <source>The routine asks for {code} on every contact of a type that counts as a visit (administrative contacts do not): a visit without it is missing from the region's figures for that code. Imported contacts and contacts logged during an outage can lack it.</source>
            <translation>The routine asks for {code} on every contact of a type that counts as a visit (administrative contacts do not): a visit without it is missing from the region's figures for that code. Imported contacts and contacts logged during an outage can lack it.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/coverage.py" line="120" />
            <source>Ended episodes with {code} registered</source>
            <translation>Ended episodes with {code} registered</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/coverage.py" line="122" />
            <source>An ended treatment counts as ended in the statistics only when a contact with {code} is registered: without it the episode stays open there.</source>
            <translation>An ended treatment counts as ended in the statistics only when a contact with {code} is registered: without it the episode stays open there.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/coverage.py" line="125" />
            <source>Ended episodes transferred to SibeR</source>
            <translation>Ended episodes transferred to SibeR</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/coverage.py" line="126" />
            <source>% transferred</source>
            <translation>% transferred</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/coverage.py" line="127" />
            <source>An ended episode not transferred via Medrave is missing from SibeR, and lowers the registry's coverage for the unit.</source>
            <translation>An ended episode not transferred via Medrave is missing from SibeR, and lowers the registry's coverage for the unit.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/coverage.py" line="220" />
            <source>Number</source>
            <translation>Number</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/coverage.py" line="221" />
            <source>Of</source>
            <translation>Of</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/coverage.py" line="250" />
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/coverage.py" line="252" />
            <source>Coverage per month (%)</source>
            <translation>Coverage per month (%)</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/coverage.py" line="255" />
            <source>Contacts count in the month of their own local date, episodes in the month they ended, each judged by the version of the rule set valid on that date. An empty percentage means nothing to count that month.</source>
            <translation>Contacts count in the month of their own local date, episodes in the month they ended, each judged by the version of the rule set valid on that date. An empty percentage means nothing to count that month.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/coverage.py" line="261" />
            <source>Contacts or episodes before {date}, when the oldest version of the rule set begins, were judged by that version ({rules}).</source>
            <translation>Contacts or episodes before {date}, when the oldest version of the rule set begins, were judged by that version ({rules}).</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/coverage.py" line="267" />
            <source>Contacts or episodes after {date}, the last day of the newest version of the rule set, were judged by that version ({rules}): is a newer rule file missing?</source>
            <translation>Contacts or episodes after {date}, the last day of the newest version of the rule set, were judged by that version ({rules}): is a newer rule file missing?</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/coverage.py" line="271" />
            <source>What the figures mean</source>
            <translation>What the figures mean</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/reports/coverage.py" line="275" />
            <source>Coverage (täckningsgrad)</source>
            <translation>Coverage (täckningsgrad)</translation>
        </message>
        <message>
            <location filename="../kbtdesk/render/layout.py" line="42" />
            <source>[Shortened in print: {shown} of {total} characters. The whole text is in the log and in the CSV.]</source>
            <extracomment>User text longer than this is cut in print, with a note saying so.</extracomment>
            <translation>[Shortened in print: {shown} of {total} characters. The whole text is in the log and in the CSV.]</translation>
        </message>
    </context>
    <context>
        <name>RulesProblem</name>
        <message>
            <location filename="../kbtdesk/ui/rules_problem.py" line="31" />
            <source>chosen with --rules</source>
            <extracomment>Problems listed in the box itself; the rest are under "Show Details…" (a broken file can have hundreds).</extracomment>
            <translation>chosen with --rules</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/rules_problem.py" line="33" />
            <source>chosen with the environment variable KBTDESK_RULES</source>
            <translation>chosen with the environment variable KBTDESK_RULES</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/rules_problem.py" line="34" />
            <source>bundled with kbtdesk</source>
            <translation>bundled with kbtdesk</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/rules_problem.py" line="42" />
            <source>kbtdesk cannot use the unit configuration {file}, so it does not start.</source>
            <translation>kbtdesk cannot use the unit configuration {file}, so it does not start.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/rules_problem.py" line="44" />
            <source>The unit's settings (unit.json) are deployed by your IT department or written by your unit: ask them to correct the file. The command “kbtdesk rules show” names the files kbtdesk reads.</source>
            <translation>The unit's settings (unit.json) are deployed by your IT department or written by your unit: ask them to correct the file. The command “kbtdesk rules show” names the files kbtdesk reads.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/rules_problem.py" line="47" />
            <source>kbtdesk cannot use the rule set {file} ({chosen}), so it does not start: it would check your contacts against a routine it cannot read.</source>
            <translation>kbtdesk cannot use the rule set {file} ({chosen}), so it does not start: it would check your contacts against a routine it cannot read.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/rules_problem.py" line="50" />
            <source>Ask whoever maintains your region's or unit's rule file to correct it; the command “kbtdesk rules check {file}” lists every problem. Without --rules and KBTDESK_RULES kbtdesk uses the rule set it was installed with.</source>
            <translation>Ask whoever maintains your region's or unit's rule file to correct it; the command “kbtdesk rules check {file}” lists every problem. Without --rules and KBTDESK_RULES kbtdesk uses the rule set it was installed with.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/rules_problem.py" line="54" />
            <source>The rule set installed with kbtdesk is damaged: install kbtdesk again (your log is not touched), or ask your IT department to.</source>
            <translation>The rule set installed with kbtdesk is damaged: install kbtdesk again (your log is not touched), or ask your IT department to.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/rules_problem.py" line="57" />
            <source>What is wrong (where in the file: what):</source>
            <translation>What is wrong (where in the file: what):</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/rules_problem.py" line="58" />
            <source>… and {count} more (Show Details...)</source>
            <translation>… and {count} more (Show Details...)</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/rules_problem.py" line="59" />
            <source>kbtdesk cannot start</source>
            <translation>kbtdesk cannot start</translation>
        </message>
    </context>
    <context>
        <name>ScoreDialog</name>
        <message>
            <location filename="../kbtdesk/ui/dialogs/scores.py" line="19" />
            <source>Record score</source>
            <translation>Record score</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/scores.py" line="24" />
            <source>Rating scale</source>
            <translation>Rating scale</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/scores.py" line="26" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/scores.py" line="27" />
            <source>Total score</source>
            <translation>Total score</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/scores.py" line="28" />
            <source>Item scores</source>
            <translation>Item scores</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/scores.py" line="29" />
            <source>optional, separated by spaces: 2 3 1 …</source>
            <translation>optional, separated by spaces: 2 3 1 …</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/scores.py" line="33" />
            <source>&amp;Rating scale:</source>
            <translation>&amp;Rating scale:</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/scores.py" line="34" />
            <source>&amp;Date:</source>
            <translation>&amp;Date:</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/scores.py" line="35" />
            <source>&amp;Total:</source>
            <translation>&amp;Total:</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/scores.py" line="36" />
            <source>&amp;Item scores:</source>
            <translation>&amp;Item scores:</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/scores.py" line="41" />
            <source>&amp;Save score</source>
            <translation>&amp;Save score</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/scores.py" line="51" />
            <source>{n} items, each {lo}–{hi}; total 0–{max}.</source>
            <translation>{n} items, each {lo}–{hi}; total 0–{max}.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../kbtdesk/ui/dialogs/settings.py" line="49" />
            <location filename="../kbtdesk/ui/dialogs/settings.py" line="54" />
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/settings.py" line="59" />
            <source>Your name</source>
            <translation>Your name</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/settings.py" line="61" />
            <source>Profession</source>
            <translation>Profession</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/settings.py" line="62" />
            <source>Care unit</source>
            <translation>Care unit</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/settings.py" line="63" />
            <source>Care level</source>
            <translation>Care level</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/settings.py" line="65" />
            <source>EHR system</source>
            <translation>EHR system</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/settings.py" line="67" />
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/settings.py" line="68" />
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/settings.py" line="69" />
            <source>&amp;Profession:</source>
            <translation>&amp;Profession:</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/settings.py" line="70" />
            <source>Care &amp;unit:</source>
            <translation>Care &amp;unit:</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/settings.py" line="71" />
            <source>Care &amp;level:</source>
            <translation>Care &amp;level:</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/settings.py" line="72" />
            <source>&amp;EHR system:</source>
            <translation>&amp;EHR system:</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/settings.py" line="73" />
            <source>Lan&amp;guage:</source>
            <translation>Lan&amp;guage:</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/settings.py" line="74" />
            <source>Profile</source>
            <translation>Profile</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/settings.py" line="81" />
            <source>Lock the window after minutes without use</source>
            <translation>Lock the window after minutes without use</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/settings.py" line="84" />
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/settings.py" line="85" />
            <source>&amp;Lock after:</source>
            <translation>&amp;Lock after:</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/settings.py" line="87" />
            <source>After this many minutes without a key press or mouse movement the window hides all patient data and asks for the passphrase. Ctrl+L locks at once.</source>
            <translation>After this many minutes without a key press or mouse movement the window hides all patient data and asks for the passphrase. Ctrl+L locks at once.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/settings.py" line="91" />
            <source>C&amp;hange passphrase…</source>
            <translation>C&amp;hange passphrase…</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/settings.py" line="92" />
            <source>Change passphrase</source>
            <translation>Change passphrase</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/settings.py" line="103" />
            <source>Security</source>
            <translation>Security</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/settings.py" line="107" />
            <source>Headings of the journal note skeleton, one per line. They are a suggestion: adjust them to your unit's lathund.</source>
            <translation>Headings of the journal note skeleton, one per line. They are a suggestion: adjust them to your unit's lathund.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/settings.py" line="116" />
            <source>Template headings for {ehr}</source>
            <translation>Template headings for {ehr}</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/settings.py" line="121" />
            <source>Templates</source>
            <translation>Templates</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/settings.py" line="125" />
            <source>The programmes offered for a new episode, one per line.</source>
            <translation>The programmes offered for a new episode, one per line.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/settings.py" line="129" />
            <location filename="../kbtdesk/ui/dialogs/settings.py" line="132" />
            <source>Programmes</source>
            <translation>Programmes</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/settings.py" line="137" />
            <source>&amp;Save</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/settings.py" line="155" />
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/settings.py" line="165" />
            <source>The passphrase was changed. Use the new one from now on.</source>
            <translation>The passphrase was changed. Use the new one from now on.</translation>
        </message>
    </context>
    <context>
        <name>SetupDialog</name>
        <message>
            <location filename="../kbtdesk/ui/dialogs/first_run.py" line="38" />
            <source>Create your kbtdesk log</source>
            <translation>Create your kbtdesk log</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/first_run.py" line="41" />
            <source>No log was found. Tell kbtdesk who you are and choose a passphrase: the log is encrypted, and the passphrase is what opens it.</source>
            <translation>No log was found. Tell kbtdesk who you are and choose a passphrase: the log is encrypted, and the passphrase is what opens it.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/first_run.py" line="45" />
            <source>The log will be created at: {path}</source>
            <translation>The log will be created at: {path}</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/first_run.py" line="49" />
            <source>Your name</source>
            <translation>Your name</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/first_run.py" line="50" />
            <source>Profession</source>
            <translation>Profession</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/first_run.py" line="51" />
            <source>e.g. psychologist</source>
            <translation>e.g. psychologist</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/first_run.py" line="52" />
            <source>Care unit</source>
            <translation>Care unit</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/first_run.py" line="53" />
            <source>Care level</source>
            <translation>Care level</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/first_run.py" line="54" />
            <source>EHR system</source>
            <translation>EHR system</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/first_run.py" line="64" />
            <source>At least {n} characters. A few unrelated words are easy to remember and hard to guess. Next, kbtdesk shows a recovery code: if you forget the passphrase, that code is the only way into the log. You print it or write it down, and keep it apart from this computer.</source>
            <translation>At least {n} characters. A few unrelated words are easy to remember and hard to guess. Next, kbtdesk shows a recovery code: if you forget the passphrase, that code is the only way into the log. You print it or write it down, and keep it apart from this computer.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/first_run.py" line="55" />
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/first_run.py" line="56" />
            <source>&amp;Profession:</source>
            <translation>&amp;Profession:</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/first_run.py" line="57" />
            <source>Care &amp;unit:</source>
            <translation>Care &amp;unit:</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/first_run.py" line="58" />
            <source>Care &amp;level:</source>
            <translation>Care &amp;level:</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/first_run.py" line="59" />
            <source>&amp;EHR system:</source>
            <translation>&amp;EHR system:</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/first_run.py" line="73" />
            <source>&amp;Create log</source>
            <translation>&amp;Create log</translation>
        </message>
    </context>
    <context>
        <name>StrengthMeter</name>
        <message>
            <location filename="../kbtdesk/ui/dialogs/passphrase.py" line="46" />
            <source>Passphrase strength</source>
            <translation>Passphrase strength</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/passphrase.py" line="60" />
            <source>Too short</source>
            <translation>Too short</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/passphrase.py" line="60" />
            <source>Weak</source>
            <translation>Weak</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/passphrase.py" line="60" />
            <source>Fair</source>
            <translation>Fair</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/passphrase.py" line="60" />
            <source>Good</source>
            <translation>Good</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/passphrase.py" line="60" />
            <source>Strong</source>
            <translation>Strong</translation>
        </message>
    </context>
    <context>
        <name>TrendChart</name>
        <message>
            <location filename="../kbtdesk/ui/chart.py" line="28" />
            <source>Score trend</source>
            <translation>Score trend</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/chart.py" line="76" />
            <source>No scores yet</source>
            <translation>No scores yet</translation>
        </message>
    </context>
    <context>
        <name>Undo</name>
        <message>
            <location filename="../kbtdesk/core/batch.py" line="133" />
            <source>contact</source>
            <translation>contact</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/batch.py" line="134" />
            <source>{n} contacts</source>
            <translation>{n} contacts</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/batch.py" line="196" />
            <location filename="../kbtdesk/core/corrections.py" line="101" />
            <location filename="../kbtdesk/core/corrections.py" line="344" />
            <source>deletion</source>
            <translation>deletion</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/corrections.py" line="196" />
            <source>reopening</source>
            <translation>reopening</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/corrections.py" line="211" />
            <source>ending</source>
            <translation>ending</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/corrections.py" line="224" />
            <source>renaming</source>
            <translation>renaming</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/corrections.py" line="252" />
            <source>identity number</source>
            <translation>identity number</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/corrections.py" line="304" />
            <source>score</source>
            <translation>score</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/ticks.py" line="220" />
            <source>ticks</source>
            <translation>ticks</translation>
        </message>
    </context>
    <context>
        <name>UnitSettingsPage</name>
        <message>
            <location filename="../kbtdesk/ui/unit_settings.py" line="49" />
            <source>These values come from your unit's configuration. A value marked as fixed can only be changed by whoever manages the file (usually IT).</source>
            <translation>These values come from your unit's configuration. A value marked as fixed can only be changed by whoever manages the file (usually IT).</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/unit_settings.py" line="52" />
            <source>No unit configuration is installed. The values below come from the rule set; your unit's IT can deploy a unit.json to set them for every workstation.</source>
            <translation>No unit configuration is installed. The values below come from the rule set; your unit's IT can deploy a unit.json to set them for every workstation.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/unit_settings.py" line="56" />
            <source>Machine-wide file (deployed by IT): {path}</source>
            <translation>Machine-wide file (deployed by IT): {path}</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/unit_settings.py" line="57" />
            <source>Your own file: {path}</source>
            <translation>Your own file: {path}</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/unit_settings.py" line="62" />
            <source>Values set by your unit</source>
            <translation>Values set by your unit</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/unit_settings.py" line="64" />
            <source>Setting</source>
            <translation>Setting</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/unit_settings.py" line="64" />
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/unit_settings.py" line="64" />
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/unit_settings.py" line="65" />
            <source>You may change it</source>
            <translation>You may change it</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/unit_settings.py" line="80" />
            <location filename="../kbtdesk/ui/unit_settings.py" line="106" />
            <source>Days without feedback before an episode is due</source>
            <translation>Days without feedback before an episode is due</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/unit_settings.py" line="82" />
            <source> days</source>
            <translation> days</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/unit_settings.py" line="85" />
            <source>&amp;No feedback after:</source>
            <translation>&amp;No feedback after:</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/unit_settings.py" line="91" />
            <source>none (adjust to your unit)</source>
            <translation>none (adjust to your unit)</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/unit_settings.py" line="95" />
            <source>{name} ({weeks} weeks)</source>
            <translation>{name} ({weeks} weeks)</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/unit_settings.py" line="102" />
            <source>Template headings (number per EHR)</source>
            <translation>Template headings (number per EHR)</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/unit_settings.py" line="103" />
            <source>Registration codes per contact type</source>
            <translation>Registration codes per contact type</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/unit_settings.py" line="104" />
            <source>Programmes (planned weeks)</source>
            <translation>Programmes (planned weeks)</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/unit_settings.py" line="105" />
            <source>Extra KVÅ codes</source>
            <translation>Extra KVÅ codes</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/unit_settings.py" line="105" />
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/unit_settings.py" line="113" />
            <source>rule set (default)</source>
            <translation>rule set (default)</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/unit_settings.py" line="114" />
            <source>your unit (machine-wide)</source>
            <translation>your unit (machine-wide)</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/unit_settings.py" line="114" />
            <source>your own file</source>
            <translation>your own file</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/unit_settings.py" line="118" />
            <source>no: only in unit.json</source>
            <translation>no: only in unit.json</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/unit_settings.py" line="119" />
            <source>no: fixed by your unit</source>
            <translation>no: fixed by your unit</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/unit_settings.py" line="119" />
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/unit_settings.py" line="135" />
            <source>Set by your unit ({path}); it cannot be changed here.</source>
            <translation>Set by your unit ({path}); it cannot be changed here.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/unit_settings.py" line="138" />
            <source>Your unit's values ({path}); you may adjust them for yourself.</source>
            <translation>Your unit's values ({path}); you may adjust them for yourself.</translation>
        </message>
    </context>
    <context>
        <name>Unlock</name>
        <message>
            <location filename="../kbtdesk/db/keyfile.py" line="38" />
            <source>Wrong passphrase. Nothing was changed.</source>
            <translation>Wrong passphrase. Nothing was changed.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/db/keyfile.py" line="43" />
            <source>That recovery code does not open this log. Nothing was changed.</source>
            <translation>That recovery code does not open this log. Nothing was changed.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/db/keyfile.py" line="49" />
            <source>The key file {path} has no recovery code.</source>
            <translation>The key file {path} has no recovery code.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/db/keyfile.py" line="107" />
            <source>The passphrase must have at least {n} characters.</source>
            <extracomment>Cheap parameters for tests only; never used by the program itself.</extracomment>
            <translation>The passphrase must have at least {n} characters.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/db/keyfile.py" line="111" />
            <source>The two passphrases are not the same.</source>
            <translation>The two passphrases are not the same.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/db/keyfile.py" line="202" />
            <location filename="../kbtdesk/db/keyfile.py" line="290" />
            <source>The key file {path} is damaged.</source>
            <translation>The key file {path} is damaged.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/db/keyfile.py" line="256" />
            <source>The key file {path} is missing: the log cannot be opened without it.</source>
            <translation>The key file {path} is missing: the log cannot be opened without it.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/db/keyfile.py" line="262" />
            <source>{path} is not a kbtdesk key file.</source>
            <translation>{path} is not a kbtdesk key file.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/db/keyfile.py" line="265" />
            <source>The key file {path} was written by a newer kbtdesk. Update kbtdesk to open it.</source>
            <translation>The key file {path} was written by a newer kbtdesk. Update kbtdesk to open it.</translation>
        </message>
    </context>
    <context>
        <name>UnlockDialog</name>
        <message>
            <location filename="../kbtdesk/ui/dialogs/passphrase.py" line="137" />
            <source>Unlock kbtdesk</source>
            <translation>Unlock kbtdesk</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/passphrase.py" line="146" />
            <source>Log: {path}</source>
            <translation>Log: {path}</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/passphrase.py" line="148" />
            <source>Passphrase</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/passphrase.py" line="150" />
            <source>&amp;Passphrase:</source>
            <translation>&amp;Passphrase:</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/passphrase.py" line="152" />
            <source>Forgot passphrase?</source>
            <translation>Forgot passphrase?</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/passphrase.py" line="153" />
            <source>Forgot passphrase? Use the recovery code</source>
            <translation>Forgot passphrase? Use the recovery code</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/passphrase.py" line="160" />
            <source>Open &amp;read-only</source>
            <translation>Open &amp;read-only</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/passphrase.py" line="161" />
            <source>Open the log read-only</source>
            <translation>Open the log read-only</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/passphrase.py" line="165" />
            <source>Restore the newest good &amp;backup</source>
            <translation>Restore the newest good &amp;backup</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/passphrase.py" line="166" />
            <source>Restore the newest good backup</source>
            <translation>Restore the newest good backup</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/passphrase.py" line="174" />
            <source>&amp;Unlock</source>
            <translation>&amp;Unlock</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/passphrase.py" line="196" />
            <source>No good backup was found in the backups folder. Nothing was changed.</source>
            <translation>No good backup was found in the backups folder. Nothing was changed.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/passphrase.py" line="219" />
            <source>The newest good backup was restored. The damaged log was kept as:
{path}</source>
            <translation>The newest good backup was restored. The damaged log was kept as:
{path}</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/passphrase.py" line="222" />
            <source>The newest good backup was restored.</source>
            <translation>The newest good backup was restored.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/dialogs/passphrase.py" line="223" />
            <source>Log restored</source>
            <translation>Log restored</translation>
        </message>
    </context>
    <context>
        <name>Week</name>
        <message>
            <location filename="../kbtdesk/core/week.py" line="45" />
            <source>{instrument} item {item} at {value} ({date})</source>
            <extracomment>Most pressing first; the rows sort by the weight of what is due on them.</extracomment>
            <translation>{instrument} item {item} at {value} ({date})</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/week.py" line="46" />
            <source>Closing visit due: week {week} of {planned}</source>
            <translation>Closing visit due: week {week} of {planned}</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/week.py" line="47" />
            <source>No feedback for {days} days</source>
            <translation>No feedback for {days} days</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/week.py" line="48" />
            <source>SibeR: start not documented</source>
            <translation>SibeR: start not documented</translation>
        </message>
        <message>
            <location filename="../kbtdesk/core/week.py" line="50" />
            <source>No feedback yet, {days} days since the start</source>
            <translation>No feedback yet, {days} days since the start</translation>
        </message>
    </context>
    <context>
        <name>WorklistModel</name>
        <message>
            <location filename="../kbtdesk/ui/worklist.py" line="50" />
            <source>Journal note not written</source>
            <extracomment>The group of items ticked in this session, kept visible so that a tick can be undone.</extracomment>
            <translation>Journal note not written</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/worklist.py" line="51" />
            <source>Not registered</source>
            <translation>Not registered</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/worklist.py" line="52" />
            <source>Ending not registered</source>
            <translation>Ending not registered</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/worklist.py" line="53" />
            <source>Not transferred to SibeR</source>
            <translation>Not transferred to SibeR</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/worklist.py" line="54" />
            <source>Done just now (select and reopen to undo)</source>
            <translation>Done just now (select and reopen to undo)</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/worklist.py" line="75" />
            <source>Date and time</source>
            <extracomment>Item rows a group shows at first and adds per fetchMore as the view scrolls to its end: a unit's log can hold thousands of open items, and the view should lay out only what it shows.</extracomment>
            <translation>Date and time</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/worklist.py" line="76" />
            <source>Patient</source>
            <translation>Patient</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/worklist.py" line="77" />
            <source>Programme</source>
            <translation>Programme</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/worklist.py" line="78" />
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/worklist.py" line="79" />
            <source>Codes</source>
            <translation>Codes</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/worklist.py" line="80" />
            <location filename="../kbtdesk/ui/worklist.py" line="249" />
            <location filename="../kbtdesk/ui/worklist.py" line="266" />
            <source>Outage</source>
            <translation>Outage</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/worklist.py" line="212" />
            <source>Logged while the EHR was down: enter it in the EHR, then tick it.</source>
            <extracomment>The WorkItem of an item row (None on a group row). The group of a row: a WorkItem kind, or DONE_GROUP. Display texts per item, made the first time the item is painted: a reset repaints every visible row, and the view asks data() several times per cell.</extracomment>
            <translation>Logged while the EHR was down: enter it in the EHR, then tick it.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/worklist.py" line="247" />
            <location filename="../kbtdesk/ui/worklist.py" line="260" />
            <source>Episode ended</source>
            <translation>Episode ended</translation>
        </message>
    </context>
    <context>
        <name>WorklistWidget</name>
        <message>
            <location filename="../kbtdesk/ui/worklist.py" line="278" />
            <source>Worklist</source>
            <translation>Worklist</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/worklist.py" line="287" />
            <source>What is still to be entered in other systems. Select items and press Space or “Mark done” once they are entered; ticked items can be reopened below.</source>
            <translation>What is still to be entered in other systems. Select items and press Space or “Mark done” once they are entered; ticked items can be reopened below.</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/worklist.py" line="301" />
            <source>Open items</source>
            <translation>Open items</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/worklist.py" line="317" />
            <source>&amp;Mark done</source>
            <translation>&amp;Mark done</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/worklist.py" line="319" />
            <source>Mark the selected items done</source>
            <translation>Mark the selected items done</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/worklist.py" line="320" />
            <source>&amp;Reopen</source>
            <translation>&amp;Reopen</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/worklist.py" line="322" />
            <source>Reopen the selected items</source>
            <translation>Reopen the selected items</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/worklist.py" line="323" />
            <source>Only items logged during an &amp;outage</source>
            <translation>Only items logged during an &amp;outage</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/worklist.py" line="325" />
            <source>Show only items logged during an outage</source>
            <translation>Show only items logged during an outage</translation>
        </message>
        <message>
            <location filename="../kbtdesk/ui/worklist.py" line="454" />
            <source>Nothing to do: every contact is journaled and registered, every ended episode transferred.</source>
            <translation>Nothing to do: every contact is journaled and registered, every ended episode transferred.</translation>
        </message>
        <message numerus="yes">
            <location filename="../kbtdesk/ui/worklist.py" line="456" />
            <source>%n open item(s)</source>
            <translation>
                <numerusform>%n open item</numerusform>
                <numerusform>%n open items</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../kbtdesk/ui/worklist.py" line="458" />
            <source>%n logged during an outage</source>
            <translation>
                <numerusform>%n logged during an outage</numerusform>
                <numerusform>%n logged during an outage</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>argparse</name>
        <message>
            <location filename="../kbtdesk/cli_help.py" line="25" />
            <source>usage: </source>
            <extracomment>argparse's words that a user meets (Python 3.11-3.13), for lupdate to find and translators to fill. The %-placeholders must stay as they are in a translation.</extracomment>
            <translation>usage: </translation>
        </message>
        <message>
            <location filename="../kbtdesk/cli_help.py" line="26" />
            <source>positional arguments</source>
            <translation>positional arguments</translation>
        </message>
        <message>
            <location filename="../kbtdesk/cli_help.py" line="27" />
            <source>options</source>
            <translation>options</translation>
        </message>
        <message>
            <location filename="../kbtdesk/cli_help.py" line="28" />
            <source>show this help message and exit</source>
            <translation>show this help message and exit</translation>
        </message>
        <message>
            <location filename="../kbtdesk/cli_help.py" line="29" />
            <source>show program's version number and exit</source>
            <translation>show program's version number and exit</translation>
        </message>
        <message>
            <location filename="../kbtdesk/cli_help.py" line="30" />
            <source>%(prog)s: error: %(message)s
</source>
            <translation>%(prog)s: error: %(message)s
</translation>
        </message>
        <message>
            <location filename="../kbtdesk/cli_help.py" line="31" />
            <source>the following arguments are required: %s</source>
            <translation>the following arguments are required: %s</translation>
        </message>
        <message>
            <location filename="../kbtdesk/cli_help.py" line="32" />
            <source>unrecognized arguments: %s</source>
            <translation>unrecognized arguments: %s</translation>
        </message>
        <message>
            <location filename="../kbtdesk/cli_help.py" line="33" />
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>invalid choice: %(value)r (choose from %(choices)s)</translation>
        </message>
        <message>
            <location filename="../kbtdesk/cli_help.py" line="34" />
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>argument %(argument_name)s: %(message)s</translation>
        </message>
        <message>
            <location filename="../kbtdesk/cli_help.py" line="35" />
            <source>invalid %(type)s value: %(value)r</source>
            <translation>invalid %(type)s value: %(value)r</translation>
        </message>
        <message>
            <location filename="../kbtdesk/cli_help.py" line="36" />
            <source>expected one argument</source>
            <translation>expected one argument</translation>
        </message>
        <message>
            <location filename="../kbtdesk/cli_help.py" line="37" />
            <source>expected at least one argument</source>
            <translation>expected at least one argument</translation>
        </message>
        <message>
            <location filename="../kbtdesk/cli_help.py" line="38" />
            <source>expected at most one argument</source>
            <translation>expected at most one argument</translation>
        </message>
        <message>
            <location filename="../kbtdesk/cli_help.py" line="39" />
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>ambiguous option: %(option)s could match %(matches)s</translation>
        </message>
        <message>
            <location filename="../kbtdesk/cli_help.py" line="40" />
            <source>not allowed with argument %s</source>
            <translation>not allowed with argument %s</translation>
        </message>
        <message>
            <location filename="../kbtdesk/cli_help.py" line="41" />
            <source>one of the arguments %s is required</source>
            <translation>one of the arguments %s is required</translation>
        </message>
        <message>
            <location filename="../kbtdesk/cli_help.py" line="42" />
            <source>ignored explicit argument %r</source>
            <translation>ignored explicit argument %r</translation>
        </message>
    </context>
</TS>