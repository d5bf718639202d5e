<?xml version='1.0' encoding='UTF-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActNameNote</name>
    <message>
        <location filename="../../drafter/ui/act_name_note.py" line="21"/>
        <source>The bill cannot decline this act's name from its title: fill in the name in the genitive, accusative and prepositional (the bill prints a marked place until then).</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>ActPropertiesDialog</name>
    <message>
        <location filename="../../drafter/ui/dialogs.py" line="109"/>
        <source>Act properties</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/dialogs.py" line="122"/>
        <source>One official publication source a line</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/dialogs.py" line="132"/>
        <source>digits (часть 2)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/dialogs.py" line="133"/>
        <source>words (часть вторая)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/dialogs.py" line="138"/>
        <source>Title</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/dialogs.py" line="139"/>
        <source>Number</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/dialogs.py" line="140"/>
        <location filename="../../drafter/ui/dialogs.py" line="163"/>
        <source>Date</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/dialogs.py" line="141"/>
        <source>Name (nominative)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/dialogs.py" line="142"/>
        <source>Name (genitive)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/dialogs.py" line="143"/>
        <source>Name (accusative)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/dialogs.py" line="144"/>
        <source>Name (prepositional)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/dialogs.py" line="145"/>
        <source>Name (instrumental)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/dialogs.py" line="146"/>
        <source>Publication sources</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/dialogs.py" line="147"/>
        <location filename="../../drafter/ui/dialogs.py" line="164"/>
        <source>Edition date</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/dialogs.py" line="148"/>
        <source>Edition source</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/dialogs.py" line="149"/>
        <source>Structure profile</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/dialogs.py" line="150"/>
        <source>Citation of parts</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/dialogs.py" line="167"/>
        <source>%1: «%2» is not a date; write it as %3.</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>DraftPropertiesDialog</name>
    <message>
        <location filename="../../drafter/ui/dialogs.py" line="75"/>
        <source>Draft properties</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/dialogs.py" line="83"/>
        <source>Empty: the style's usual wording</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/dialogs.py" line="86"/>
        <source>Title</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/dialogs.py" line="87"/>
        <source>Agency</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/dialogs.py" line="88"/>
        <source>Drafting style</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/dialogs.py" line="89"/>
        <source>Entry into force</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>DraftingTools</name>
    <message>
        <location filename="../../drafter/ui/drafting_tools.py" line="59"/>
        <source>&amp;Form of the Amendment</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/drafting_tools.py" line="62"/>
        <source>Whether the bill restates the shown unit or amends it by patches</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/drafting_tools.py" line="64"/>
        <source>Bill &amp;Package…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/drafting_tools.py" line="68"/>
        <source>Edit the initiator, the entry into force and the texts of the explanatory note and the financial justification</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/drafting_tools.py" line="72"/>
        <source>References to Changed Units</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/drafting_tools.py" line="75"/>
        <source>Show the units of the project's acts that cite what the draft changes</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/drafting_tools.py" line="116"/>
        <source>Form of the Amendment</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>ExportFolder</name>
    <message>
        <location filename="../../drafter/ui/export_folder.py" line="43"/>
        <source>Export Bundle</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/export_folder.py" line="45"/>
        <source>Browse…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/export_folder.py" line="53"/>
        <source>Into a new folder named</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/export_folder.py" line="62"/>
        <source>Folder:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/export_folder.py" line="67"/>
        <source>Export Bundle To</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/export_folder.py" line="142"/>
        <source>Cannot export</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/export_folder.py" line="153"/>
        <source>%1 already holds other files; choose an empty folder or a new folder name.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/export_folder.py" line="162"/>
        <source>Replace the bundle?</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/export_folder.py" line="163"/>
        <source>%1 already holds a bundle. Replace it with this export?</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/export_folder.py" line="179"/>
        <source>Open Folder</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../drafter/ui/find_bar.py" line="97"/>
        <source>Find</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/find_bar.py" line="98"/>
        <source>Find:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/find_bar.py" line="99"/>
        <source>Words in the act and the draft</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/find_bar.py" line="103"/>
        <source>Previous</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/find_bar.py" line="104"/>
        <source>The previous occurrence (Shift+F3)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/find_bar.py" line="108"/>
        <source>Next</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/find_bar.py" line="109"/>
        <source>The next occurrence (Enter, F3)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/find_bar.py" line="111"/>
        <source>Close the find bar (Esc)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/find_bar.py" line="114"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/find_bar.py" line="115"/>
        <source>Find words in the current and proposed wordings of the draft</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/find_bar.py" line="121"/>
        <source>Find &amp;Next</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/find_bar.py" line="122"/>
        <source>Go to the next occurrence found</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/find_bar.py" line="126"/>
        <source>Find &amp;Previous</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/find_bar.py" line="127"/>
        <source>Go to the previous occurrence found</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/find_bar.py" line="244"/>
        <source>Not found</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/find_bar.py" line="247"/>
        <source>%1 of %2</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../../drafter/ui/help_menu.py" line="51"/>
        <source>&amp;Help</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/help_menu.py" line="54"/>
        <source>&amp;Your First Draft</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/help_menu.py" line="55"/>
        <source>A short guide: import an act, amend it, export the bill</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/help_menu.py" line="58"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/help_menu.py" line="59"/>
        <source>List every key combination of the window</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/help_menu.py" line="62"/>
        <source>Tree &amp;Colours</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/help_menu.py" line="63"/>
        <source>What the colours and badges in the tree of units mean</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/help_menu.py" line="66"/>
        <source>&amp;About Drafter</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/help_menu.py" line="67"/>
        <source>Version, licence and where this draft's file is</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/help_menu.py" line="105"/>
        <source>No draft is open.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/help_menu.py" line="111"/>
        <source>Drafts amendments to legislation: the amending law, the comparison table and the text with tracked changes, always in step with your edits.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/help_menu.py" line="118"/>
        <source>Licence: MIT. Free to use, copy and change.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/help_menu.py" line="120"/>
        <source>This draft's file:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/help_menu.py" line="123"/>
        <source>About Drafter</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/help_menu.py" line="156"/>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/help_menu.py" line="161"/>
        <source>Create the draft: File → New Draft… and give it a file name. Drafter saves every change by itself.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/help_menu.py" line="166"/>
        <source>Import the act you amend: File → Import Act… (Ctrl+I), a .docx or .txt file with its current wording, or drop the file on the window.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/help_menu.py" line="171"/>
        <source>Find the article: type its number («322.1» or «ст. 322.1») or words in the filter above the tree and press Enter; Ctrl+F finds words in the texts.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/help_menu.py" line="176"/>
        <source>Edit the proposed wording on the right; the current wording stays on the left. Changed words are highlighted and the amending instructions follow at once.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/help_menu.py" line="181"/>
        <source>Repeal a unit, add one after it or restore its current wording from the Edit menu; F7 goes from change to change; right-click a change to revert it.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/help_menu.py" line="186"/>
        <source>Export the bundle (File → Export Bundle…, Ctrl+E): the bill, the comparison table and the text with tracked changes.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/help_menu.py" line="193"/>
        <source>Your First Draft</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/help_menu.py" line="208"/>
        <source>Open remarks of the agencies (a count)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/help_menu.py" line="213"/>
        <source>An agency objects</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/help_menu.py" line="217"/>
        <source>Black: the draft does not touch the unit</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/help_menu.py" line="220"/>
        <source>Tree Colours</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>ImportWarningsDock</name>
    <message>
        <location filename="../../drafter/ui/import_warnings.py" line="54"/>
        <source>Import Warnings</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/import_warnings.py" line="55"/>
        <source>Clear</source>
        <translation type="unfinished"/>
    </message>
    <message numerus="yes">
        <location filename="../../drafter/ui/import_warnings.py" line="58"/>
        <source>%n warning(s) from the imports; choose one to see its unit.</source>
        <translation type="unfinished">
            <numerusform/>
            <numerusform/>
        </translation>
    </message>
