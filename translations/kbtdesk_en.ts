<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About kbtdesk</source>
            <extracomment>The bundled parts and their licences, as their projects state them.</extracomment>
            <translation>About kbtdesk</translation>
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
            <translation>A checklist and encrypted log for internet CBT (KBT på nätet).
It never connects to a network and does not replace the journal.</translation>
        </message>
        <message>
            <source>What kbtdesk is</source>
            <translation>What kbtdesk is</translation>
        </message>
        <message>
            <source>Rule set</source>
            <translation>Rule set</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Id</source>
            <translation>Id</translation>
        </message>
        <message>
            <source>Valid from</source>
            <translation>Valid from</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Files</translation>
        </message>
        <message>
            <source>Log</source>
            <translation>Log</translation>
        </message>
        <message>
            <source>Key file</source>
            <translation>Key file</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Backups</translation>
        </message>
        <message>
            <source>Software</source>
            <translation>Software</translation>
        </message>
        <message>
            <source>Licences</source>
            <translation>Licences</translation>
        </message>
        <message>
            <source>Licences of kbtdesk and the parts it bundles</source>
            <translation>Licences of kbtdesk and the parts it bundles</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
    </context>
    <context>
        <name>Audit</name>
        <message>
            <source>created</source>
            <translation>created</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>changed</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>deleted</translation>
        </message>
        <message>
            <source>imported</source>
            <translation>imported</translation>
        </message>
        <message>
            <source>exported</source>
            <translation>exported</translation>
        </message>
        <message>
            <source>printed</source>
            <translation>printed</translation>
        </message>
        <message>
            <source>restored</source>
            <translation>restored</translation>
        </message>
        <message>
            <source>unlocked</source>
            <translation>unlocked</translation>
        </message>
        <message>
            <source>unlocked read-only</source>
            <translation>unlocked read-only</translation>
        </message>
        <message>
            <source>wrong passphrase</source>
            <translation>wrong passphrase</translation>
        </message>
        <message>
            <source>unlocked with the recovery code</source>
            <translation>unlocked with the recovery code</translation>
        </message>
        <message>
            <source>passphrase changed</source>
            <translation>passphrase changed</translation>
        </message>
        <message>
            <source>log format updated</source>
            <translation>log format updated</translation>
        </message>
        <message>
            <source>damaged write-ahead file set aside</source>
            <translation>damaged write-ahead file set aside</translation>
        </message>
        <message>
            <source>patient</source>
            <translation>patient</translation>
        </message>
        <message>
            <source>episode</source>
            <translation>episode</translation>
        </message>
        <message>
            <source>contact</source>
            <translation>contact</translation>
        </message>
        <message>
            <source>score</source>
            <translation>score</translation>
        </message>
    </context>
    <context>
        <name>AuditTrailDialog</name>
        <message>
            <source>Log extract for this patient</source>
            <translation>Log extract for this patient</translation>
        </message>
        <message>
            <source>Every recorded change, export and print of this patient's data in this log, oldest first ({n} entries). The entries name records by id, never by name.</source>
            <translation>Every recorded change, export and print of this patient's data in this log, oldest first ({n} entries). The entries name records by id, never by name.</translation>
        </message>
        <message>
            <source>Log entries</source>
            <translation>Log entries</translation>
        </message>
        <message>
            <source>&amp;Hide the last four digits of the identity number</source>
            <translation>&amp;Hide the last four digits of the identity number</translation>
        </message>
        <message>
            <source>Hide the identity number</source>
            <translation>Hide the identity number</translation>
        </message>
        <message>
            <source>Pre&amp;view…</source>
            <translation>Pre&amp;view…</translation>
        </message>
        <message>
            <source>Print preview of the log extract</source>
            <translation>Print preview of the log extract</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Print…</translation>
        </message>
        <message>
            <source>Print the log extract</source>
            <translation>Print the log extract</translation>
        </message>
        <message>
            <source>Save P&amp;DF…</source>
            <translation>Save P&amp;DF…</translation>
        </message>
        <message>
            <source>Save the log extract as PDF</source>
            <translation>Save the log extract as PDF</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Close</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>log-extract</source>
            <translation>log-extract</translation>
        </message>
    </context>
    <context>
        <name>AuditTrailModel</name>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Record</translation>
        </message>
        <message>
            <source>By</source>
            <translation>By</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>Detail</translation>
        </message>
    </context>
    <context>
        <name>BackupRunner</name>
        <message>
            <source>Cancelling…</source>
            <translation>Cancelling…</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>Backing up…</translation>
        </message>
        <message>
            <source>Backup progress</source>
            <translation>Backup progress</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Cancel the backup</source>
            <translation>Cancel the backup</translation>
        </message>
        <message>
            <source>Stop the backup. Nothing is written and the log stays as it is.</source>
            <translation>Stop the backup. Nothing is written and the log stays as it is.</translation>
        </message>
        <message>
            <source>The automatic backup failed: {error}</source>
            <translation>The automatic backup failed: {error}</translation>
        </message>
        <message>
            <source>The backup was cancelled; no backup file was written.</source>
            <translation>The backup was cancelled; no backup file was written.</translation>
        </message>
        <message>
            <source>Backing up the log before closing…
Cancel closes kbtdesk without a new backup.</source>
            <translation>Backing up the log before closing…
Cancel closes kbtdesk without a new backup.</translation>
        </message>
        <message>
            <source>Backup</source>
            <translation>Backup</translation>
        </message>
        <message>
            <source>The backup before closing failed: {error}

The log itself is unchanged; kbtdesk tries again in the next session.</source>
            <translation>The backup before closing failed: {error}

