<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
<context>
    <name>ContactChecklist</name>
    <message>
        <location filename="../kbtdesk/ui/checklist.py" line="134"/>
        <source>Edit contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/checklist.py" line="134"/>
        <source>New contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/checklist.py" line="145"/>
        <source>{name} · {identity} · {programme}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/checklist.py" line="154"/>
        <source>Logged during an outage: this contact stays on the worklist until the journal note and the registration are ticked as entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/checklist.py" line="164"/>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/checklist.py" line="172"/>
        <source>Checklist step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/checklist.py" line="185"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/checklist.py" line="185"/>
        <source>Previous step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/checklist.py" line="186"/>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/checklist.py" line="186"/>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/checklist.py" line="187"/>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/checklist.py" line="187"/>
        <source>Finish and save the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/checklist.py" line="188"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/checklist.py" line="188"/>
        <source>Cancel without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/checklist.py" line="189"/>
        <source>Alt+1…4 or Ctrl+PgUp/PgDn: go to a step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/checklist.py" line="223"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/checklist.py" line="226"/>
        <source>Date and time of the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/checklist.py" line="229"/>
        <source>&amp;Date and time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/checklist.py" line="234"/>
        <source>Minutes spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/checklist.py" line="236"/>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/checklist.py" line="237"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/checklist.py" line="238"/>
        <source>M&amp;inutes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/checklist.py" line="249"/>
        <source>Contact type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/checklist.py" line="259"/>
        <source>Contact type: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/checklist.py" line="263"/>
        <source>Use: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/checklist.py" line="270"/>
        <source>Held:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/checklist.py" line="274"/>
        <source>Visit held: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/checklist.py" line="291"/>
        <source>This contact &amp;ends the treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/checklist.py" line="292"/>
        <source>This contact ends the treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/checklist.py" line="295"/>
        <source>Finishing ends the treatment episode (if it is still open); the ending is registered with its own code and the episode goes to SibeR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/checklist.py" line="300"/>
        <source>Private no&amp;te (kept in this log only, not the journal):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/checklist.py" line="301"/>
        <source>Private note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/checklist.py" line="317"/>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/checklist.py" line="321"/>
        <source>Use the template &lt;b&gt;{template}&lt;/b&gt; in {ehr}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/checklist.py" line="327"/>
        <source>From the quick guide: {lathund} ({ehr})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/checklist.py" line="330"/>
        <source>The rule set names no journal template for {ehr}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/checklist.py" line="333"/>
        <source>Note &amp;skeleton (the template&apos;s headings):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/checklist.py" line="334"/>
        <source>Note skeleton</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/checklist.py" line="346"/>
        <source>&amp;Copy skeleton</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/checklist.py" line="347"/>
        <source>Copy the note skeleton to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/checklist.py" line="360"/>
        <source>Note &amp;written and signed in {ehr}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/checklist.py" line="361"/>
        <source>Journal note written and signed in {ehr}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/checklist.py" line="364"/>
        <source>Leave it unticked if the EHR is down or the note is not signed yet: the contact waits on the worklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/checklist.py" line="373"/>
        <source>Codes (KVÅ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/checklist.py" line="375"/>
        <source>Suggested from the routine for this contact. Remove a code or add another KVÅ code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/checklist.py" line="378"/>
        <source>KVÅ codes of this contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/checklist.py" line="385"/>
        <source>&amp;Remove selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/checklist.py" line="386"/>
        <source>Remove the selected codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/checklist.py" line="387"/>
        <source>Another KVÅ code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/checklist.py" line="388"/>
        <source>e.g. AU118</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/checklist.py" line="391"/>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/checklist.py" line="391"/>
        <source>Add the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/checklist.py" line="392"/>
        <source>Add c&amp;ode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/checklist.py" line="404"/>
        <source>Chec&amp;ks against the routine:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/checklist.py" line="405"/>
        <source>Checks against the routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/checklist.py" line="423"/>
        <source>Registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/checklist.py" line="426"/>
        <source>Register the contact in {system}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/checklist.py" line="428"/>
        <source>Register the contact in {system} as in {routine}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/checklist.py" line="436"/>
        <source>Contact type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/checklist.py" line="440"/>
        <source>KVÅ codes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/checklist.py" line="449"/>
        <source>Te&amp;xt to copy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/checklist.py" line="450"/>
        <source>Registration text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/checklist.py" line="456"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/checklist.py" line="457"/>
        <source>Copy the registration text to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/checklist.py" line="464"/>
        <source>Re&amp;gistered in {system}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/checklist.py" line="465"/>
        <source>Contact registered in {system}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/checklist.py" line="469"/>
        <source>This contact ends the treatment: transfer the episode to SibeR via Medrave. See “Lathund för överföring via Medrave till SibeR”. The transfer stays on the worklist until you tick it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/checklist.py" line="569"/>
        <source>Routine: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/checklist.py" line="571"/>
        <source>Not a KVÅ code: two letters and three digits, or three letters and two digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/checklist.py" line="573"/>
        <source>Added by you. {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/checklist.py" line="575"/>
        <source>Added by you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/checklist.py" line="584"/>
        <source>No codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/checklist.py" line="596"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/checklist.py" line="596"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/checklist.py" line="602"/>
        <source>No findings: the codes follow the routine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/checklist.py" line="608"/>
        <source>Finish is blocked: fix the errors under step 3, Codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/checklist.py" line="622"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/checklist.py" line="632"/>
        <source>1  Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/checklist.py" line="633"/>
        <source>2  Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/checklist.py" line="634"/>
        <source>3  Codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../kbtdesk/ui/checklist.py" line="634"/>
        <source>  (%n error(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/checklist.py" line="635"/>
        <source>4  Registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/checklist.py" line="686"/>
        <source>{code} is already listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/checklist.py" line="693"/>
        <source>{code} is not a valid KVÅ code; remove it before finishing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/checklist.py" line="717"/>
        <location filename="../kbtdesk/ui/checklist.py" line="721"/>
        <source>Copied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndEpisodeDialog</name>
    <message>
        <location filename="../kbtdesk/ui/dialogs.py" line="349"/>
        <source>End episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/dialogs.py" line="353"/>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/dialogs.py" line="354"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/dialogs.py" line="355"/>
        <source>End &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/dialogs.py" line="356"/>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/dialogs.py" line="358"/>
        <source>A completed treatment also needs a final contact with code UV112.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/dialogs.py" line="363"/>
        <source>&amp;End episode</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EpisodeListModel</name>
    <message>
        <location filename="../kbtdesk/ui/episode_list.py" line="40"/>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/episode_list.py" line="41"/>
        <source>Identity no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/episode_list.py" line="42"/>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/episode_list.py" line="43"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/episode_list.py" line="44"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/episode_list.py" line="104"/>
        <source>Ended {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EpisodeListWidget</name>
    <message>
        <location filename="../kbtdesk/ui/episode_list.py" line="174"/>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/episode_list.py" line="175"/>
        <source>Name, identity number or programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/episode_list.py" line="176"/>
        <source>Search episodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/episode_list.py" line="177"/>
        <source>Show episodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/episode_list.py" line="178"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/episode_list.py" line="178"/>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/episode_list.py" line="178"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/episode_list.py" line="180"/>
        <source>Episodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/episode_list.py" line="220"/>
        <source>No episodes match.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <location filename="../kbtdesk/core/checker.py" line="44"/>
        <source>Code {code} is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/core/checker.py" line="45"/>
        <source>Code {code} is not expected on this contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/core/checker.py" line="46"/>
        <source>The episode has ended but no contact is marked as final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/core/checker.py" line="49"/>
        <source>{code} is not a valid KVÅ code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Identity</name>
    <message>
        <location filename="../kbtdesk/core/identity.py" line="86"/>
        <source>Enter a personnummer, samordningsnummer or reservnummer.</source>
        <extracomment>Skatteverket stores the century as 18, 19 or 20; nothing older can be a real number. Digit that stands for the reservnummer letter in its check-digit calculation (Inera, VGR).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/core/identity.py" line="120"/>
        <source>Remove the space inside the number: only a - or + may stand before the last four digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/core/identity.py" line="124"/>
        <source>The number contains the character “{character}” ({codepoint}), which is not one of the digits 0–9. Type the number with ordinary digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/core/identity.py" line="130"/>
        <source>The number contains an invisible character ({codepoint}), which does not belong in an identity number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/core/identity.py" line="134"/>
        <source>The number contains the character “{character}” ({codepoint}), which does not belong in an identity number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/core/identity.py" line="145"/>
        <source>A personnummer or samordningsnummer has 10 or 12 digits, but this number has {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/core/identity.py" line="151"/>
        <source>A - or + may only stand once, just before the last four digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/core/identity.py" line="166"/>
        <source>The birth date is in the future. For someone who turns 100 this year, write + before the last four digits, or give all 12 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/core/identity.py" line="167"/>
        <location filename="../kbtdesk/core/identity.py" line="235"/>
        <source>The birth date is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/core/identity.py" line="169"/>
        <location filename="../kbtdesk/core/identity.py" line="238"/>
        <source>The check digit (the last digit) does not match the rest of the number. Check it for a typing error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/core/identity.py" line="187"/>
        <source>The date in this samordningsnummer is not a real calendar date (its day is the day of birth plus 60).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/core/identity.py" line="188"/>
        <source>The date in this number is not a real calendar date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/core/identity.py" line="191"/>
        <source>The birth year {year} is before 1800, which no identity number has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/core/identity.py" line="201"/>
        <source>Write a reservnummer without - or +, as 12 characters together: yyyymmddGggC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/core/identity.py" line="204"/>
        <source>A reservnummer has exactly 12 characters written together (yyyymmddGggC), but this one has {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/core/identity.py" line="210"/>
        <source>The letter “{letter}” is where a digit belongs. Only a reservnummer has a letter (K, M or X), as its 9th character: yyyymmddGggC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/core/identity.py" line="217"/>
        <source>The letter in a reservnummer must be K (woman), M (man) or X (sex unknown), not “{letter}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/core/identity.py" line="223"/>
        <source>The two digits after the letter in a reservnummer must be 06–89, not {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/core/identity.py" line="229"/>
        <source>The letter {letter} does not agree with the number {number} after it: 06–79 odd goes with M, 06–79 even with K, and 80–89 with X.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../kbtdesk/core/interchange.py" line="103"/>
        <source>the field is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/core/interchange.py" line="109"/>
        <source>wrong type of value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/core/interchange.py" line="116"/>
        <source>unknown value &apos;{value}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/core/interchange.py" line="129"/>
        <source>&apos;{value}&apos; is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/core/interchange.py" line="145"/>
        <source>a record must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/core/interchange.py" line="148"/>
        <source>the id is missing or empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/core/interchange.py" line="157"/>
        <source>the file is not valid JSON ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/core/interchange.py" line="160"/>
        <source>not a kbtdesk-log file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/core/interchange.py" line="162"/>
        <source>unsupported version {value} (this kbtdesk reads version 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/core/interchange.py" line="166"/>
        <source>must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/core/interchange.py" line="173"/>
        <source>duplicate id with different content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/core/interchange.py" line="185"/>
        <source>the name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/core/interchange.py" line="190"/>
        <source>the same identity number as patient {other}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/core/interchange.py" line="209"/>
        <source>the programme is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/core/interchange.py" line="211"/>
        <source>the end date is before the start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/core/interchange.py" line="219"/>
        <source>a planned visit needs a mode: video or clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/core/interchange.py" line="221"/>
        <source>only a planned visit has a mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/core/interchange.py" line="224"/>
        <source>minutes must be between 0 and 1440</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/core/interchange.py" line="229"/>
        <source>a code must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/core/interchange.py" line="249"/>
        <source>items must be whole numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/core/interchange.py" line="254"/>
        <source>the instrument is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/core/interchange.py" line="283"/>
        <location filename="../kbtdesk/core/interchange.py" line="307"/>
        <location filename="../kbtdesk/core/interchange.py" line="326"/>
        <location filename="../kbtdesk/core/interchange.py" line="346"/>
        <source>a record with this id and different content is already in the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/core/interchange.py" line="289"/>
        <source>this identity number belongs to patient {other} in the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/core/interchange.py" line="298"/>
        <source>unknown patient {ref}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/core/interchange.py" line="318"/>
        <location filename="../kbtdesk/core/interchange.py" line="340"/>
        <source>unknown episode {ref}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Input</name>
    <message>
        <location filename="../kbtdesk/core/service.py" line="61"/>
        <source>&apos;{value}&apos; is not a date and time (ISO 8601 with offset).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/core/service.py" line="64"/>
        <source>&apos;{value}&apos; has no UTC offset (for example +01:00).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/core/service.py" line="180"/>
        <location filename="../kbtdesk/core/service.py" line="280"/>
        <source>Unknown care level &apos;{value}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/core/service.py" line="182"/>
        <location filename="../kbtdesk/core/service.py" line="282"/>
        <source>Unknown EHR system &apos;{value}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/core/service.py" line="238"/>
        <location filename="../kbtdesk/core/service.py" line="263"/>
        <source>The patient&apos;s name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/core/service.py" line="242"/>
        <source>A patient with identity number {identity} is already in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/core/service.py" line="278"/>
        <source>Choose a programme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/core/service.py" line="285"/>
        <source>Unknown patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/core/service.py" line="294"/>
        <source>Unknown end reason &apos;{value}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/core/service.py" line="298"/>
        <source>The end date is before the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/core/service.py" line="323"/>
        <source>Unknown episode {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/core/service.py" line="335"/>
        <source>Unknown contact type &apos;{value}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/core/service.py" line="338"/>
        <source>A planned visit needs a mode: video or clinic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/core/service.py" line="341"/>
        <source>Only a planned visit has a mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/core/service.py" line="343"/>
        <source>The contact time has no UTC offset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/core/service.py" line="345"/>
        <source>Minutes must be between 0 and 1440.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/core/service.py" line="410"/>
        <source>Unknown contact {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/core/service.py" line="438"/>
        <source>The score {score} is outside the range of {instrument}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/core/service.py" line="444"/>
        <source>{instrument} has {n} items, not {m}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/core/service.py" line="447"/>
        <source>An item score of {instrument} is outside {lo}–{hi}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/core/service.py" line="451"/>
        <source>The item scores add up to {total}, not {score}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../kbtdesk/ui/dialogs.py" line="31"/>
        <source>Specialist care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/dialogs.py" line="32"/>
        <source>Primary care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/dialogs.py" line="38"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/dialogs.py" line="39"/>
        <source>Dropped out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/dialogs.py" line="40"/>
        <source>Other reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/dialogs.py" line="63"/>
        <source>Error message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/dialogs.py" line="99"/>
        <location filename="../kbtdesk/ui/dialogs.py" line="101"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Log</name>
    <message>
        <location filename="../kbtdesk/db/engine.py" line="110"/>
        <source>{path} could not be opened with this key: it is damaged, not a kbtdesk log, or belongs to another key file. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/db/engine.py" line="140"/>
        <location filename="../kbtdesk/db/engine.py" line="161"/>
        <source>There is no log at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/db/engine.py" line="178"/>
        <source>A log already exists at {path}; it was not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/db/migrations.py" line="19"/>
        <source>This log was written by a newer kbtdesk (schema {found}; this version reads up to {supported}). Update kbtdesk to open it; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewEpisodeDialog</name>
    <message>
        <location filename="../kbtdesk/ui/dialogs.py" line="287"/>
        <source>New episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/dialogs.py" line="294"/>
        <source>Identity number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/dialogs.py" line="295"/>
        <source>personnummer, samordningsnummer or reservnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/dialogs.py" line="299"/>
        <source>Patient&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/dialogs.py" line="300"/>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/dialogs.py" line="303"/>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/dialogs.py" line="304"/>
        <source>&amp;Identity number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/dialogs.py" line="306"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/dialogs.py" line="307"/>
        <source>&amp;Programme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/dialogs.py" line="308"/>
        <source>&amp;Start date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/dialogs.py" line="312"/>
        <source>&amp;Start episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/dialogs.py" line="319"/>
        <source>Patient in the log: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/dialogs.py" line="322"/>
        <source>New patient: enter the name below.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreDialog</name>
    <message>
        <location filename="../kbtdesk/ui/dialogs.py" line="386"/>
        <source>Record score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/dialogs.py" line="391"/>
        <source>Rating scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/dialogs.py" line="393"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/dialogs.py" line="394"/>
        <source>Total score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/dialogs.py" line="395"/>
        <source>Item scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/dialogs.py" line="396"/>
        <source>optional, separated by spaces: 2 3 1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/dialogs.py" line="400"/>
        <source>&amp;Rating scale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/dialogs.py" line="401"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/dialogs.py" line="402"/>
        <source>&amp;Total:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/dialogs.py" line="403"/>
        <source>&amp;Item scores:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/dialogs.py" line="408"/>
        <source>&amp;Save score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/dialogs.py" line="418"/>
        <source>{n} items, each {lo}–{hi}; total 0–{max}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/dialogs.py" line="445"/>
        <source>Item scores must be whole numbers separated by spaces.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../kbtdesk/ui/dialogs.py" line="484"/>
        <location filename="../kbtdesk/ui/dialogs.py" line="489"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/dialogs.py" line="494"/>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/dialogs.py" line="496"/>
        <source>Profession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/dialogs.py" line="497"/>
        <source>Care unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/dialogs.py" line="498"/>
        <source>Care level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/dialogs.py" line="501"/>
        <source>EHR system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/dialogs.py" line="503"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/dialogs.py" line="504"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/dialogs.py" line="505"/>
        <source>&amp;Profession:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/dialogs.py" line="506"/>
        <source>Care &amp;unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/dialogs.py" line="507"/>
        <source>Care &amp;level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/dialogs.py" line="508"/>
        <source>&amp;EHR system:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/dialogs.py" line="509"/>
        <source>Lan&amp;guage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/dialogs.py" line="510"/>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/dialogs.py" line="514"/>
        <source>Headings of the journal note skeleton, one per line. They are a suggestion: adjust them to your unit&apos;s lathund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/dialogs.py" line="523"/>
        <source>Template headings for {ehr}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/dialogs.py" line="528"/>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/dialogs.py" line="532"/>
        <source>The programmes offered for a new episode, one per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/dialogs.py" line="536"/>
        <location filename="../kbtdesk/ui/dialogs.py" line="539"/>
        <source>Programmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/dialogs.py" line="543"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/dialogs.py" line="553"/>
        <source>Keep at least one programme.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../kbtdesk/ui/dialogs.py" line="152"/>
        <source>Create your kbtdesk log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/dialogs.py" line="155"/>
        <source>No log was found. Tell kbtdesk who you are and choose a passphrase: the log is encrypted and cannot be opened without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/dialogs.py" line="159"/>
        <source>The log will be created at: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/dialogs.py" line="166"/>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/dialogs.py" line="167"/>
        <source>Profession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/dialogs.py" line="168"/>
        <source>e.g. psychologist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/dialogs.py" line="169"/>
        <source>Care unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/dialogs.py" line="170"/>
        <source>Care level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/dialogs.py" line="172"/>
        <source>EHR system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/dialogs.py" line="173"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/dialogs.py" line="175"/>
        <source>Repeat passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/dialogs.py" line="178"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/dialogs.py" line="179"/>
        <source>&amp;Profession:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/dialogs.py" line="180"/>
        <source>Care &amp;unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/dialogs.py" line="181"/>
        <source>Care &amp;level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/dialogs.py" line="182"/>
        <source>&amp;EHR system:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/dialogs.py" line="183"/>
        <source>P&amp;assphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/dialogs.py" line="184"/>
        <source>&amp;Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/dialogs.py" line="185"/>
        <source>Strength:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/dialogs.py" line="187"/>
        <source>At least {n} characters. A few unrelated words are easy to remember and hard to guess. If you forget the passphrase, the log cannot be recovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/dialogs.py" line="194"/>
        <source>&amp;Create log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <location filename="../kbtdesk/ui/dialogs.py" line="126"/>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/dialogs.py" line="141"/>
        <source>Too short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/dialogs.py" line="141"/>
        <source>Weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/dialogs.py" line="141"/>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/dialogs.py" line="141"/>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/dialogs.py" line="141"/>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../kbtdesk/ui/chart.py" line="28"/>
        <source>Score trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/chart.py" line="74"/>
        <source>No scores yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Unlock</name>
    <message>
        <location filename="../kbtdesk/db/keyfile.py" line="37"/>
        <source>Wrong passphrase. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/db/keyfile.py" line="72"/>
        <source>The passphrase must have at least {n} characters.</source>
        <extracomment>Cheap parameters for tests only; never used by the program itself.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/db/keyfile.py" line="76"/>
        <source>The two passphrases are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/db/keyfile.py" line="106"/>
        <source>The key file {path} is missing: the log cannot be opened without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/db/keyfile.py" line="112"/>
        <source>{path} is not a kbtdesk key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/db/keyfile.py" line="115"/>
        <source>The key file {path} was written by a newer kbtdesk. Update kbtdesk to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/db/keyfile.py" line="138"/>
        <source>The key file {path} is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../kbtdesk/ui/dialogs.py" line="237"/>
        <source>Unlock kbtdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/dialogs.py" line="242"/>
        <source>Log: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/dialogs.py" line="248"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/dialogs.py" line="250"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kbtdesk/ui/dialogs.py" line="254"/>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