</context>
<context>
    <name>Jurisdictions</name>
    <message>
        <location filename="../../drafter/ui/jurisdictions.py" line="21"/>
        <source>Russia</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/jurisdictions.py" line="22"/>
        <source>United Kingdom</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/jurisdictions.py" line="23"/>
        <source>United States</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../drafter/ui/tree_panel.py" line="75"/>
        <source>Filter by number or words</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/tree_panel.py" line="76"/>
        <source>With open remarks</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/tree_panel.py" line="78"/>
        <source>Show only the units the agencies' open remarks are on</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/tree_panel.py" line="91"/>
        <source>All units</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/tree_panel.py" line="94"/>
        <source>Changed since round %1</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/tree_panel.py" line="98"/>
        <source>Show only the units changed since a round was sent</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="286"/>
        <source>Select an article in the tree to edit it.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/actions.py" line="160"/>
        <source>Drafting style of the instructions</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/outputs_panel.py" line="41"/>
        <source>This article</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/outputs_panel.py" line="42"/>
        <source>Whole bill</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/outputs_panel.py" line="43"/>
        <source>Redline</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/actions.py" line="117"/>
        <source>&amp;New Draft…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/actions.py" line="118"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/actions.py" line="120"/>
        <source>Save &amp;As…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/actions.py" line="121"/>
        <source>&amp;Import Act…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/actions.py" line="134"/>
        <source>Add an act from a .docx or .txt file</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/actions.py" line="122"/>
        <source>&amp;Export Bundle…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/actions.py" line="135"/>
        <source>Write the bill and tables to a folder</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/actions.py" line="124"/>
        <source>&amp;Draft Properties…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/actions.py" line="125"/>
        <source>A&amp;ct Properties…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/actions.py" line="126"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/actions.py" line="178"/>
        <location filename="../../drafter/ui/editing.py" line="374"/>
        <source>&amp;Repeal %1</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/actions.py" line="180"/>
        <source>Restore the Current Wording of %1</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/actions.py" line="182"/>
        <source>&amp;Add %1 after %2</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/actions.py" line="192"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/actions.py" line="193"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/actions.py" line="127"/>
        <location filename="../../drafter/ui/actions.py" line="168"/>
        <location filename="../../drafter/ui/actions.py" line="174"/>
        <source>&amp;Add Unit After</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/actions.py" line="140"/>
        <source>Add a new article after this one</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/actions.py" line="128"/>
        <location filename="../../drafter/ui/actions.py" line="169"/>
        <location filename="../../drafter/ui/actions.py" line="175"/>
        <source>&amp;Repeal Unit</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/actions.py" line="141"/>
        <source>Declare this article repealed</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/actions.py" line="129"/>
        <location filename="../../drafter/ui/actions.py" line="170"/>
        <location filename="../../drafter/ui/actions.py" line="176"/>
        <source>Restore &amp;Current Wording</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/actions.py" line="119"/>
        <source>&amp;Save</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/actions.py" line="123"/>
        <source>Approval &amp;Rounds…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/actions.py" line="130"/>
        <source>Ne&amp;xt Open Remark</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/actions.py" line="131"/>
        <source>Pre&amp;vious Open Remark</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/actions.py" line="136"/>
        <source>Write the draft to its file now</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/actions.py" line="137"/>
        <source>The rounds sent, the agencies' answers, returned files to read</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/actions.py" line="142"/>
        <source>Drop the proposed changes of this article</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/actions.py" line="145"/>
        <source>The next remark still open, across the draft</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/actions.py" line="153"/>
        <source>&amp;File</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/actions.py" line="154"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/actions.py" line="155"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/actions.py" line="156"/>
        <source>&amp;View</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/actions.py" line="157"/>
        <source>&amp;Language</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/actions.py" line="158"/>
        <source>Main</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/actions.py" line="159"/>
        <source>Style:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="183"/>
        <source>typing in %1</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="195"/>
        <source>Cannot open a draft</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="208"/>
        <source>Cannot open the sample draft</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/draft_files.py" line="101"/>
        <location filename="../../drafter/ui/draft_files.py" line="308"/>
        <location filename="../../drafter/ui/main_window.py" line="265"/>
        <source>Cannot save the draft</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="289"/>
        <source>No draft is open. Create one (File → New Draft), open one, or start with the sample: drafter demo.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="317"/>
        <source>The draft repeals this article; restore it to edit.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="325"/>
        <source>Cannot read this text yet: %1. Your typing is kept.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="478"/>
        <source>Saved</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="483"/>
        <source>Not saved</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="441"/>
        <source>Change drafting style</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/outputs_panel.py" line="58"/>
        <source>No instructions for this text: %1</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/outputs_panel.py" line="62"/>
        <source>No changes in this article.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/outputs_panel.py" line="88"/>
        <source>The draft makes no changes yet.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/outputs_panel.py" line="94"/>
        <source>The bill cannot be generated: %1</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="516"/>
        <source>Add unit</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="529"/>
        <source>Remove added unit</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="532"/>
        <source>Repeal unit</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="542"/>
        <source>Restore current wording</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/draft_files.py" line="68"/>
        <source>New Draft</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/draft_files.py" line="63"/>
        <location filename="../../drafter/ui/draft_files.py" line="85"/>
        <source>Drafts (*.drafter)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/draft_files.py" line="76"/>
        <source>Cannot create the draft</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/draft_files.py" line="84"/>
        <source>Open Draft</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/draft_files.py" line="270"/>
        <source>Change the bill's package</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/draft_files.py" line="319"/>
        <location filename="../../drafter/ui/main_window.py" line="553"/>
        <source>Save Draft As</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="576"/>
        <source>(none)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/draft_files.py" line="112"/>
        <source>Import Act</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/draft_files.py" line="124"/>
        <location filename="../../drafter/ui/draft_files.py" line="148"/>
        <location filename="../../drafter/ui/draft_files.py" line="155"/>
        <source>Cannot import</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/draft_files.py" line="125"/>
        <source>Open a draft you can edit to import acts.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/draft_files.py" line="132"/>
        <source>Importing %1…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/draft_files.py" line="157"/>
        <source>Imported %1</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/draft_files.py" line="160"/>
        <source>%1 warnings</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/draft_files.py" line="189"/>
        <source>Cannot import the act</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/draft_files.py" line="232"/>
        <source>Cannot export</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/draft_files.py" line="222"/>
        <source>Writing the bill, tables and redlines…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/draft_files.py" line="106"/>
        <source>The draft is saved as %1; editing continues there.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/draft_files.py" line="113"/>
        <source>Acts (*.docx *.txt *.html *.htm *.rtf *.doc *.odt)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/draft_files.py" line="223"/>
        <source>Export Bundle</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/draft_files.py" line="229"/>
        <source>Export cancelled</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/draft_files.py" line="248"/>
        <source>Exported to %1</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/draft_files.py" line="256"/>
        <source>Exported with warnings</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/draft_files.py" line="253"/>
        <source>The bundle was written to %1. Please check:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/draft_files.py" line="265"/>
        <source>Change draft properties</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/draft_files.py" line="298"/>
        <source>Cannot save the act</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/editors_panel.py" line="146"/>
        <source>Editorial notes (%1)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/editors_panel.py" line="149"/>
        <source>Notes of the official publication; they are not part of the law text</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="623"/>
        <source>No draft</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="628"/>
        <source>Saving…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/main_window.py" line="632"/>
        <source>Changed units: %1</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/editors_panel.py" line="109"/>
        <source>Read-only: this draft is open in Drafter by %1 on %2 (since %3). You can read it and save a copy (Save As).</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/editors_panel.py" line="119"/>
        <source>Read-only: the draft file cannot be written. Save a copy to edit it.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/draft_files.py" line="309"/>
        <source>The latest edits could not be written to %1. Save a copy elsewhere?</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/messages.py" line="79"/>
        <source>no such file or folder</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/messages.py" line="80"/>
        <location filename="../../drafter/ui/messages.py" line="81"/>
        <source>permission denied</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/messages.py" line="82"/>
        <source>the disk is full</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/messages.py" line="83"/>
        <source>the disk is read-only</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/messages.py" line="84"/>
        <source>it already exists</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/messages.py" line="85"/>
        <source>a part of the path is not a folder</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/messages.py" line="86"/>
        <source>it is a folder</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/messages.py" line="87"/>
        <source>the name is too long</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/messages.py" line="88"/>
        <source>it is in use</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/messages.py" line="89"/>
        <source>the folder is not empty</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/messages.py" line="109"/>
        <source>internal error (%1)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/messages.py" line="117"/>
        <source>%1 does not exist (it may have been moved or deleted).</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/messages.py" line="119"/>
        <source>%1 cannot be read: permission denied.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/act_removal.py" line="40"/>
        <source>remove %1</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/act_removal.py" line="80"/>
        <source>Re&amp;move Act From Project</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/act_removal.py" line="82"/>
        <source>Take the chosen act and its changes out of the draft (Undo brings them back)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/act_removal.py" line="112"/>
        <source>Cannot remove the act</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/act_removal.py" line="118"/>
        <source>Removed %1 from the draft</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/editing.py" line="32"/>
        <source>Article</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/editing.py" line="33"/>
        <source>Part</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/editing.py" line="34"/>
        <source>Point</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/editing.py" line="35"/>
        <source>Subpoint</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/editing.py" line="300"/>
        <source>Saved to %1</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/editing.py" line="350"/>
        <source>Repeal instead?</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/editing.py" line="351"/>
        <source>The whole text of %1 is deleted. Repeal it instead, so that the bill says it loses force?</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../drafter/ui/navigation.py" line="44"/>
        <source>Next C&amp;hange</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/navigation.py" line="46"/>
        <source>Go to the next changed words, across the draft</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/navigation.py" line="48"/>
        <source>Previous Chan&amp;ge</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/navigation.py" line="50"/>
        <source>Go to the previous changed words, across the draft</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/navigation.py" line="83"/>
        <source>Went round: the first change of the draft</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/navigation.py" line="85"/>
        <source>Went round: the last change of the draft</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/navigation.py" line="90"/>
        <source>The draft changes nothing yet.</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>PackageDialog</name>
    <message>
        <location filename="../../drafter/ui/package_dialog.py" line="27"/>
        <source>Bill package</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/package_dialog.py" line="32"/>
        <source>The draft's own wording, or on publication</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/package_dialog.py" line="33"/>
        <source>On the day of official publication</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/package_dialog.py" line="34"/>
        <source>On a date</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/package_dialog.py" line="35"/>
        <source>A number of days after publication</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/package_dialog.py" line="42"/>
        <location filename="../../drafter/ui/package_dialog.py" line="43"/>
        <source>Empty: a marked place in the note</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/package_dialog.py" line="45"/>
        <source>Empty: a marked place in the financial justification</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/package_dialog.py" line="48"/>
        <source>Initiator</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/package_dialog.py" line="49"/>
        <source>Entry into force</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/package_dialog.py" line="50"/>
        <source>Date or days</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/package_dialog.py" line="52"/>
        <source>Subject of regulation</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/package_dialog.py" line="53"/>
        <source>Reasons for the bill</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/package_dialog.py" line="54"/>
        <source>Financial justification</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/package_dialog.py" line="79"/>
        <source>days, e.g. 10</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/package_dialog.py" line="84"/>
        <source>Type the date as yyyy-mm-dd, e.g. 2027-01-01.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/package_dialog.py" line="86"/>
        <source>Type the number of days, from 1 to 999.</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <location filename="../../drafter/ui/dialogs.py" line="30"/>
        <source>Russian codes (УК, УПК, КоАП): статья → часть «1.» → пункт «1)»/«а)» → подпункт</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/dialogs.py" line="34"/>
        <source>Russian laws, ГК, НК: статья → пункт «1.» → подпункт «1)» → абзац</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/dialogs.py" line="37"/>
        <source>UK: section → subsection (1) → paragraph (a) → sub-paragraph (i); Schedules</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/dialogs.py" line="41"/>
        <source>US: section → (a) → (1) → (A) → (i) → (I)</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../drafter/ui/i18n.py" line="25"/>
        <source>Folder</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/i18n.py" line="26"/>
        <source>File</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/i18n.py" line="27"/>
        <source>%1 File</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/i18n.py" line="28"/>
        <source>Drive</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../drafter/ui/i18n.py" line="23"/>
        <source>&amp;Look in:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/i18n.py" line="24"/>
        <source>Files of &amp;type:</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../drafter/ui/i18n.py" line="22"/>
        <source>OK</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>Redline</name>
    <message>
        <location filename="../../drafter/ui/outputs.py" line="75"/>
        <source>The draft does not change this act.</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>References</name>
    <message>
        <location filename="../../drafter/ui/references_panel.py" line="21"/>
        <source>must be amended</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/references_panel.py" line="22"/>
        <source>to check</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/references_panel.py" line="28"/>
        <source>repealed</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/references_panel.py" line="29"/>
        <source>renumbered</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/references_panel.py" line="30"/>
        <source>removed</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/references_panel.py" line="31"/>
        <source>changed</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/references_panel.py" line="32"/>
        <source>a unit added in the range</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/references_panel.py" line="77"/>
        <source>Citing unit</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/references_panel.py" line="78"/>
        <source>Words</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/references_panel.py" line="79"/>
        <source>Cited unit</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/references_panel.py" line="80"/>
        <source>Verdict</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/references_panel.py" line="85"/>
        <source>References to changed units: none</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/references_panel.py" line="88"/>
        <source>References to changed units: %1, %2 must be amended</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>RemarksTab</name>
    <message>
        <location filename="../../drafter/ui/remark_actions.py" line="146"/>
        <source>Remarks (%1)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/remark_actions.py" line="162"/>
        <source>Choose a unit in the tree to see its remarks.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/remark_actions.py" line="176"/>
        <source>The unit was removed since round %1.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/remark_actions.py" line="180"/>
        <source>The unit is no longer in the draft.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/remark_actions.py" line="218"/>
        <source>Round %1: %2 of %3 answers, %4 open remarks</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/remark_actions.py" line="248"/>
        <source>No open remarks.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/remark_actions.py" line="305"/>
        <location filename="../../drafter/ui/remark_actions.py" line="323"/>
        <source>Cannot record the decision</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/remark_actions.py" line="314"/>
        <source>Cannot undo the decision</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/remark_actions.py" line="332"/>
        <source>Cannot change the remark</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/remark_actions.py" line="346"/>
        <source>Cannot apply the agency's wording</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/remark_actions.py" line="350"/>
        <source>The agency's wording is accepted.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/remark_actions.py" line="359"/>
        <source>Apply the wording of remark %1 (%2)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/remark_actions.py" line="379"/>
        <source>Link to an Earlier Remark</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/remark_actions.py" line="380"/>
        <source>The remark of %1 repeats:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/remark_actions.py" line="381"/>
        <source>Repeats no earlier remark</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/remark_actions.py" line="387"/>
        <location filename="../../drafter/ui/remark_actions.py" line="395"/>
        <source>Cannot link the remark</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/remark_actions.py" line="412"/>
        <source>Group Remarks</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/remark_actions.py" line="413"/>
        <source>Make a part of this remark:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/remark_actions.py" line="419"/>
        <location filename="../../drafter/ui/remark_actions.py" line="425"/>
        <source>Cannot group the remarks</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/remark_actions.py" line="434"/>
        <source>Round %1, remark %2: %3</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/remark_actions.py" line="441"/>
        <source>Nothing to choose.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/remark_actions.py" line="448"/>
        <source>Remark %1: %2</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/remark_words.py" line="12"/>
        <source>objection</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/remark_words.py" line="13"/>
        <source>remark</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/remark_words.py" line="14"/>
        <source>proposal</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/remark_words.py" line="15"/>
        <source>drafting point</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/remark_words.py" line="16"/>
        <source>conflict with other law</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/remark_words.py" line="17"/>
        <source>budget impact</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/remark_words.py" line="18"/>
        <source>competence</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/remark_words.py" line="19"/>
        <source>drafting</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/remark_words.py" line="20"/>
        <source>policy</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/remark_words.py" line="21"/>
        <source>other</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/remark_words.py" line="22"/>
        <source>not decided</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/remark_words.py" line="23"/>
        <source>accepted</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/remark_words.py" line="24"/>
        <source>partly accepted</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/remark_words.py" line="25"/>
        <source>not accepted</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/remark_words.py" line="26"/>
        <source>withdrawn</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/remark_words.py" line="27"/>
        <source>duplicate</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/remark_words.py" line="28"/>
        <source>(not set)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/remarks_tab.py" line="159"/>
        <source>Open remarks</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/remarks_tab.py" line="159"/>
        <source>All remarks</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/remarks_tab.py" line="166"/>
        <source>Unit</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/remarks_tab.py" line="167"/>
        <source>Agency</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/remarks_tab.py" line="168"/>
        <source>Severity</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/remarks_tab.py" line="169"/>
        <source>Status</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/remarks_tab.py" line="172"/>
        <source>Decision</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/remarks_tab.py" line="173"/>
        <source>Remark</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/remarks_tab.py" line="175"/>
        <source>Decision:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/remarks_tab.py" line="176"/>
        <source>Position of the developer:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/remarks_tab.py" line="177"/>
        <source>Settled at a conciliation meeting</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/remarks_tab.py" line="178"/>
        <source>Undo Decision</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/remarks_tab.py" line="179"/>
        <source>Apply the Agency's Wording</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/remarks_tab.py" line="180"/>
        <source>Severity:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/remarks_tab.py" line="181"/>
        <source>Grounds:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/remarks_tab.py" line="182"/>
        <source>On what grounds:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/remarks_tab.py" line="183"/>
        <source>Save Grounds and Severity</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/remarks_tab.py" line="184"/>
        <source>Link to an Earlier Remark…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/remarks_tab.py" line="185"/>
        <source>Unlink</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/remarks_tab.py" line="186"/>
        <source>Group With…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/remarks_tab.py" line="187"/>
        <source>Ungroup</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/remarks_tab.py" line="192"/>
        <source>Why the remark is accepted or not</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/remarks_tab.py" line="195"/>
        <source>Put the agency's wording into the draft (one step to undo) and accept</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/remarks_tab.py" line="201"/>
        <source>Let Drafter find the remark it repeats</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/remarks_tab.py" line="211"/>
        <source>All rounds</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/remarks_tab.py" line="212"/>
        <source>Round %1</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/remarks_tab.py" line="216"/>
        <source>All agencies</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/remarks_tab.py" line="305"/>
        <source>Change Decision</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/remarks_tab.py" line="307"/>
        <source>Decide</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/remarks_tab.py" line="339"/>
        <source>round %1</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/remarks_tab.py" line="348"/>
        <source>Proposed wording:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/remarks_tab.py" line="358"/>
        <source>Grounds: %1</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/remarks_tab.py" line="363"/>
        <source>Repeats remark %1</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/remarks_tab.py" line="371"/>
        <source>settled</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>RestateChoice</name>
    <message>
        <location filename="../../drafter/ui/restate_action.py" line="34"/>
        <source>Restate %1</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/restate_action.py" line="35"/>
        <source>Amend %1 by Patches</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/restate_action.py" line="36"/>
        <source>Let the Rules Decide</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/restate_action.py" line="57"/>
        <source>Form of the Amendment</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/restate_action.py" line="83"/>
        <source>The draft does not change it.</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>Reviews</name>
    <message>
        <location filename="../../drafter/ui/remarks_panel.py" line="62"/>
        <source>Remarks of the agencies: none</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/remarks_panel.py" line="67"/>
        <source>Remarks of the agencies (%1)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/remarks_panel.py" line="71"/>
        <source>%1 open</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/remarks_panel.py" line="84"/>
        <source>round %1</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/remarks_panel.py" line="88"/>
        <source>resolved in the file</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/letter_remark_dialog.py" line="36"/>
        <source>Remark from a Letter</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/letter_remark_dialog.py" line="50"/>
        <source>The words of the unit the remark is about (optional)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/letter_remark_dialog.py" line="53"/>
        <source>What the agency says</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/letter_remark_dialog.py" line="56"/>
        <source>The wording the agency proposes (optional)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/letter_remark_dialog.py" line="65"/>
        <source>Act:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/letter_remark_dialog.py" line="66"/>
        <source>Unit:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/letter_remark_dialog.py" line="67"/>
        <source>Quoted words:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/letter_remark_dialog.py" line="68"/>
        <source>Remark:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/letter_remark_dialog.py" line="69"/>
        <location filename="../../drafter/ui/remarks_panel.py" line="92"/>
        <source>Proposed wording:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/letter_remark_dialog.py" line="100"/>
        <source>The draft has no approval round yet.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/review_dialog.py" line="40"/>
        <source>Unit</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/review_dialog.py" line="41"/>
        <source>Placed</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/review_dialog.py" line="42"/>
        <source>Kind</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/review_dialog.py" line="43"/>
        <source>Quote</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/review_dialog.py" line="44"/>
        <source>Text or proposed wording</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/review_dialog.py" line="63"/>
        <source>Returned file — %1</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/review_dialog.py" line="69"/>
        <source>as the file says</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/review_dialog.py" line="72"/>
        <source>&amp;Read</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/review_dialog.py" line="74"/>
        <location filename="../../drafter/ui/round_documents_dialog.py" line="126"/>
        <location filename="../../drafter/ui/round_documents_dialog.py" line="166"/>
        <source>File:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/answer_dialogs.py" line="25"/>
        <source>agreed without remarks</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/answer_dialogs.py" line="27"/>
        <source>not agreed (objections)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/answer_dialogs.py" line="54"/>
        <location filename="../../drafter/ui/letter_remark_dialog.py" line="64"/>
        <location filename="../../drafter/ui/review_dialog.py" line="75"/>
        <source>Agency:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/answer_dialogs.py" line="94"/>
        <source>Record Answer</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/answer_dialogs.py" line="101"/>
        <source>e.g. 12-03/4567</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/answer_dialogs.py" line="103"/>
        <source>Answer:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/answer_dialogs.py" line="104"/>
        <source>Letter No.:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/answer_dialogs.py" line="105"/>
        <source>Letter date:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/answer_dialogs.py" line="131"/>
        <source>Set Deadline</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/answer_dialogs.py" line="135"/>
        <source>Answer by:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/answer_dialogs.py" line="53"/>
        <location filename="../../drafter/ui/letter_remark_dialog.py" line="63"/>
        <location filename="../../drafter/ui/review_dialog.py" line="76"/>
        <location filename="../../drafter/ui/round_documents_dialog.py" line="123"/>
        <source>Round:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/review_dialog.py" line="91"/>
        <source>Rows in red are not placed: select one, then click its unit in the tree of the main window.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/review_dialog.py" line="101"/>
        <source>&amp;Import</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/review_dialog.py" line="136"/>
        <source>Reading %1…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/review_dialog.py" line="152"/>
        <source>Round %1, %2 (recognised by its %3).</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/review_dialog.py" line="157"/>
        <source>properties</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/review_dialog.py" line="159"/>
        <source>content</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/review_dialog.py" line="161"/>
        <source>%1 items: %2 placed, %3 not placed.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/review_dialog.py" line="167"/>
        <source>No changes and no comments: recorded as agreed.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/review_dialog.py" line="170"/>
        <source>%1 is a new agency: importing adds it.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/review_dialog.py" line="176"/>
        <source>This file was imported before: importing adds nothing.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/review_dialog.py" line="202"/>
        <source>(click a unit in the tree)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/review_dialog.py" line="207"/>
        <source>(new, after %1)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/review_dialog.py" line="210"/>
        <source>proposed: %1</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/review_dialog.py" line="249"/>
        <source>Importing the remarks of %1…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/review_source.py" line="53"/>
        <source>edit</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/review_source.py" line="54"/>
        <source>comment</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/review_source.py" line="55"/>
        <source>edit without tracking</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/review_source.py" line="56"/>
        <source>rejects our change</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/review_source.py" line="57"/>
        <source>letter</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/review_source.py" line="66"/>
        <source>by bookmark</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/review_source.py" line="68"/>
        <source>by text</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/review_source.py" line="70"/>
        <source>by similar text</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/review_source.py" line="72"/>
        <source>by hand</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/review_source.py" line="73"/>
        <source>not placed</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/reviews.py" line="150"/>
        <source>Add Remark from a Letter…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/reviews.py" line="152"/>
        <source>Enter a remark an agency made by letter on the selected unit</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/reviews.py" line="180"/>
        <source>Remark added to %1</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/reviews.py" line="187"/>
        <source>Add Returned Files</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/reviews.py" line="189"/>
        <location filename="../../drafter/ui/round_documents_dialog.py" line="80"/>
        <source>Word documents (*.docx)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/reviews.py" line="200"/>
        <source>Cannot read returned files</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/reviews.py" line="201"/>
        <source>Open a draft you can edit to read the agencies' files.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/reviews.py" line="221"/>
        <source>Remarks imported: %1</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/rounds_dialog.py" line="32"/>
        <source>awaited</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/rounds_dialog.py" line="33"/>
        <source>agreed</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/answer_dialogs.py" line="26"/>
        <location filename="../../drafter/ui/rounds_dialog.py" line="34"/>
        <source>agreed with remarks</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/rounds_dialog.py" line="35"/>
        <source>objections</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/answer_dialogs.py" line="28"/>
        <location filename="../../drafter/ui/rounds_dialog.py" line="36"/>
        <source>no answer</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/rounds_dialog.py" line="59"/>
        <source>received %1</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/rounds_dialog.py" line="60"/>
        <source>received</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/rounds_dialog.py" line="64"/>
        <source>overdue by 1 day</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/rounds_dialog.py" line="66"/>
        <source>overdue by %1 days</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/rounds_dialog.py" line="71"/>
        <source>due today</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/rounds_dialog.py" line="73"/>
        <source>due in 1 day</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/rounds_dialog.py" line="75"/>
        <source>due in %1 days</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/rounds_dialog.py" line="79"/>
        <source>no deadline</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/rounds_dialog.py" line="87"/>
        <source>closed %1</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/rounds_dialog.py" line="88"/>
        <source>open</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/rounds_dialog.py" line="97"/>
        <source>Remarks: %1 open of %2</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/rounds_dialog.py" line="118"/>
        <source>Approval Rounds</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/rounds_dialog.py" line="124"/>
        <source>Round / agency</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/rounds_dialog.py" line="125"/>
        <source>Sent / deadline</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/rounds_dialog.py" line="126"/>
        <source>Answer</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/rounds_dialog.py" line="127"/>
        <source>Letter</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/rounds_dialog.py" line="128"/>
        <source>Due</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/rounds_dialog.py" line="135"/>
        <source>No approval rounds yet. Send the first with «New Round…».</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/rounds_dialog.py" line="187"/>
        <source>&amp;New Round…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/rounds_dialog.py" line="188"/>
        <source>Record &amp;Answer…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/rounds_dialog.py" line="189"/>
        <source>Set &amp;Deadline…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/rounds_dialog.py" line="190"/>
        <source>&amp;Add Returned Files…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/rounds_dialog.py" line="191"/>
        <source>&amp;Table of Disagreements…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/rounds_dialog.py" line="192"/>
        <source>C&amp;ompare Rounds…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/rounds_dialog.py" line="193"/>
        <source>&amp;Close Round</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/rounds_dialog.py" line="194"/>
        <source>&amp;Reopen Round</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/rounds_dialog.py" line="198"/>
        <source>Read the Word files the agencies sent back, and import them</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/answer_dialogs.py" line="52"/>
        <location filename="../../drafter/ui/letter_remark_dialog.py" line="43"/>
        <location filename="../../drafter/ui/round_documents_dialog.py" line="49"/>
        <location filename="../../drafter/ui/rounds_dialog.py" line="211"/>
        <source>Round %1</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/new_round_dialog.py" line="66"/>
        <source>New Round</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/new_round_dialog.py" line="66"/>
        <source>Send Round</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/new_round_dialog.py" line="70"/>
        <source>Round %1 goes to the agencies checked below.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/new_round_dialog.py" line="79"/>
        <source>Round %1 is still open: its answers and remarks stay open after the new round is sent.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/new_round_dialog.py" line="90"/>
        <source>Another agency's name</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/new_round_dialog.py" line="91"/>
        <source>Add</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/new_round_dialog.py" line="96"/>
        <source>Answer by</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/new_round_dialog.py" line="105"/>
        <source>Recipients:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/new_round_dialog.py" line="107"/>
        <source>Deadline:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/new_round_dialog.py" line="108"/>
        <source>Sent on:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/new_round_dialog.py" line="109"/>
        <source>Folder:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/new_round_dialog.py" line="140"/>
        <source>Folder for the Round</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/new_round_dialog.py" line="159"/>
        <source>Check at least one agency to send the round to.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/new_round_dialog.py" line="161"/>
        <source>Choose the folder to write the round to.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/new_round_dialog.py" line="163"/>
        <source>The deadline is before the sending date.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/round_documents_dialog.py" line="21"/>
        <source>Table of disagreements</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/round_documents_dialog.py" line="22"/>
        <source>Summary of remarks</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/round_documents_dialog.py" line="23"/>
        <source>Approval sheet</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/round_documents_dialog.py" line="59"/>
        <source>Write</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/round_documents_dialog.py" line="92"/>
        <source>Choose the file to write.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/round_documents_dialog.py" line="94"/>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/round_documents_dialog.py" line="114"/>
        <source>Table of Disagreements</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/round_documents_dialog.py" line="120"/>
        <source>Russian</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/round_documents_dialog.py" line="121"/>
        <source>English</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/round_documents_dialog.py" line="124"/>
        <source>Document:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/round_documents_dialog.py" line="125"/>
        <source>Language:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/round_documents_dialog.py" line="158"/>
        <source>Compare Rounds</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/round_documents_dialog.py" line="161"/>
        <source>Current draft</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/round_documents_dialog.py" line="164"/>
        <source>Earlier round (A):</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/round_documents_dialog.py" line="165"/>
        <source>Later round (B):</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/round_documents_dialog.py" line="180"/>
        <source>Choose two different rounds to compare.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/round_form.py" line="29"/>
        <location filename="../../drafter/ui/rounds_dialog.py" line="49"/>
        <source>yyyy-MM-dd</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/round_form.py" line="57"/>
        <source>Browse…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/round_window.py" line="156"/>
        <source>Cannot send the round</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/round_window.py" line="157"/>
        <source>Writing the round's bill, tables and redlines…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/round_window.py" line="163"/>
        <source>Round %1 written to %2</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/round_window.py" line="171"/>
        <source>Round sent with warnings</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/round_window.py" line="180"/>
        <source>Answer of %1 recorded</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/round_window.py" line="183"/>
        <source>Deadline of %1 set</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/round_window.py" line="215"/>
        <source>Round %1 closed</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/round_window.py" line="222"/>
        <source>Close Round</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/round_window.py" line="223"/>
        <source>Round %1 has undecided remarks: %2.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/round_window.py" line="229"/>
        <source>Close the round anyway?</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/round_window.py" line="240"/>
        <source>Round %1 reopened</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/round_window.py" line="247"/>
        <source>Cannot change the round</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/round_window.py" line="322"/>
        <source>Cannot write the document</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/round_window.py" line="323"/>
        <source>Writing %1…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/round_window.py" line="328"/>
        <source>Written to %1</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/round_window.py" line="332"/>
        <source>Document Written</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/round_window.py" line="333"/>
        <source>%1 was written.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/round_window.py" line="339"/>
        <source>Open the File</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/round_window.py" line="342"/>
        <source>Open the Folder</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>SideBySide</name>
    <message>
        <location filename="../../drafter/ui/diff_view.py" line="215"/>
        <source>Current wording</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/diff_view.py" line="216"/>
        <source>Proposed wording</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/diff_view.py" line="219"/>
        <source>Not in the act yet: the draft adds this unit.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/diff_view.py" line="337"/>
        <source>Revert This Change</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/diff_view.py" line="339"/>
        <source>Put these words back as the current wording has them</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>Tooltips</name>
    <message>
        <location filename="../../drafter/ui/tooltips.py" line="21"/>
        <source>Start a new draft in a file of its own</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/tooltips.py" line="22"/>
        <source>Open a draft saved earlier</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/tooltips.py" line="23"/>
        <source>Continue the draft in a copy under another name</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/tooltips.py" line="26"/>
        <source>The draft's title, initiator, entry into force and style</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/tooltips.py" line="29"/>
        <source>The name, date and number of the act the tree shows</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/tooltips.py" line="32"/>
        <source>Close Drafter; the draft is saved</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/tooltips.py" line="33"/>
        <source>Take back the last change to the draft</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/tooltips.py" line="34"/>
        <source>Make again the change taken back</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/tooltips.py" line="35"/>
        <source>The previous remark still open, across the draft</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/tooltips.py" line="38"/>
        <source>Drafts opened lately</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/tooltips.py" line="39"/>
        <source>The language of the window</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/tooltips.py" line="83"/>
        <source>Open this draft: %1</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/tooltips.py" line="85"/>
        <source>No draft has been opened yet</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>UnitKinds</name>
    <message>
        <location filename="../../drafter/ui/messages.py" line="22"/>
        <source>code part</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/messages.py" line="23"/>
        <source>division</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/messages.py" line="24"/>
        <source>subdivision</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/messages.py" line="25"/>
        <source>chapter</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/messages.py" line="26"/>
        <source>group</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/messages.py" line="27"/>
        <source>subgroup</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/messages.py" line="28"/>
        <source>article</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/messages.py" line="29"/>
        <source>part</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/messages.py" line="30"/>
        <source>point</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/messages.py" line="31"/>
        <source>subpoint</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/messages.py" line="32"/>
        <source>paragraph</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/messages.py" line="33"/>
        <source>note</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/messages.py" line="34"/>
        <source>section</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/messages.py" line="35"/>
        <source>subsection</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/messages.py" line="36"/>
        <source>subparagraph</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/messages.py" line="37"/>
        <source>clause</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/messages.py" line="38"/>
        <source>subclause</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/messages.py" line="39"/>
        <source>schedule</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/messages.py" line="40"/>
        <source>final provision</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>UnitTreeModel</name>
    <message>
        <location filename="../../drafter/ui/unit_tree.py" line="71"/>
        <source>Changed by the draft</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/unit_tree.py" line="73"/>
        <source>Added by the draft</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/unit_tree.py" line="75"/>
        <source>Repealed by the draft</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/unit_tree.py" line="81"/>
        <source>Open remarks: %1</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/unit_tree.py" line="184"/>
        <source>An agency objects</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/unit_tree.py" line="187"/>
        <source>Cites a unit the draft repeals or renumbers: must be amended</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/unit_tree.py" line="193"/>
        <source>Cites a unit the draft changes: check</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>ViewAids</name>
    <message>
        <location filename="../../drafter/ui/view_aids.py" line="64"/>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/view_aids.py" line="65"/>
        <source>Larger text in the wordings and the instructions</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/view_aids.py" line="69"/>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/view_aids.py" line="70"/>
        <source>Smaller text in the wordings and the instructions</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/view_aids.py" line="74"/>
        <source>&amp;Normal Size</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/view_aids.py" line="75"/>
        <source>The text of the panes at its usual size</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/view_aids.py" line="126"/>
        <source>This draft has no acts yet. Start by importing the act you amend: File → Import Act… (Ctrl+I), or drop its .docx or .txt file on this window.</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