The log itself is unchanged; kbtdesk tries again in the next session.</translation>
        </message>
    </context>
    <context>
        <name>BatchContactDialog</name>
        <message>
            <source>Log a contact for {n} episodes</source>
            <extracomment>What the dialog shows of each episode: patient name, masked identity number, programme.</extracomment>
            <translation>Log a contact for {n} episodes</translation>
        </message>
        <message>
            <source>Log a contact for 1 episode</source>
            <translation>Log a contact for 1 episode</translation>
        </message>
        <message>
            <source>Contact type:</source>
            <translation>Contact type:</translation>
        </message>
        <message>
            <source>When:</source>
            <translation>When:</translation>
        </message>
        <message>
            <source>&amp;Now</source>
            <translation>&amp;Now</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Now</translation>
        </message>
        <message>
            <source>At &amp;another time:</source>
            <translation>At &amp;another time:</translation>
        </message>
        <message>
            <source>At another time</source>
            <translation>At another time</translation>
        </message>
        <message>
            <source>Date and time of the contacts</source>
            <translation>Date and time of the contacts</translation>
        </message>
        <message>
            <source>Already done:</source>
            <translation>Already done:</translation>
        </message>
        <message>
            <source>&amp;Journal note written and signed</source>
            <translation>&amp;Journal note written and signed</translation>
        </message>
        <message>
            <source>Journal note written and signed</source>
            <translation>Journal note written and signed</translation>
        </message>
        <message>
            <source>&amp;Registered</source>
            <translation>&amp;Registered</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>Registered</translation>
        </message>
        <message>
            <source>Also add &amp;code:</source>
            <translation>Also add &amp;code:</translation>
        </message>
        <message>
            <source>Another KVÅ code on every contact</source>
            <translation>Another KVÅ code on every contact</translation>
        </message>
        <message>
            <source>optional</source>
            <translation>optional</translation>
        </message>
        <message>
            <source>What will be written, one contact per episode:</source>
            <translation>What will be written, one contact per episode:</translation>
        </message>
        <message>
            <source>Contacts to be written</source>
            <translation>Contacts to be written</translation>
        </message>
        <message>
            <source>Patient</source>
            <translation>Patient</translation>
        </message>
        <message>
            <source>Identity no.</source>
            <translation>Identity no.</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Programme</translation>
        </message>
        <message>
            <source>KVÅ codes</source>
            <translation>KVÅ codes</translation>
        </message>
        <message>
            <source>Checks</source>
            <translation>Checks</translation>
        </message>
        <message>
            <source>&amp;Log contacts</source>
            <translation>&amp;Log contacts</translation>
        </message>
        <message>
            <source>The routine refuses {refused} of the {n} contacts: nothing is written until no contact is refused.</source>
            <translation>The routine refuses {refused} of the {n} contacts: nothing is written until no contact is refused.</translation>
        </message>
        <message>
            <source>{n} contacts will be written, each with its audit entry. Ctrl+Z undoes them all at once.</source>
            <translation>{n} contacts will be written, each with its audit entry. Ctrl+Z undoes them all at once.</translation>
        </message>
        <message>
            <source>no findings</source>
            <translation>no findings</translation>
        </message>
        <message>
            <source>The routine refuses a contact; nothing was written.</source>
            <translation>The routine refuses a contact; nothing was written.</translation>
        </message>
    </context>
    <context>
        <name>ChangeEndingDialog</name>
        <message>
            <source>Change ending</source>
            <translation>Change ending</translation>
        </message>
        <message>
            <source>Transferred to SibeR {date}: correct the ending there too.</source>
            <translation>Transferred to SibeR {date}: correct the ending there too.</translation>
        </message>
        <message>
            <source>&amp;Save ending</source>
            <translation>&amp;Save ending</translation>
        </message>
        <message>
            <source>Save ending</source>
            <translation>Save ending</translation>
        </message>
    </context>
    <context>
        <name>ChangePassphraseDialog</name>
        <message>
            <source>Change passphrase</source>
            <translation>Change passphrase</translation>
        </message>
        <message>
            <source>Current passphrase</source>
            <translation>Current passphrase</translation>
        </message>
        <message>
            <source>&amp;Current passphrase:</source>
            <translation>&amp;Current passphrase:</translation>
        </message>
        <message>
            <source>&amp;Change passphrase</source>
            <translation>&amp;Change passphrase</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>Checklist and log for internet CBT (KBT på nätet). Without a command, starts the window.</source>
            <translation>Checklist and log for internet CBT (KBT på nätet). Without a command, starts the window.</translation>
        </message>
        <message>
            <source>the log file (default: KBTDESK_LOG, else the user data folder)</source>
            <translation>the log file (default: KBTDESK_LOG, else the user data folder)</translation>
        </message>
        <message>
            <source>a rule file, or a folder of its versions (default: KBTDESK_RULES, else the bundled set)</source>
            <translation>a rule file, or a folder of its versions (default: KBTDESK_RULES, else the bundled set)</translation>
        </message>
        <message>
            <source>open the window on a throwaway demo log</source>
            <translation>open the window on a throwaway demo log</translation>
        </message>
        <message>
            <source>create a new encrypted log</source>
            <translation>create a new encrypted log</translation>
        </message>
        <message>
            <source>your name</source>
            <translation>your name</translation>
        </message>
        <message>
            <source>your profession, e.g. psykolog</source>
            <translation>your profession, e.g. psykolog</translation>
        </message>
        <message>
            <source>your care unit</source>
            <translation>your care unit</translation>
        </message>
        <message>
            <source>a care level of the rule set (default: its first)</source>
            <translation>a care level of the rule set (default: its first)</translation>
        </message>
        <message>
            <source>an EHR system of the rule set (default: its first)</source>
            <translation>an EHR system of the rule set (default: its first)</translation>
        </message>
        <message>
            <source>merge a kbtdesk-log JSON file into the log (all or nothing)</source>
            <translation>merge a kbtdesk-log JSON file into the log (all or nothing)</translation>
        </message>
        <message>
            <source>the kbtdesk-log JSON file to read</source>
            <translation>the kbtdesk-log JSON file to read</translation>
        </message>
        <message>
            <source>write the log, or a summary of it, to a file</source>
            <translation>write the log, or a summary of it, to a file</translation>
        </message>
        <message>
            <source>the whole log in the interchange format</source>
            <translation>the whole log in the interchange format</translation>
        </message>
        <message>
            <source>list what breaks the routine's rules (exit 1 on an error)</source>
            <translation>list what breaks the routine's rules (exit 1 on an error)</translation>
        </message>
        <message>
            <source>list what is not yet journaled, registered or transferred</source>
            <translation>list what is not yet journaled, registered or transferred</translation>
        </message>
        <message>
            <source>the routine's rule set: check a rule file, or show the one in use</source>
            <translation>the routine's rule set: check a rule file, or show the one in use</translation>
        </message>
        <message>
            <source>validate a rule file or folder; names the JSON path of every problem (exit 2)</source>
            <translation>validate a rule file or folder; names the JSON path of every problem (exit 2)</translation>
        </message>
        <message>
            <source>a rule file, or a folder of its versions</source>
            <translation>a rule file, or a folder of its versions</translation>
        </message>
        <message>
            <source>the versions in use, their periods and where they come from</source>
            <translation>the versions in use, their periods and where they come from</translation>
        </message>
        <message>
            <source>log contacts</source>
            <translation>log contacts</translation>
        </message>
        <message>
            <source>log one contact on each episode given, with the codes the rule set suggests (all or nothing)</source>
            <translation>log one contact on each episode given, with the codes the rule set suggests (all or nothing)</translation>
        </message>
        <message>
            <source>an episode's id; give --episode once for each episode</source>
            <translation>an episode's id; give --episode once for each episode</translation>
        </message>
        <message>
            <source>the contact type's id in the rule set (an unknown one is refused with the list of known ones)</source>
            <translation>the contact type's id in the rule set (an unknown one is refused with the list of known ones)</translation>
        </message>
        <message>
            <source>the mode, for a contact type that has modes (a planned visit: video or clinic)</source>
            <translation>the mode, for a contact type that has modes (a planned visit: video or clinic)</translation>
        </message>
        <message>
            <source>when, e.g. 2026-11-23T14:00 (without an offset: this computer's time zone); default now</source>
            <translation>when, e.g. 2026-11-23T14:00 (without an offset: this computer's time zone); default now</translation>
        </message>
        <message>
            <source>already written in the EHR: ticked as journaled now</source>
            <translation>already written in the EHR: ticked as journaled now</translation>
        </message>
        <message>
            <source>already registered: ticked as registered now</source>
            <translation>already registered: ticked as registered now</translation>
        </message>
        <message>
            <source>a KVÅ code to add after the suggested ones; give --code once for each</source>
            <translation>a KVÅ code to add after the suggested ones; give --code once for each</translation>
        </message>
        <message>
            <source>the contact's length in minutes</source>
            <translation>the contact's length in minutes</translation>
        </message>
        <message>
            <source>print the contacts as JSON</source>
            <translation>print the contacts as JSON</translation>
        </message>
        <message>
            <source>write an encrypted, verified backup of the log now</source>
            <translation>write an encrypted, verified backup of the log now</translation>
        </message>
        <message>
            <source>replace the log by a backup (verified first; the current log is kept aside)</source>
            <translation>replace the log by a backup (verified first; the current log is kept aside)</translation>
        </message>
        <message>
            <source>the backup file (.db)</source>
            <translation>the backup file (.db)</translation>
        </message>
        <message>
            <source>the key file (default: beside the log, else beside the backup)</source>
            <translation>the key file (default: beside the log, else beside the backup)</translation>
        </message>
        <message>
            <source>check the log's pages and structure (exit 1 if damaged)</source>
            <translation>check the log's pages and structure (exit 1 if damaged)</translation>
        </message>
        <message>
            <source>run the full integrity_check (slow on a big log)</source>
            <translation>run the full integrity_check (slow on a big log)</translation>
        </message>
        <message>
            <source>the audit trail: verify the chain, or show one patient's entries</source>
            <translation>the audit trail: verify the chain, or show one patient's entries</translation>
        </message>
        <message>
            <source>check the chain, every record's content against it, and the backups and exports it can see (exit 1 naming what is wrong)</source>
            <translation>check the chain, every record's content against it, and the backups and exports it can see (exit 1 naming what is wrong)</translation>
        </message>
        <message>
            <source>earlier copies to hold the trail to: backups (.db) or JSON exports</source>
            <translation>earlier copies to hold the trail to: backups (.db) or JSON exports</translation>
        </message>
        <message>
            <source>list the entries about one patient</source>
            <translation>list the entries about one patient</translation>
        </message>
        <message>
            <source>the patient's identity number</source>
            <translation>the patient's identity number</translation>
        </message>
        <message>
            <source>change the passphrase (the log is not rewritten)</source>
            <translation>change the passphrase (the log is not rewritten)</translation>
        </message>
        <message>
            <source>forgotten passphrase: set a new one with the recovery code</source>
            <translation>forgotten passphrase: set a new one with the recovery code</translation>
        </message>
        <message>
            <source>'{text}' is not a date (YYYY-MM-DD)</source>
            <translation>'{text}' is not a date (YYYY-MM-DD)</translation>
        </message>
        <message>
            <source>default: from the file name's extension, else csv</source>
            <translation>default: from the file name's extension, else csv</translation>
        </message>
        <message>
            <source>contacts on or after this day</source>
            <translation>contacts on or after this day</translation>
        </message>
        <message>
            <source>contacts on or before this day</source>
            <translation>contacts on or before this day</translation>
        </message>
        <message>
            <source>the episode's id</source>
            <translation>the episode's id</translation>
        </message>
        <message>
            <source>only this episode</source>
            <translation>only this episode</translation>
        </message>
        <message>
            <source>coverage (täckningsgrad) per month: registered, journaled, distance code, visit code, ending code, transferred to SibeR</source>
            <translation>coverage (täckningsgrad) per month: registered, journaled, distance code, visit code, ending code, transferred to SibeR</translation>
        </message>
        <message>
            <source>the months of this period (instead of --from/--to)</source>
            <translation>the months of this period (instead of --from/--to)</translation>
        </message>
        <message>
            <source>one patient's log extract: every change, export and print of their data</source>
            <translation>one patient's log extract: every change, export and print of their data</translation>
        </message>
        <message>
            <source>hide the last four characters of the identity number</source>
            <translation>hide the last four characters of the identity number</translation>
        </message>
        <message>
            <source>what to register per contact in a period (default: today)</source>
            <translation>what to register per contact in a period (default: today)</translation>
        </message>
        <message>
            <source>this week, Monday to Sunday (the same as --period this-week)</source>
            <translation>this week, Monday to Sunday (the same as --period this-week)</translation>
        </message>
        <message>
            <source>only contacts not yet registered</source>
            <translation>only contacts not yet registered</translation>
        </message>
        <message>
            <source>contacts in this period (instead of --from/--to)</source>
            <translation>contacts in this period (instead of --from/--to)</translation>
        </message>
        <message>
            <source>print JSON instead of text (for scripts)</source>
            <extracomment>Help of the options several commands share (every option says what it does, in the user's language).</extracomment>
            <translation>print JSON instead of text (for scripts)</translation>
        </message>
        <message>
            <source>the file to write (written whole, or not at all)</source>
            <translation>the file to write (written whole, or not at all)</translation>
        </message>
        <message>
            <source>hide the last four characters of identity numbers</source>
            <translation>hide the last four characters of identity numbers</translation>
        </message>
        <message>
            <source>the contact ends the treatment (the episode ends; give --end-reason too)</source>
            <translation>the contact ends the treatment (the episode ends; give --end-reason too)</translation>
        </message>
        <message>
            <source>how the treatment ends, with --final: completed, dropout or other</source>
            <translation>how the treatment ends, with --final: completed, dropout or other</translation>
        </message>
        <message>
            <source>summary of one episode (contacts, findings, scores, ending)</source>
            <translation>summary of one episode (contacts, findings, scores, ending)</translation>
        </message>
        <message>
            <source>basis for the SibeR transfer per ended episode (not SibeR's format)</source>
            <translation>basis for the SibeR transfer per ended episode (not SibeR's format)</translation>
        </message>
        <message>
            <source>episodes ended on or after</source>
            <translation>episodes ended on or after</translation>
        </message>
        <message>
            <source>episodes ended on or before</source>
            <translation>episodes ended on or before</translation>
        </message>
        <message>
            <source>episodes ended in this period (instead of --from/--to)</source>
            <translation>episodes ended in this period (instead of --from/--to)</translation>
        </message>
        <message>
            <source>only episodes not yet transferred</source>
            <translation>only episodes not yet transferred</translation>
        </message>
        <message>
            <source>default: 1 January</source>
            <translation>default: 1 January</translation>
        </message>
        <message>
            <source>default: today</source>
            <translation>default: today</translation>
        </message>
        <message>
            <source>Reading it read-only.</source>
            <translation>Reading it read-only.</translation>
        </message>
        <message>
            <source>--at '{value}' is not a date and time (ISO 8601, e.g. 2026-11-23T14:00)</source>
            <translation>--at '{value}' is not a date and time (ISO 8601, e.g. 2026-11-23T14:00)</translation>
        </message>
        <message>
            <source>unknown contact type '{value}'; the rule set has: {known}</source>
            <translation>unknown contact type '{value}'; the rule set has: {known}</translation>
        </message>
        <message>
            <source>unknown mode '{value}' for {type}; it has: {known}</source>
            <translation>unknown mode '{value}' for {type}; it has: {known}</translation>
        </message>
        <message>
            <source>Nothing was written.</source>
            <translation>Nothing was written.</translation>
        </message>
        <message>
            <source>the routine's rules refuse {n} of the {total} contacts; nothing was written</source>
            <translation>the routine's rules refuse {n} of the {total} contacts; nothing was written</translation>
        </message>
        <message>
            <source>logged 1 contact</source>
            <translation>logged 1 contact</translation>
        </message>
        <message>
            <source>logged {n} contacts</source>
            <translation>logged {n} contacts</translation>
        </message>
    </context>
    <context>
        <name>CodesStep</name>
        <message>
            <source>Codes (KVÅ)</source>
            <translation>Codes (KVÅ)</translation>
        </message>
        <message>
            <source>Suggested from the routine for this contact. Remove a code or add another KVÅ code.</source>
            <translation>Suggested from the routine for this contact. Remove a code or add another KVÅ code.</translation>
        </message>
        <message>
            <source>KVÅ codes of this contact</source>
            <translation>KVÅ codes of this contact</translation>
        </message>
        <message>
            <source>&amp;Remove selected</source>
            <translation>&amp;Remove selected</translation>
        </message>
        <message>
            <source>Remove the selected codes</source>
            <translation>Remove the selected codes</translation>
        </message>
        <message>
            <source>Another KVÅ code</source>
            <translation>Another KVÅ code</translation>
        </message>
        <message>
            <source>e.g. {code}</source>
            <translation>e.g. {code}</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Add</translation>
        </message>
        <message>
            <source>Add the code</source>
            <translation>Add the code</translation>
        </message>
        <message>
            <source>Add c&amp;ode:</source>
            <translation>Add c&amp;ode:</translation>
        </message>
        <message>
            <source>&amp;Checks against the routine:</source>
            <translation>&amp;Checks against the routine:</translation>
        </message>
        <message>
            <source>Checks against the routine</source>
            <translation>Checks against the routine</translation>
        </message>
        <message>
            <source>Rule set that judges this contact</source>
            <translation>Rule set that judges this contact</translation>
        </message>
        <message>
            <source>No codes.</source>
            <translation>No codes.</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Error</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Warning</translation>
        </message>
        <message>
            <source>No findings: the codes follow the routine.</source>
            <translation>No findings: the codes follow the routine.</translation>
        </message>
    </context>
    <context>
        <name>ContactChecklist</name>
        <message>
            <source>Edit contact</source>
            <translation>Edit contact</translation>
        </message>
        <message>
            <source>New contact</source>
            <translation>New contact</translation>
        </message>
        <message>
            <source>{name} · {identity} · {programme}</source>
            <translation>{name} · {identity} · {programme}</translation>
        </message>
        <message>
            <source>Logged during an outage: this contact stays on the worklist until the journal note and the registration are ticked as entered.</source>
            <translation>Logged during an outage: this contact stays on the worklist until the journal note and the registration are ticked as entered.</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Steps</translation>
        </message>
        <message>
            <source>Checklist step</source>
            <translation>Checklist step</translation>
        </message>
        <message>
            <source>Previous step</source>
            <translation>Previous step</translation>
        </message>
        <message>
            <source>Bac&amp;k</source>
            <translation>Bac&amp;k</translation>
        </message>
        <message>
            <source>&amp;Next</source>
            <translation>&amp;Next</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>Next step</translation>
        </message>
        <message>
            <source>&amp;Finish</source>
            <translation>&amp;Finish</translation>
        </message>
        <message>
            <source>Finish and save the contact</source>
            <translation>Finish and save the contact</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Cancel without saving</source>
            <translation>Cancel without saving</translation>
        </message>
        <message>
            <source>Alt+1…4 or Ctrl+PgUp/PgDn: go to a step</source>
            <translation>Alt+1…4 or Ctrl+PgUp/PgDn: go to a step</translation>
        </message>
        <message>
            <source>Routine: {reason}</source>
            <translation>Routine: {reason}</translation>
        </message>
        <message>
            <source>Not a KVÅ code: two letters and three digits, or three letters and two digits.</source>
            <translation>Not a KVÅ code: two letters and three digits, or three letters and two digits.</translation>
        </message>
        <message>
            <source>Added by you. {note}</source>
            <translation>Added by you. {note}</translation>
        </message>
        <message>
            <source>Added by you.</source>
            <translation>Added by you.</translation>
        </message>
        <message>
            <source>Finish is blocked: fix the errors under step 3, Codes.</source>
            <translation>Finish is blocked: fix the errors under step 3, Codes.</translation>
        </message>
        <message>
            <source>Judged by rule set {rules} (valid from {valid_from}).</source>
            <translation>Judged by rule set {rules} (valid from {valid_from}).</translation>
        </message>
        <message>
            <source>1  Contact</source>
            <translation>1  Contact</translation>
        </message>
        <message>
            <source>2  Journal</source>
            <translation>2  Journal</translation>
        </message>
        <message>
            <source>3  Codes</source>
            <translation>3  Codes</translation>
        </message>
        <message numerus="yes">
            <source>  (%n error(s))</source>
            <translation>
                <numerusform>  (%n error)</numerusform>
                <numerusform>  (%n errors)</numerusform>
            </translation>
        </message>
        <message>
            <source>4  Registration</source>
            <translation>4  Registration</translation>
        </message>
        <message>
            <source>{code} is already listed.</source>
            <translation>{code} is already listed.</translation>
        </message>
        <message>
            <source>{code} is not a valid KVÅ code; remove it before finishing.</source>
            <translation>{code} is not a valid KVÅ code; remove it before finishing.</translation>
        </message>
        <message>
            <source>Discard the contact?</source>
            <translation>Discard the contact?</translation>
        </message>
        <message>
            <source>You have entered or changed this contact. Close the checklist and discard it?</source>
            <translation>You have entered or changed this contact. Close the checklist and discard it?</translation>
        </message>
    </context>
    <context>
        <name>ContactStep</name>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>Date and time of the contact</source>
            <translation>Date and time of the contact</translation>
        </message>
        <message>
            <source>&amp;Date and time:</source>
            <translation>&amp;Date and time:</translation>
        </message>
        <message>
            <source>Minutes spent</source>
            <translation>Minutes spent</translation>
        </message>
        <message>
            <source>not given</source>
            <translation>not given</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>M&amp;inutes:</source>
            <translation>M&amp;inutes:</translation>
        </message>
        <message>
            <source>Contact type</source>
            <translation>Contact type</translation>
        </message>
        <message>
            <source>Contact type: {name}</source>
            <translation>Contact type: {name}</translation>
        </message>
        <message>
            <source>Use: {text}</source>
            <translation>Use: {text}</translation>
        </message>
        <message>
            <source>Held:</source>
            <translation>Held:</translation>
        </message>
        <message>
            <source>Visit held: {name}</source>
            <translation>Visit held: {name}</translation>
        </message>
        <message>
            <source>This contact &amp;ends the treatment</source>
            <translation>This contact &amp;ends the treatment</translation>
        </message>
        <message>
            <source>This contact ends the treatment</source>
            <translation>This contact ends the treatment</translation>
        </message>
        <message>
            <source>Finishing ends the treatment episode (if it is still open) as chosen below; the ending is registered with its own code and the episode goes to SibeR.</source>
            <translation>Finishing ends the treatment episode (if it is still open) as chosen below; the ending is registered with its own code and the episode goes to SibeR.</translation>
        </message>
        <message>
            <source>Private n&amp;ote (kept in this log only, not the journal):</source>
            <translation>Private n&amp;ote (kept in this log only, not the journal):</translation>
        </message>
        <message>
            <source>Private note</source>
            <translation>Private note</translation>
        </message>
    </context>
    <context>
        <name>ContactsModel</name>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>Mode</translation>
        </message>
        <message>
            <source>Codes</source>
            <translation>Codes</translation>
        </message>
        <message>
            <source>Journal</source>
            <translation>Journal</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>Registered</translation>
        </message>
        <message>
            <source>Findings</source>
            <translation>Findings</translation>
        </message>
        <message>
            <source>Visit</source>
            <translation>Visit</translation>
        </message>
        <message>
            <source>1 error</source>
            <translation>1 error</translation>
        </message>
        <message>
            <source>{n} errors</source>
            <translation>{n} errors</translation>
        </message>
        <message>
            <source>1 warning</source>
            <extracomment>Each row's display texts, made once per reset: the view asks for them on every paint.</extracomment>
            <translation>1 warning</translation>
        </message>
        <message>
            <source>{n} warnings</source>
            <translation>{n} warnings</translation>
        </message>
        <message>
            <source>Logged while the EHR was down</source>
            <translation>Logged while the EHR was down</translation>
        </message>
        <message>
            <source>Click, or press Space, to tick or untick (Ctrl+Z undoes it).</source>
            <translation>Click, or press Space, to tick or untick (Ctrl+Z undoes it).</translation>
        </message>
        <message>
            <source>Journal note written {when}</source>
            <translation>Journal note written {when}</translation>
        </message>
        <message>
            <source>Journal note not written yet</source>
            <translation>Journal note not written yet</translation>
        </message>
        <message>
            <source>Registered {when}</source>
            <translation>Registered {when}</translation>
        </message>
        <message>
            <source>Not registered yet</source>
            <translation>Not registered yet</translation>
        </message>
    </context>
    <context>
        <name>CorrectIdentityDialog</name>
        <message>
            <source>Correct identity number</source>
            <translation>Correct identity number</translation>
        </message>
        <message>
            <source>Patient:</source>
            <translation>Patient:</translation>
        </message>
        <message>
            <source>&amp;Correct number:</source>
            <translation>&amp;Correct number:</translation>
        </message>
        <message>
            <source>The number is checked as when a patient is added. Search finds the patient by the new number at once.</source>
            <translation>The number is checked as when a patient is added. Search finds the patient by the new number at once.</translation>
        </message>
        <message>
            <source>&amp;Correct</source>
            <translation>&amp;Correct</translation>
        </message>
    </context>
    <context>
        <name>Corrections</name>
        <message>
            <source>Delete the episode {programme} of {patient} ({identity}), started {started}? Its {contacts} contacts and {measures} scores are deleted with it.</source>
            <translation>Delete the episode {programme} of {patient} ({identity}), started {started}? Its {contacts} contacts and {measures} scores are deleted with it.</translation>
        </message>
    </context>
    <context>
        <name>DeleteEpisode</name>
        <message>
            <source>1 contact</source>
            <translation>1 contact</translation>
        </message>
        <message>
            <source>{n} contacts</source>
            <translation>{n} contacts</translation>
        </message>
        <message>
            <source>1 score</source>
            <translation>1 score</translation>
        </message>
        <message>
            <source>{n} scores</source>
            <translation>{n} scores</translation>
        </message>
        <message>
            <source>Delete the episode “{programme}” of {patient} ({identity}), started {started}?

Deleted with it: {contacts} and {scores}. The patient stays in the log. Ctrl+Z brings it all back.</source>
            <translation>Delete the episode “{programme}” of {patient} ({identity}), started {started}?

Deleted with it: {contacts} and {scores}. The patient stays in the log. Ctrl+Z brings it all back.</translation>
        </message>
        <message>
            <source>Delete episode</source>
            <translation>Delete episode</translation>
        </message>
        <message>
            <source>&amp;Delete episode</source>
            <translation>&amp;Delete episode</translation>
        </message>
    </context>
    <context>
        <name>Display</name>
        <message>
            <source>kbtdesk cannot open its window: QT_QPA_PLATFORM={platform} needs {variable}, which is not set.</source>
            <translation>kbtdesk cannot open its window: QT_QPA_PLATFORM={platform} needs {variable}, which is not set.</translation>
        </message>
        <message>
            <source>kbtdesk cannot open its window: there is no display (neither DISPLAY nor WAYLAND_DISPLAY is set). Start it on the desktop, or use the command line: kbtdesk --help</source>
            <translation>kbtdesk cannot open its window: there is no display (neither DISPLAY nor WAYLAND_DISPLAY is set). Start it on the desktop, or use the command line: kbtdesk --help</translation>
        </message>
    </context>
    <context>
        <name>EditScoreDialog</name>
        <message>
            <source>Edit score</source>
            <translation>Edit score</translation>
        </message>
    </context>
    <context>
        <name>EndEpisodeDialog</name>
        <message>
            <source>End episode</source>
            <translation>End episode</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>End date</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>End &amp;date:</source>
            <translation>End &amp;date:</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Reason:</translation>
        </message>
        <message>
            <source>&amp;End episode</source>
            <translation>&amp;End episode</translation>
        </message>
    </context>
    <context>
        <name>Ending</name>
        <message>
            <source>Required (an error without it): {reason}</source>
            <translation>Required (an error without it): {reason}</translation>
        </message>
        <message>
            <source>Advised (a warning without it): {reason}</source>
            <translation>Advised (a warning without it): {reason}</translation>
        </message>
    </context>
    <context>
        <name>EndingFields</name>
        <message>
            <source>Choose…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <source>How the treatment ends</source>
            <translation>How the treatment ends</translation>
        </message>
        <message>
            <source>End date of the episode</source>
            <translation>End date of the episode</translation>
        </message>
        <message>
            <source>Ends as:</source>
            <translation>Ends as:</translation>
        </message>
        <message>
            <source>End date:</source>
            <translation>End date:</translation>
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
            <translation>Identity no.</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Programme</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Started</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>1 checklist item still open</source>
            <extracomment>Display texts of each row, made the first time a row is painted (None until then): a view asks data() several times per cell and paint, and a reset repaints every row.</extracomment>
            <translation>1 checklist item still open</translation>
        </message>
        <message>
            <source>{n} checklist items still open</source>
            <translation>{n} checklist items still open</translation>
        </message>
        <message>
            <source>Ended {date}</source>
            <translation>Ended {date}</translation>
        </message>
    </context>
    <context>
        <name>EpisodeListWidget</name>
        <message>
            <source>&amp;Search:</source>
            <translation>&amp;Search:</translation>
        </message>
        <message>
            <source>Name, identity number or programme</source>
            <translation>Name, identity number or programme</translation>
        </message>
        <message>
            <source>Search episodes</source>
            <translation>Search episodes</translation>
        </message>
        <message>
            <source>Show episodes</source>
            <translation>Show episodes</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Ended</translation>
        </message>
        <message>
            <source>All</source>
            <translation>All</translation>
        </message>
        <message>
            <source>Episodes</source>
            <translation>Episodes</translation>
        </message>
        <message>
            <source>No episodes match “{query}”.</source>
            <translation>No episodes match “{query}”.</translation>
        </message>
        <message>
            <source>“All” also lists ended episodes.</source>
            <translation>“All” also lists ended episodes.</translation>
        </message>
        <message>
            <source>No ended episodes.</source>
            <translation>No ended episodes.</translation>
        </message>
        <message>
            <source>Start a treatment episode with “New episode” (Ctrl+Shift+N): the patient’s identity number and name, the programme and the start date. Then log each contact with “New contact” (Ctrl+N).</source>
            <translation>Start a treatment episode with “New episode” (Ctrl+Shift+N): the patient’s identity number and name, the programme and the start date. Then log each contact with “New contact” (Ctrl+N).</translation>
        </message>
        <message>
            <source>The log has no episodes yet.</source>
            <translation>The log has no episodes yet.</translation>
        </message>
        <message>
            <source>No active episodes.</source>
            <translation>No active episodes.</translation>
        </message>
    </context>
    <context>
        <name>EpisodeView</name>
        <message>
            <source>Choose an episode on the left, or start a new one (Ctrl+Shift+N).</source>
            <extracomment>A change core has written from this view (ticks): the window puts it on its undo stack.</extracomment>
            <translation>Choose an episode on the left, or start a new one (Ctrl+Shift+N).</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <source>Rating-scale scores</source>
            <translation>Rating-scale scores</translation>
        </message>
        <message>
            <source>Episode checklist</source>
            <translation>Episode checklist</translation>
        </message>
        <message>
            <source>Rating scales</source>
            <translation>Rating scales</translation>
        </message>
        <message>
            <source>Show the full identity number</source>
            <translation>Show the full identity number</translation>
        </message>
        <message>
            <source>Patient</source>
            <translation>Patient</translation>
        </message>
        <message>
            <source>Identity number</source>
            <translation>Identity number</translation>
        </message>
        <message>
            <source>Start documented for SibeR</source>
            <translation>Start documented for SibeR</translation>
        </message>
        <message>
            <source>Transferred to SibeR via Medrave</source>
            <translation>Transferred to SibeR via Medrave</translation>
        </message>
        <message>
            <source>Final contact</source>
            <translation>Final contact</translation>
        </message>
        <message>
            <source>{programme} · started {started} · week {week}</source>
            <translation>{programme} · started {started} · week {week}</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>Ended {date} ({reason})</source>
            <translation>Ended {date} ({reason})</translation>
        </message>
        <message>
            <source>Hide</source>
            <translation>Hide</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Show</translation>
        </message>
        <message>
            <source>SibeR start documented</source>
            <translation>SibeR start documented</translation>
        </message>
        <message>
            <source>The start of treatment is documented in the journal template so that Medrave can pass it to SibeR.</source>
            <translation>The start of treatment is documented in the journal template so that Medrave can pass it to SibeR.</translation>
        </message>
        <message>
            <source>✓ Final contact with {code}</source>
            <translation>✓ Final contact with {code}</translation>
        </message>
        <message>
            <source>✗ Final contact lacks {code}</source>
            <translation>✗ Final contact lacks {code}</translation>
        </message>
        <message>
            <source>○ No final contact with {code} yet</source>
            <translation>○ No final contact with {code} yet</translation>
        </message>
        <message>
            <source>Transferred to SibeR</source>
            <translation>Transferred to SibeR</translation>
        </message>
        <message>
            <source>Tick when the episode's data have gone to SibeR via Medrave.</source>
            <translation>Tick when the episode's data have gone to SibeR via Medrave.</translation>
        </message>
        <message>
            <source>Possible when the episode has ended.</source>
            <translation>Possible when the episode has ended.</translation>
        </message>
        <message>
            <source>No scores yet</source>
            <translation>No scores yet</translation>
        </message>
    </context>
    <context>
        <name>Error</name>
        <message>
            <source>kbtdesk: unexpected error</source>
            <translation>kbtdesk: unexpected error</translation>
        </message>
        <message>
            <source>Something went wrong that kbtdesk did not expect. What you saved before is in the log. If it happens again, send the details below to whoever supports kbtdesk (check that they contain no patient data).</source>
            <translation>Something went wrong that kbtdesk did not expect. What you saved before is in the log. If it happens again, send the details below to whoever supports kbtdesk (check that they contain no patient data).</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export and print</source>
            <extracomment>The dialog's name for a period of chosen dates (the presets are kbtdesk.core.reports.periods'). The period a report opens with until another is chosen for it. What the dialog's controls say (kept under its old name for the window's callers).</extracomment>
            <translation>Export and print</translation>
        </message>
        <message>
            <source>Registration list</source>
            <translation>Registration list</translation>
        </message>
        <message>
            <source>Episode summary (the selected episode)</source>
            <translation>Episode summary (the selected episode)</translation>
        </message>
        <message>
            <source>SibeR basis (ended episodes)</source>
            <translation>SibeR basis (ended episodes)</translation>
        </message>
        <message>
            <source>Coverage (täckningsgrad) per month</source>
            <translation>Coverage (täckningsgrad) per month</translation>
        </message>
        <message>
            <source>&amp;Report:</source>
            <translation>&amp;Report:</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>Report</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>&amp;Today</source>
            <translation>&amp;Today</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Today</translation>
        </message>
        <message>
            <source>This &amp;week</source>
            <translation>This &amp;week</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>This week</translation>
        </message>
        <message>
            <source>&amp;Last week</source>
            <translation>&amp;Last week</translation>
        </message>
        <message>
            <source>Last week</source>
            <translation>Last week</translation>
        </message>
        <message>
            <source>This &amp;month</source>
            <translation>This &amp;month</translation>
        </message>
        <message>
            <source>This month</source>
            <translation>This month</translation>
        </message>
        <message>
            <source>Last mo&amp;nth</source>
            <translation>Last mo&amp;nth</translation>
        </message>
        <message>
            <source>Last month</source>
            <translation>Last month</translation>
        </message>
        <message>
            <source>&amp;Chosen dates</source>
            <translation>&amp;Chosen dates</translation>
        </message>
        <message>
            <source>Chosen dates</source>
            <translation>Chosen dates</translation>
        </message>
        <message>
            <source>&amp;From</source>
            <translation>&amp;From</translation>
        </message>
        <message>
            <source>First day</source>
            <translation>First day</translation>
        </message>
        <message>
            <source>T&amp;o</source>
            <translation>T&amp;o</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>Last day</translation>
        </message>
        <message>
            <source>About the report</source>
            <translation>About the report</translation>
        </message>
        <message>
            <source>The first day is after the last day.</source>
            <translation>The first day is after the last day.</translation>
        </message>
        <message>
            <source>Period error</source>
            <translation>Period error</translation>
        </message>
        <message>
            <source>Only what is &amp;not yet done (not registered / not transferred)</source>
            <translation>Only what is &amp;not yet done (not registered / not transferred)</translation>
        </message>
        <message>
            <source>Only what is not yet done</source>
            <translation>Only what is not yet done</translation>
        </message>
        <message>
            <source>&amp;Hide the last four digits of identity numbers</source>
            <translation>&amp;Hide the last four digits of identity numbers</translation>
        </message>
        <message>
            <source>Hide identity numbers</source>
            <translation>Hide identity numbers</translation>
        </message>
        <message>
            <source>Pre&amp;view…</source>
            <translation>Pre&amp;view…</translation>
        </message>
        <message>
            <source>Print preview</source>
            <translation>Print preview</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Print…</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Print</translation>
        </message>
        <message>
            <source>Save P&amp;DF…</source>
            <translation>Save P&amp;DF…</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>Save as PDF</translation>
        </message>
        <message>
            <source>Save &amp;CSV…</source>
            <translation>Save &amp;CSV…</translation>
        </message>
        <message>
            <source>Save as CSV for Excel</source>
            <translation>Save as CSV for Excel</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Episode: {programme}, started {started}</source>
            <translation>Episode: {programme}, started {started}</translation>
        </message>
        <message>
            <source>Choose an episode in the list first.</source>
            <translation>Choose an episode in the list first.</translation>
        </message>
        <message>
            <source>One row per contact in the period: what to register, and whether it is.</source>
            <translation>One row per contact in the period: what to register, and whether it is.</translation>
        </message>
        <message>
            <source>One row per episode ended in the period: what SibeR asks about, to check before the transfer via Medrave.</source>
            <translation>One row per episode ended in the period: what SibeR asks about, to check before the transfer via Medrave.</translation>
        </message>
        <message>
            <source>Per month: how much of the work reaches the region's statistics and SibeR (registered, journaled, codes, transferred).</source>
            <translation>Per month: how much of the work reaches the region's statistics and SibeR (registered, journaled, codes, transferred).</translation>
        </message>
        <message>
            <source>registration-list</source>
            <translation>registration-list</translation>
        </message>
        <message>
            <source>episode-summary</source>
            <translation>episode-summary</translation>
        </message>
        <message>
            <source>siber-basis</source>
            <translation>siber-basis</translation>
        </message>
        <message>
            <source>coverage</source>
            <translation>coverage</translation>
        </message>
        <message>
            <source>Saved {file}</source>
            <translation>Saved {file}</translation>
        </message>
    </context>
    <context>
        <name>Finding</name>
        <message>
            <source>Code {code} is missing</source>
            <translation>Code {code} is missing</translation>
        </message>
        <message>
            <source>Code {code} is not expected on this contact</source>
            <translation>Code {code} is not expected on this contact</translation>
        </message>
        <message>
            <source>The episode has ended but no contact is marked as final</source>
            <translation>The episode has ended but no contact is marked as final</translation>
        </message>
        <message>
            <source>{code} is not a valid KVÅ code</source>
            <translation>{code} is not a valid KVÅ code</translation>
        </message>
        <message>
            <source>The contact ({day}) is dated before the episode started ({started})</source>
            <translation>The contact ({day}) is dated before the episode started ({started})</translation>
        </message>
        <message>
            <source>The contact ({day}) is dated after the episode ended ({ended})</source>
            <translation>The contact ({day}) is dated after the episode ended ({ended})</translation>
        </message>
        <message>
            <source>The patient has another active episode of {programme} (started {started})</source>
            <translation>The patient has another active episode of {programme} (started {started})</translation>
        </message>
        <message>
            <source>SibeR transfer: {what}</source>
            <translation>SibeR transfer: {what}</translation>
        </message>
        <message>
            <source>the episode has not ended</source>
            <extracomment>What a `siber-transfer-premature` rule found missing, by its `requires` param.</extracomment>
            <translation>the episode has not ended</translation>
        </message>
        <message>
            <source>the final contact is not registered</source>
            <translation>the final contact is not registered</translation>
        </message>
        <message>
            <source>no final contact has {code}</source>
            <translation>no final contact has {code}</translation>
        </message>
        <message>
            <source>the start of treatment is not documented</source>
            <translation>the start of treatment is not documented</translation>
        </message>
        <message>
            <source>The rule set {rules} does not know the contact type {type} (mode {mode}): the contact cannot be checked. Is kbtdesk using your region's rule file (--rules, KBTDESK_RULES)?</source>
            <extracomment>Not a rule of any file: a contact whose type or mode the judging version does not know (a log written under another routine, or a rule file that dropped a type) cannot be judged at all.</extracomment>
            <translation>The rule set {rules} does not know the contact type {type} (mode {mode}): the contact cannot be checked. Is kbtdesk using your region's rule file (--rules, KBTDESK_RULES)?</translation>
        </message>
        <message>
            <source>judged by {rules}, the oldest rule set (valid from {valid_from}): the date is older</source>
            <translation>judged by {rules}, the oldest rule set (valid from {valid_from}): the date is older</translation>
        </message>
        <message>
            <source>judged by {rules}, the newest rule set, although it was valid only until {valid_to}</source>
            <translation>judged by {rules}, the newest rule set, although it was valid only until {valid_to}</translation>
        </message>
    </context>
    <context>
        <name>GuideDialog</name>
        <message>
            <source>User guide</source>
            <translation>User guide</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>The user guide is missing from this installation.</source>
            <translation>The user guide is missing from this installation.</translation>
        </message>
        <message>
            <source>User guide – {title}</source>
            <translation>User guide – {title}</translation>
        </message>
    </context>
    <context>
        <name>Identity</name>
        <message>
            <source>Enter a personnummer, samordningsnummer or reservnummer.</source>
            <extracomment>Skatteverket stores the century as 18, 19 or 20; nothing older can be a real number. Digit that stands for the reservnummer letter in its check-digit calculation (Inera, VGR).</extracomment>
            <translation>Enter a personnummer, samordningsnummer or reservnummer.</translation>
        </message>
        <message>
            <source>Remove the space inside the number: only a - or + may stand before the last four digits.</source>
            <translation>Remove the space inside the number: only a - or + may stand before the last four digits.</translation>
        </message>
        <message>
            <source>The number contains the character “{character}” ({codepoint}), which is not one of the digits 0–9. Type the number with ordinary digits.</source>
            <translation>The number contains the character “{character}” ({codepoint}), which is not one of the digits 0–9. Type the number with ordinary digits.</translation>
        </message>
        <message>
            <source>The number contains an invisible character ({codepoint}), which does not belong in an identity number.</source>
            <translation>The number contains an invisible character ({codepoint}), which does not belong in an identity number.</translation>
        </message>
        <message>
            <source>The number contains the character “{character}” ({codepoint}), which does not belong in an identity number.</source>
            <translation>The number contains the character “{character}” ({codepoint}), which does not belong in an identity number.</translation>
        </message>
        <message>
            <source>A personnummer or samordningsnummer has 10 or 12 digits, but this number has {count}.</source>
            <translation>A personnummer or samordningsnummer has 10 or 12 digits, but this number has {count}.</translation>
        </message>
        <message>
            <source>A - or + may only stand once, just before the last four digits.</source>
            <translation>A - or + may only stand once, just before the last four digits.</translation>
        </message>
        <message>
            <source>The birth date is in the future. For someone who turns 100 this year, write + before the last four digits, or give all 12 digits.</source>
            <translation>The birth date is in the future. For someone who turns 100 this year, write + before the last four digits, or give all 12 digits.</translation>
        </message>
        <message>
            <source>The birth date is in the future.</source>
            <translation>The birth date is in the future.</translation>
        </message>
        <message>
            <source>The check digit (the last digit) does not match the rest of the number. Check it for a typing error.</source>
            <translation>The check digit (the last digit) does not match the rest of the number. Check it for a typing error.</translation>
        </message>
        <message>
            <source>The date in this samordningsnummer is not a real calendar date (its day is the day of birth plus 60).</source>
            <translation>The date in this samordningsnummer is not a real calendar date (its day is the day of birth plus 60).</translation>
        </message>
        <message>
            <source>The date in this number is not a real calendar date.</source>
            <translation>The date in this number is not a real calendar date.</translation>
        </message>
        <message>
            <source>The birth year {year} is before 1800, which no identity number has.</source>
            <translation>The birth year {year} is before 1800, which no identity number has.</translation>
        </message>
        <message>
            <source>Write a reservnummer without - or +, as 12 characters together: yyyymmddGggC.</source>
            <translation>Write a reservnummer without - or +, as 12 characters together: yyyymmddGggC.</translation>
        </message>
        <message>
            <source>A reservnummer has exactly 12 characters written together (yyyymmddGggC), but this one has {count}.</source>
            <translation>A reservnummer has exactly 12 characters written together (yyyymmddGggC), but this one has {count}.</translation>
        </message>
        <message>
            <source>The letter “{letter}” is where a digit belongs. Only a reservnummer has a letter (K, M or X), as its 9th character: yyyymmddGggC.</source>
            <translation>The letter “{letter}” is where a digit belongs. Only a reservnummer has a letter (K, M or X), as its 9th character: yyyymmddGggC.</translation>
        </message>
        <message>
            <source>The letter in a reservnummer must be K (woman), M (man) or X (sex unknown), not “{letter}”.</source>
            <translation>The letter in a reservnummer must be K (woman), M (man) or X (sex unknown), not “{letter}”.</translation>
        </message>
        <message>
            <source>The two digits after the letter in a reservnummer must be 06–89, not {number}.</source>
            <translation>The two digits after the letter in a reservnummer must be 06–89, not {number}.</translation>
        </message>
        <message>
            <source>The letter {letter} does not agree with the number {number} after it: 06–79 odd goes with M, 06–79 even with K, and 80–89 with X.</source>
            <translation>The letter {letter} does not agree with the number {number} after it: 06–79 odd goes with M, 06–79 even with K, and 80–89 with X.</translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <source>the field is missing</source>
            <translation>the field is missing</translation>
        </message>
        <message>
            <source>wrong type of value</source>
            <translation>wrong type of value</translation>
        </message>
        <message>
            <source>unknown value '{value}'</source>
            <translation>unknown value '{value}'</translation>
        </message>
        <message>
            <source>'{value}' is not a date and time (ISO 8601 with a UTC offset, e.g. 2026-10-08T09:00:00+02:00)</source>
            <translation>'{value}' is not a date and time (ISO 8601 with a UTC offset, e.g. 2026-10-08T09:00:00+02:00)</translation>
        </message>
        <message>
            <source>'{value}' is not a KVÅ code (2 letters and 3 digits, or 3 letters and 2 digits)</source>
            <translation>'{value}' is not a KVÅ code (2 letters and 3 digits, or 3 letters and 2 digits)</translation>
        </message>
        <message>
            <source>'{value}' is not a date (YYYY-MM-DD)</source>
            <translation>'{value}' is not a date (YYYY-MM-DD)</translation>
        </message>
        <message>
            <source>the id is missing or empty</source>
            <translation>the id is missing or empty</translation>
        </message>
        <message>
            <source>the file is not valid JSON ({error})</source>
            <translation>the file is not valid JSON ({error})</translation>
        </message>
        <message>
            <source>the text holds an invalid character (half of a UTF-16 surrogate pair)</source>
            <extracomment>How deep values nest in a kbtdesk-log file (document, section, record, codes or items); a deeper file is refused before anything walks it (a million-deep array would exhaust the stack).</extracomment>
            <translation>the text holds an invalid character (half of a UTF-16 surrogate pair)</translation>
        </message>
        <message>
            <source>values nest deeper here than a kbtdesk-log file ever does</source>
            <translation>values nest deeper here than a kbtdesk-log file ever does</translation>
        </message>
        <message>
            <source>a property name holds an invalid character (half of a UTF-16 surrogate pair)</source>
            <translation>a property name holds an invalid character (half of a UTF-16 surrogate pair)</translation>
        </message>
        <message>
            <source>unknown property {path} (not in the kbtdesk-log format: a typo?)</source>
            <translation>unknown property {path} (not in the kbtdesk-log format: a typo?)</translation>
        </message>
        <message>
            <source>the section is missing (write [] when it is empty)</source>
            <translation>the section is missing (write [] when it is empty)</translation>
        </message>
        <message>
            <source>not a kbtdesk-log file</source>
            <translation>not a kbtdesk-log file</translation>
        </message>
        <message>
            <source>unsupported version {value} (this kbtdesk reads version 1)</source>
            <translation>unsupported version {value} (this kbtdesk reads version 1)</translation>
        </message>
        <message>
            <source>the value is empty</source>
            <translation>the value is empty</translation>
        </message>
        <message>
            <source>{value} is outside {lo}–{hi}</source>
            <translation>{value} is outside {lo}–{hi}</translation>
        </message>
        <message>
            <source>does not match the kbtdesk-log format ({detail})</source>
            <translation>does not match the kbtdesk-log format ({detail})</translation>
        </message>
        <message>
            <source>'{value}' is not one of {allowed}</source>
            <translation>'{value}' is not one of {allowed}</translation>
        </message>
        <message>
            <source>duplicate id with different content</source>
            <translation>duplicate id with different content</translation>
        </message>
        <message>
            <source>the name is empty</source>
            <translation>the name is empty</translation>
        </message>
        <message>
            <source>the same identity number as patient {other}</source>
            <translation>the same identity number as patient {other}</translation>
        </message>
        <message>
            <source>the programme is empty</source>
            <translation>the programme is empty</translation>
        </message>
        <message>
            <source>the end date is before the start date</source>
            <translation>the end date is before the start date</translation>
        </message>
        <message>
            <source>a record with this id and different content is already in the log</source>
            <extracomment>Ids per `WHERE id IN (...)` look-up (SQLite allows 32,766 variables; 500 keeps statements small). Rows per executemany between two progress reports.</extracomment>
            <translation>a record with this id and different content is already in the log</translation>
        </message>
        <message>
            <source>this identity number belongs to patient {other} in the log</source>
            <translation>this identity number belongs to patient {other} in the log</translation>
        </message>
        <message>
            <source>unknown patient {ref}</source>
            <translation>unknown patient {ref}</translation>
        </message>
        <message>
            <source>unknown episode {ref}</source>
            <translation>unknown episode {ref}</translation>
        </message>
    </context>
    <context>
        <name>Input</name>
        <message>
            <source>'{value}' is not a date and time (ISO 8601 with offset).</source>
            <translation>'{value}' is not a date and time (ISO 8601 with offset).</translation>
        </message>
        <message>
            <source>'{value}' has no UTC offset (for example +01:00).</source>
            <translation>'{value}' has no UTC offset (for example +01:00).</translation>
        </message>
        <message>
            <source>{value} is outside the dates kbtdesk keeps ({earliest} to {latest}).</source>
            <translation>{value} is outside the dates kbtdesk keeps ({earliest} to {latest}).</translation>
        </message>
        <message>
            <source>'{instrument}' is not a rating scale of the rule set ({known}).</source>
            <translation>'{instrument}' is not a rating scale of the rule set ({known}).</translation>
        </message>
        <message>
            <source>The score {score} is outside the range of {instrument} (0–{max}).</source>
            <translation>The score {score} is outside the range of {instrument} (0–{max}).</translation>
        </message>
        <message>
            <source>Unknown contact type '{value}' (the rule set {rules} knows {known}).</source>
            <extracomment>For a final contact on an open episode: how and when the episode ends (the checklist asks; None: "completed" on the contact's day, for the batch and the command line).</extracomment>
            <translation>Unknown contact type '{value}' (the rule set {rules} knows {known}).</translation>
        </message>
        <message>
            <source>A contact of type {type} needs a mode: {modes}.</source>
            <translation>A contact of type {type} needs a mode: {modes}.</translation>
        </message>
        <message>
            <source>A contact of type {type} has no mode.</source>
            <translation>A contact of type {type} has no mode.</translation>
        </message>
        <message>
            <source>'{value}' is not a mode of {type} (known: {modes}).</source>
            <translation>'{value}' is not a mode of {type} (known: {modes}).</translation>
        </message>
        <message>
            <source>'{code}' is not a KVÅ code (2 letters and 3 digits, or 3 letters and 2 digits).</source>
            <translation>'{code}' is not a KVÅ code (2 letters and 3 digits, or 3 letters and 2 digits).</translation>
        </message>
        <message>
            <source>Unknown care level '{value}'.</source>
            <extracomment>Headings of the note skeleton per EHR system, one entry per line. Days without feedback before the week view warns; None: fixed by the unit's configuration. Planned weeks per programme (None: unknown, no closing-visit prompt); None: not edited.
----------
Days without written feedback before an active episode counts as due (the week view uses it).</extracomment>
            <translation>Unknown care level '{value}'.</translation>
        </message>
        <message>
            <source>Unknown EHR system '{value}'.</source>
            <translation>Unknown EHR system '{value}'.</translation>
        </message>
        <message>
            <source>The window locks after {low} to {high} minutes without use.</source>
            <translation>The window locks after {low} to {high} minutes without use.</translation>
        </message>
        <message>
            <source>Keep at least one programme.</source>
            <translation>Keep at least one programme.</translation>
        </message>
        <message>
            <source>The patient's name is empty.</source>
            <translation>The patient's name is empty.</translation>
        </message>
        <message>
            <source>A patient with identity number {identity} is already in the log.</source>
            <translation>A patient with identity number {identity} is already in the log.</translation>
        </message>
        <message>
            <source>Unknown patient.</source>
            <translation>Unknown patient.</translation>
        </message>
        <message>
            <source>The days without feedback must be a whole number from 1 to {max}.</source>
            <extracomment>"No feedback this week": a week is the rhythm of internet CBT (one module a week). Programmes run 6–12 weeks (domain.md §4, §7); a year is far beyond any of them.</extracomment>
            <translation>The days without feedback must be a whole number from 1 to {max}.</translation>
        </message>
        <message>
            <source>Choose a programme.</source>
            <translation>Choose a programme.</translation>
        </message>
        <message>
            <source>The planned length must be a whole number of weeks from 1 to {max}.</source>
            <translation>The planned length must be a whole number of weeks from 1 to {max}.</translation>
        </message>
        <message>
            <source>Choose at least one contact type.</source>
            <translation>Choose at least one contact type.</translation>
        </message>
        <message>
            <source>Unknown contact type '{value}'.</source>
            <translation>Unknown contact type '{value}'.</translation>
        </message>
        <message>
            <source>The episode has not ended.</source>
            <translation>The episode has not ended.</translation>
        </message>
        <message>
            <source>Unknown end reason '{value}'.</source>
            <translation>Unknown end reason '{value}'.</translation>
        </message>
        <message>
            <source>The end date is before the start date.</source>
            <translation>The end date is before the start date.</translation>
        </message>
        <message>
            <source>Another patient in the log has identity number {identity}.</source>
            <translation>Another patient in the log has identity number {identity}.</translation>
        </message>
        <message>
            <source>That is already the patient's identity number.</source>
            <translation>That is already the patient's identity number.</translation>
        </message>
        <message>
            <source>Unknown score {id}.</source>
            <translation>Unknown score {id}.</translation>
        </message>
        <message>
            <source>Choose at least one episode.</source>
            <translation>Choose at least one episode.</translation>
        </message>
        <message>
            <source>Episode {id} is given twice.</source>
            <translation>Episode {id} is given twice.</translation>
        </message>
        <message>
            <source>A contact that ends the treatment needs the end reason: {reasons}.</source>
            <translation>A contact that ends the treatment needs the end reason: {reasons}.</translation>
        </message>
        <message>
            <source>Unknown episode {id}.</source>
            <extracomment>The records whose content the audit trail covers, by their ORM class. The rule set valid today. Given a RuleBook (several versions), the store keeps the book in `rule_book` and this becomes the version valid on the store's today. HMAC key of the audit chain; by default the one the engine was built with (db/engine.py). Every version of the routine: each contact is judged by the version valid on its day. The unit's configuration (unit.json); already laid over the rules by composition.load_rules.</extracomment>
            <translation>Unknown episode {id}.</translation>
        </message>
        <message>
            <source>The contact time has no UTC offset.</source>
            <translation>The contact time has no UTC offset.</translation>
        </message>
        <message>
            <source>The contact time {value} is outside the calendar.</source>
            <translation>The contact time {value} is outside the calendar.</translation>
        </message>
        <message>
            <source>Minutes must be between 0 and 1440.</source>
            <translation>Minutes must be between 0 and 1440.</translation>
        </message>
        <message>
            <source>Unknown contact {id}.</source>
            <translation>Unknown contact {id}.</translation>
        </message>
        <message>
            <source>{instrument} has {n} items, not {m}.</source>
            <translation>{instrument} has {n} items, not {m}.</translation>
        </message>
        <message>
            <source>An item score of {instrument} is outside {lo}–{hi}.</source>
            <translation>An item score of {instrument} is outside {lo}–{hi}.</translation>
        </message>
        <message>
            <source>The item scores add up to {total}, not {score}.</source>
            <translation>The item scores add up to {total}, not {score}.</translation>
        </message>
        <message>
            <source>Item scores must be whole numbers separated by spaces.</source>
            <translation>Item scores must be whole numbers separated by spaces.</translation>
        </message>
        <message>
            <source>Choose how the treatment ends: this contact ends the episode.</source>
            <translation>Choose how the treatment ends: this contact ends the episode.</translation>
        </message>
        <message>
            <source>Not marked as transferred to SibeR:</source>
            <translation>Not marked as transferred to SibeR:</translation>
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
            <translation>Use the template &lt;b&gt;{template}&lt;/b&gt; in {ehr}.</translation>
        </message>
        <message>
            <source>From the quick guide: {lathund} ({ehr})</source>
            <translation>From the quick guide: {lathund} ({ehr})</translation>
        </message>
        <message>
            <source>The rule set names no journal template for {ehr}.</source>
            <translation>The rule set names no journal template for {ehr}.</translation>
        </message>
        <message>
            <source>Note &amp;skeleton (the template's headings):</source>
            <translation>Note &amp;skeleton (the template's headings):</translation>
        </message>
        <message>
            <source>Note skeleton</source>
            <translation>Note skeleton</translation>
        </message>
        <message>
            <source>&amp;Copy skeleton</source>
            <translation>&amp;Copy skeleton</translation>
        </message>
        <message>
            <source>Copy the note skeleton to the clipboard</source>
            <translation>Copy the note skeleton to the clipboard</translation>
        </message>
        <message>
            <source>Note &amp;written and signed in {ehr}</source>
            <translation>Note &amp;written and signed in {ehr}</translation>
        </message>
        <message>
            <source>Journal note written and signed in {ehr}</source>
            <translation>Journal note written and signed in {ehr}</translation>
        </message>
        <message>
            <source>Leave it unticked if the EHR is down or the note is not signed yet: the contact waits on the worklist.</source>
            <translation>Leave it unticked if the EHR is down or the note is not signed yet: the contact waits on the worklist.</translation>
        </message>
        <message>
            <source>Copied.</source>
            <translation>Copied.</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Completed</source>
            <translation>Completed</translation>
        </message>
        <message>
            <source>Dropped out</source>
            <translation>Dropped out</translation>
        </message>
        <message>
            <source>Other reason</source>
            <translation>Other reason</translation>
        </message>
        <message>
            <source>Error message</source>
            <extracomment>The strength meter, from "too short" to "strong".</extracomment>
            <translation>Error message</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>LockScreen</name>
        <message>
            <source>kbtdesk is locked</source>
            <translation>kbtdesk is locked</translation>
        </message>
        <message>
            <source>Patient data are hidden. Enter your passphrase to continue where you were.</source>
            <translation>Patient data are hidden. Enter your passphrase to continue where you were.</translation>
        </message>
        <message>
            <source>Patient data are hidden. This demo log has no passphrase.</source>
            <translation>Patient data are hidden. This demo log has no passphrase.</translation>
        </message>
        <message>
            <source>Why the window is locked</source>
            <translation>Why the window is locked</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <source>Error message</source>
            <translation>Error message</translation>
        </message>
        <message>
            <source>Forgot passphrase?</source>
            <translation>Forgot passphrase?</translation>
        </message>
        <message>
            <source>Forgot passphrase? Use the recovery code</source>
            <translation>Forgot passphrase? Use the recovery code</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>&amp;Unlock</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Unlock</translation>
        </message>
    </context>
    <context>
        <name>Log</name>
        <message>
            <source>{path} does not open with this log's key: it is damaged or belongs to another key file. The current log was not touched.</source>
            <extracomment>Pages checked or copied per step between two progress reports (4 MiB of 4 KiB pages): a cancel (an exception from `progress`) lands within one step. A backup's key file without its backup is left by a backup killed before its rename; one younger than this may belong to a backup another process is writing right now.</extracomment>
            <translation>{path} does not open with this log's key: it is damaged or belongs to another key file. The current log was not touched.</translation>
        </message>
        <message>
            <source>The backup {path} is damaged ({detail}). The current log was not touched.</source>
            <translation>The backup {path} is damaged ({detail}). The current log was not touched.</translation>
        </message>
        <message>
            <source>There is not enough free space to open {path} (it needs room for a backup and its journal). Nothing was changed; free some space and try again, or open it read-only.</source>
            <extracomment>Every page's HMAC is checked on open up to this size (≈60 ms here); bigger logs get the page check in `kbtdesk verify` and before every backup instead (≈0.48 s at 64 MB, 2.3 s at 1M contacts). A damaged page is refused whenever it is read anyway: SQLCipher checks each page's HMAC as it decrypts it, so skipping the check on open never lets damaged data through, it only finds the damage later. 8 MiB is a log of a few thousand contacts: a small log is checked whole at no cost the user notices, a clinic-size log opens without reading every page (docs/trust.md). The engine's attribute that holds its log's audit key (core's Store reads it). Failed unlocks and read-only unlocks are remembered here (no patient data) until the next unlock that can write them into the audit trail.</extracomment>
            <translation>There is not enough free space to open {path} (it needs room for a backup and its journal). Nothing was changed; free some space and try again, or open it read-only.</translation>
        </message>
        <message>
            <source>{path} could not be read or written ({error}). Nothing was changed; check the disk and try again, or open the log read-only.</source>
            <translation>{path} could not be read or written ({error}). Nothing was changed; check the disk and try again, or open the log read-only.</translation>
        </message>
        <message>
            <source>{path} or its folder cannot be written. Nothing was changed; you can open the log read-only.</source>
            <translation>{path} or its folder cannot be written. Nothing was changed; you can open the log read-only.</translation>
        </message>
        <message>
            <source>A log already exists at {path}; it was not touched.</source>
            <translation>A log already exists at {path}; it was not touched.</translation>
        </message>
        <message>
            <source>There is no log at {path}, but its backups are in {folder}: a new log would get a new key that opens none of them. To get the log back, restore the newest backup: kbtdesk restore {backup}. To start a new log anyway, move that folder and {key} elsewhere first. Nothing was changed.</source>
            <translation>There is no log at {path}, but its backups are in {folder}: a new log would get a new key that opens none of them. To get the log back, restore the newest backup: kbtdesk restore {backup}. To start a new log anyway, move that folder and {key} elsewhere first. Nothing was changed.</translation>
        </message>
        <message>
            <source>There is no log at {path}, but its key file is there ({key}): a new log would replace the key of the old one. If the log was moved, put it back (or give its place with --log); to restore it from a backup: kbtdesk restore BACKUP. To start a new log anyway, move {key} elsewhere first. Nothing was changed.</source>
            <translation>There is no log at {path}, but its key file is there ({key}): a new log would replace the key of the old one. If the log was moved, put it back (or give its place with --log); to restore it from a backup: kbtdesk restore BACKUP. To start a new log anyway, move {key} elsewhere first. Nothing was changed.</translation>
        </message>
        <message>
            <source>There is no log at {path}.</source>
            <translation>There is no log at {path}.</translation>
        </message>
        <message>
            <source>{path} is a folder, not a kbtdesk log. Nothing was changed.</source>
            <translation>{path} is a folder, not a kbtdesk log. Nothing was changed.</translation>
        </message>
        <message>
            <source>{path} cannot be read ({error}). Nothing was changed.</source>
            <translation>{path} cannot be read ({error}). Nothing was changed.</translation>
        </message>
        <message>
            <source>{path} is empty (0 bytes): it was not written completely. Nothing was changed; restore the newest backup.</source>
            <translation>{path} is empty (0 bytes): it was not written completely. Nothing was changed; restore the newest backup.</translation>
        </message>
        <message>
            <source>{path} is an unencrypted SQLite database, not a kbtdesk log. Nothing was changed.</source>
            <translation>{path} is an unencrypted SQLite database, not a kbtdesk log. Nothing was changed.</translation>
        </message>
        <message>
            <source>{path} is not a complete kbtdesk log ({size} bytes, not a whole number of pages): it was cut short, or it is another kind of file. Nothing was changed; restore the newest backup.</source>
            <translation>{path} is not a complete kbtdesk log ({size} bytes, not a whole number of pages): it was cut short, or it is another kind of file. Nothing was changed; restore the newest backup.</translation>
        </message>
        <message>
            <source>{path} could not be opened with this key: it is damaged, not a kbtdesk log, or belongs to another key file. Nothing was changed.</source>
            <translation>{path} could not be opened with this key: it is damaged, not a kbtdesk log, or belongs to another key file. Nothing was changed.</translation>
        </message>
        <message>
            <source>{path} is damaged ({detail}). Nothing was changed; restore the newest backup or open it read-only to copy what can be read.</source>
            <translation>{path} is damaged ({detail}). Nothing was changed; restore the newest backup or open it read-only to copy what can be read.</translation>
        </message>
        <message>
            <source>{path} cannot be opened: its write-ahead journal ({path}-wal) is damaged ({detail}). Nothing was changed and both files are kept as they are; restore the newest backup (the damaged files are set aside beside it), or keep the two files together and ask for help to recover the newest saves.</source>
            <translation>{path} cannot be opened: its write-ahead journal ({path}-wal) is damaged ({detail}). Nothing was changed and both files are kept as they are; restore the newest backup (the damaged files are set aside beside it), or keep the two files together and ask for help to recover the newest saves.</translation>
        </message>
        <message>
            <source>{path} is in use by another kbtdesk. Nothing was written; you can open it read-only.</source>
            <translation>{path} is in use by another kbtdesk. Nothing was written; you can open it read-only.</translation>
        </message>
        <message>
            <source>{path} is in use by {user} on {host} (process {pid}) since {since}. Nothing was written; you can open it read-only.</source>
            <translation>{path} is in use by {user} on {host} (process {pid}) since {since}. Nothing was written; you can open it read-only.</translation>
        </message>
        <message>
            <source>kbtdesk cannot write in the folder of {path}. Nothing was changed; you can open the log read-only.</source>
            <translation>kbtdesk cannot write in the folder of {path}. Nothing was changed; you can open the log read-only.</translation>
        </message>
        <message>
            <source>This log was written by a newer kbtdesk (schema {found}; this version reads up to {supported}). Update kbtdesk to open it; nothing was changed.</source>
            <translation>This log was written by a newer kbtdesk (schema {found}; this version reads up to {supported}). Update kbtdesk to open it; nothing was changed.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Undo</source>
            <translation>Undo</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Redo</translation>
        </message>
        <message>
            <source>DEMO (fictitious data)</source>
            <translation>DEMO (fictitious data)</translation>
        </message>
        <message>
            <source>New &amp;episode</source>
            <translation>New &amp;episode</translation>
        </message>
        <message>
            <source>&amp;New contact</source>
            <translation>&amp;New contact</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Delete</translation>
        </message>
        <message>
            <source>End episo&amp;de</source>
            <translation>End episo&amp;de</translation>
        </message>
        <message>
            <source>&amp;Edit contact…</source>
            <translation>&amp;Edit contact…</translation>
        </message>
        <message>
            <source>&amp;Delete contact</source>
            <translation>&amp;Delete contact</translation>
        </message>
        <message>
            <source>Record &amp;score</source>
            <translation>Record &amp;score</translation>
        </message>
        <message>
            <source>&amp;Worklist</source>
            <translation>&amp;Worklist</translation>
        </message>
        <message>
            <source>W&amp;eek</source>
            <translation>W&amp;eek</translation>
        </message>
        <message>
            <source>E&amp;pisodes</source>
            <translation>E&amp;pisodes</translation>
        </message>
        <message>
            <source>Open on the week &amp;view</source>
            <translation>Open on the week &amp;view</translation>
        </message>
        <message>
            <source>&amp;Log contact for selected…</source>
            <translation>&amp;Log contact for selected…</translation>
        </message>
        <message>
            <source>Log for selected</source>
            <translation>Log for selected</translation>
        </message>
        <message>
            <source>EHR is d&amp;own</source>
            <translation>EHR is d&amp;own</translation>
        </message>
        <message>
            <source>Se&amp;ttings</source>
            <translation>Se&amp;ttings</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>Find</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>E&amp;xport and print…</source>
            <translation>E&amp;xport and print…</translation>
        </message>
        <message>
            <source>&amp;Print episode summary…</source>
            <translation>&amp;Print episode summary…</translation>
        </message>
        <message>
            <source>Copy &amp;registration</source>
            <translation>Copy &amp;registration</translation>
        </message>
        <message>
            <source>Copy note s&amp;keleton</source>
            <translation>Copy note s&amp;keleton</translation>
        </message>
        <message>
            <source>&amp;User guide</source>
            <translation>&amp;User guide</translation>
        </message>
        <message>
            <source>&amp;About kbtdesk</source>
            <translation>&amp;About kbtdesk</translation>
        </message>
        <message>
            <source>&amp;Lock now</source>
            <translation>&amp;Lock now</translation>
        </message>
        <message>
            <source>Show &amp;log extract for this patient…</source>
            <translation>Show &amp;log extract for this patient…</translation>
        </message>
        <message>
            <source>Export and print</source>
            <translation>Export and print</translation>
        </message>
        <message>
            <source>&amp;Reopen episode</source>
            <translation>&amp;Reopen episode</translation>
        </message>
        <message>
            <source>Change &amp;ending…</source>
            <translation>Change &amp;ending…</translation>
        </message>
        <message>
            <source>&amp;Delete episode…</source>
            <translation>&amp;Delete episode…</translation>
        </message>
        <message>
            <source>Re&amp;name patient…</source>
            <translation>Re&amp;name patient…</translation>
        </message>
        <message>
            <source>Correct &amp;identity number…</source>
            <translation>Correct &amp;identity number…</translation>
        </message>
        <message>
            <source>Edit &amp;score…</source>
            <translation>Edit &amp;score…</translation>
        </message>
        <message>
            <source>Delete s&amp;core</source>
            <translation>Delete s&amp;core</translation>
        </message>
        <message>
            <source>Undo {what}</source>
            <translation>Undo {what}</translation>
        </message>
        <message>
            <source>Redo {what}</source>
            <translation>Redo {what}</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>&amp;Corrections</source>
            <translation>&amp;Corrections</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>Switch on while the EHR or network is down: contacts you log are kept on the worklist until you have entered them.</source>
            <translation>Switch on while the EHR or network is down: contacts you log are kept on the worklist until you have entered them.</translation>
        </message>
        <message>
            <source>The EHR is down: contacts you log now are marked for entry later. Switch “EHR is down” off when it is back; the worklist then shows them.</source>
            <translation>The EHR is down: contacts you log now are marked for entry later. Switch “EHR is down” off when it is back; the worklist then shows them.</translation>
        </message>
        <message>
            <source>Outage mode is on</source>
            <translation>Outage mode is on</translation>
        </message>
        <message>
            <source>Open checklist items</source>
            <translation>Open checklist items</translation>
        </message>
        <message>
            <source>Worklist: still to journal, register or transfer</source>
            <translation>Worklist: still to journal, register or transfer</translation>
        </message>
        <message>
            <source>&amp;Back to episodes</source>
            <translation>&amp;Back to episodes</translation>
        </message>
        <message>
            <source>Back to episodes</source>
            <translation>Back to episodes</translation>
        </message>
        <message>
            <source>DEMO</source>
            <translation>DEMO</translation>
        </message>
        <message>
            <source>Demo log with fictitious data</source>
            <translation>Demo log with fictitious data</translation>
        </message>
        <message>
            <source>Log: {path}</source>
            <translation>Log: {path}</translation>
        </message>
        <message>
            <source>Where the log is stored</source>
            <translation>Where the log is stored</translation>
        </message>
        <message>
            <source>Lock</source>
            <translation>Lock</translation>
        </message>
        <message>
            <source>The log is open read-only</source>
            <translation>The log is open read-only</translation>
        </message>
        <message>
            <source>The log is on a network drive. kbtdesk works there, but whether another computer is kept out while you write depends on the server. A log on this computer, with backups to the network drive, is safer.</source>
            <translation>The log is on a network drive. kbtdesk works there, but whether another computer is kept out while you write depends on the server. A log on this computer, with backups to the network drive, is safer.</translation>
        </message>
        <message>
            <source>The log is on a network drive</source>
            <translation>The log is on a network drive</translation>
        </message>
        <message>
            <source>Newest backup</source>
            <translation>Newest backup</translation>
        </message>
        <message>
            <source>Open items: {n}</source>
            <translation>Open items: {n}</translation>
        </message>
        <message>
            <source>Choose an episode first.</source>
            <translation>Choose an episode first.</translation>
        </message>
        <message>
            <source>Delete contact</source>
            <translation>Delete contact</translation>
        </message>
        <message>
            <source>Delete the contact of {when}? You can undo this with Ctrl+Z.</source>
            <translation>Delete the contact of {when}? You can undo this with Ctrl+Z.</translation>
        </message>
        <message>
            <source>Contact deleted. Ctrl+Z brings it back.</source>
            <translation>Contact deleted. Ctrl+Z brings it back.</translation>
        </message>
        <message>
            <source>Choose a contact first.</source>
            <translation>Choose a contact first.</translation>
        </message>
        <message>
            <source>Copied the registration: {text}</source>
            <translation>Copied the registration: {text}</translation>
        </message>
        <message>
            <source>Copied the note skeleton ({template}).</source>
            <translation>Copied the note skeleton ({template}).</translation>
        </message>
        <message>
            <source>Read-only: this log is open for reading only, nothing you do here is saved.</source>
            <translation>Read-only: this log is open for reading only, nothing you do here is saved.</translation>
        </message>
        <message>
            <source>It is in use by {user} on {host} (process {pid}) since {since}.</source>
            <translation>It is in use by {user} on {host} (process {pid}) since {since}.</translation>
        </message>
        <message>
            <source>Continue the contact?</source>
            <translation>Continue the contact?</translation>
        </message>
        <message>
            <source>A contact you were entering was kept when the window locked. Continue?</source>
            <translation>A contact you were entering was kept when the window locked. Continue?</translation>
        </message>
        <message>
            <source>The episode or contact of the kept checklist is no longer in the log.</source>
            <translation>The episode or contact of the kept checklist is no longer in the log.</translation>
        </message>
        <message>
            <source>Newest backup: none yet</source>
            <translation>Newest backup: none yet</translation>
        </message>
        <message>
            <source>Newest backup: {time}</source>
            <translation>Newest backup: {time}</translation>
        </message>
        <message>
            <source>1 failed unlock attempt since {time}</source>
            <translation>1 failed unlock attempt since {time}</translation>
        </message>
        <message>
            <source>{n} failed unlock attempts since {time}</source>
            <translation>{n} failed unlock attempts since {time}</translation>
        </message>
        <message>
            <source>Choose one or more episodes first.</source>
            <extracomment>Where the window opens when the user has not chosen (tests of the episode list set the episodes).</extracomment>
            <translation>Choose one or more episodes first.</translation>
        </message>
        <message>
            <source>1 contact logged. Ctrl+Z removes it.</source>
            <translation>1 contact logged. Ctrl+Z removes it.</translation>
        </message>
        <message>
            <source>{n} contacts logged. Ctrl+Z removes them all.</source>
            <translation>{n} contacts logged. Ctrl+Z removes them all.</translation>
        </message>
    </context>
    <context>
        <name>MeasuresModel</name>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Scale</source>
            <translation>Scale</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>Flag</source>
            <translation>Flag</translation>
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
            <translation>New episode</translation>
        </message>
        <message>
            <source>Identity number</source>
            <translation>Identity number</translation>
        </message>
        <message>
            <source>personnummer, samordningsnummer or reservnummer</source>
            <translation>personnummer, samordningsnummer or reservnummer</translation>
        </message>
        <message>
            <source>Patient's name</source>
            <translation>Patient's name</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Programme</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>Start date</translation>
        </message>
        <message>
            <source>&amp;Identity number:</source>
            <translation>&amp;Identity number:</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>&amp;Programme:</source>
            <translation>&amp;Programme:</translation>
        </message>
        <message>
            <source>&amp;Start date:</source>
            <translation>&amp;Start date:</translation>
        </message>
        <message>
            <source>&amp;Start episode</source>
            <translation>&amp;Start episode</translation>
        </message>
        <message>
            <source>Patient in the log: {name}</source>
            <translation>Patient in the log: {name}</translation>
        </message>
        <message>
            <source>New patient: enter the name below.</source>
            <translation>New patient: enter the name below.</translation>
        </message>
        <message>
            <source>{findings}

Start this episode anyway?</source>
            <translation>{findings}

Start this episode anyway?</translation>
        </message>
        <message>
            <source>Second active episode</source>
            <translation>Second active episode</translation>
        </message>
    </context>
    <context>
        <name>NewPassphraseForm</name>
        <message>
            <source>Passphrase</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <source>Repeat passphrase</source>
            <translation>Repeat passphrase</translation>
        </message>
        <message>
            <source>New passphrase</source>
            <translation>New passphrase</translation>
        </message>
        <message>
            <source>Repeat new passphrase</source>
            <translation>Repeat new passphrase</translation>
        </message>
        <message>
            <source>P&amp;assphrase:</source>
            <translation>P&amp;assphrase:</translation>
        </message>
        <message>
            <source>&amp;New passphrase:</source>
            <translation>&amp;New passphrase:</translation>
        </message>
        <message>
            <source>&amp;Repeat:</source>
            <extracomment>Words anyone nearby would try first (care unit, therapist's name; never patient data), given to the strength check: a passphrase made of them is refused.</extracomment>
            <translation>&amp;Repeat:</translation>
        </message>
        <message>
            <source>Strength:</source>
            <translation>Strength:</translation>
        </message>
    </context>
    <context>
        <name>Operations</name>
        <message>
            <source>Cancel</source>
            <extracomment>Work that ends sooner than this never shows its progress dialog.</extracomment>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progress</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Cancelling…</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <source>Cannot print or export</source>
            <extracomment>Rows freed at a time once a report is written (`_let_go`). The preview shows a page at about its printed size: A4 is 210 mm wide, 794 px at 96 dpi. Room around the page in the preview (toolbar, scroll bar, margins), in pixels. Share of the screen the preview may take.</extracomment>
            <translation>Cannot print or export</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Print</translation>
        </message>
        <message>
            <source>Laying out the pages…</source>
            <translation>Laying out the pages…</translation>
        </message>
        <message>
            <source>Painting the pages…</source>
            <translation>Painting the pages…</translation>
        </message>
        <message>
            <source>Print preview – {title}</source>
            <translation>Print preview – {title}</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>CSV for Excel (*.csv)</source>
            <translation>CSV for Excel (*.csv)</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Export</translation>
        </message>
        <message>
            <source>Reading the log…</source>
            <translation>Reading the log…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Writing {file}…</source>
            <translation>Writing {file}…</translation>
        </message>
        <message>
            <source>Cannot write {file}: {reason}. Nothing was written.</source>
            <translation>Cannot write {file}: {reason}. Nothing was written.</translation>
        </message>
    </context>
    <context>
        <name>ProgrammeLengths</name>
        <message>
            <source>Planned length of each programme</source>
            <translation>Planned length of each programme</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Programme</translation>
        </message>
        <message>
            <source>Planned weeks</source>
            <translation>Planned weeks</translation>
        </message>
        <message>
            <source>Planned weeks of {programme}</source>
            <translation>Planned weeks of {programme}</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>unknown</translation>
        </message>
    </context>
    <context>
        <name>RecoveryCodeDialog</name>
        <message>
            <source>Your recovery code</source>
            <extracomment>Locking the window closes every dialog but this one: the code is shown only once.</extracomment>
            <translation>Your recovery code</translation>
        </message>
        <message>
            <source>The used recovery code no longer works. This is your new one. </source>
            <translation>The used recovery code no longer works. This is your new one. </translation>
        </message>
        <message>
            <source>If you forget your passphrase, this code is the only way into your log. It is shown only now. Write it down or print it, and keep it apart from this computer (not in a file on it).</source>
            <translation>If you forget your passphrase, this code is the only way into your log. It is shown only now. Write it down or print it, and keep it apart from this computer (not in a file on it).</translation>
        </message>
        <message>
            <source>Recovery code</source>
            <translation>Recovery code</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Print…</translation>
        </message>
        <message>
            <source>Print the recovery code</source>
            <translation>Print the recovery code</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Copy</translation>
        </message>
        <message>
            <source>Copy the recovery code</source>
            <translation>Copy the recovery code</translation>
        </message>
        <message>
            <source>No printer that prints on paper is set up on this computer: write the code down by hand.</source>
            <translation>No printer that prints on paper is set up on this computer: write the code down by hand.</translation>
        </message>
        <message>
            <source>I have &amp;written down or printed the recovery code</source>
            <translation>I have &amp;written down or printed the recovery code</translation>
        </message>
        <message>
            <source>I have written down or printed the recovery code</source>
            <translation>I have written down or printed the recovery code</translation>
        </message>
        <message>
            <source>C&amp;ontinue</source>
            <translation>C&amp;ontinue</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Continue</translation>
        </message>
        <message>
            <source>Copied. Paste it where it is safe, then clear the clipboard.</source>
            <translation>Copied. Paste it where it is safe, then clear the clipboard.</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <source>Set a new passphrase with the recovery code</source>
            <translation>Set a new passphrase with the recovery code</translation>
        </message>
        <message>
            <source>Type the recovery code you wrote down when the log was created (case, spaces and dashes do not matter), then choose a new passphrase. Afterwards you get a new recovery code: the one you type here stops working.</source>
            <translation>Type the recovery code you wrote down when the log was created (case, spaces and dashes do not matter), then choose a new passphrase. Afterwards you get a new recovery code: the one you type here stops working.</translation>
        </message>
        <message>
            <source>Recovery code</source>
            <translation>Recovery code</translation>
        </message>
        <message>
            <source>Recovery &amp;code:</source>
            <translation>Recovery &amp;code:</translation>
        </message>
        <message>
            <source>&amp;Set passphrase</source>
            <translation>&amp;Set passphrase</translation>
        </message>
    </context>
    <context>
        <name>RecoverySheet</name>
        <message>
            <source>kbtdesk: recovery code</source>
            <extracomment>Printers whose name says they write a file (Windows' "Microsoft Print to PDF", "… XPS Document Writer", "OneNote", CUPS-PDF): not paper, so never offered for the recovery code.</extracomment>
            <translation>kbtdesk: recovery code</translation>
        </message>
        <message>
            <source>Made on</source>
            <translation>Made on</translation>
        </message>
        <message>
            <source>Care unit</source>
            <translation>Care unit</translation>
        </message>
        <message>
            <source>Log</source>
            <translation>Log</translation>
        </message>
        <message>
            <source>The log is encrypted: only its passphrase opens it. If the passphrase is forgotten, this code sets a new one. Nothing else can, not even IT.</source>
            <translation>The log is encrypted: only its passphrase opens it. If the passphrase is forgotten, this code sets a new one. Nothing else can, not even IT.</translation>
        </message>
        <message>
            <source>Keep this sheet locked away, apart from the computer and its bag. Do not photograph it, scan it or save it in a file.</source>
            <translation>Keep this sheet locked away, apart from the computer and its bag. Do not photograph it, scan it or save it in a file.</translation>
        </message>
        <message>
            <source>Whoever has this sheet and the log file can read the log: keep it as safe as the patients' records.</source>
            <translation>Whoever has this sheet and the log file can read the log: keep it as safe as the patients' records.</translation>
        </message>
        <message>
            <source>If you forget the passphrase: start kbtdesk, choose “Forgot passphrase?”, type this code and choose a new passphrase.</source>
            <translation>If you forget the passphrase: start kbtdesk, choose “Forgot passphrase?”, type this code and choose a new passphrase.</translation>
        </message>
        <message>
            <source>The code then stops working and kbtdesk shows a new one: print or write down that one, and shred this sheet.</source>
            <translation>The code then stops working and kbtdesk shows a new one: print or write down that one, and shred this sheet.</translation>
        </message>
        <message>
            <source>What the code is for</source>
            <translation>What the code is for</translation>
        </message>
        <message>
            <source>What to do with this sheet</source>
            <translation>What to do with this sheet</translation>
        </message>
        <message>
            <source>“{printer}” saves a file instead of printing on paper. A recovery code in a file on this computer is found by whoever gets at the computer. Print to it anyway?</source>
            <translation>“{printer}” saves a file instead of printing on paper. A recovery code in a file on this computer is found by whoever gets at the computer. Print to it anyway?</translation>
        </message>
    </context>
    <context>
        <name>RegistrationStep</name>
        <message>
            <source>Registration</source>
            <translation>Registration</translation>
        </message>
        <message>
            <source>Register the contact in {system}.</source>
            <translation>Register the contact in {system}.</translation>
        </message>
        <message>
            <source>Register the contact in {system} as in {routine}.</source>
            <translation>Register the contact in {system} as in {routine}.</translation>
        </message>
        <message>
            <source>Contact type:</source>
            <translation>Contact type:</translation>
        </message>
        <message>
            <source>KVÅ codes:</source>
            <translation>KVÅ codes:</translation>
        </message>
        <message>
            <source>Te&amp;xt to copy:</source>
            <translation>Te&amp;xt to copy:</translation>
        </message>
        <message>
            <source>Registration text</source>
            <translation>Registration text</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Copy</translation>
        </message>
        <message>
            <source>Copy the registration text to the clipboard</source>
            <translation>Copy the registration text to the clipboard</translation>
        </message>
        <message>
            <source>Re&amp;gistered in {system}</source>
            <translation>Re&amp;gistered in {system}</translation>
        </message>
        <message>
            <source>Contact registered in {system}</source>
            <translation>Contact registered in {system}</translation>
        </message>
        <message>
            <source>This contact ends the treatment: transfer the episode to SibeR via Medrave. See “Lathund för överföring via Medrave till SibeR”. The transfer stays on the worklist until you tick it there.</source>
            <translation>This contact ends the treatment: transfer the episode to SibeR via Medrave. See “Lathund för överföring via Medrave till SibeR”. The transfer stays on the worklist until you tick it there.</translation>
        </message>
        <message>
            <source>Set your unit's code under Settings › Unit.</source>
            <translation>Set your unit's code under Settings › Unit.</translation>
        </message>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <source>Copied.</source>
            <translation>Copied.</translation>
        </message>
    </context>
    <context>
        <name>RenamePatientDialog</name>
        <message>
            <source>Rename patient</source>
            <translation>Rename patient</translation>
        </message>
        <message>
            <source>New name</source>
            <translation>New name</translation>
        </message>
        <message>
            <source>Now:</source>
            <translation>Now:</translation>
        </message>
        <message>
            <source>&amp;New name:</source>
            <translation>&amp;New name:</translation>
        </message>
        <message>
            <source>Every episode of the patient shows the new name at once; the log extract records the change.</source>
            <translation>Every episode of the patient shows the new name at once; the log extract records the change.</translation>
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation>&amp;Rename</translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message>
            <source>Page {page} of {pages}</source>
            <extracomment>A table cell: ``str`` is literal (user data, codes), ``Message`` is translated when rendered, a tuple of messages is shown joined by "; " (two flags on one day). Drawn on every page by the page layout; Swedish comes from the catalogue.</extracomment>
            <translation>Page {page} of {pages}</translation>
        </message>
        <message>
            <source>Printed from kbtdesk – does not replace the journal</source>
            <translation>Printed from kbtdesk – does not replace the journal</translation>
        </message>
        <message>
            <source>Printed {time}</source>
            <translation>Printed {time}</translation>
        </message>
        <message>
            <source>Yes</source>
            <extracomment>False: only in the CSV (copy texts, dates of first/last scores) to keep the printed page readable. False: only in print (a layout of values the CSV holds in columns of their own). Never wrapped in print: dates, times, identity numbers. A heading over consecutive printed columns of the same group ("Contacts" over BR, TB, …). The heading in print when it differs from the CSV's (under a group heading, shorter). Row indexes shown emphasised in print (not registered, flagged score, …). Row indexes of totals (bold in print). Per value: drawn as a warning (MADRS-S item 9 ≥ 4). x axis of a bar chart (months); of a line chart, the ISO date of each value. Top of the y axis: the instrument's own maximum, 100 for percentages. A line chart's x positions: the dates of its values (time runs evenly along the axis). Body text size in print; the layout goes smaller only when a table needs it. Index into `sections` of the table that CSV output writes. Whom the report is about, printed in the header of every page (patient, episode): a page of a long summary must say whose it is once it is out of the folder. Whose data the report holds (patient ids): recorded with the export in the audit trail.</extracomment>
            <translation>Yes</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>Date: {date}</source>
            <translation>Date: {date}</translation>
        </message>
        <message>
            <source>Period: {start} – {end}</source>
            <translation>Period: {start} – {end}</translation>
        </message>
        <message>
            <source>Not registered</source>
            <extracomment>Rows between two progress reports / cancel checks.</extracomment>
            <translation>Not registered</translation>
        </message>
        <message>
            <source>Not done</source>
            <translation>Not done</translation>
        </message>
        <message>
            <source>Date</source>
            <extracomment>Rows between two progress reports / cancel checks (tests patch it to see every batch).</extracomment>
            <translation>Date</translation>
        </message>
        <message>
            <source>Entry</source>
            <translation>Entry</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Record</translation>
        </message>
        <message>
            <source>Record id</source>
            <translation>Record id</translation>
        </message>
        <message>
            <source>By</source>
            <translation>By</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>Detail</translation>
        </message>
        <message>
            <source>No entries.</source>
            <translation>No entries.</translation>
        </message>
        <message>
            <source>Patient</source>
            <translation>Patient</translation>
        </message>
        <message>
            <source>Identity number</source>
            <translation>Identity number</translation>
        </message>
        <message>
            <source>Entries</source>
            <translation>Entries</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Every recorded change, export and print of this patient's data in this log, oldest first. The entries name records by id, never by name; an export of a list (registration list, SibeR basis, coverage, the whole log) is listed for every patient it held.</source>
            <translation>Every recorded change, export and print of this patient's data in this log, oldest first. The entries name records by id, never by name; an export of a list (registration list, SibeR basis, coverage, the whole log) is listed for every patient it held.</translation>
        </message>
        <message>
            <source>Log extract</source>
            <translation>Log extract</translation>
        </message>
        <message>
            <source>Contact type</source>
            <translation>Contact type</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>Mode</translation>
        </message>
        <message>
            <source>KVÅ codes</source>
            <translation>KVÅ codes</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>Registered</translation>
        </message>
        <message>
            <source>Registration text</source>
            <translation>Registration text</translation>
        </message>
        <message>
            <source>{instrument} (max {max})</source>
            <translation>{instrument} (max {max})</translation>
        </message>
        <message>
            <source>Register in</source>
            <translation>Register in</translation>
        </message>
        <message>
            <source>Episode</source>
            <translation>Episode</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>No contacts in the period.</source>
            <extracomment>The registration list's rows: first the cells that go into the report as they come (date, time and registration date cut to size here), then what the shape texts and the row need. The same rows counted, for the progress bar, without reading most of them: a contact whose UTC time is at least a day after `start` and before `end` has its local date in the period (offsets are −12…+14 hours), so those are counted in the index alone; only the edges (up to two days at each end) are read to check their local date.</extracomment>
            <translation>No contacts in the period.</translation>
        </message>
        <message>
            <source>Registration list: not yet registered</source>
            <translation>Registration list: not yet registered</translation>
        </message>
        <message>
            <source>Registration list</source>
            <translation>Registration list</translation>
        </message>
        <message>
            <source>{count} contacts, {pending} not registered.</source>
            <translation>{count} contacts, {pending} not registered.</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Completed</translation>
        </message>
        <message>
            <source>Dropped out</source>
            <translation>Dropped out</translation>
        </message>
        <message>
            <source>Other reason</source>
            <translation>Other reason</translation>
        </message>
        <message>
            <source>No contact is marked as final</source>
            <translation>No contact is marked as final</translation>
        </message>
        <message>
            <source>Final contact without {code}</source>
            <translation>Final contact without {code}</translation>
        </message>
        <message>
            <source>Final contact with {code}</source>
            <translation>Final contact with {code}</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Error</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Warning</translation>
        </message>
        <message>
            <source>Date and time</source>
            <translation>Date and time</translation>
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
            <translation>Final</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Severity</translation>
        </message>
        <message>
            <source>Finding</source>
            <translation>Finding</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Why</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>Flag</source>
            <translation>Flag</translation>
        </message>
        <message>
            <source>{instrument} item {item}: {value} (flag at {threshold} or more)</source>
            <translation>{instrument} item {item}: {value} (flag at {threshold} or more)</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Programme</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Started</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Ended</translation>
        </message>
        <message>
            <source>Ongoing, week {week}</source>
            <translation>Ongoing, week {week}</translation>
        </message>
        <message>
            <source>Therapist</source>
            <translation>Therapist</translation>
        </message>
        <message>
            <source>Care unit</source>
            <translation>Care unit</translation>
        </message>
        <message>
            <source>EHR</source>
            <translation>EHR</translation>
        </message>
        <message>
            <source>Judged by rule set</source>
            <translation>Judged by rule set</translation>
        </message>
        <message>
            <source>Note on the rule set</source>
            <translation>Note on the rule set</translation>
        </message>
        <message>
            <source>No contacts yet.</source>
            <translation>No contacts yet.</translation>
        </message>
        <message>
            <source>No findings: the contacts follow the routine's rules.</source>
            <translation>No findings: the contacts follow the routine's rules.</translation>
        </message>
        <message>
            <source>No rating-scale scores.</source>
            <translation>No rating-scale scores.</translation>
        </message>
        <message>
            <source>Red: item {item} at {threshold} or more.</source>
            <translation>Red: item {item} at {threshold} or more.</translation>
        </message>
        <message>
            <source>Not ended</source>
            <translation>Not ended</translation>
        </message>
        <message>
            <source>End reason</source>
            <translation>End reason</translation>
        </message>
        <message>
            <source>Final contact</source>
            <translation>Final contact</translation>
        </message>
        <message>
            <source>SibeR start documented</source>
            <translation>SibeR start documented</translation>
        </message>
        <message>
            <source>Not documented</source>
            <translation>Not documented</translation>
        </message>
        <message>
            <source>SibeR transfer (Medrave)</source>
            <translation>SibeR transfer (Medrave)</translation>
        </message>
        <message>
            <source>Not transferred</source>
            <translation>Not transferred</translation>
        </message>
        <message>
            <source>Episode summary</source>
            <translation>Episode summary</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Rule findings</source>
            <translation>Rule findings</translation>
        </message>
        <message>
            <source>Rating scales</source>
            <translation>Rating scales</translation>
        </message>
        <message>
            <source>Ending and SibeR transfer</source>
            <translation>Ending and SibeR transfer</translation>
        </message>
        <message>
            <source>A basis for the transfer to SibeR via Medrave, not SibeR's own format (which is not known): check each value against your unit's lathund before you enter it.</source>
            <translation>A basis for the transfer to SibeR via Medrave, not SibeR's own format (which is not known): check each value against your unit's lathund before you enter it.</translation>
        </message>
        <message>
            <source>First
Last</source>
            <translation>First
Last</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>End</source>
            <translation>End</translation>
        </message>
        <message>
            <source>Contacts: {type}</source>
            <translation>Contacts: {type}</translation>
        </message>
        <message>
            <source>Contacts in all</source>
            <translation>Contacts in all</translation>
        </message>
        <message>
            <source>Therapist minutes</source>
            <translation>Therapist minutes</translation>
        </message>
        <message>
            <source>{instrument} first</source>
            <translation>{instrument} first</translation>
        </message>
        <message>
            <source>{instrument} first date</source>
            <translation>{instrument} first date</translation>
        </message>
        <message>
            <source>{instrument} last</source>
            <translation>{instrument} last</translation>
        </message>
        <message>
            <source>{instrument} last date</source>
            <translation>{instrument} last date</translation>
        </message>
        <message>
            <source>Transferred to SibeR</source>
            <translation>Transferred to SibeR</translation>
        </message>
        <message>
            <source>No ended episodes in the selection.</source>
            <translation>No ended episodes in the selection.</translation>
        </message>
        <message>
            <source>SibeR basis</source>
            <translation>SibeR basis</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Month</translation>
        </message>
        <message>
            <source>of logged contacts</source>
            <extracomment>Heading of the measure's group in print and of its count in the CSV. The CSV's heading of the denominator and of the percentage. What a gap in it means for the region's coverage figure.</extracomment>
            <translation>of logged contacts</translation>
        </message>
        <message>
            <source>of ended episodes</source>
            <translation>of ended episodes</translation>
        </message>
        <message>
            <source>Registered contacts</source>
            <translation>Registered contacts</translation>
        </message>
        <message>
            <source>% registered</source>
            <translation>% registered</translation>
        </message>
        <message>
            <source>Only registered contacts reach the region's statistics: a contact logged here but not registered is missing from every figure, coverage included.</source>
            <translation>Only registered contacts reach the region's statistics: a contact logged here but not registered is missing from every figure, coverage included.</translation>
        </message>
        <message>
            <source>Journaled contacts</source>
            <translation>Journaled contacts</translation>
        </message>
        <message>
            <source>% journaled</source>
            <translation>% journaled</translation>
        </message>
        <message>
            <source>Medrave takes what SibeR gets from the journal notes: a contact without a note written with the template is missing from the quality registry.</source>
            <translation>Medrave takes what SibeR gets from the journal notes: a contact without a note written with the template is missing from the quality registry.</translation>
        </message>
        <message>
            <source>Distance contacts with {code}</source>
            <translation>Distance contacts with {code}</translation>
        </message>
        <message>
            <source>of distance contacts</source>
            <translation>of distance contacts</translation>
        </message>
        <message>
            <source>% with {code}</source>
            <translation>% with {code}</translation>
        </message>
        <message>
            <source>The routine asks for {code} at every distance contact so that coverage is correct: each one without it lowers the region's figure. Imported contacts and contacts logged during an outage can lack it.</source>
            <translation>The routine asks for {code} at every distance contact so that coverage is correct: each one without it lowers the region's figure. Imported contacts and contacts logged during an outage can lack it.</translation>
        </message>
        <message>
            <source>Visits with {code}</source>
            <translation>Visits with {code}</translation>
        </message>
        <message>
            <source>of visits</source>
            <translation>of visits</translation>
        </message>
        <message>
            <source>The routine asks for {code} on every contact of a type that counts as a visit (administrative contacts do not): a visit without it is missing from the region's figures for that code. Imported contacts and contacts logged during an outage can lack it.</source>
            <translation>The routine asks for {code} on every contact of a type that counts as a visit (administrative contacts do not): a visit without it is missing from the region's figures for that code. Imported contacts and contacts logged during an outage can lack it.</translation>
        </message>
        <message>
            <source>Ended episodes with {code} registered</source>
            <translation>Ended episodes with {code} registered</translation>
        </message>
        <message>
            <source>An ended treatment counts as ended in the statistics only when a contact with {code} is registered: without it the episode stays open there.</source>
            <translation>An ended treatment counts as ended in the statistics only when a contact with {code} is registered: without it the episode stays open there.</translation>
        </message>
        <message>
            <source>Ended episodes transferred to SibeR</source>
            <translation>Ended episodes transferred to SibeR</translation>
        </message>
        <message>
            <source>% transferred</source>
            <translation>% transferred</translation>
        </message>
        <message>
            <source>An ended episode not transferred via Medrave is missing from SibeR, and lowers the registry's coverage for the unit.</source>
            <translation>An ended episode not transferred via Medrave is missing from SibeR, and lowers the registry's coverage for the unit.</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>Of</source>
            <translation>Of</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Coverage per month (%)</source>
            <translation>Coverage per month (%)</translation>
        </message>
        <message>
            <source>Contacts count in the month of their own local date, episodes in the month they ended, each judged by the version of the rule set valid on that date. An empty percentage means nothing to count that month.</source>
            <translation>Contacts count in the month of their own local date, episodes in the month they ended, each judged by the version of the rule set valid on that date. An empty percentage means nothing to count that month.</translation>
        </message>
        <message>
            <source>Contacts or episodes before {date}, when the oldest version of the rule set begins, were judged by that version ({rules}).</source>
            <translation>Contacts or episodes before {date}, when the oldest version of the rule set begins, were judged by that version ({rules}).</translation>
        </message>
        <message>
            <source>Contacts or episodes after {date}, the last day of the newest version of the rule set, were judged by that version ({rules}): is a newer rule file missing?</source>
            <translation>Contacts or episodes after {date}, the last day of the newest version of the rule set, were judged by that version ({rules}): is a newer rule file missing?</translation>
        </message>
        <message>
            <source>What the figures mean</source>
            <translation>What the figures mean</translation>
        </message>
        <message>
            <source>Coverage (täckningsgrad)</source>
            <translation>Coverage (täckningsgrad)</translation>
        </message>
        <message>
            <source>[Shortened in print: {shown} of {total} characters. The whole text is in the log and in the CSV.]</source>
            <extracomment>User text longer than this is cut in print, with a note saying so.</extracomment>
            <translation>[Shortened in print: {shown} of {total} characters. The whole text is in the log and in the CSV.]</translation>
        </message>
    </context>
    <context>
        <name>RulesProblem</name>
        <message>
            <source>chosen with --rules</source>
            <extracomment>Problems listed in the box itself; the rest are under "Show Details…" (a broken file can have hundreds).</extracomment>
            <translation>chosen with --rules</translation>
        </message>
        <message>
            <source>chosen with the environment variable KBTDESK_RULES</source>
            <translation>chosen with the environment variable KBTDESK_RULES</translation>
        </message>
        <message>
            <source>bundled with kbtdesk</source>
            <translation>bundled with kbtdesk</translation>
        </message>
        <message>
            <source>kbtdesk cannot use the unit configuration {file}, so it does not start.</source>
            <translation>kbtdesk cannot use the unit configuration {file}, so it does not start.</translation>
        </message>
        <message>
            <source>The unit's settings (unit.json) are deployed by your IT department or written by your unit: ask them to correct the file. The command “kbtdesk rules show” names the files kbtdesk reads.</source>
            <translation>The unit's settings (unit.json) are deployed by your IT department or written by your unit: ask them to correct the file. The command “kbtdesk rules show” names the files kbtdesk reads.</translation>
        </message>
        <message>
            <source>kbtdesk cannot use the rule set {file} ({chosen}), so it does not start: it would check your contacts against a routine it cannot read.</source>
            <translation>kbtdesk cannot use the rule set {file} ({chosen}), so it does not start: it would check your contacts against a routine it cannot read.</translation>
        </message>
        <message>
            <source>Ask whoever maintains your region's or unit's rule file to correct it; the command “kbtdesk rules check {file}” lists every problem. Without --rules and KBTDESK_RULES kbtdesk uses the rule set it was installed with.</source>
            <translation>Ask whoever maintains your region's or unit's rule file to correct it; the command “kbtdesk rules check {file}” lists every problem. Without --rules and KBTDESK_RULES kbtdesk uses the rule set it was installed with.</translation>
        </message>
        <message>
            <source>The rule set installed with kbtdesk is damaged: install kbtdesk again (your log is not touched), or ask your IT department to.</source>
            <translation>The rule set installed with kbtdesk is damaged: install kbtdesk again (your log is not touched), or ask your IT department to.</translation>
        </message>
        <message>
            <source>What is wrong (where in the file: what):</source>
            <translation>What is wrong (where in the file: what):</translation>
        </message>
        <message>
            <source>… and {count} more (Show Details...)</source>
            <translation>… and {count} more (Show Details...)</translation>
        </message>
        <message>
            <source>kbtdesk cannot start</source>
            <translation>kbtdesk cannot start</translation>
        </message>
    </context>
    <context>
        <name>ScoreDialog</name>
        <message>
            <source>Record score</source>
            <translation>Record score</translation>
        </message>
        <message>
            <source>Rating scale</source>
            <translation>Rating scale</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Total score</source>
            <translation>Total score</translation>
        </message>
        <message>
            <source>Item scores</source>
            <translation>Item scores</translation>
        </message>
        <message>
            <source>optional, separated by spaces: 2 3 1 …</source>
            <translation>optional, separated by spaces: 2 3 1 …</translation>
        </message>
        <message>
            <source>&amp;Rating scale:</source>
            <translation>&amp;Rating scale:</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Date:</translation>
        </message>
        <message>
            <source>&amp;Total:</source>
            <translation>&amp;Total:</translation>
        </message>
        <message>
            <source>&amp;Item scores:</source>
            <translation>&amp;Item scores:</translation>
        </message>
        <message>
            <source>&amp;Save score</source>
            <translation>&amp;Save score</translation>
        </message>
        <message>
            <source>{n} items, each {lo}–{hi}; total 0–{max}.</source>
            <translation>{n} items, each {lo}–{hi}; total 0–{max}.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Your name</translation>
        </message>
        <message>
            <source>Profession</source>
            <translation>Profession</translation>
        </message>
        <message>
            <source>Care unit</source>
            <translation>Care unit</translation>
        </message>
        <message>
            <source>Care level</source>
            <translation>Care level</translation>
        </message>
        <message>
            <source>EHR system</source>
            <translation>EHR system</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>&amp;Profession:</source>
            <translation>&amp;Profession:</translation>
        </message>
        <message>
            <source>Care &amp;unit:</source>
            <translation>Care &amp;unit:</translation>
        </message>
        <message>
            <source>Care &amp;level:</source>
            <translation>Care &amp;level:</translation>
        </message>
        <message>
            <source>&amp;EHR system:</source>
            <translation>&amp;EHR system:</translation>
        </message>
        <message>
            <source>Lan&amp;guage:</source>
            <translation>Lan&amp;guage:</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>Profile</translation>
        </message>
        <message>
            <source>Lock the window after minutes without use</source>
            <translation>Lock the window after minutes without use</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>&amp;Lock after:</source>
            <translation>&amp;Lock after:</translation>
        </message>
        <message>
            <source>After this many minutes without a key press or mouse movement the window hides all patient data and asks for the passphrase. Ctrl+L locks at once.</source>
            <translation>After this many minutes without a key press or mouse movement the window hides all patient data and asks for the passphrase. Ctrl+L locks at once.</translation>
        </message>
        <message>
            <source>C&amp;hange passphrase…</source>
            <translation>C&amp;hange passphrase…</translation>
        </message>
        <message>
            <source>Change passphrase</source>
            <translation>Change passphrase</translation>
        </message>
        <message>
            <source>Security</source>
            <translation>Security</translation>
        </message>
        <message>
            <source>Headings of the journal note skeleton, one per line. They are a suggestion: adjust them to your unit's lathund.</source>
            <translation>Headings of the journal note skeleton, one per line. They are a suggestion: adjust them to your unit's lathund.</translation>
        </message>
        <message>
            <source>Template headings for {ehr}</source>
            <translation>Template headings for {ehr}</translation>
        </message>
        <message>
            <source>Templates</source>
            <translation>Templates</translation>
        </message>
        <message>
            <source>The programmes offered for a new episode, one per line.</source>
            <translation>The programmes offered for a new episode, one per line.</translation>
        </message>
        <message>
            <source>Programmes</source>
            <translation>Programmes</translation>
        </message>
        <message>
            <source>Planned length in weeks: the week view asks for the closing visit once an episode reaches it (unknown: no prompt).</source>
            <translation>Planned length in weeks: the week view asks for the closing visit once an episode reaches it (unknown: no prompt).</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>The passphrase was changed. Use the new one from now on.</source>
            <translation>The passphrase was changed. Use the new one from now on.</translation>
        </message>
        <message>
            <source>The registration code was not saved: {problem}</source>
            <translation>The registration code was not saved: {problem}</translation>
        </message>
    </context>
    <context>
        <name>SetupDialog</name>
        <message>
            <source>Create your kbtdesk log</source>
            <translation>Create your kbtdesk log</translation>
        </message>
        <message>
            <source>No log was found. Tell kbtdesk who you are and choose a passphrase: the log is encrypted, and the passphrase is what opens it.</source>
            <translation>No log was found. Tell kbtdesk who you are and choose a passphrase: the log is encrypted, and the passphrase is what opens it.</translation>
        </message>
        <message>
            <source>The log will be created at: {path}</source>
            <translation>The log will be created at: {path}</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Your name</translation>
        </message>
        <message>
            <source>Profession</source>
            <translation>Profession</translation>
        </message>
        <message>
            <source>e.g. psychologist</source>
            <translation>e.g. psychologist</translation>
        </message>
        <message>
            <source>Care unit</source>
            <translation>Care unit</translation>
        </message>
        <message>
            <source>Care level</source>
            <translation>Care level</translation>
        </message>
        <message>
            <source>EHR system</source>
            <translation>EHR system</translation>
        </message>
        <message>
            <source>At least {n} characters. A few unrelated words are easy to remember and hard to guess. Next, kbtdesk shows a recovery code: if you forget the passphrase, that code is the only way into the log. You print it or write it down, and keep it apart from this computer.</source>
            <translation>At least {n} characters. A few unrelated words are easy to remember and hard to guess. Next, kbtdesk shows a recovery code: if you forget the passphrase, that code is the only way into the log. You print it or write it down, and keep it apart from this computer.</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>&amp;Profession:</source>
            <translation>&amp;Profession:</translation>
        </message>
        <message>
            <source>Care &amp;unit:</source>
            <translation>Care &amp;unit:</translation>
        </message>
        <message>
            <source>Care &amp;level:</source>
            <translation>Care &amp;level:</translation>
        </message>
        <message>
            <source>&amp;EHR system:</source>
            <translation>&amp;EHR system:</translation>
        </message>
        <message>
            <source>&amp;Create log</source>
            <translation>&amp;Create log</translation>
        </message>
    </context>
    <context>
        <name>StrengthMeter</name>
        <message>
            <source>Passphrase strength</source>
            <translation>Passphrase strength</translation>
        </message>
        <message>
            <source>Too short</source>
            <translation>Too short</translation>
        </message>
        <message>
            <source>Weak</source>
            <translation>Weak</translation>
        </message>
        <message>
            <source>Fair</source>
            <translation>Fair</translation>
        </message>
        <message>
            <source>Good</source>
            <translation>Good</translation>
        </message>
        <message>
            <source>Strong</source>
            <translation>Strong</translation>
        </message>
    </context>
    <context>
        <name>TrendChart</name>
        <message>
            <source>Score trend</source>
            <extracomment>The dates under the plot at the last paint: (date, left x, width), left to right.</extracomment>
            <translation>Score trend</translation>
        </message>
        <message>
            <source>No scores yet</source>
            <translation>No scores yet</translation>
        </message>
    </context>
    <context>
        <name>Undo</name>
        <message>
            <source>contact</source>
            <translation>contact</translation>
        </message>
        <message>
            <source>{n} contacts</source>
            <translation>{n} contacts</translation>
        </message>
        <message>
            <source>deletion</source>
            <extracomment>How often the window asks the backup policy whether a backup is due (it decides itself).</extracomment>
            <translation>deletion</translation>
        </message>
        <message>
            <source>reopening</source>
            <translation>reopening</translation>
        </message>
        <message>
            <source>ending</source>
            <translation>ending</translation>
        </message>
        <message>
            <source>renaming</source>
            <translation>renaming</translation>
        </message>
        <message>
            <source>identity number</source>
            <translation>identity number</translation>
        </message>
        <message>
            <source>score</source>
            <translation>score</translation>
        </message>
        <message>
            <source>ticks</source>
            <translation>ticks</translation>
        </message>
    </context>
    <context>
        <name>UnitSettingsPage</name>
        <message>
            <source>These values come from your unit's configuration. A value marked as fixed can only be changed by whoever manages the file (usually IT).</source>
            <translation>These values come from your unit's configuration. A value marked as fixed can only be changed by whoever manages the file (usually IT).</translation>
        </message>
        <message>
            <source>No unit configuration is installed. The values below come from the rule set; your unit's IT can deploy a unit.json to set them for every workstation.</source>
            <translation>No unit configuration is installed. The values below come from the rule set; your unit's IT can deploy a unit.json to set them for every workstation.</translation>
        </message>
        <message>
            <source>Machine-wide file (deployed by IT): {path}</source>
            <translation>Machine-wide file (deployed by IT): {path}</translation>
        </message>
        <message>
            <source>Your own file: {path}</source>
            <translation>Your own file: {path}</translation>
        </message>
        <message>
            <source>Values set by your unit</source>
            <translation>Values set by your unit</translation>
        </message>
        <message>
            <source>Setting</source>
            <translation>Setting</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <source>You may change it</source>
            <translation>You may change it</translation>
        </message>
        <message>
            <source>Days without feedback before an episode is due</source>
            <translation>Days without feedback before an episode is due</translation>
        </message>
        <message>
            <source> days</source>
            <translation> days</translation>
        </message>
        <message>
            <source>&amp;No feedback after:</source>
            <translation>&amp;No feedback after:</translation>
        </message>
        <message>
            <source>none (adjust to your unit)</source>
            <translation>none (adjust to your unit)</translation>
        </message>
        <message>
            <source>{name} ({weeks} weeks)</source>
            <translation>{name} ({weeks} weeks)</translation>
        </message>
        <message>
            <source>allowed</source>
            <translation>allowed</translation>
        </message>
        <message>
            <source>suggested</source>
            <translation>suggested</translation>
        </message>
        <message>
            <source>Template headings (number per EHR)</source>
            <translation>Template headings (number per EHR)</translation>
        </message>
        <message>
            <source>Registration codes per contact type</source>
            <translation>Registration codes per contact type</translation>
        </message>
        <message>
            <source>Programmes (planned weeks)</source>
            <translation>Programmes (planned weeks)</translation>
        </message>
        <message>
            <source>Extra KVÅ codes</source>
            <translation>Extra KVÅ codes</translation>
        </message>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <source>rule set (default)</source>
            <translation>rule set (default)</translation>
        </message>
        <message>
            <source>your unit (machine-wide)</source>
            <translation>your unit (machine-wide)</translation>
        </message>
        <message>
            <source>your own file</source>
            <translation>your own file</translation>
        </message>
        <message>
            <source>no: only in unit.json</source>
            <translation>no: only in unit.json</translation>
        </message>
        <message>
            <source>no: fixed by your unit</source>
            <translation>no: fixed by your unit</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>Registration code for {type}</source>
            <translation>Registration code for {type}</translation>
        </message>
        <message>
            <source>Registration code, {type}:</source>
            <translation>Registration code, {type}:</translation>
        </message>
        <message>
            <source>Set by your unit's machine-wide file; it cannot be changed here.</source>
            <translation>Set by your unit's machine-wide file; it cannot be changed here.</translation>
        </message>
        <message>
            <source>Saved in your own unit.json ({path}); shown in the registration text from the next start of kbtdesk.</source>
            <translation>Saved in your own unit.json ({path}); shown in the registration text from the next start of kbtdesk.</translation>
        </message>
        <message>
            <source>Set by your unit ({path}); it cannot be changed here.</source>
            <translation>Set by your unit ({path}); it cannot be changed here.</translation>
        </message>
        <message>
            <source>Your unit's values ({path}); you may adjust them for yourself.</source>
            <translation>Your unit's values ({path}); you may adjust them for yourself.</translation>
        </message>
    </context>
    <context>
        <name>Unlock</name>
        <message>
            <source>Wrong passphrase. Nothing was changed.</source>
            <extracomment>A key file is a few hundred bytes; anything much bigger is not one (and is not parsed).</extracomment>
            <translation>Wrong passphrase. Nothing was changed.</translation>
        </message>
        <message>
            <source>That recovery code does not open this log. Nothing was changed.</source>
            <translation>That recovery code does not open this log. Nothing was changed.</translation>
        </message>
        <message>
            <source>The key file {path} has no recovery code.</source>
            <translation>The key file {path} has no recovery code.</translation>
        </message>
        <message>
            <source>The key file {path} is damaged ({detail}); the passphrase was not tried. Every backup has a copy of its key file beside it (the backup's name + .key).</source>
            <translation>The key file {path} is damaged ({detail}); the passphrase was not tried. Every backup has a copy of its key file beside it (the backup's name + .key).</translation>
        </message>
        <message>
            <source>The passphrase must have at least {n} characters.</source>
            <extracomment>Cheap parameters for tests only; never used by the program itself. The most a key file may ask for: what kbtdesk itself writes. A file asking for more (2^31 passes would hang the unlock for hours) is refused as damaged without running the KDF.</extracomment>
            <translation>The passphrase must have at least {n} characters.</translation>
        </message>
        <message>
            <source>The two passphrases are not the same.</source>
            <translation>The two passphrases are not the same.</translation>
        </message>
        <message>
            <source>The key file {path} cannot be read ({reason}).</source>
            <translation>The key file {path} cannot be read ({reason}).</translation>
        </message>
        <message>
            <source>The key file {path} is missing: the log cannot be opened without it.</source>
            <translation>The key file {path} is missing: the log cannot be opened without it.</translation>
        </message>
        <message>
            <source>{path} is not a kbtdesk key file.</source>
            <translation>{path} is not a kbtdesk key file.</translation>
        </message>
        <message>
            <source>The key file {path} was written by a newer kbtdesk. Update kbtdesk to open it.</source>
            <translation>The key file {path} was written by a newer kbtdesk. Update kbtdesk to open it.</translation>
        </message>
        <message>
            <source>The passphrase repeats the same characters or words: it is easy to guess. Use several unrelated words.</source>
            <extracomment>zxcvbn's score 3 starts at 10^8 guesses (8 digits); below that a passphrase is refused.</extracomment>
            <translation>The passphrase repeats the same characters or words: it is easy to guess. Use several unrelated words.</translation>
        </message>
        <message>
            <source>The passphrase is a sequence such as abcd or 1234: it is easy to guess. Use several unrelated words.</source>
            <translation>The passphrase is a sequence such as abcd or 1234: it is easy to guess. Use several unrelated words.</translation>
        </message>
        <message>
            <source>The passphrase follows the keyboard (like qwerty): it is easy to guess. Use several unrelated words.</source>
            <translation>The passphrase follows the keyboard (like qwerty): it is easy to guess. Use several unrelated words.</translation>
        </message>
        <message>
            <source>The passphrase is or holds a date or a year: it is easy to guess. Use several unrelated words.</source>
            <translation>The passphrase is or holds a date or a year: it is easy to guess. Use several unrelated words.</translation>
        </message>
        <message>
            <source>The passphrase holds your name or your care unit's: anyone nearby would try those first. Use several unrelated words.</source>
            <translation>The passphrase holds your name or your care unit's: anyone nearby would try those first. Use several unrelated words.</translation>
        </message>
        <message>
            <source>The passphrase is a common word or password, or close to one: it is easy to guess. Add more unrelated words.</source>
            <translation>The passphrase is a common word or password, or close to one: it is easy to guess. Add more unrelated words.</translation>
        </message>
        <message>
            <source>The passphrase is too easy to guess. Use three or four unrelated words, or a longer sentence only you would think of.</source>
            <translation>The passphrase is too easy to guess. Use three or four unrelated words, or a longer sentence only you would think of.</translation>
        </message>
    </context>
    <context>
        <name>UnlockDialog</name>
        <message>
            <source>Unlock kbtdesk</source>
            <translation>Unlock kbtdesk</translation>
        </message>
        <message>
            <source>Log: {path}</source>
            <translation>Log: {path}</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Passphrase:</translation>
        </message>
        <message>
            <source>Forgot passphrase?</source>
            <translation>Forgot passphrase?</translation>
        </message>
        <message>
            <source>Forgot passphrase? Use the recovery code</source>
            <translation>Forgot passphrase? Use the recovery code</translation>
        </message>
        <message>
            <source>Open &amp;read-only</source>
            <translation>Open &amp;read-only</translation>
        </message>
        <message>
            <source>Open the log read-only</source>
            <translation>Open the log read-only</translation>
        </message>
        <message>
            <source>Restore the newest good &amp;backup</source>
            <translation>Restore the newest good &amp;backup</translation>
        </message>
        <message>
            <source>Restore the newest good backup</source>
            <translation>Restore the newest good backup</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>&amp;Unlock</translation>
        </message>
        <message>
            <source>No good backup was found in the backups folder. Nothing was changed.</source>
            <translation>No good backup was found in the backups folder. Nothing was changed.</translation>
        </message>
        <message>
            <source>The newest good backup was restored. The damaged log was kept as:
{path}</source>
            <translation>The newest good backup was restored. The damaged log was kept as:
{path}</translation>
        </message>
        <message>
            <source>The newest good backup was restored.</source>
            <translation>The newest good backup was restored.</translation>
        </message>
        <message>
            <source>Log restored</source>
            <translation>Log restored</translation>
        </message>
    </context>
    <context>
        <name>Week</name>
        <message>
            <source>{instrument} item {item} at {value} ({date})</source>
            <extracomment>Most pressing first; the rows sort by the weight of what is due on them.</extracomment>
            <translation>{instrument} item {item} at {value} ({date})</translation>
        </message>
        <message>
            <source>Closing visit due: week {week} of {planned}</source>
            <translation>Closing visit due: week {week} of {planned}</translation>
        </message>
        <message>
            <source>No feedback for {days} days</source>
            <translation>No feedback for {days} days</translation>
        </message>
        <message>
            <source>SibeR: start not documented</source>
            <translation>SibeR: start not documented</translation>
        </message>
        <message>
            <source>No feedback yet, {days} days since the start</source>
            <translation>No feedback yet, {days} days since the start</translation>
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
            <translation>Identity no.</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Programme</translation>
        </message>
        <message>
            <source>Week</source>
            <translation>Week</translation>
        </message>
        <message>
            <source>Last contact</source>
            <translation>Last contact</translation>
        </message>
        <message>
            <source>Days since feedback</source>
            <translation>Days since feedback</translation>
        </message>
        <message>
            <source>Due now</source>
            <translation>Due now</translation>
        </message>
        <message>
            <source>none yet</source>
            <extracomment>Display texts of a row, made the first time it is painted (thousands of rows at a clinic).</extracomment>
            <translation>none yet</translation>
        </message>
        <message>
            <source>Week {week} of {planned} planned</source>
            <translation>Week {week} of {planned} planned</translation>
        </message>
    </context>
    <context>
        <name>WeekView</name>
        <message>
            <source>This week: what is due</source>
            <translation>This week: what is due</translation>
        </message>
        <message>
            <source>Active episodes, the most due first</source>
            <translation>Active episodes, the most due first</translation>
        </message>
        <message>
            <source>Select several rows (Shift or Ctrl and click, Ctrl+A for all) to log a contact for each at once. Enter or a double-click opens the episode.</source>
            <translation>Select several rows (Shift or Ctrl and click, Ctrl+A for all) to log a contact for each at once. Enter or a double-click opens the episode.</translation>
        </message>
        <message>
            <source>No active episodes. Start one with Ctrl+Shift+N.</source>
            <translation>No active episodes. Start one with Ctrl+Shift+N.</translation>
        </message>
        <message>
            <source>{n} active</source>
            <translation>{n} active</translation>
        </message>
        <message>
            <source>feedback due: {n}</source>
            <translation>feedback due: {n}</translation>
        </message>
        <message>
            <source>closing visits: {n}</source>
            <translation>closing visits: {n}</translation>
        </message>
        <message>
            <source>SibeR start: {n}</source>
            <translation>SibeR start: {n}</translation>
        </message>
        <message>
            <source>flags: {n}</source>
            <translation>flags: {n}</translation>
        </message>
    </context>
    <context>
        <name>WindowCorrections</name>
        <message>
            <source>Choose an episode first.</source>
            <translation>Choose an episode first.</translation>
        </message>
        <message>
            <source>Episode deleted. Ctrl+Z brings it back.</source>
            <translation>Episode deleted. Ctrl+Z brings it back.</translation>
        </message>
        <message>
            <source>Episode reopened. Ctrl+Z ends it again.</source>
            <translation>Episode reopened. Ctrl+Z ends it again.</translation>
        </message>
        <message>
            <source>Ending changed. Ctrl+Z brings back the earlier one.</source>
            <translation>Ending changed. Ctrl+Z brings back the earlier one.</translation>
        </message>
        <message>
            <source>Patient renamed. Ctrl+Z brings back the earlier name.</source>
            <translation>Patient renamed. Ctrl+Z brings back the earlier name.</translation>
        </message>
        <message>
            <source>Identity number corrected. Ctrl+Z brings back the earlier one.</source>
            <translation>Identity number corrected. Ctrl+Z brings back the earlier one.</translation>
        </message>
        <message>
            <source>Choose a score first.</source>
            <translation>Choose a score first.</translation>
        </message>
        <message>
            <source>Score changed. Ctrl+Z brings back the earlier one.</source>
            <translation>Score changed. Ctrl+Z brings back the earlier one.</translation>
        </message>
        <message>
            <source>Delete the {scale} score {score} of {date}? You can undo this with Ctrl+Z.</source>
            <translation>Delete the {scale} score {score} of {date}? You can undo this with Ctrl+Z.</translation>
        </message>
        <message>
            <source>Delete score</source>
            <translation>Delete score</translation>
        </message>
        <message>
            <source>Score deleted. Ctrl+Z brings it back.</source>
            <translation>Score deleted. Ctrl+Z brings it back.</translation>
        </message>
    </context>
    <context>
        <name>WorklistModel</name>
        <message>
            <source>Journal note not written</source>
            <translation>Journal note not written</translation>
        </message>
        <message>
            <source>Not registered</source>
            <translation>Not registered</translation>
        </message>
        <message>
            <source>Ending not registered</source>
            <translation>Ending not registered</translation>
        </message>
        <message>
            <source>Not transferred to SibeR</source>
            <translation>Not transferred to SibeR</translation>
        </message>
        <message>
            <source>Date and time</source>
            <translation>Date and time</translation>
        </message>
        <message>
            <source>Patient</source>
            <translation>Patient</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Programme</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Codes</source>
            <translation>Codes</translation>
        </message>
        <message>
            <source>Journal</source>
            <translation>Journal</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>Registered</translation>
        </message>
        <message>
            <source>SibeR</source>
            <translation>SibeR</translation>
        </message>
        <message>
            <source>Outage</source>
            <translation>Outage</translation>
        </message>
        <message>
            <source>Click, or press Space, to tick or untick (Ctrl+Z undoes it).</source>
            <extracomment>The WorklistRow of a row. Display texts per row, made the first time the row is painted. Row number by record (contact, or episode for a SibeR row): a tick finds its row at once.</extracomment>
            <translation>Click, or press Space, to tick or untick (Ctrl+Z undoes it).</translation>
        </message>
        <message>
            <source>Logged while the EHR was down: enter it in the EHR, then tick it.</source>
            <translation>Logged while the EHR was down: enter it in the EHR, then tick it.</translation>
        </message>
        <message>
            <source>Journal note written</source>
            <translation>Journal note written</translation>
        </message>
        <message>
            <source>Ending registered</source>
            <translation>Ending registered</translation>
        </message>
        <message>
            <source>Transferred to SibeR</source>
            <translation>Transferred to SibeR</translation>
        </message>
        <message>
            <source>Episode ended</source>
            <translation>Episode ended</translation>
        </message>
    </context>
    <context>
        <name>WorklistWidget</name>
        <message>
            <source>Worklist</source>
            <extracomment>Something was ticked or unticked here (already written). The change core wrote (core.ticks.TicksChanged): the window puts it on its undo stack. Rows ticked in this session, by row_id: they stay listed (ticked) until the filter changes. The ticks a row came with and those ticked on it in this session, for the rows ticked here (any other row: what it has open). Space and the buttons act on these, never on a tick set long ago that the row did not list. The rest of a long list, read just after its first screenful is shown.</extracomment>
            <translation>Worklist</translation>
        </message>
        <message>
            <source>Per&amp;iod:</source>
            <translation>Per&amp;iod:</translation>
        </message>
        <message>
            <source>Open items</source>
            <translation>Open items</translation>
        </message>
        <message>
            <source>&amp;Mark done</source>
            <translation>&amp;Mark done</translation>
        </message>
        <message>
            <source>&amp;Reopen</source>
            <translation>&amp;Reopen</translation>
        </message>
        <message>
            <source>All</source>
            <extracomment>Rows the view has at first and adds per fetchMore as it scrolls to the end: thousands of open contacts at a clinic's scale, and the view should lay out and paint only what it shows.</extracomment>
            <translation>All</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>This week</translation>
        </message>
        <message>
            <source>Last week</source>
            <translation>Last week</translation>
        </message>
        <message>
            <source>This month</source>
            <translation>This month</translation>
        </message>
        <message>
            <source>Last month</source>
            <translation>Last month</translation>
        </message>
        <message>
            <source>What is still to be entered in other systems, one row per contact. Click a tick, or select rows and press Space, once it is done; Ctrl+Z undoes a tick.</source>
            <translation>What is still to be entered in other systems, one row per contact. Click a tick, or select rows and press Space, once it is done; Ctrl+Z undoes a tick.</translation>
        </message>
        <message>
            <source>&amp;Patient:</source>
            <translation>&amp;Patient:</translation>
        </message>
        <message>
            <source>name or identity number</source>
            <translation>name or identity number</translation>
        </message>
        <message>
            <source>Show the worklist of the patients found by name or identity number</source>
            <translation>Show the worklist of the patients found by name or identity number</translation>
        </message>
        <message>
            <source>Period of the contacts shown</source>
            <translation>Period of the contacts shown</translation>
        </message>
        <message>
            <source>Only contacts logged during an &amp;outage</source>
            <translation>Only contacts logged during an &amp;outage</translation>
        </message>
        <message>
            <source>Show only contacts logged during an outage</source>
            <translation>Show only contacts logged during an outage</translation>
        </message>
        <message>
            <source>Tick everything open on the selected rows</source>
            <translation>Tick everything open on the selected rows</translation>
        </message>
        <message>
            <source>Reopen what was ticked on the selected rows</source>
            <translation>Reopen what was ticked on the selected rows</translation>
        </message>
        <message>
            <source>Nothing to do: every contact is journaled and registered, every ended episode transferred.</source>
            <translation>Nothing to do: every contact is journaled and registered, every ended episode transferred.</translation>
        </message>
        <message>
            <source>Nothing open matches the filter.</source>
            <translation>Nothing open matches the filter.</translation>
        </message>
        <message>
            <source>1 row with something open</source>
            <translation>1 row with something open</translation>
        </message>
        <message>
            <source>{n} rows with something open</source>
            <translation>{n} rows with something open</translation>
        </message>
        <message>
            <source>1 open item</source>
            <translation>1 open item</translation>
        </message>
        <message>
            <source>{n} open items</source>
            <translation>{n} open items</translation>
        </message>
        <message>
            <source>1 logged during an outage</source>
            <translation>1 logged during an outage</translation>
        </message>
        <message>
            <source>{n} logged during an outage</source>
            <translation>{n} logged during an outage</translation>
        </message>
    </context>
    <context>
        <name>argparse</name>
        <message>
            <source>usage: </source>
            <extracomment>argparse's words that a user meets (Python 3.11-3.13), for lupdate to find and translators to fill. The %-placeholders must stay as they are in a translation.</extracomment>
            <translation>usage: </translation>
        </message>
        <message>
            <source>positional arguments</source>
            <translation>positional arguments</translation>
        </message>
        <message>
            <source>options</source>
            <translation>options</translation>
        </message>
        <message>
            <source>show this help message and exit</source>
            <translation>show this help message and exit</translation>
        </message>
        <message>
            <source>show program's version number and exit</source>
            <translation>show program's version number and exit</translation>
        </message>
        <message>
            <source>%(prog)s: error: %(message)s
</source>
            <translation>%(prog)s: error: %(message)s
</translation>
        </message>
        <message>
            <source>the following arguments are required: %s</source>
            <translation>the following arguments are required: %s</translation>
        </message>
        <message>
            <source>unrecognized arguments: %s</source>
            <translation>unrecognized arguments: %s</translation>
        </message>
        <message>
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>invalid choice: %(value)r (choose from %(choices)s)</translation>
        </message>
        <message>
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>argument %(argument_name)s: %(message)s</translation>
        </message>
        <message>
            <source>invalid %(type)s value: %(value)r</source>
            <translation>invalid %(type)s value: %(value)r</translation>
        </message>
        <message>
            <source>expected one argument</source>
            <translation>expected one argument</translation>
        </message>
        <message>
            <source>expected at least one argument</source>
            <translation>expected at least one argument</translation>
        </message>
        <message>
            <source>expected at most one argument</source>
            <translation>expected at most one argument</translation>
        </message>
        <message>
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>ambiguous option: %(option)s could match %(matches)s</translation>
        </message>
        <message>
            <source>not allowed with argument %s</source>
            <translation>not allowed with argument %s</translation>
        </message>
        <message>
            <source>one of the arguments %s is required</source>
            <translation>one of the arguments %s is required</translation>
        </message>
        <message>
            <source>ignored explicit argument %r</source>
            <translation>ignored explicit argument %r</translation>
        </message>
    </context>
</TS>