<name>Message</name>
    <message>
        <location filename="../../drafter/cli/__init__.py" line="175"/>
        <source>(no title)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/cli/__init__.py" line="178"/>
        <source>imported {slug}: {title} — {units} units</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/cli/__init__.py" line="194"/>
        <source>{source} → {slug}: {changed} changed, {added} added, {repealed} repealed</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/cli/__init__.py" line="228"/>
        <source>restated</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/cli/__init__.py" line="228"/>
        <source>amended by patches</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/cli/__init__.py" line="228"/>
        <source>unchanged</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/cli/__init__.py" line="229"/>
        <source>restate</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/cli/__init__.py" line="229"/>
        <source>patch</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/cli/__init__.py" line="229"/>
        <source>auto</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/cli/__init__.py" line="232"/>
        <source>{act} {address}: {form} (the drafter's choice: {chosen})</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/cli/__init__.py" line="273"/>
        <source>--to and --deadline go with --round next.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/cli/__init__.py" line="276"/>
        <source>exported to {path}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/cli/__init__.py" line="288"/>
        <source>round {number} written to {path} as it was sent</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/cli/__init__.py" line="290"/>
        <source>round {number} exported to {path}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/cli/__init__.py" line="339"/>
        <source>interrupted</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/cli/__init__.py" line="344"/>
        <source>a file</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/cli/__init__.py" line="351"/>
        <source>internal error ({error}); set DRAFTER_DEBUG=1 for details and please report it</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/cli/acts.py" line="30"/>
        <source>removed {slug}: {title}, with {count} proposal(s)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/cli/references.py" line="13"/>
        <source>is repealed</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/cli/references.py" line="14"/>
        <source>is renumbered</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/cli/references.py" line="15"/>
        <source>is removed</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/cli/references.py" line="16"/>
        <source>is changed</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/cli/references.py" line="17"/>
        <source>gets a new unit inside the range</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/cli/references.py" line="19"/>
        <source>must be amended</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/cli/references.py" line="19"/>
        <source>to check</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/cli/references.py" line="36"/>
        <source>{act} {unit}: «{words}» — {cited} of {cited_act} {status}: {verdict}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/cli/references.py" line="57"/>
        <source>No act of the project cites a unit the draft changes.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="121"/>
        <source>pending</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="122"/>
        <source>agreed</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="123"/>
        <source>agreed with remarks</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="124"/>
        <source>objections</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="125"/>
        <source>no answer</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="126"/>
        <source>edit</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="127"/>
        <source>comment</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="128"/>
        <source>untracked edit</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="129"/>
        <source>rejects our change</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="130"/>
        <source>letter</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="131"/>
        <source>new</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="132"/>
        <source>accepted</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="133"/>
        <source>partly accepted</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="134"/>
        <source>rejected</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="135"/>
        <source>withdrawn</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="136"/>
        <source>duplicate</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="137"/>
        <source>changed</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="138"/>
        <source>added</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="139"/>
        <source>removed</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="140"/>
        <source>renumbered</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="144"/>
        <source>text</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="145"/>
        <source>grounds</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="146"/>
        <source>kind of grounds</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="147"/>
        <source>severity</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="148"/>
        <source>wording</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="149"/>
        <source>settled</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="150"/>
        <source>repeats</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="151"/>
        <source>link</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="152"/>
        <source>grouped into</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="153"/>
        <source>grouped items</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="156"/>
        <source>conflict with another act</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="157"/>
        <source>budget</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="158"/>
        <source>competence</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="159"/>
        <source>drafting</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="160"/>
        <source>policy</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="161"/>
        <source>other</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="162"/>
        <source>objection</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="163"/>
        <source>remark</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="164"/>
        <source>proposal</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="165"/>
        <source>editorial</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="166"/>
        <source>found by comparison</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="167"/>
        <source>set by hand</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="168"/>
        <source>repeats nothing</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="185"/>
        <source>round {number}: {agency} — {status}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="187"/>
        <source>round {number}: {agency} — answer due {deadline}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="190"/>
        <source>round {number}: {agency} — no deadline</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="200"/>
        <source>--force goes with --close N.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="206"/>
        <source>round {number} closed on {date}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="208"/>
        <source>round {number} is open again</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="215"/>
        <source>no rounds yet</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="225"/>
        <source>round {number} — {date}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="227"/>
        <source>closed {date}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="230"/>
        <source>remarks: {open} open of {total}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="237"/>
        <source>received {date}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="238"/>
        <source>received</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="240"/>
        <source>letter {letter}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="243"/>
        <source>no deadline</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="246"/>
        <source>due today ({deadline})</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="249"/>
        <source>due in 1 day ({deadline})</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="249"/>
        <source>due in {days} days ({deadline})</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="253"/>
        <source>overdue by 1 day ({deadline})</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="255"/>
        <source>overdue by {days} days ({deadline})</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="265"/>
        <source>-o writes the comparison of two rounds: add --diff A B.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="275"/>
        <source>remark {id} ({agency})</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="276"/>
        <source>drafter's own change</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="279"/>
        <source>no changes</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="281"/>
        <source>{path}: {rows} changes written.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="297"/>
        <source>no remarks</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="311"/>
        <source>grounds: {grounds}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="313"/>
        <source>with {items}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="318"/>
        <source>repeats #{id}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="343"/>
        <source>remark {id}: nothing changed</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="345"/>
        <source>remark {id}: {field}: {before} → {after}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="356"/>
        <source>yes</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="356"/>
        <source>no</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="371"/>
        <source>--undo takes the decision back; it goes with no other option.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="373"/>
        <source>remark {id} ({agency}): {status}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="378"/>
        <source>Give the decision (--status) and its reason (--reason), or take the decision back (--undo).</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="388"/>
        <source>the disagreement is settled</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="390"/>
        <source>the agency's wording is now the draft's text of {address}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="409"/>
        <source>by its properties</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="409"/>
        <source>by its text</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="412"/>
        <source>{file} ({agency}, round {number}): read against {sent} {how}; {placed} placed, {unplaced} unplaced</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="426"/>
        <source>no remarks: recorded as agreed</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/cli/rounds.py" line="459"/>
        <source>{path}: {rows} rows written.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/core/address.py" line="20"/>
        <source>not a unit address: {address!r}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/core/apply.py" line="17"/>
        <source>the act</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/core/apply.py" line="18"/>
        <source>the act has no unit {address}.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/core/apply.py" line="120"/>
        <source>the act (top level)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/core/apply.py" line="123"/>
        <source>Instruction {n} ({operation} at {where}) cannot be applied: {reason}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/core/apply.py" line="210"/>
        <source>more than one unit labelled «{label}» in {where}.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/core/apply.py" line="212"/>
        <source>no unit labelled «{label}» in {where}.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/core/apply.py" line="217"/>
        <source>unknown operation.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/core/apply.py" line="281"/>
        <source>the words «{words}» are not found in {address}.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/core/apply.py" line="290"/>
        <source>the words «{words}» occur {count} times in {address} and the instruction does not say which.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/core/apply.py" line="306"/>
        <source>the words «{words}» occur {count} times in {address}, not {occurrence}.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/core/apply.py" line="327"/>
        <source>it names no words.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/core/apply.py" line="336"/>
        <source>it adds no words.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/core/apply.py" line="340"/>
        <source>{address} has no text to add words to.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/core/apply.py" line="347"/>
        <source>it says neither where (after / before which words) nor at the end.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/core/apply.py" line="414"/>
        <source>it changes words that instruction {other} also changes in {address}.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/core/apply.py" line="434"/>
        <source>instruction {other} also changes words in {address}.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/core/apply.py" line="443"/>
        <source>instruction {other} adds a unit inside {address}.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/core/apply.py" line="452"/>
        <source>instruction {other} also restates or repeals {address}.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/core/apply.py" line="462"/>
        <source>it gives no new text.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/core/apply.py" line="469"/>
        <source>its new text cannot be read as a unit ({error}).</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/core/apply.py" line="511"/>
        <source>the unit {anchor} it is placed {position} does not exist.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/core/apply.py" line="520"/>
        <source>{anchor} is not part of {address}.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/core/apply.py" line="528"/>
        <source>the act has no units.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/core/parse/__init__.py" line="21"/>
        <source>Cannot read the instruction «{instruction}»: {reason}.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/core/parse/__init__.py" line="22"/>
        <source>Cannot read the instruction «{instruction}» (line {line}): {reason}. Nothing was applied.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/core/parse/__init__.py" line="25"/>
        <source>Unknown drafting style {style} (known: {known}).</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/core/parse/en_citations.py" line="18"/>
        <source>the range {first} to {last} is not a sequence</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/core/parse/en_citations.py" line="19"/>
        <source>«{text}» is not a unit</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/core/parse/en_citations.py" line="141"/>
        <source>the unit is not cited as a section or Schedule</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/core/parse/en_citations.py" line="191"/>
        <source>«{text}» is not an occurrence</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/core/parse/en_formulae.py" line="27"/>
        <source>the unit its group names («in …—») was not understood</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/core/parse/en_formulae.py" line="28"/>
        <source>the text ends inside this item: the last item has no closing period</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/core/parse/en_formulae.py" line="202"/>
        <source>«{where}» does not say which section it is in</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/core/parse/flattened.py" line="62"/>
        <source>«{label}» → {fixed} (a letter followed by a digit is a flattened superscript)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/core/parse/flattened.py" line="98"/>
        <source>{key}:{label} in {where} → {fixed} ({key}:{base} is amended by the same article)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/core/parse/flattened.py" line="115"/>
        <source>{key}:{label} in {where}: {label} or {flat}? the text cannot tell</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/core/parse/report.py" line="54"/>
        <source>no amending formula recognised</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/core/parse/report.py" line="55"/>
        <source>the old and new numbers do not pair up</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/core/parse/report.py" line="56"/>
        <source>the quotation opened here is never closed</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/core/parse/report.py" line="57"/>
        <source>a closing quotation mark has no opening one</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/core/parse/ru_citations.py" line="18"/>
        <source>the range {first}–{last} is not a sequence</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/core/parse/ru_citations.py" line="222"/>
        <source>several units named where one is meant</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/core/parse/ru_formulae.py" line="37"/>
        <source>the unit its group names («в …:») was not understood</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/core/parse/ru_formulae.py" line="38"/>
        <source>a suspension («приостановить действие») is not a textual amendment</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/core/parse/ru_formulae.py" line="304"/>
        <source>«{word} случае» is not an ordinal</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/core/parse/ru_formulae.py" line="324"/>
        <source>no quoted words</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/core/parse/ru_formulae.py" line="373"/>
        <source>no unit named to restate</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/core/parse/ru_formulae.py" line="378"/>
        <source>no unit named to repeal</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/core/parse/ru_formulae.py" line="385"/>
        <source>the unit to add is not named as «&lt;unit&gt; &lt;number&gt;»</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/core/parse/ru_formulae.py" line="391"/>
        <source>the unit after which to add is not understood</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/core/parse/ru_formulae.py" line="424"/>
        <source>the units to renumber are not named</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/core/parse/ru_formulae.py" line="430"/>
        <source>the units to renumber are not understood</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/core/parse/ru_formulae.py" line="494"/>
        <source>the text does not hold the units {labels}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/core/profiles.py" line="90"/>
        <source>unknown structure profile {name!r} (known: {known})</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/core/renumbering.py" line="13"/>
        <source>{where}: the proposed text renumbers {old} as {new}; the drafting recommendations do not allow renumbering — give the new unit the in-between number {suggested} instead.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/core/renumbering.py" line="17"/>
        <source>{where}: the proposed text renumbers {old} as {new}; the drafting recommendations do not allow renumbering — keep the numbers and add the new unit at the end instead.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/core/restate.py" line="163"/>
        <source>restated: word changes cannot express it</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/core/restate.py" line="165"/>
        <source>restated, as the drafter chose</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/core/restate.py" line="167"/>
        <source>amended by patches, as the drafter chose</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/core/restate.py" line="170"/>
        <source>amended point by point: {changed} of its {points} points change</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/core/restate.py" line="173"/>
        <source>amended by restating one unit inside it</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/core/restate.py" line="176"/>
        <source>restated: patching needs {changes} changes for its {sentences} sentences</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/core/restate.py" line="180"/>
        <source>restated: its sentences are split or merged</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/core/restate.py" line="184"/>
        <source>restated: {percent}% of its words change</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/core/restate.py" line="223"/>
        <source>{address}: word changes cannot express this change, so it is restated.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/core/structure.py" line="32"/>
        <source>could not tell the structure of the text; read as ru-code</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/core/structure_en.py" line="90"/>
        <source>two units have the address {address}; check the numbering</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/core/structure_en.py" line="132"/>
        <source>The text given for a {kind} does not contain one: {first!r}.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/core/structure_en.py" line="141"/>
        <source>The text given for a {kind} begins with a {found}: {first!r}.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/core/structure_en.py" line="152"/>
        <source>The text given for a {kind} does not begin with its label: {first!r}.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/core/structure_en_parser.py" line="298"/>
        <source>({label}) appears before any section; kept at the top level</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/core/structure_en_parser.py" line="376"/>
        <source>text between headings and sections kept as an unnumbered paragraph</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/core/structure_en_parser.py" line="383"/>
        <source>text outside any section kept as an unnumbered paragraph</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/core/structure_en_parser.py" line="425"/>
        <source>paragraph after the closing words of a unit kept as an unnumbered paragraph</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/core/structure_ru.py" line="64"/>
        <source>no articles, chapters or sections were recognised; all text is kept as preamble</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/core/structure_ru.py" line="67"/>
        <source>text before the unit's label</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/core/structure_ru.py" line="102"/>
        <source>the text is empty</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/core/structure_ru.py" line="116"/>
        <source>expected one {kind}, found {count} top-level units</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/core/structure_ru.py" line="147"/>
        <source>nothing</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/core/structure_ru.py" line="149"/>
        <source>expected one {kind}, found {kinds}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/core/structure_ru.py" line="168"/>
        <source>an абзац is one paragraph</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/core/structure_ru_layout.py" line="29"/>
        <source>{line!r}: number {printed} read as {number} (Cyrillic letters in a roman number)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/core/structure_ru_layout.py" line="33"/>
        <source>{line!r}: a heading and an article printed as one paragraph; read as two</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/core/structure_ru_numbers.py" line="20"/>
        <source>{line!r}: number {printed} read as {number} (a superscript printed as plain digits)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/core/structure_ru_numbers.py" line="21"/>
        <source>{line!r}: a second {kind} numbered {number}; kept apart with the address label {label}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/core/structure_ru_numbers.py" line="24"/>
        <source>{line!r}: {kind} {number} comes after {previous}, out of order; kept as printed</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/core/structure_ru_parser.py" line="343"/>
        <source>not recognised as an article heading, kept as text: {line!r}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/core/structure_ru_parser.py" line="475"/>
        <source>text outside any article kept with the heading above it: {line!r}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/core/styles/__init__.py" line="30"/>
        <source>unknown drafting style {style!r} (known: {known})</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/core/styles/ru_frame.py" line="155"/>
        <source>{act}: the official publication sources are missing; add them in the act's properties (the lead-in has a marked place for them).</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/core/styles/ru_frame.py" line="165"/>
        <source>{act}: the act's name cannot be declined from its title; fill in its name forms in the act's properties (the bill prints a marked place instead).</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/core/styles/ru_frame.py" line="179"/>
        <source>The entry into force “{kind}” needs a value (a date yyyy-mm-dd or a number of days), not “{value}”; the bill uses the usual wording.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/core/styles/ru_frame.py" line="202"/>
        <source>A law on an amendment to the Constitution is named for what the amendment does; set the draft's title (the bill prints a marked place instead).</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/core/styles/ru_frame.py" line="221"/>
        <source>Articles {articles} are in chapters 1, 2 or 9 of the Constitution, which a law on amendment does not change (Article 135).</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/core/styles/uk.py" line="192"/>
        <source>{slug}: the act has no title; its slug is cited instead.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/core/styles/us.py" line="286"/>
        <source>The bill has no short title of its own: it is cited as the “{short}”; set the draft's title to give it the year of enactment (“{short} of &lt;year&gt;”).</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/core/styles/us.py" line="310"/>
        <source>{act}: no U.S. Code citation in the act's identifier or sources; the sections are cited without one.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/core/textlayout.py" line="13"/>
        <source>the text {first!r} cannot be read as one {kind}: {reason}.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/core/textlayout.py" line="14"/>
        <source>nothing recognised</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/core/textlayout.py" line="88"/>
        <source>{first}; {rest}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/io/docx_bill.py" line="47"/>
        <source>The bill has no articles, so there is nothing to export.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/io/docx_package.py" line="49"/>
        <source>Cannot write {path}: {reason}.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/io/docx_page.py" line="14"/>
        <source>Unknown drafting style {style}: expected one of {styles}.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/io/docx_redline.py" line="27"/>
        <source>The act {act} has no changes, so there is nothing to export for it.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/io/docx_redline.py" line="246"/>
        <source>Unknown redline scope {scope}: expected 'changed' or 'whole'.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/io/files.py" line="13"/>
        <source>{path}: the folder {folder} does not exist</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/io/files.py" line="14"/>
        <source>{name}: cannot be written ({reason})</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/io/files.py" line="53"/>
        <source>{name}: cannot write in {folder} (permission denied)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/io/html_reader.py" line="83"/>
        <source>{name} is damaged: the page cannot be read ({reason}).</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/io/html_reader.py" line="117"/>
        <source>{name} declares the encoding {encoding}, which Drafter does not know.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/io/importer.py" line="48"/>
        <source>{name} is a folder, not a file; choose a .docx or .txt act file.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/io/importer.py" line="59"/>
        <source>{name}: Akoma Ntoso XML acts are not supported yet.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/io/importer.py" line="62"/>
        <source>{name} is a {suffix} file, which Drafter cannot import; save the act as .docx or as UTF-8 .txt.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/io/importer.py" line="71"/>
        <source>{name} is a {suffix} file; Drafter imports acts from .docx, .txt, .html, .rtf, .doc and .odt files only.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/io/importer.py" line="79"/>
        <source>{name} is a file without an extension; Drafter imports acts from .docx, .txt, .html, .rtf, .doc and .odt files only.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/io/importer.py" line="104"/>
        <source>{name} is empty: it holds no text.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/io/lockfile.py" line="243"/>
        <source>another user</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/io/lockfile.py" line="244"/>
        <source>another computer</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/io/lockfile.py" line="245"/>
        <source>an unknown time</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/io/lockfile.py" line="247"/>
        <source>in use by {user} on {host} since {since}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/io/office_convert.py" line="57"/>
        <source>{name} is a {suffix} file, which Drafter reads through LibreOffice, and LibreOffice is not installed; install LibreOffice, or save it as .docx and import that.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/io/office_convert.py" line="86"/>
        <source>{name} is not a Word 97–2003 document; save it as .docx and import that.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/io/office_convert.py" line="94"/>
        <source>{name} does not hold what a {suffix} file holds; save the act as .docx or as UTF-8 .txt.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/io/office_convert.py" line="120"/>
        <source>{name} cannot be read: {reason}.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/io/office_convert.py" line="149"/>
        <source>{name}: LibreOffice cannot be started ({reason}).</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/io/office_convert.py" line="158"/>
        <source>{name}: LibreOffice did not convert it within {seconds} seconds.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/io/office_convert.py" line="166"/>
        <source>{name}: LibreOffice could not convert it ({reason}); open it in Word or LibreOffice and save it as .docx.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/io/project.py" line="31"/>
        <source>{name} already exists; choose another name.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/io/project.py" line="32"/>
        <source>{name} cannot be created: {reason}.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/io/project.py" line="33"/>
        <source>{name} is {holder}; choose another name.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/io/project.py" line="34"/>
        <source>{name} cannot be written ({reason}).</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/io/project.py" line="35"/>
        <source>{name} has no act «{slug}».</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/io/project.py" line="36"/>
        <source>{name} is a folder; choose a file name.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/io/project.py" line="37"/>
        <source>{name} could not be written ({reason}).</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/io/project.py" line="59"/>
        <source>{name} is being created by another program ({holder}); try again in a moment.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/io/project.py" line="65"/>
        <source>{name} is empty: creating it was interrupted; delete it and create the project again.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/io/project.py" line="191"/>
        <source>{name} cannot be opened: {reason}.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/io/project.py" line="221"/>
        <source>{name} is closed.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/io/project.py" line="255"/>
        <source>{name} is open read-only ({holder}); use Save As to keep your changes.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/io/project.py" line="260"/>
        <source>{name} is open read-only; use Save As to keep your changes.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/io/project.py" line="278"/>
        <source>{name} could not be saved ({reason}).</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/io/project.py" line="304"/>
        <source>{name} could not be read ({reason}).</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/io/project.py" line="599"/>
        <source>{name} is the file already open; choose another name.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/io/project.py" line="607"/>
        <source>{name} cannot be written: {reason}.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/io/project_queries.py" line="205"/>
        <source>{name} is damaged: the units of «{slug}» are out of order.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/io/project_schema.py" line="238"/>
        <source>{name} is a folder, not a Drafter project.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/io/project_schema.py" line="240"/>
        <source>{name} is not a Drafter project.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/io/project_schema.py" line="241"/>
        <source>{name} is being written by another program; try again in a moment.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/io/project_schema.py" line="270"/>
        <source>{name} does not exist.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/io/project_schema.py" line="275"/>
        <source>{name} is not a regular file, so it is not a Drafter project.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/io/project_schema.py" line="281"/>
        <source>{name} cannot be read: permission denied.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/io/project_schema.py" line="285"/>
        <source>{name} is not a Drafter project (the file is empty).</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/io/project_schema.py" line="289"/>
        <source>{name} is damaged: the file is truncated.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/io/project_schema.py" line="298"/>
        <source>{name} was saved by a newer Drafter (schema {version}; this version reads up to {supported}) — update Drafter to open it.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/io/project_schema.py" line="360"/>
        <source>{name} is damaged: {reason}.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/io/project_schema.py" line="365"/>
        <source>{name} is damaged: tables are missing.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/io/project_schema.py" line="372"/>
        <source>{name} is damaged or not a Drafter project ({reason}).</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/io/project_schema.py" line="398"/>
        <source>{name} uses project schema {version}, which this Drafter cannot upgrade.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/io/project_schema.py" line="411"/>
        <source>{name} could not be upgraded from schema {version} ({reason}).</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/io/project_schema.py" line="425"/>
        <source>{name} needs an upgrade, but its backup copy {backup} could not be written ({reason}).</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/io/project_schema.py" line="437"/>
        <source>{name} could not be upgraded from schema {version} ({reason}); it is unchanged.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/io/redline_reader.py" line="274"/>
        <source>{name} is not a Word document: it has no body.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/io/review_reader.py" line="53"/>
        <source>{name} is not a Word .docx document (not a zip package, or a damaged one).</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/io/review_reader.py" line="81"/>
        <source>{name} is larger than {mb} MB, too large for a returned file.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/io/safety.py" line="16"/>
        <source>{name} is empty.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/io/safety.py" line="17"/>
        <source>{name} is a Word 97–2003 .doc file; save it as .docx and import that.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/io/safety.py" line="18"/>
        <source>{name} is larger than {mb} MB, too large for an act.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/io/safety.py" line="20"/>
        <source>{name} unpacks to more than {mb} MB (refused as a possible zip bomb).</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/io/safety.py" line="21"/>
        <source>{name} declares a DTD or external entities, which Drafter refuses.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/io/safety.py" line="69"/>
        <source>{name} is not a file (it is a folder or a device).</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/io/safety.py" line="88"/>
        <source>{name} is password-protected; remove the password in Word and import it again.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/io/safety.py" line="146"/>
        <source>{name} has {count} parts, too many for a Word document (refused as a possible zip bomb).</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/io/safety.py" line="167"/>
        <source>{name} has an absurd compression ratio (refused as a possible zip bomb).</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/io/safety.py" line="194"/>
        <source>{name} is not a Word document: it has no {member}.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/io/safety.py" line="218"/>
        <source>{name} is damaged: {member} cannot be unpacked ({reason}).</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/io/safety.py" line="254"/>
        <source>{name} is damaged: its XML cannot be read ({reason}).</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/io/textfile.py" line="108"/>
        <source>{name} is in UTF-32, which Drafter does not read; save it as UTF-8.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/io/textfile.py" line="116"/>
        <source>{name} is a Word 97–2003 .doc file, not text; save it as .docx.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/io/textfile.py" line="120"/>
        <source>{name} is a zip package (perhaps a .docx), not a text file.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/io/textfile.py" line="124"/>
        <source>{name} is not a text file (binary data, or UTF-16 without a byte order mark).</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/io/textfile.py" line="143"/>
        <source>{name} is marked as {encoding} but is not valid {encoding} text.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/io/textfile.py" line="153"/>
        <source>{name} does not read as {encoding} text ({reason}).</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/io/textfile.py" line="173"/>
        <source>{name} is not readable text in UTF-8, UTF-16 or Windows-1251; save it as UTF-8.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/io/textfile.py" line="180"/>
        <source>{name} could be in Windows-1251, KOI8-R or CP866 and Drafter cannot tell which; save it as UTF-8.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/io/textfile.py" line="189"/>
        <source>{name} appears to be in the {encoding} encoding, which Drafter does not read; save it as UTF-8.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/io/textfile.py" line="199"/>
        <source>{name} has too little text to tell whether it is in Windows-1251, KOI8-R or CP866; save it as UTF-8.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/io/textfile.py" line="209"/>
        <source>{name} is not readable as Windows-1251 text ({reason}).</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/io/textfile.py" line="245"/>
        <source>it contains control characters</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/io/textfile.py" line="247"/>
        <source>it contains replacement characters</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/io/textfile.py" line="251"/>
        <source>it contains unexpected symbols</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/io/textfile.py" line="256"/>
        <source>its Cyrillic words have implausible letter case</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/io/textfile.py" line="258"/>
        <source>its words mix Latin and Cyrillic letters</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/services/act_removal.py" line="15"/>
        <source>The project has no act {slug}.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/services/act_removal.py" line="16"/>
        <source>{title} cannot be removed from the project: remarks of the approval rounds refer to it ({count}).</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/services/acts.py" line="19"/>
        <source>{file}: {message}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/services/acts.py" line="141"/>
        <source>{name}: the draft already holds this act, with the same title and text, as {slug}; it was not imported again.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/services/acts.py" line="154"/>
        <source>{file}:{line}: {message}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/services/amend.py" line="16"/>
        <source>unknown style {style}: use one of {styles}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/services/amend.py" line="30"/>
        <source>cannot tell the drafting style of {slug}: give --style ru, uk or us</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/services/amend.py" line="70"/>
        <source>{after} makes no change to {before}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/services/amend.py" line="86"/>
        <source>{slug} has no unit {address}: give the address as `drafter show` prints it.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/services/amend.py" line="104"/>
        <source>{after}: «{text}» changed above the first unit heading; an amending instruction can only name units, so begin both texts at a heading (an article or a section).</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/services/amend.py" line="146"/>
        <source>{name}: no amending instruction recognised</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/services/disagreements.py" line="126"/>
        <source>{name} has no round {number}; the rounds sent are {known}.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/services/disagreements.py" line="202"/>
        <source>{name} has no round {number}: no round has been sent yet.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/services/export.py" line="44"/>
        <source>Cannot export to {target}: the folder {folder} does not exist.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/services/export.py" line="45"/>
        <source>The draft makes no changes yet, so there is nothing to export; propose a change first.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/services/export.py" line="48"/>
        <source>Cannot write the bundle {target}: {reason}.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/services/export.py" line="101"/>
        <source>The bill cannot be written: {reason}.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/services/export.py" line="119"/>
        <source>{name} already exists in {folder}; choose a new folder name for the bundle.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/services/export.py" line="198"/>
        <source>The draft amends {slug}, but that act is not loaded.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/services/export.py" line="210"/>
        <source>The draft makes no changes yet ({acts} has no changes), so there is nothing to export; propose a change first.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/services/export.py" line="227"/>
        <source>Cannot write the bundle in {folder}: {reason}.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/services/export.py" line="233"/>
        <source>{name} has no changes in the draft and is left out</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/services/export.py" line="247"/>
        <source>The export was cancelled; nothing was written.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/services/projects.py" line="24"/>
        <source>{name} is open in another Drafter; try again later</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/services/projects.py" line="104"/>
        <source>{name}: a new project's name must end with {suffix}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/services/projects.py" line="141"/>
        <source>none</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/services/projects.py" line="143"/>
        <source>{source}: the project has no act {slug} (acts: {known})</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/services/projects.py" line="152"/>
        <source>{source}: the project has no acts yet; import one first</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/services/projects.py" line="166"/>
        <source>{source}: cannot tell which act of the project it amends; name it with --act</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/services/projects.py" line="220"/>
        <source>the bundled sample draft is missing; rebuild it with resources/samples/build_demo.py</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/services/remarks.py" line="33"/>
        <source>{name} has no remark {id}.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/services/remarks.py" line="34"/>
        <source>Remark {id} is grouped into remark {head}: work on remark {head}.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/services/remarks.py" line="35"/>
        <source>Remark {id} is not decided yet.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/services/remarks.py" line="65"/>
        <source>{name} has no agency «{agency}».</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/services/remarks.py" line="147"/>
        <source>{status} is not a decision: write one of {known}.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/services/remarks.py" line="152"/>
        <source>Give the reason for the decision (--reason).</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/services/remarks.py" line="155"/>
        <source>{name} is open read-only, so no decision can be recorded in it.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/services/remarks.py" line="161"/>
        <source>Remark {id} is already decided ({status}, by {by} on {at}); to decide it again, change the decision (--change).</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/services/remarks.py" line="213"/>
        <source>{kind} is not a kind of grounds: write one of {known}.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/services/remarks.py" line="219"/>
        <source>{severity} is not a severity: write one of {known}.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/services/remarks.py" line="243"/>
        <source>Remark {id} is not decided yet; decide it before marking it settled.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/services/remarks.py" line="260"/>
        <source>Remark {earlier} is of round {their}, not of a round before remark {id}'s (round {round}), so remark {id} cannot repeat it.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/services/remarks.py" line="282"/>
        <source>Give at least two remarks to group.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/services/remarks.py" line="294"/>
        <source>Remarks {head} and {id} are not of the same agency, round and unit, so they cannot be grouped.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/services/remarks.py" line="300"/>
        <source>Remark {id} is decided ({status}) and remark {head} is not decided so; take one of the decisions back first.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/services/remarks.py" line="324"/>
        <source>Remark {id} is not grouped.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/services/remarks.py" line="355"/>
        <source>Say what to change: --text, --grounds, --grounds-kind, --severity, --proposed, --settled, --repeats, --group or --ungroup.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/services/remarks.py" line="405"/>
        <source>{name} is open read-only, so its remarks cannot be changed.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/services/remarks.py" line="435"/>
        <source>Remark {id} is on {address} of {act}, which the draft no longer has; decide it with --keep-draft.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/services/remarks.py" line="441"/>
        <source>Remark {id} is on {act}, which is no longer in the project; decide it with --keep-draft.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/services/remarks.py" line="467"/>
        <source>The words «{quote}» are no longer in {address}; decide remark {id} with --keep-draft.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/services/restate.py" line="91"/>
        <source>unknown form {form}: use restate, patch or auto</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/services/restate.py" line="94"/>
        <source>{name} is open read-only, so the form of its units cannot be changed.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/services/review.py" line="27"/>
        <source>{file} was already filed on {date} for {agency} (round {number}): nothing to do.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/services/review.py" line="78"/>
        <source>--agency names no agency: write the agency's short name.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/services/review.py" line="99"/>
        <source>{file} has edits made with track changes off: {units}.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/services/review.py" line="125"/>
        <source>{name} has sent no round yet, so {file} cannot be an answer to one.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/services/review.py" line="147"/>
        <source>{file} names round {number}, which {name} has not sent.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/services/review.py" line="154"/>
        <source>{file} was sent in round {sent}, not in round {number}.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/services/review.py" line="163"/>
        <source>{file} is a Drafter file that was never sent in a round: only the files of a round (export --round next) can be filed as an answer.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/services/review.py" line="181"/>
        <source>{file} belongs to another draft, and its text matches no file sent from {name}.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/services/review.py" line="189"/>
        <source>{file} does not match any file sent from {name} (best: {best} of round {number}, {share}% of paragraphs).</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/services/review.py" line="202"/>
        <source>{file} was made from another copy of this draft; it was read by its text.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/services/review.py" line="209"/>
        <source>{file} has no Drafter marks; it was matched by its text to {sent}.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/services/review.py" line="246"/>
        <source>{name} is open read-only, so no answer can be filed in it.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/services/review.py" line="372"/>
        <source>{agency} is a new agency; it was added to the project.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/services/round_diff.py" line="39"/>
        <source>{text} is not a round: write a round number or current.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/services/round_diff.py" line="99"/>
        <source>Round {number} compared with itself shows nothing: name two different rounds.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/services/rounds.py" line="40"/>
        <source>{text} is not a date: write it as YYYY-MM-DD.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/services/rounds.py" line="79"/>
        <source>{text} is not a round: write next or a round number.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/services/rounds.py" line="95"/>
        <source>{name} is open read-only, so no round can be recorded in it.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/services/rounds.py" line="151"/>
        <source>Round {number} was sent already and is written as it was sent; --to, --deadline and --date are for a new round (--round next).</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/services/rounds.py" line="191"/>
        <source>Give the agency's answer (--status) or its deadline (--deadline).</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/services/rounds.py" line="193"/>
        <source>--letter and --date go with the answer (--status).</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/services/rounds.py" line="196"/>
        <source>{status} is not an answer: write agreed, remarks, objections or none.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/services/rounds.py" line="224"/>
        <source>--to names no agency: write --to AGENCY,AGENCY.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/services/rounds.py" line="230"/>
        <source>Round {number} has no recipients: name them with --to AGENCY,AGENCY.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/services/rounds.py" line="294"/>
        <source>Round {number} is still open (undecided remarks: {count}); round {next} is sent all the same.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/services/rounds.py" line="386"/>
        <source>Round {number} is closed already (on {date}).</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/services/rounds.py" line="391"/>
        <source>Round {number} has undecided remarks ({count}): decide them first, or close the round all the same (--force).</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/services/rounds.py" line="408"/>
        <source>Round {number} is not closed.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/services/rounds.py" line="448"/>
        <source>{name} has no agency {agency} (known: {known}).</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/services/rounds.py" line="455"/>
        <source>Round {number} was not sent to {agency} (sent to: {recipients}).</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/services/rounds.py" line="463"/>
        <source>The remark has no text; write what the agency says.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/services/rounds.py" line="500"/>
        <source>{act} has no unit {address} in the text sent in round {number}.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/document.py" line="237"/>
        <source>{address} is not a unit of {slug}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../../drafter/ui/draft_files.py" line="172"/>
        <source>{address} is no longer in the act.</source>
        <translation type="unfinished"/>
    </message>
</context>
</TS>