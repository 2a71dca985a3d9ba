<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name></name>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_pdf.py" line="84"/>
        <location filename="../../src/srm_inclusif/ui/sheet_pdf.py" line="153"/>
        <source>Fiche objectifs – part variable</source>
        <extracomment>Width of the text in CSS pixels (96 per inch): A4 landscape less the margins, 273 mm. Room above and below the total line, in CSS pixels (some 4 mm on paper). A table&apos;s own margin, as Qt ignores the margins of a paragraph next to a table: the line touched both.</extracomment>
        <translation>Objective sheet – part variable</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_pdf.py" line="97"/>
        <source>Imprimer les fiches objectifs</source>
        <translation>Print objective sheets</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_pdf.py" line="167"/>
        <source>Objectifs (début de période)</source>
        <translation>Objectives (start of period)</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_pdf.py" line="170"/>
        <source>Résultats (fin de période)</source>
        <translation>Results (end of period)</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_pdf.py" line="190"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_pdf.py" line="190"/>
        <source>Salarié(e)</source>
        <translation>Employee</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_pdf.py" line="191"/>
        <source>Fonction</source>
        <translation>Job title</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_pdf.py" line="191"/>
        <source>Équipe</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_pdf.py" line="177"/>
        <source>Période</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_pdf.py" line="169"/>
        <source>Résultats provisoires (période en cours)</source>
        <translation>Provisional results (period in progress)</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_pdf.py" line="178"/>
        <source>Date des données</source>
        <translation>Data date</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_pdf.py" line="179"/>
        <source>Part variable cible</source>
        <translation>Target part variable</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_pdf.py" line="180"/>
        <source>Empreinte des chiffres</source>
        <translation>Figures checksum</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_pdf.py" line="192"/>
        <source>Membres</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_pdf.py" line="192"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_pdf.py" line="198"/>
        <source>Pour l&apos;équipe</source>
        <translation>For the team</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_pdf.py" line="199"/>
        <source>Le / la responsable</source>
        <translation>Person in charge</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_pdf.py" line="204"/>
        <source>Objectif</source>
        <translation>Objective</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_pdf.py" line="204"/>
        <source>Indicateur</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_pdf.py" line="204"/>
        <source>Base</source>
        <translation>Basis</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_pdf.py" line="205"/>
        <source>Référence</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_pdf.py" line="205"/>
        <source>Cible</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_pdf.py" line="205"/>
        <source>Poids</source>
        <translation>Weight</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_pdf.py" line="206"/>
        <source>Seuils (décl. / cible / plafond)</source>
        <translation>Thresholds (trigger / target / cap)</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_pdf.py" line="208"/>
        <source>Réalisé</source>
        <translation>Actual</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_pdf.py" line="208"/>
        <source>Atteinte</source>
        <translation>Achievement</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_pdf.py" line="208"/>
        <source>Taux de paiement</source>
        <translation>Payout rate</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_pdf.py" line="209"/>
        <source>Paiement pondéré</source>
        <translation>Weighted payout</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_pdf.py" line="220"/>
        <source>Total des poids</source>
        <translation>Total of weights</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_pdf.py" line="230"/>
        <source> (plus bas = mieux)</source>
        <translation> (lower is better)</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_pdf.py" line="261"/>
        <source>Réalisé non disponible</source>
        <translation>Actual not available</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_pdf.py" line="285"/>
        <source>Part variable cible : {amount}. Les résultats seront constatés en fin de période.</source>
        <translation>Target part variable: {amount}. Results will be recorded at the end of the period.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_pdf.py" line="288"/>
        <source>Taux de paiement total : {rate} — Montant provisoire de la part variable : {amount}</source>
        <translation>Total payout rate: {rate} — Provisional part variable amount: {amount}</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_pdf.py" line="290"/>
        <source>Taux de paiement total : {rate} — Montant de la part variable : {amount}</source>
        <translation>Total payout rate: {rate} — Part variable amount: {amount}</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_pdf.py" line="291"/>
        <source>(sur {target})</source>
        <translation>(out of {target})</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_pdf.py" line="299"/>
        <source>{problem} : la fiche est à corriger avant signature.</source>
        <translation>{problem}: correct the sheet before it is signed.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_pdf.py" line="300"/>
        <source>Montant provisoire : {problem}.</source>
        <translation>Provisional amount: {problem}.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_pdf.py" line="309"/>
        <source>Commentaires :</source>
        <translation>Comments:</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_pdf.py" line="324"/>
        <source>Date et signature</source>
        <translation>Date and signature</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_pdf.py" line="197"/>
        <source>Le salarié / la salariée</source>
        <translation>The employee</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_pdf.py" line="198"/>
        <source>Le manager</source>
        <translation>The manager</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_pdf_chart.py" line="85"/>
        <source>Atteinte par objectif (trait : cible 100 % ; orange : rien n&apos;est versé)</source>
        <translation>Achievement per objective (line: 100% target; orange: nothing paid)</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/action_dialog.py" line="40"/>
        <source>Action à mener</source>
        <translation>Action to take</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/action_dialog.py" line="45"/>
        <source>Sans responsable</source>
        <translation>No owner</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/action_dialog.py" line="56"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/action_dialog.py" line="57"/>
        <source>Responsable</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/action_dialog.py" line="49"/>
        <location filename="../../src/srm_inclusif/ui/lifecycle/action_dialog.py" line="58"/>
        <source>Échéance</source>
        <translation>Due date</translation>
    </message>
</context>
<context>
    <name>ActionTableModel</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/models/action_table.py" line="23"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/models/action_table.py" line="30"/>
        <source>Responsable</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/models/action_table.py" line="35"/>
        <source>Échéance</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/models/action_table.py" line="40"/>
        <source>Faite</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/models/action_table.py" line="43"/>
        <source>Oui</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/models/action_table.py" line="45"/>
        <source>Non</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>AlreadyFollowed</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/already_followed.py" line="100"/>
        <source>– {line}</source>
        <translation>– {line}</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/already_followed.py" line="26"/>
        <source>Déjà suivis :
{lines}

Créer quand même les relations ?</source>
        <translation>Already followed:
{lines}

Create the relationships anyway?</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/already_followed.py" line="28"/>
        <source>Déjà suivies :
{lines}

Créer quand même les relations ?</source>
        <translation>Already followed:
{lines}

Create the relationships anyway?</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/already_followed.py" line="57"/>
        <source>Déjà suivies :
{lines}

Créer quand même toutes les relations, ou seulement celles des structures pas encore suivies ?</source>
        <translation>Already followed:
{lines}

Create all the relationships anyway, or only those of the structures not followed yet?</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/already_followed.py" line="62"/>
        <source>Toutes ({count})</source>
        <translation>All ({count})</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/already_followed.py" line="64"/>
        <source>Seulement la structure pas encore suivie</source>
        <translation>Only the one not followed yet</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/already_followed.py" line="66"/>
        <source>Seulement les {count} pas encore suivies</source>
        <translation>Only the {count} not followed yet</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/already_followed.py" line="84"/>
        <source>{name} a déjà une relation en cours ({stage}). En créer une autre ?</source>
        <translation>{name} already has a relationship in progress ({stage}). Create another one?</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/already_followed.py" line="88"/>
        <source>{name} est déjà suivi par {person} ({stage}). Créer quand même une relation ?</source>
        <translation>{name} is already followed by {person} ({stage}). Create a relationship anyway?</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/already_followed.py" line="91"/>
        <source>{name} est déjà suivie par {person} ({stage}). Créer quand même une relation ?</source>
        <translation>{name} is already followed by {person} ({stage}). Create a relationship anyway?</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/already_followed.py" line="106"/>
        <source>{name} : relation en cours ({stage})</source>
        <translation>{name}: relationship in progress ({stage})</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/already_followed.py" line="109"/>
        <source>{name} : {person} ({stage})</source>
        <translation>{name}: {person} ({stage})</translation>
    </message>
</context>
<context>
    <name>AmountEdit</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/fields.py" line="133"/>
        <source>ex. {amount}</source>
        <translation>e.g. {amount}</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/fields.py" line="153"/>
        <source>Montant illisible : « {text} » (ex. {example}).</source>
        <translation>Unreadable amount: “{text}” (e.g. {example}).</translation>
    </message>
</context>
<context>
    <name>BackupReasons</name>
    <message>
        <location filename="../../src/srm_inclusif/storage/backup.py" line="64"/>
        <source>Avant un import</source>
        <extracomment>Why copies are taken, in words (the UI translates them, context &quot;BackupReasons&quot;).</extracomment>
        <translation>Before an import</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/backup.py" line="65"/>
        <source>Avant une restauration</source>
        <translation>Before a restore</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/backup.py" line="66"/>
        <source>Avant une mise à jour de l&apos;application</source>
        <translation>Before an application update</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/backup.py" line="68"/>
        <source>Sauvegarde manuelle</source>
        <translation>Manual backup</translation>
    </message>
</context>
<context>
    <name>BasisHint</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/basis_hint.py" line="61"/>
        <source>Vos ventes de {year} sont surtout en base « {basis} » : {amount} HT, contre {shown_amount} HT en base « {shown} ».</source>
        <extracomment>Another basis is named once it holds this many times the spend of the basis shown. The basis the user asked to see.</extracomment>
        <translation>Your {year} sales are mostly on the “{basis}” basis: {amount} excl. VAT, against {shown_amount} excl. VAT on the “{shown}” basis.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/basis_hint.py" line="63"/>
        <source>Vos achats de {year} sont surtout en base « {basis} » : {amount} HT, contre {shown_amount} HT en base « {shown} ».</source>
        <translation>Your {year} purchases are mostly on the “{basis}” basis: {amount} excl. VAT, against {shown_amount} excl. VAT on the “{shown}” basis.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/basis_hint.py" line="68"/>
        <source>Afficher la base « {basis} »</source>
        <translation>Show the “{basis}” basis</translation>
    </message>
</context>
<context>
    <name>CardDialog</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/card_dialog.py" line="84"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/card_dialog.py" line="85"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/card_dialog.py" line="108"/>
        <source>Identité</source>
        <translation>Identity</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/card_dialog.py" line="109"/>
        <source>Secteurs</source>
        <translation>Sectors</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/card_dialog.py" line="110"/>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/card_dialog.py" line="111"/>
        <source>Offres et références</source>
        <translation>Offers and references</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/card_dialog.py" line="117"/>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/card_dialog.py" line="119"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/card_dialog.py" line="122"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/card_dialog.py" line="130"/>
        <source>Notes et provenance</source>
        <translation>Notes and source</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/card_dialog.py" line="133"/>
        <source>Suivi</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/card_dialog.py" line="156"/>
        <source>Enregistrez d&apos;abord la fiche : ses contacts s&apos;ajoutent ensuite ici, en la rouvrant depuis la liste.</source>
        <translation>Save the record first: its contacts are then added here, by opening it again from the list.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/card_dialog.py" line="166"/>
        <source>Nouvelle fiche</source>
        <translation>New record</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/card_dialog.py" line="201"/>
        <source>Fiche</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/card_dialog.py" line="245"/>
        <source>Enregistrer la nouvelle fiche avant de fermer&#xa0;?</source>
        <translation>Save the new record before closing?</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/card_dialog.py" line="247"/>
        <source>Enregistrer les modifications de «&#xa0;{name}&#xa0;» avant de fermer&#xa0;?</source>
        <translation>Save the changes to “{name}” before closing?</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/card_dialog.py" line="280"/>
        <source>Créer la fiche</source>
        <translation>Create record</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/card_dialog.py" line="293"/>
        <source>Modifier la fiche « %1 »</source>
        <translation>Edit record “%1”</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/chart_view.py" line="37"/>
        <source>Image PNG (*.png)</source>
        <extracomment>File dialog filter → suffix.</extracomment>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/chart_view.py" line="38"/>
        <source>Image vectorielle SVG (*.svg)</source>
        <translation>SVG vector image (*.svg)</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/chart_view.py" line="39"/>
        <source>Document PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/chart_view.py" line="110"/>
        <source>Enregistrer l&apos;image…</source>
        <translation>Save image…</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/chart_view.py" line="114"/>
        <source>Copier l&apos;image</source>
        <translation>Copy image</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/chart_view.py" line="194"/>
        <source>Enregistrer le graphique</source>
        <translation>Save chart</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/chart_view.py" line="204"/>
        <source>Enregistrement impossible</source>
        <translation>Cannot save</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../../src/srm_inclusif/charts/lifecycle.py" line="20"/>
        <source>Note de qualité des retours</source>
        <translation>Feedback quality score</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/charts/lifecycle.py" line="21"/>
        <source>Relations par étape</source>
        <translation>Relationships by stage</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/charts/lifecycle.py" line="22"/>
        <source>Heures d&apos;insertion</source>
        <translation>Insertion hours</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/charts/lifecycle.py" line="23"/>
        <source>Atteinte des objectifs</source>
        <translation>Objective achievement</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/charts/lifecycle.py" line="26"/>
        <source>Notez un contrat par « Retour d&apos;expérience… » sur la page Relations.</source>
        <extracomment>What to do when a chart is empty: where in the app its figures are entered.</extracomment>
        <translation>Score a contract with “Feedback…” on the Relationships page.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/charts/lifecycle.py" line="28"/>
        <source>Ouvrez-en une par « Nouvelle relation… » sur la page Relations.</source>
        <translation>Open one with “New relationship…” on the Relationships page.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/charts/lifecycle.py" line="30"/>
        <source>Cochez la clause sociale d&apos;un contrat et indiquez ses heures prévues.</source>
        <translation>Tick a contract&apos;s clause sociale and enter its planned hours.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/charts/lifecycle.py" line="32"/>
        <source>Créez-en une par « Nouvelle fiche… » sur la page Objectifs.</source>
        <translation>Create one with “New sheet…” on the Objectives page.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/charts/lifecycle.py" line="42"/>
        <source>Aucun retour d&apos;expérience sur la période</source>
        <translation>No feedback in the period</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/charts/lifecycle.py" line="48"/>
        <source>note sur 5</source>
        <translation>score out of 5</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/charts/lifecycle.py" line="77"/>
        <source>Aucune relation</source>
        <translation>No relationships</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/charts/lifecycle.py" line="121"/>
        <source>Arrêtées : {count}</source>
        <translation>Stopped: {count}</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/charts/lifecycle.py" line="138"/>
        <source>Aucune clause sociale sur la période</source>
        <translation>No clause sociale in the period</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/charts/lifecycle.py" line="161"/>
        <source>Prévues</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/charts/lifecycle.py" line="170"/>
        <source>Réalisées</source>
        <translation>Realised</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/charts/lifecycle.py" line="198"/>
        <source>+ {count} autres contrats</source>
        <translation>+ {count} other contracts</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/charts/lifecycle.py" line="206"/>
        <source>heures</source>
        <translation>hours</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/charts/lifecycle.py" line="207"/>
        <source>{realised} h réalisées sur {planned} ({rate})</source>
        <translation>{realised} h realised of {planned} ({rate})</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/charts/lifecycle.py" line="215"/>
        <source>{planned} h prévues, {realised} h réalisées</source>
        <translation>{planned} h planned, {realised} h done</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/charts/lifecycle.py" line="223"/>
        <source>Contrat n° {number}</source>
        <translation>Contract no. {number}</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/charts/lifecycle.py" line="235"/>
        <source>Aucune fiche objectifs pour l&apos;année</source>
        <translation>No objective sheet for the year</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/charts/lifecycle.py" line="242"/>
        <source>atteinte pondérée (%)</source>
        <translation>weighted achievement (%)</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/charts/spend.py" line="25"/>
        <source>Achats inclusifs cumulés</source>
        <translation>Cumulative inclusive spend</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/charts/spend.py" line="26"/>
        <source>Achats par famille</source>
        <translation>Spend by family</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/charts/spend.py" line="27"/>
        <source>Achats inclusifs par type de structure</source>
        <translation>Inclusive spend by structure type</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/charts/spend.py" line="28"/>
        <source>Part des achats inclusifs par mois</source>
        <translation>Inclusive share of spend by month</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/charts/spend.py" line="30"/>
        <source>Importez vos fournisseurs et vos dépenses depuis la page Imports / exports.</source>
        <extracomment>What an empty spend chart asks the user to do: its figures come from imported files.</extracomment>
        <translation>Import your suppliers and your spend from the Imports / exports page.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/charts/spend.py" line="32"/>
        <source>Aucun achat inclusif sur la période</source>
        <translation>No inclusive spend in the period</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/charts/spend.py" line="34"/>
        <source>Aucun achat en base {basis} sur cette période</source>
        <extracomment>An empty chart of a basis while another basis has spend in the period.</extracomment>
        <translation>No spend on the {basis} basis in this period</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/charts/spend.py" line="35"/>
        <source>{amount} en base {other} : changez de base.</source>
        <translation>{amount} on the {other} basis: change the basis.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/charts/spend.py" line="37"/>
        <source>Objectif fixé en base {basis}.</source>
        <extracomment>Where the target is when none is on the basis shown (no line drawn against this spend).</extracomment>
        <translation>Target set on the {basis} basis.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/charts/spend.py" line="39"/>
        <source>Part non calculable</source>
        <extracomment>Why a share is missing: credit notes brought the spend to zero or below.</extracomment>
        <translation>Share not computable</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/charts/spend.py" line="40"/>
        <source>Les achats de la période, avoirs déduits, sont nuls ou négatifs.</source>
        <translation>The period&apos;s spend, net of credit notes, is nil or negative.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/charts/spend.py" line="42"/>
        <source>— : part non calculable, achats du mois nuls ou négatifs (avoirs)</source>
        <translation>— : share not computable, the month&apos;s spend is nil or negative (credit notes)</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/charts/spend.py" line="44"/>
        <source>Ventes cumulées</source>
        <translation>Cumulative sales</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/charts/spend.py" line="45"/>
        <source>Ventes par client</source>
        <translation>Sales by client</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/charts/spend.py" line="47"/>
        <source>Ventes aux 10 premiers clients</source>
        <extracomment>The title when she has more clients than the chart shows (``TOP_CLIENTS``).</extracomment>
        <translation>Sales to the 10 largest clients</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/charts/spend.py" line="48"/>
        <source>Aucune vente sur la période</source>
        <translation>No sales in the period</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/charts/spend.py" line="50"/>
        <source>Saisissez vos ventes (fiche client › Ventes…) ou importez-les depuis la page Imports / exports.</source>
        <extracomment>What an empty sales chart asks a structure inclusive to do.</extracomment>
        <translation>Enter your sales (client record › Sales…) or import them from the Imports / exports page.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/charts/spend.py" line="112"/>
        <source>€ HT</source>
        <extracomment>Clients the sales chart shows, largest first: more would not fit a laptop&apos;s chart. A buyer&apos;s inclusive purchases. A structure inclusive&apos;s sales to her clients. Days of an average month (365.25 / 12, to one decimal), for a pace per month.</extracomment>
        <translation>€ excl. VAT</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/charts/spend.py" line="121"/>
        <source>Réalisé</source>
        <translation>Actual</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/charts/spend.py" line="163"/>
        <source>Objectif ({amount})</source>
        <translation>Target ({amount})</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/charts/spend.py" line="171"/>
        <source>Rythme nécessaire ({amount} / mois)</source>
        <translation>Pace needed ({amount} / month)</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/charts/spend.py" line="288"/>
        <source>montants en € HT</source>
        <translation>amounts in € excl. VAT</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/charts/spend.py" line="342"/>
        <source>% des achats HT</source>
        <extracomment>Fewest month slots the share chart spans: one month alone is a bar, not the whole width.</extracomment>
        <translation>% of spend (excl. VAT)</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/charts/style.py" line="37"/>
        <source>janv.</source>
        <extracomment>Settings in force while a chart is rendered: unhinted glyphs render about a third faster and, at screen resolution, look the same (text is a good half of a chart&apos;s drawing time). Okabe-Ito colour-blind-safe palette.</extracomment>
        <translation>Jan</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/charts/style.py" line="38"/>
        <source>févr.</source>
        <translation>Feb</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/charts/style.py" line="39"/>
        <source>mars</source>
        <translation>Mar</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/charts/style.py" line="40"/>
        <source>avr.</source>
        <translation>Apr</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/charts/style.py" line="41"/>
        <source>mai</source>
        <translation>May</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/charts/style.py" line="42"/>
        <source>juin</source>
        <translation>Jun</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/charts/style.py" line="43"/>
        <source>juil.</source>
        <translation>Jul</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/charts/style.py" line="44"/>
        <source>août</source>
        <translation>Aug</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/charts/style.py" line="45"/>
        <source>sept.</source>
        <translation>Sept</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/charts/style.py" line="46"/>
        <source>oct.</source>
        <translation>Oct</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/charts/style.py" line="47"/>
        <source>nov.</source>
        <translation>Nov</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/charts/style.py" line="48"/>
        <source>déc.</source>
        <translation>Dec</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/charts/style.py" line="161"/>
        <source>Aucune donnée sur la période</source>
        <extracomment>Start of the frame key of an empty chart (``empty``). Smallest text a chart shows, in points (tick labels, bar values, legend): smaller reads as a smudge on a 1280 × 720 laptop. Distance between the baselines of the lines of one label, in font sizes: apart, not touching. Least room between two labels of several lines, in pixels. What an empty chart says by default.</extracomment>
        <translation>No data in the period</translation>
    </message>
</context>
<context>
    <name>ChartsPanel</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/charts_panel.py" line="251"/>
        <source>L&apos;objectif annuel ({amount}) est tracé sur « {year} ».</source>
        <extracomment>Areas whose changes alter the charts. Delay before the first drawing, so that the window appears at once. How often the panel looks whether matplotlib is imported, before its first drawing. Reads the first drawing&apos;s figures while matplotlib loads (SQLite lets the UI thread run). The first drawing&apos;s figures being read in the background, with their year. Set once the user picks a basis: the panel then stops choosing it for them.</extracomment>
        <translation>The yearly target ({amount}) is drawn on “{year}”.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/dashboard_summary.py" line="22"/>
        <source>Importez vos dépenses depuis la page Imports / exports pour suivre vos achats inclusifs : aucune dépense du {start} au {end}.</source>
        <extracomment>A period without spend on any basis: a new workspace, or before the first import.</extracomment>
        <translation>Import your spend from the Imports / exports page to follow your inclusive purchasing: no spend from {start} to {end}.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/dashboard_summary.py" line="26"/>
        <source>Aucune dépense du {start} au {end}.</source>
        <extracomment>The same in a read-only workspace: nothing can be imported into it.</extracomment>
        <translation>No spend from {start} to {end}.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/dashboard_summary.py" line="27"/>
        <source>Achats inclusifs : {inclusive} HT sur {total} ({share}), du {start} au {end}.</source>
        <translation>Inclusive spend: {inclusive} excl. VAT out of {total} ({share}), from {start} to {end}.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/dashboard_summary.py" line="31"/>
        <source>Aucun achat en base {basis} sur cette période ; {elsewhere} : changez de base.</source>
        <extracomment>No spend on the basis shown, some on others: switching basis, not importing, shows them.</extracomment>
        <translation>No spend on the {basis} basis in this period; {elsewhere}: change the basis.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/dashboard_summary.py" line="34"/>
        <source>{amount} en base {basis}</source>
        <translation>{amount} on the {basis} basis</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/dashboard_summary.py" line="36"/>
        <source>part non calculable : achats nuls ou négatifs, avoirs déduits</source>
        <extracomment>Credit notes beyond the purchases: a share of a nil or negative spend means nothing.</extracomment>
        <translation>share not computable: spend nil or negative, net of credit notes</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/dashboard_summary.py" line="38"/>
        <source>Saisissez vos ventes (fiche client › Ventes…) ou importez-les depuis la page Imports / exports : aucune vente du {start} au {end}.</source>
        <translation>Enter your sales (client record › Sales…) or import them from the Imports / exports page: no sales from {start} to {end}.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/dashboard_summary.py" line="41"/>
        <source>Aucune vente du {start} au {end}.</source>
        <translation>No sales from {start} to {end}.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/dashboard_summary.py" line="42"/>
        <source>Ventes à vos clients : {total} HT du {start} au {end} ; clients servis : {clients}.</source>
        <translation>Sales to your clients: {total} excl. VAT from {start} to {end}; clients served: {clients}.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/dashboard_summary.py" line="45"/>
        <source>Aucune vente en base {basis} sur cette période ; {elsewhere} : changez de base.</source>
        <translation>No sales on the {basis} basis in this period; {elsewhere}: change the basis.</translation>
    </message>
</context>
<context>
    <name>ChartsView</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/charts_view.py" line="79"/>
        <source>Année</source>
        <extracomment>Narrowest a chart stays readable (its title, the value labels of the bars); below two of them side by side, the charts go one per row. Selectors a row holds when the four do not fit on one (French ones take some 670 pixels).</extracomment>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/charts_view.py" line="80"/>
        <source>Période</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/charts_view.py" line="83"/>
        <source>Année entière</source>
        <translation>Whole year</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/charts_view.py" line="86"/>
        <source>Personne</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/charts_view.py" line="93"/>
        <source>Base des montants</source>
        <translation>Amount basis</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/charts_view.py" line="103"/>
        <source>&amp;Période :</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/charts_view.py" line="102"/>
        <source>A&amp;nnée :</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/charts_view.py" line="104"/>
        <source>Pe&amp;rsonne :</source>
        <translation>Pe&amp;rson:</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/charts_view.py" line="105"/>
        <source>&amp;Base :</source>
        <translation>&amp;Basis:</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/charts_view.py" line="114"/>
        <source>Chargement des graphiques…</source>
        <translation>Loading charts…</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/charts_view.py" line="182"/>
        <source>Trimestre {n}</source>
        <translation>Quarter {n}</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/charts_view.py" line="185"/>
        <source>T{n} ({first}–{last})</source>
        <translation>Q{n} ({first}–{last})</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/charts_view.py" line="197"/>
        <source>Toute l&apos;organisation</source>
        <translation>Whole organisation</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/charts_view.py" line="201"/>
        <source>Équipe : {name}</source>
        <translation>Team: {name}</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/charts_view.py" line="234"/>
        <source>Ventes cumulées</source>
        <translation>Cumulative sales</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/charts_view.py" line="235"/>
        <source>Ventes par client</source>
        <translation>Sales by client</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/charts_view.py" line="237"/>
        <source>Achats inclusifs cumulés</source>
        <translation>Cumulative inclusive spend</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/charts_view.py" line="238"/>
        <source>Achats par famille</source>
        <translation>Spend by family</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/charts_view.py" line="239"/>
        <source>Achats inclusifs par type</source>
        <translation>Inclusive spend by kind</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/charts_view.py" line="240"/>
        <source>Part inclusive par mois</source>
        <translation>Inclusive share by month</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/charts_view.py" line="242"/>
        <source>Note de qualité</source>
        <translation>Quality score</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/charts_view.py" line="243"/>
        <source>Relations par étape</source>
        <translation>Relationships by stage</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/charts_view.py" line="244"/>
        <source>Heures d&apos;insertion</source>
        <translation>Insertion hours</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/charts_view.py" line="245"/>
        <source>Atteinte des objectifs</source>
        <translation>Objective achievement</translation>
    </message>
</context>
<context>
    <name>ConflictQuestion</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/conflict_question.py" line="60"/>
        <source>Garder les vôtres</source>
        <extracomment>Longer values (notes...) are cut here: the question stays readable. The text&apos;s width: a field&apos;s two values on one or two lines, not four.</extracomment>
        <translation>Keep yours</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/conflict_question.py" line="61"/>
        <source>Garder les leurs</source>
        <translation>Keep theirs</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/conflict_question.py" line="62"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/conflict_question.py" line="70"/>
        <source>• {field} : enregistré ailleurs {theirs}, votre saisie {yours}</source>
        <translation>• {field}: saved elsewhere {theirs}, your entry {yours}</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/conflict_question.py" line="75"/>
        <source>Cette fiche a été modifiée ailleurs depuis que vous l&apos;avez ouverte (une autre fenêtre, ou une autre personne) :

{lines}

« Garder les vôtres » enregistre votre saisie à la place. « Garder les leurs » garde les valeurs enregistrées ailleurs. Vos autres modifications sont enregistrées dans les deux cas. « Annuler » laisse la fiche ouverte sans rien enregistrer.</source>
        <translation>This record was changed elsewhere since you opened it (another window, or another person):

{lines}

“Keep yours” saves your entry instead. “Keep theirs” keeps the values saved elsewhere. Your other changes are saved either way. “Cancel” leaves the record open without saving anything.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/conflict_question.py" line="93"/>
        <source>(vide)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/conflict_question.py" line="111"/>
        <source>oui</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/conflict_question.py" line="111"/>
        <source>non</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/contacts_panel.py" line="50"/>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/contacts_panel.py" line="51"/>
        <source>Nom</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/contacts_panel.py" line="52"/>
        <source>Fonction</source>
        <translation>Job title</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/contacts_panel.py" line="53"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/contacts_panel.py" line="54"/>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/contacts_panel.py" line="55"/>
        <source>Dernier échange</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/contacts_panel.py" line="83"/>
        <source>ex. {day}</source>
        <translation>e.g. {day}</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/contacts_panel.py" line="67"/>
        <source>Contact</source>
        <extracomment>The date shown as an example of how to type one, in the UI language&apos;s way.</extracomment>
        <translation>Contact</translation>
    </message>
</context>
<context>
    <name>ContactsPanel</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/contacts_panel.py" line="114"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/contacts_panel.py" line="115"/>
        <source>Fonction</source>
        <translation>Job title</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/contacts_panel.py" line="116"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/contacts_panel.py" line="117"/>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/contacts_panel.py" line="118"/>
        <source>Dernier échange</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/contacts_panel.py" line="147"/>
        <source>Aucun contact enregistré.</source>
        <translation>No contact recorded.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/contacts_panel.py" line="150"/>
        <source>Aucun contact enregistré. « Ajouter » note une personne de la structure : son nom, sa fonction, ses coordonnées et la date du dernier échange.</source>
        <translation>No contact recorded. “Add” records a person at the structure: their name, role, contact details and the date of the last exchange.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/contacts_panel.py" line="153"/>
        <source>Aucun contact enregistré. « Ajouter » note une personne chez ce client : son nom, sa fonction, ses coordonnées et la date du dernier échange.</source>
        <translation>No contact recorded. “Add” records a person at this client: their name, role, contact details and the date of the last exchange.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/contacts_panel.py" line="126"/>
        <source>Ajouter</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/contacts_panel.py" line="127"/>
        <source>Modifier</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/contacts_panel.py" line="129"/>
        <source>Anonymiser</source>
        <translation>Anonymise</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/contacts_panel.py" line="211"/>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/contacts_panel.py" line="245"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/contacts_panel.py" line="227"/>
        <source>Ajouter un contact</source>
        <translation>Add contact</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/contacts_panel.py" line="251"/>
        <source>Modifier le contact</source>
        <translation>Edit contact</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/contacts_panel.py" line="269"/>
        <source>Anonymiser le contact</source>
        <translation>Anonymise contact</translation>
    </message>
</context>
<context>
    <name>ContractDialog</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/contract_dialog.py" line="84"/>
        <source> jours</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/contract_dialog.py" line="85"/>
        <source>Aucun</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/contract_dialog.py" line="91"/>
        <source>Intitulé</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/contract_dialog.py" line="92"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/contract_dialog.py" line="93"/>
        <source>Périmètre</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/contract_dialog.py" line="94"/>
        <source>Critères de réussite</source>
        <translation>Success criteria</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/contract_dialog.py" line="95"/>
        <source>Montant HT (€)</source>
        <translation>Amount excl. VAT (€)</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/contract_dialog.py" line="78"/>
        <location filename="../../src/srm_inclusif/ui/lifecycle/contract_dialog.py" line="96"/>
        <source>Début</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/contract_dialog.py" line="80"/>
        <location filename="../../src/srm_inclusif/ui/lifecycle/contract_dialog.py" line="97"/>
        <source>Fin</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/contract_dialog.py" line="98"/>
        <source>Préavis</source>
        <translation>Notice</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/contract_dialog.py" line="99"/>
        <source>Marché réservé</source>
        <translation>Reserved contract</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/contract_dialog.py" line="123"/>
        <source>Clause sociale d&apos;insertion</source>
        <translation>Clause sociale (insertion)</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/contract_dialog.py" line="144"/>
        <source>Heures prévues</source>
        <translation>Planned hours</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/contract_dialog.py" line="145"/>
        <source>Heures réalisées</source>
        <translation>Realised hours</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/contract_dialog.py" line="146"/>
        <source>Taux de réalisation</source>
        <translation>Realisation rate</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/contract_dialog.py" line="147"/>
        <source>Modalité</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/contract_dialog.py" line="148"/>
        <source>Participants (nombre)</source>
        <translation>Participants (count)</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/contract_dialog.py" line="149"/>
        <source>Facilitateur</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/contract_dialog.py" line="219"/>
        <source>Indiquez la date de début : sans elle, le contrat ne compterait dans aucune période des indicateurs.</source>
        <translation>Enter the start date: without it the contract would count in no period of the indicators.</translation>
    </message>
</context>
<context>
    <name>ContractOffers</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/offers.py" line="107"/>
        <source>« {title} » a déjà une décision : {decision}.</source>
        <extracomment>Widest line of a button&apos;s tooltip, in average characters: a reason reads on a few short lines instead of one line across most of the screen. More lines than any reason takes (``wrapped`` ends a longer text with « … »).</extracomment>
        <translation>“{title}” already has a decision: {decision}.</translation>
    </message>
</context>
<context>
    <name>ContractTableModel</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/models/contract_table.py" line="62"/>
        <source>Intitulé</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/models/contract_table.py" line="72"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/models/contract_table.py" line="77"/>
        <source>Montant HT</source>
        <translation>Amount excl. VAT</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/models/contract_table.py" line="82"/>
        <source>Début</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/models/contract_table.py" line="87"/>
        <source>Fin</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/models/contract_table.py" line="92"/>
        <source>Go / no‑go</source>
        <translation>Go / no‑go</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/models/contract_table.py" line="102"/>
        <source>% réalisé</source>
        <translation>% done</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/models/contract_table.py" line="97"/>
        <source>Heures d&apos;insertion</source>
        <translation>Insertion hours</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/models/contract_table.py" line="107"/>
        <source>Retours</source>
        <translation>Feedback</translation>
    </message>
</context>
<context>
    <name>ContractsPage</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/contracts_page.py" line="67"/>
        <source>Contrats</source>
        <extracomment>Widest the counterparty column grows, in average characters (a longer name is cut, whole in its tooltip). The columns as wide as their texts need, on one line when the title keeps the room to show its texts on a row&apos;s lines, else wrapped too (« Marché / test »), at most that many average characters: the structure&apos;s name and the type. The splitter&apos;s unit: the list gets two, the feedback panel one.</extracomment>
        <translation>Contracts</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/contracts_page.py" line="74"/>
        <source>Intitulé ou client…</source>
        <translation>Title or client…</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/contracts_page.py" line="75"/>
        <source>Intitulé ou structure…</source>
        <translation>Title or structure…</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/contracts_page.py" line="79"/>
        <source>Tous les types</source>
        <translation>All types</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/contracts_page.py" line="82"/>
        <source>En cours aujourd&apos;hui</source>
        <translation>Active today</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/contracts_page.py" line="90"/>
        <source>Nouveau…</source>
        <translation>New…</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/contracts_page.py" line="90"/>
        <source>Modifier…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/contracts_page.py" line="91"/>
        <source>Renouveler…</source>
        <translation>Renew…</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/contracts_page.py" line="92"/>
        <source>Go / no go…</source>
        <translation>Go / no go…</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/contracts_page.py" line="100"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/contracts_page.py" line="100"/>
        <source>Fournisseur</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/contracts_page.py" line="129"/>
        <source>Aucun contrat ni marché test pour l&apos;instant.</source>
        <translation>No contract or marché test yet.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/contracts_page.py" line="131"/>
        <source>Aucun contrat ni marché test pour l&apos;instant : « Nouveau… » en ajoute un à une relation, tout comme « Contrat… » ou « Marché test… » sur la page Relations.</source>
        <translation>No contract or marché test yet: “New…” adds one to a relationship, as do “Contract…” and “Marché test…” on the Relationships page.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/contracts_page.py" line="137"/>
        <location filename="../../src/srm_inclusif/ui/pages/contracts_page.py" line="266"/>
        <location filename="../../src/srm_inclusif/ui/pages/contracts_page.py" line="270"/>
        <source>Nouveau contrat</source>
        <translation>New contract</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/contracts_page.py" line="138"/>
        <source>Modifier le contrat</source>
        <translation>Edit contract</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/contracts_page.py" line="139"/>
        <source>Décision go / no go</source>
        <translation>Go / no go decision</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/contracts_page.py" line="140"/>
        <source>Renouveler le contrat</source>
        <translation>Renew contract</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/contracts_page.py" line="142"/>
        <source>Retour d&apos;expérience</source>
        <translation>Feedback</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/srm_inclusif/ui/pages/contracts_page.py" line="209"/>
        <source>%n contrat(s)</source>
        <translation>
            <numerusform>%n contract</numerusform>
            <numerusform>%n contracts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/contracts_page.py" line="245"/>
        <source>Choisissez un contrat dans la liste.</source>
        <translation>Choose a contract in the list.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/contracts_page.py" line="246"/>
        <source>Seul un marché test reçoit une décision go / no go : choisissez-en un dans la liste.</source>
        <translation>Only a marché test takes a go / no go decision: choose one in the list.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/contracts_page.py" line="279"/>
        <source>Créez d&apos;abord une relation avec la structure (page Relations).</source>
        <translation>First create a relationship with the structure (Relationships page).</translation>
    </message>
</context>
<context>
    <name>CountUnits</name>
    <message>
        <location filename="../../src/srm_inclusif/core/count_units.py" line="20"/>
        <source>contrat</source>
        <extracomment>The catalogue&apos;s count units (as stored) with their singular and plural, French source.</extracomment>
        <translation>contract</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/count_units.py" line="21"/>
        <source>contrats</source>
        <translation>contracts</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/count_units.py" line="22"/>
        <source>structure</source>
        <translation>structure</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/count_units.py" line="23"/>
        <source>structures</source>
        <translation>structures</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/count_units.py" line="24"/>
        <source>client</source>
        <translation>client</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/count_units.py" line="25"/>
        <source>clients</source>
        <translation>clients</translation>
    </message>
</context>
<context>
    <name>CounterpartiesPage</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/counterparties_page.py" line="146"/>
        <source>Fournisseurs</source>
        <translation>Suppliers</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/counterparties_page.py" line="146"/>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/srm_inclusif/ui/pages/counterparties_page.py" line="48"/>
        <location filename="../../src/srm_inclusif/ui/pages/counterparties_page.py" line="154"/>
        <source>%Ln résultat(s)</source>
        <extracomment>What the list shows; a change to any of these reloads it. Milliseconds of pause in typing before the list answers the search box.</extracomment>
        <translation>
            <numerusform>%Ln result</numerusform>
            <numerusform>%Ln results</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/counterparties_page.py" line="111"/>
        <source>Rechercher</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/counterparty_empty_text.py" line="27"/>
        <source>Aucune fiche. Cet espace de travail est en lecture seule : rien ne peut y être importé ni créé.</source>
        <translation>No records. This workspace is read-only: nothing can be imported or created in it.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/counterparty_empty_text.py" line="33"/>
        <source>Aucune fiche ne correspond à la recherche. Vérifiez l&apos;orthographe ou raccourcissez la recherche.</source>
        <translation>No record matches the search. Check the spelling or shorten the search.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/counterparty_empty_text.py" line="37"/>
        <source>Aucune fiche ne correspond à la recherche et aux filtres. Vérifiez l&apos;orthographe, raccourcissez la recherche ou cliquez sur «&#xa0;{clear}&#xa0;».</source>
        <translation>No record matches the search and the filters. Check the spelling, shorten the search or click “{clear}”.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/counterparty_empty_text.py" line="44"/>
        <source>Aucune fiche ne correspond à la recherche et aux filtres. Vérifiez l&apos;orthographe, raccourcissez la recherche ou affichez les filtres ({keys}) pour les modifier ou les effacer.</source>
        <translation>No record matches the search and the filters. Check the spelling, shorten the search or show the filters ({keys}) to change or clear them.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/counterparty_empty_text.py" line="54"/>
        <source>Aucune fiche pour le moment. Importez-en avec «&#xa0;{import_action}&#xa0;» (menu Fichier) ou créez-en une avec «&#xa0;{new}&#xa0;».</source>
        <translation>No records yet. Import some with “{import_action}” (File menu) or create one with “{new}”.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/counterparties_page.py" line="214"/>
        <location filename="../../src/srm_inclusif/ui/pages/counterparties_page.py" line="310"/>
        <source>Ajouter aux favoris</source>
        <translation>Add to favourites</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/counterparties_page.py" line="214"/>
        <location filename="../../src/srm_inclusif/ui/pages/counterparties_page.py" line="310"/>
        <source>Retirer des favoris</source>
        <translation>Remove from favourites</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/counterparties_page.py" line="319"/>
        <source>Fusionner</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/counterparties_page.py" line="320"/>
        <source>Sélectionnez exactement deux fiches (Ctrl+clic) pour les fusionner.</source>
        <translation>Select exactly two records (Ctrl+click) to merge them.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/counterparty_saved_searches.py" line="51"/>
        <source>(aucune)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/counterparty_saved_searches.py" line="68"/>
        <source>Enregistrer la recherche</source>
        <translation>Save search</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/counterparty_saved_searches.py" line="69"/>
        <source>Nom de la recherche :</source>
        <translation>Search name:</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/counterparty_saved_searches.py" line="89"/>
        <source>Supprimer la recherche «&#xa0;{name}&#xa0;»</source>
        <translation>Delete the search “{name}”</translation>
    </message>
</context>
<context>
    <name>CounterpartiesView</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/counterparties_view.py" line="65"/>
        <source>Rechercher</source>
        <extracomment>Facets and switches describing an inclusive structure: its family and kind, the type of service it offers, its network, a priority area. A seller&apos;s counterparties are client companies and public buyers: these are shown to a buyer only. Labels stay (RFAR, B-Corp, ISO 9001... are a client&apos;s too), so do places, sectors and the nature (siège, antenne).</extracomment>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/counterparties_view.py" line="75"/>
        <source>Recherches enregistrées</source>
        <translation>Saved searches</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/counterparties_view.py" line="77"/>
        <source>Enregistrer la recherche…</source>
        <translation>Save search…</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/counterparties_view.py" line="78"/>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/counterparties_view.py" line="79"/>
        <source>Supprimer la recherche enregistrée choisie</source>
        <translation>Delete the chosen saved search</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/counterparties_view.py" line="167"/>
        <source>Liste</source>
        <translation>List</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/counterparties_view.py" line="94"/>
        <source>Colonnes affichées</source>
        <translation>Columns shown</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/counterparties_view.py" line="69"/>
        <source>↓ pour parcourir la liste, Entrée pour ouvrir la fiche choisie (ou la première), Échap pour effacer la recherche, Ctrl+F pour y revenir</source>
        <translation>↓ to browse the list, Enter to open the chosen record (or the first one), Esc to clear the search, Ctrl+F to come back here</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/counterparties_view.py" line="85"/>
        <source>Masquer les filtres</source>
        <translation>Hide filters</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/counterparties_view.py" line="205"/>
        <source>Nouvelle fiche</source>
        <translation>New record</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/counterparties_view.py" line="206"/>
        <source>Ouvrir la fiche</source>
        <translation>Open record</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/counterparties_view.py" line="207"/>
        <source>Ouvrir la fiche (Entrée ou double-clic)</source>
        <translation>Open record (Enter or double-click)</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/counterparties_view.py" line="208"/>
        <source>Favori ★</source>
        <translation>Favourite ★</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/counterparties_view.py" line="210"/>
        <source>Fusionner…</source>
        <translation>Merge…</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/counterparties_view.py" line="211"/>
        <source>Besoin et présélection…</source>
        <translation>Need and shortlist…</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/counterparties_view.py" line="212"/>
        <source>Ajouter à une liste…</source>
        <translation>Add to a list…</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/counterparties_view.py" line="214"/>
        <source>Listes…</source>
        <translation>Lists…</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/counterparties_view.py" line="215"/>
        <source>Contacts à anonymiser…</source>
        <translation>Contacts to anonymise…</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/counterparties_view.py" line="216"/>
        <source>Bilan d&apos;impact…</source>
        <translation>Impact report…</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/counterparties_view.py" line="217"/>
        <source>Les bilans d&apos;impact remis au client choisi</source>
        <translation>The impact reports given to the chosen client</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/counterparties_view.py" line="242"/>
        <source>Rechercher : nom, enseigne, ville, secteur, contact…</source>
        <translation>Search: name, trading name, town, sector, contact…</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/counterparties_view.py" line="243"/>
        <source>Rechercher : nom, enseigne, ville, secteur, offre, contact…</source>
        <translation>Search: name, trading name, town, sector, offer, contact…</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/counterparties_view.py" line="244"/>
        <location filename="../../src/srm_inclusif/ui/pages/counterparties_view.py" line="250"/>
        <source>Rechercher : nom, ville, secteur, contact…</source>
        <translation>Search: name, town, sector, contact…</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/counterparties_view.py" line="245"/>
        <source>Nom, ville, secteur, contact…</source>
        <translation>Name, town, sector, contact…</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/counterparties_view.py" line="245"/>
        <source>Rechercher…</source>
        <translation>Search…</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/counterparties_view.py" line="271"/>
        <source>Recherches :</source>
        <translation>Searches:</translation>
    </message>
</context>
<context>
    <name>CounterpartyCard</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/follow_up.py" line="152"/>
        <source>Achats par année (HT)</source>
        <translation>Purchases per year (excl. VAT)</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/follow_up.py" line="154"/>
        <source>Ventes par année (HT)</source>
        <translation>Sales per year (excl. VAT)</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/follow_up.py" line="47"/>
        <source>Achats…</source>
        <extracomment>Hand-edited fields are listed in the order of the card. The titles and buttons given an Alt letter, in reading order.</extracomment>
        <translation>Purchases…</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/follow_up.py" line="49"/>
        <source>Ventes…</source>
        <translation>Sales…</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/follow_up.py" line="51"/>
        <source>Voir, saisir, modifier ou supprimer les montants HT de la structure, un par facture, commande ou paiement.</source>
        <translation>View, enter, edit or delete the structure&apos;s amounts excl. VAT, one per invoice, order or payment.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/follow_up.py" line="54"/>
        <source>Voir, saisir, modifier ou supprimer les montants HT vendus à ce client, un par facture, commande ou paiement.</source>
        <translation>View, enter, edit or delete the amounts excl. VAT sold to this client, one per invoice, order or payment.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/follow_up.py" line="125"/>
        <source>Aucun montant enregistré.</source>
        <translation>No amount recorded.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/follow_up.py" line="138"/>
        <source>{basis} {amount}</source>
        <translation>{basis} {amount}</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/follow_up.py" line="140"/>
        <source>{year}&#xa0;: {totals}</source>
        <translation>{year}: {totals}</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/follow_up.py" line="158"/>
        <source>Contrats</source>
        <translation>Contracts</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/follow_up.py" line="166"/>
        <source>Aucun contrat.</source>
        <translation>No contract.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/follow_up.py" line="169"/>
        <source>Historique de la relation</source>
        <translation>Relationship history</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/follow_up.py" line="172"/>
        <source>{day} : {stage}</source>
        <translation>{day}: {stage}</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/follow_up.py" line="178"/>
        <source>Aucune étape enregistrée.</source>
        <translation>No stage recorded.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/follow_up.py" line="184"/>
        <source> – fin le {day}</source>
        <translation> – ends on {day}</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/follow_up.py" line="189"/>
        <source> (depuis {stage})</source>
        <translation> (from {stage})</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/follow_up.py" line="211"/>
        <source>Créée le %1</source>
        <translation>Created on %1</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/follow_up.py" line="219"/>
        <source>saisie manuelle</source>
        <translation>entered by hand</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/follow_up.py" line="222"/>
        <source>Source : %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/follow_up.py" line="223"/>
        <source>(réf. %1)</source>
        <translation>(ref. %1)</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/follow_up.py" line="228"/>
        <source>Dernier import : %1</source>
        <translation>Last import: %1</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/follow_up.py" line="234"/>
        <source>absent</source>
        <translation>missing</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/follow_up.py" line="235"/>
        <source>invalide</source>
        <translation>invalid</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/follow_up.py" line="236"/>
        <source>à vérifier</source>
        <translation>to be checked</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/follow_up.py" line="239"/>
        <source>SIRET : %1</source>
        <translation>SIRET: %1</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/follow_up.py" line="243"/>
        <source>Champs modifiés à la main (protégés des imports) : %1</source>
        <translation>Fields edited by hand (protected from imports): %1</translation>
    </message>
</context>
<context>
    <name>CounterpartyFields</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/field_labels.py" line="12"/>
        <source>Nom</source>
        <extracomment>Field → label (translated in the CounterpartyFields context).</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/field_labels.py" line="13"/>
        <source>Enseigne</source>
        <translation>Brand</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/field_labels.py" line="14"/>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/field_labels.py" line="15"/>
        <source>Siège ou antenne</source>
        <translation>Head office or branch</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/field_labels.py" line="16"/>
        <source>Type de structure</source>
        <translation>Structure type</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/field_labels.py" line="17"/>
        <source>Forme juridique</source>
        <translation>Legal form</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/field_labels.py" line="18"/>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/field_labels.py" line="19"/>
        <source>Code postal</source>
        <translation>Post code</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/field_labels.py" line="20"/>
        <source>Ville</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/field_labels.py" line="21"/>
        <source>Types de prestation</source>
        <translation>Service types</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/field_labels.py" line="22"/>
        <source>Réseaux</source>
        <translation>Networks</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/field_labels.py" line="23"/>
        <source>Autres métiers</source>
        <translation>Other trades</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/field_labels.py" line="24"/>
        <source>QPV</source>
        <translation>QPV</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/field_labels.py" line="25"/>
        <source>ZRR</source>
        <translation>ZRR</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/field_labels.py" line="26"/>
        <source>Effectif en insertion</source>
        <translation>Insertion headcount</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/field_labels.py" line="27"/>
        <source>Effectif permanent</source>
        <translation>Permanent headcount</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/field_labels.py" line="28"/>
        <source>Capacité</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/field_labels.py" line="29"/>
        <source>Site web</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/field_labels.py" line="30"/>
        <source>Réseau social</source>
        <translation>Social media page</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/field_labels.py" line="31"/>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/field_labels.py" line="32"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/field_labels.py" line="33"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/field_labels.py" line="34"/>
        <source>Fiche active</source>
        <translation>Active record</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/field_labels.py" line="35"/>
        <source>Offres</source>
        <translation>Offers</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/field_labels.py" line="36"/>
        <source>Références clients</source>
        <translation>Client references</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/field_labels.py" line="37"/>
        <source>Secteurs</source>
        <translation>Sectors</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/field_labels.py" line="38"/>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
</context>
<context>
    <name>CounterpartyTableModel</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/models/counterparty_table.py" line="99"/>
        <source>Nom</source>
        <extracomment>Sort key of the query for each column. Rows read at a time: a bit more than a full-screen list shows. Pages kept in memory (the first one always): beyond, the least recently shown is dropped. Up to this many pages not in memory, the ids of chosen rows are read page by page. What marks a favourite, in its cells and as its column&apos;s title. The roles a column title answers with its name in words (hovered, or read aloud).</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/models/counterparty_table.py" line="99"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/models/counterparty_table.py" line="99"/>
        <source>Ville</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/models/counterparty_table.py" line="99"/>
        <source>Siège ou antenne</source>
        <translation>Head office or branch</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/models/counterparty_table.py" line="100"/>
        <source>Dépt</source>
        <translation>Dept</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/models/counterparty_table.py" line="100"/>
        <source>Secteurs</source>
        <translation>Sectors</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/models/counterparty_table.py" line="100"/>
        <source>Labels valides</source>
        <translation>Valid labels</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/models/counterparty_table.py" line="103"/>
        <source>Département</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/models/counterparty_table.py" line="104"/>
        <source>Favori</source>
        <translation>Favourite</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/models/counterparty_table.py" line="101"/>
        <source>Étape</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/models/counterparty_table.py" line="101"/>
        <source>Prochaine échéance</source>
        <translation>Next deadline</translation>
    </message>
</context>
<context>
    <name>CriteriaDialog</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/criteria_dialog.py" line="34"/>
        <source>Critères des retours d&apos;expérience</source>
        <extracomment>Role of a row&apos;s stored criterion: (id, key, label as stored).</extracomment>
        <translation>Feedback criteria</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/criteria_dialog.py" line="37"/>
        <source>Critère</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/criteria_dialog.py" line="37"/>
        <source>Poids</source>
        <translation>Weight</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/criteria_dialog.py" line="42"/>
        <source>Ajouter</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/criteria_dialog.py" line="44"/>
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/criteria_dialog.py" line="46"/>
        <source>Monter</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/criteria_dialog.py" line="46"/>
        <source>Descendre</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/criteria_dialog.py" line="58"/>
        <source>Les retours déjà saisis gardent les poids de leur date ; un critère retiré reste dans l&apos;historique.</source>
        <translation>Feedback already entered keeps the weights of its date; a removed criterion stays in the history.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/dashboard_page.py" line="154"/>
        <source>Tableau de bord — {name}</source>
        <translation>Dashboard — {name}</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/dashboard_page.py" line="155"/>
        <source>Tableau de bord</source>
        <translation>Dashboard</translation>
    </message>
</context>
<context>
    <name>DayEdit</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/day_edit.py" line="108"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/decision_dialog.py" line="50"/>
        <source>Décision go / no go</source>
        <translation>Go / no go decision</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/decision_dialog.py" line="51"/>
        <source>Go : poursuivre avec un contrat</source>
        <translation>Go: continue with a contract</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/decision_dialog.py" line="53"/>
        <source>No go : arrêter la relation</source>
        <translation>No go: end the relationship</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/decision_dialog.py" line="66"/>
        <source>Décider sans retour d&apos;expérience</source>
        <translation>Decide without feedback</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/decision_dialog.py" line="70"/>
        <source>Pourquoi décider sans retour ?</source>
        <translation>Why decide without feedback?</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/decision_dialog.py" line="75"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/decision_dialog.py" line="76"/>
        <source>Raison</source>
        <translation>Reason</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/srm_inclusif/ui/lifecycle/decision_dialog.py" line="80"/>
        <source>%n retour(s) d&apos;expérience saisi(s).</source>
        <translation>
            <numerusform>%n feedback entry recorded.</numerusform>
            <numerusform>%n feedback entries recorded.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/decision_dialog.py" line="83"/>
        <source>Aucun retour d&apos;expérience n&apos;a été saisi.</source>
        <translation>No feedback has been entered.</translation>
    </message>
</context>
<context>
    <name>DetectionPage</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/detection_page.py" line="45"/>
        <source>Détection</source>
        <translation>Detection</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/detection_page.py" line="46"/>
        <source>Format, encodage, séparateur et premières lignes lues.</source>
        <translation>Format, encoding, separator and first lines read.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/detection_page.py" line="58"/>
        <source>Si le texte ou les colonnes sont mal lus, choisissez l&apos;encodage ou le séparateur : l&apos;aperçu est relu.</source>
        <translation>If the text or the columns are misread, choose the encoding or the separator: the preview is read again.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/detection_page.py" line="70"/>
        <source>Encodage :</source>
        <translation>Encoding:</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/detection_page.py" line="71"/>
        <source>Séparateur :</source>
        <translation>Separator:</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/detection_page.py" line="98"/>
        <source>Les {count} feuilles de ce classeur dont l&apos;en-tête est reconnu sont lues, chacune à part : passez de l&apos;une à l&apos;autre dans la liste ci-dessus.</source>
        <translation>The {count} sheets of this workbook with a recognised header are read, each on its own: switch between them in the list above.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/detection_page.py" line="114"/>
        <source>Format : &lt;b&gt;{format}&lt;/b&gt; — &lt;b&gt;{workbook}&lt;/b&gt;, feuille &lt;b&gt;{sheet}&lt;/b&gt; — ligne d&apos;en-tête : &lt;b&gt;{header}&lt;/b&gt;</source>
        <translation>Format: &lt;b&gt;{format}&lt;/b&gt; — &lt;b&gt;{workbook}&lt;/b&gt;, sheet &lt;b&gt;{sheet}&lt;/b&gt; — header line: &lt;b&gt;{header}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/detection_page.py" line="108"/>
        <source>Unités légales SIRENE (noms)</source>
        <translation>SIRENE legal units (names)</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/detection_page.py" line="120"/>
        <source>Format : &lt;b&gt;{format}&lt;/b&gt; — encodage : &lt;b&gt;{encoding}&lt;/b&gt; — séparateur : &lt;b&gt;{delimiter}&lt;/b&gt; — ligne d&apos;en-tête : &lt;b&gt;{header}&lt;/b&gt;</source>
        <translation>Format: &lt;b&gt;{format}&lt;/b&gt; — encoding: &lt;b&gt;{encoding}&lt;/b&gt; — separator: &lt;b&gt;{delimiter}&lt;/b&gt; — header row: &lt;b&gt;{header}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/detection_page.py" line="146"/>
        <source>Fichier illisible ainsi</source>
        <translation>File unreadable this way</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/detection_page.py" line="163"/>
        <source>Le séparateur choisi, {chosen}, ne découpe aucune ligne de « {file} » en colonnes.</source>
        <translation>The chosen separator, {chosen}, splits no line of “{file}” into columns.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/detection_page.py" line="166"/>
        <source>Le fichier reste lu avec {kept}, choisi avant.</source>
        <translation>The file stays read with {kept}, chosen earlier.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/detection_page.py" line="168"/>
        <source>Séparateur détecté : {kept} ; le fichier reste lu avec lui.</source>
        <translation>Separator detected: {kept}; the file stays read with it.</translation>
    </message>
</context>
<context>
    <name>DryRunPage</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/dry_run_page.py" line="61"/>
        <source>Simulation</source>
        <translation>Dry run</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/dry_run_page.py" line="62"/>
        <source>Ce que l&apos;import ferait. Rien n&apos;est encore enregistré.</source>
        <translation>What the import would do. Nothing has been saved yet.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/dry_run_page.py" line="28"/>
        <location filename="../../src/srm_inclusif/ui/import_wizard/dry_run_page.py" line="73"/>
        <source>Simulation en cours…</source>
        <translation>Dry run in progress…</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/dry_run_page.py" line="31"/>
        <source>Aucune ligne importable : corrigez le fichier ou la correspondance des colonnes.</source>
        <translation>No line can be imported: correct the file or the column mapping.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/dry_run_page.py" line="36"/>
        <source>Relancer la simulation</source>
        <translation>Run the dry run again</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/dry_run_page.py" line="39"/>
        <source>Tout ou rien : ne rien importer si une ligne est rejetée</source>
        <translation>All or nothing: import nothing if a row is rejected</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/dry_run_page.py" line="57"/>
        <source>Import en cours</source>
        <translation>Importing</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/dry_run_page.py" line="58"/>
        <source>Les lignes sont enregistrées dans l&apos;espace de travail. « Annuler » arrête l&apos;import sans rien changer.</source>
        <translation>The lines are being saved to the workspace. “Cancel” stops the import without changing anything.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/dry_run_page.py" line="93"/>
        <source>Simulation interrompue : rien n&apos;a été importé. Relancez-la, ou revenez en arrière pour changer de fichier ou de réglages.</source>
        <translation>Dry run interrupted: nothing was imported. Run it again, or go back to change the file or the settings.</translation>
    </message>
</context>
<context>
    <name>EntryList</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/offers_panel.py" line="97"/>
        <source>Retire la ligne choisie (touche Suppr)</source>
        <extracomment>Lines of a description shown in its row (the whole text is in the cell&apos;s tooltip). Lines of the editor that opens on a description.</extracomment>
        <translation>Removes the selected line (Delete key)</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/errors.py" line="22"/>
        <source>« {path} » n&apos;est pas un espace de travail SRM Inclusif. Le fichier n&apos;a pas été modifié.</source>
        <translation>“{path}” is not an SRM Inclusif workspace. The file was not changed.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/errors.py" line="27"/>
        <source>« {path} » est une base SQLite qui n&apos;est pas un espace de travail SRM Inclusif. Le fichier n&apos;a pas été modifié.</source>
        <translation>“{path}” is an SQLite database but not an SRM Inclusif workspace. The file was not changed.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/errors.py" line="32"/>
        <source>« {path} » est endommagé et ne peut pas être ouvert. Le fichier n&apos;a pas été modifié ; restaurez une sauvegarde.

Détail technique : {detail}</source>
        <translation>“{path}” is damaged and cannot be opened. The file was not changed; restore a backup.

Technical detail: {detail}</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/errors.py" line="37"/>
        <source>« {path} » a été créé par une version plus récente de SRM Inclusif (schéma {revision}). Mettez l&apos;application à jour pour l&apos;ouvrir ; le fichier n&apos;a pas été modifié.</source>
        <translation>“{path}” was made by a newer version of SRM Inclusif (schema {revision}). Update the application to open it; the file was not changed.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/errors.py" line="52"/>
        <source>Une erreur inattendue a interrompu l&apos;opération. Réessayez ; si elle revient, signalez-la avec ce détail technique :

{detail}</source>
        <translation>An unexpected error stopped the operation. Try again; if it happens again, report it with this technical detail:

{detail}</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/errors.py" line="77"/>
        <source>Accès refusé à « {path} » : choisissez un autre dossier ou fermez le programme qui utilise le fichier.</source>
        <translation>Access to “{path}” was refused: choose another folder or close the program that uses the file.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/errors.py" line="81"/>
        <source>« {path} » est introuvable (dossier supprimé ou déplacé ?).</source>
        <translation>“{path}” cannot be found (folder deleted or moved?).</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/errors.py" line="84"/>
        <source>Erreur du système : {detail}.</source>
        <translation>System error: {detail}.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/errors.py" line="86"/>
        <source>« {path} » n&apos;a pas pu être lu ou écrit ({detail}).</source>
        <translation>“{path}” could not be read or written ({detail}).</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/importer.py" line="50"/>
        <source>Aucun fichier à importer.</source>
        <translation>No file to import.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/importer.py" line="51"/>
        <source>L&apos;archive « {name} » ne contient aucun tableau.</source>
        <translation>The archive “{name}” holds no table.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/importer.py" line="52"/>
        <source>{names} : unités légales SIRENE seulement, qui donnent les noms des établissements et aucun établissement. Ajoutez le fichier des établissements (StockEtablissement) au même import.</source>
        <translation>{names}: SIRENE legal units only, which give the establishments&apos; names but no establishment. Add the establishments file (StockEtablissement) to the same import.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/importer.py" line="56"/>
        <source>Aucune ligne importable dans {names} : {rejected}.</source>
        <translation>No line can be imported from {names}: {rejected}.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/importer.py" line="58"/>
        <source>la seule ligne est rejetée</source>
        <translation>its only line is rejected</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/importer.py" line="59"/>
        <source>les {count} lignes sont rejetées</source>
        <translation>all {count} lines are rejected</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/marche_api.py" line="14"/>
        <source>« {name} » n&apos;est pas un JSON valide : erreur ligne {line}, colonne {column}.</source>
        <translation>“{name}” is not valid JSON: error at line {line}, column {column}.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/marche_api.py" line="16"/>
        <source>« {name} » n&apos;est pas un JSON valide : le fichier s&apos;arrête avant la fin du document (enregistrement interrompu ?).</source>
        <translation>“{name}” is not valid JSON: the file stops before the end of the document (was saving interrupted?).</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/marche_api.py" line="19"/>
        <source>« {name} » n&apos;est pas un JSON valide : son texte n&apos;est ni en UTF-8 ni en Windows-1252.</source>
        <translation>“{name}” is not valid JSON: its text is neither UTF-8 nor Windows-1252.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/marche_api.py" line="22"/>
        <source>« {name} » n&apos;est pas une page de l&apos;API du Marché de l&apos;inclusion (liste « results » attendue).</source>
        <translation>“{name}” is not a page of the Marché de l&apos;inclusion API (a “results” list was expected).</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/marche_api.py" line="25"/>
        <source>« {name} » ne contient aucune structure.</source>
        <translation>“{name}” holds no structure.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/sniff.py" line="45"/>
        <source>Le fichier « {name} » est introuvable.</source>
        <extracomment>How an archive of no file starts (its end record alone). Excel&apos;s « Texte Unicode » (UTF-16 little-endian with its BOM), and the big-endian one. The codec of such a file: it reads the BOM to know the byte order (and drops it). Extensions of workbooks: such a file that is no workbook is called a damaged workbook. Bytes no text table holds: control characters but tab, line breaks, form feed and escape. The control bytes that make a file binary: a vertical tab is a line break in a cell.</extracomment>
        <translation>The file “{name}” cannot be found.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/sniff.py" line="46"/>
        <source>« {name} » est un dossier, pas un fichier : choisissez un fichier à importer.</source>
        <translation>“{name}” is a folder, not a file: choose a file to import.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/sniff.py" line="48"/>
        <source>« {name} » est l&apos;espace de travail ouvert (ou l&apos;un de ses fichiers) : il ne s&apos;importe pas. Choisissez un fichier de fournisseurs ou d&apos;achats.</source>
        <translation>« {name} » is the open workspace (or one of its files): it cannot be imported. Choose a file of suppliers or purchases.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/sniff.py" line="51"/>
        <source>« {name} » n&apos;est pas un classeur lisible : le fichier est endommagé ou n&apos;est pas du format que son extension annonce.</source>
        <translation>“{name}” is not a readable workbook: the file is damaged or not in the format its extension announces.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/sniff.py" line="54"/>
        <source>« {name} » est un document PDF, pas un tableau : exportez les données en CSV ou en classeur (XLSX, ODS), puis importez ce fichier.</source>
        <translation>“{name}” is a PDF document, not a table: export the data as CSV or as a workbook (XLSX, ODS), then import that file.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/sniff.py" line="57"/>
        <source>Le fichier « {name} » est vide.</source>
        <translation>The file “{name}” is empty.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/sniff.py" line="58"/>
        <source>« {name} » n&apos;est pas un fichier texte, ni un classeur reconnu ({formats_label} attendu).</source>
        <translation>“{name}” is neither a text file nor a recognised workbook ({formats_label} expected).</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/sniff.py" line="62"/>
        <source>Le classeur « {name} » est endommagé.</source>
        <translation>The workbook “{name}” is damaged.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/sniff.py" line="61"/>
        <source>L&apos;archive « {name} » est endommagée.</source>
        <translation>The archive “{name}” is damaged.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/table_plan.py" line="42"/>
        <source>« {name} » ne contient aucune donnée.</source>
        <extracomment>The first rows with text a header is looked for in. The data rows below the header the wizard previews. The first rows of a table read to plan it: where its header is looked for, then its preview.</extracomment>
        <translation>“{name}” holds no data.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/table_plan.py" line="43"/>
        <source>« {name} » ne contient aucune ligne de données sous la ligne d&apos;en-tête.</source>
        <translation>“{name}” holds no data row below its header row.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/table_plan.py" line="45"/>
        <source>« {name} », feuille « {sheet} » : aucune ligne de données sous la ligne d&apos;en-tête.</source>
        <translation>“{name}”, sheet “{sheet}”: no data row below the header row.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/table_plan.py" line="48"/>
        <source>« {name} » : une seule colonne par ligne ; le séparateur n&apos;est pas reconnu (séparateurs reconnus : {separators}) ou ce n&apos;est pas un tableau. Colonnes attendues : {expected}…</source>
        <translation>“{name}”: one column per line; the separator is not recognised (recognised separators: {separators}) or this is not a table. Expected columns: {expected}…</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/table_plan.py" line="52"/>
        <source>« {name} » : aucune colonne reconnue dans les {rows} premières lignes. Colonnes attendues : {expected}…</source>
        <translation>“{name}”: no known column in the first {rows} lines. Expected columns: {expected}…</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/table_plan.py" line="55"/>
        <source>« {name} » : aucune colonne reconnue dans les {rows} premières lignes de ses feuilles ({sheets}). Colonnes attendues : {expected}…</source>
        <translation>“{name}”: no known column in the first {rows} rows of its sheets ({sheets}). Expected columns: {expected}…</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/table_plan.py" line="58"/>
        <source>Format inconnu : « {format} ».</source>
        <translation>Unknown format: “{format}”.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/table_plan.py" line="59"/>
        <source>« {name} » : aucune colonne ne donne la raison sociale (colonnes trouvées : {columns}). Indiquez-la dans la correspondance des colonnes.</source>
        <translation>“{name}”: no column gives the company name (columns found: {columns}). Set it in the column mapping.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/table_plan.py" line="62"/>
        <source>« {name} » : aucune colonne ne donne le montant et le SIRET ou la raison sociale du fournisseur. Indiquez-les dans la correspondance des colonnes.</source>
        <translation>“{name}”: no columns give the amount and the supplier&apos;s SIRET or company name. Choose them in the column mapping.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/tabular.py" line="21"/>
        <source>« {name} », ligne {line} : cellule démesurée, le fichier ne semble pas être un tableau.</source>
        <translation>“{name}”, line {line}: an oversized cell; the file does not look like a table.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/tabular.py" line="24"/>
        <source>« {name} » : trop de guillemets ouverts sur une ligne et refermés plus bas ou jamais (le dernier à la ligne {line}) ; le fichier ne semble pas être un tableau.</source>
        <translation>“{name}”: too many quotes opened on a line and closed further down or never (the last one on line {line}); the file does not look like a table.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/workbooks.py" line="21"/>
        <source>Le classeur « {name} » est illisible : fichier endommagé ou d&apos;un format non pris en charge.</source>
        <extracomment>A sheet of a workbook: its name and its first rows.</extracomment>
        <translation>The workbook “{name}” cannot be read: the file is damaged or in an unsupported format.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/workbooks.py" line="24"/>
        <source>Le classeur ne contient aucune feuille.</source>
        <translation>The workbook has no sheet.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/backup.py" line="36"/>
        <source>La copie ne peut pas remplacer l&apos;espace de travail ouvert : choisissez un autre nom ou un autre dossier.</source>
        <extracomment>Reason of a copy the user asked for (« Sauvegarder maintenant »); such copies are all kept. Suffix of a copy being written; it takes the target&apos;s name only once complete. A copy still being written after this long was abandoned (the app was closed or crashed).</extracomment>
        <translation>The copy cannot replace the open workspace: choose another name or folder.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/backup.py" line="39"/>
        <source>« {path} » n&apos;est pas une sauvegarde de cet espace de travail : il n&apos;a pas été supprimé.</source>
        <translation>“{path}” is not a backup of this workspace: it has not been deleted.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/backup.py" line="42"/>
        <source>La sauvegarde « {path} » n&apos;est plus dans le dossier des sauvegardes (supprimée entre-temps ?).</source>
        <translation>The backup “{path}” is no longer in the backups folder (deleted meanwhile?).</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/backup.py" line="45"/>
        <source>La sauvegarde « {path} » n&apos;a pas pu être supprimée ({detail}) : fermez le programme qui l&apos;utilise, ou vérifiez que vous pouvez modifier le dossier « {folder} », puis recommencez. La copie est toujours là.</source>
        <translation>The backup “{path}” could not be deleted ({detail}): close the program using it, or check that you may change the folder “{folder}”, then try again. The copy is still there.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/backup.py" line="49"/>
        <source>Impossible d&apos;écrire la copie de sauvegarde dans « {folder} » ({detail}) : vérifiez que vous pouvez écrire dans ce dossier et qu&apos;il reste de la place sur le disque, puis recommencez. Aucune copie n&apos;a été faite.</source>
        <translation>The backup copy could not be written in « {folder} » ({detail}): check that you can write in this folder and that the disk has space left, then try again. No copy was made.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/backup.py" line="53"/>
        <source>Impossible d&apos;écrire la copie de l&apos;état actuel dans « {folder} » ({detail}) : vérifiez que vous pouvez écrire dans ce dossier et qu&apos;il reste de la place sur le disque, puis recommencez. La restauration n&apos;a pas été faite : l&apos;espace de travail n&apos;a pas été modifié.</source>
        <translation>Could not write the copy of the current state in « {folder} » ({detail}): check that you can write in this folder and that there is space left on the disk, then try again. The restore was not done: the workspace was not changed.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/page_copy.py" line="22"/>
        <source>La copie de « {path} » n&apos;avance plus : un autre programme bloque le fichier. Fermez les autres fenêtres ou programmes qui l&apos;utilisent, puis recommencez. Aucune copie n&apos;a été faite.</source>
        <extracomment>Bytes an online backup copies per step: a few MB, so that progress moves and Cancel answers. Steps in a row that copy nothing new (the copy waits or starts over) before it gives up.</extracomment>
        <translation>The copy of « {path} » no longer advances: another program is locking the file. Close the other windows or programs using it, then try again. No copy was made.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/identity_form.py" line="335"/>
        <source>{field} : nombre attendu ({text}).</source>
        <translation>{field}: number expected ({text}).</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/objective_dialog.py" line="250"/>
        <source>{what} est obligatoire.</source>
        <translation>{what} is required.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/objective_dialog.py" line="255"/>
        <source>{what} n&apos;est pas un nombre lisible : « {text} ».</source>
        <translation>{what} is not a readable number: “{text}”.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/charts/__init__.py" line="22"/>
        <source>Format d&apos;image non pris en charge : choisissez PNG, SVG ou PDF.</source>
        <translation>Image format not supported: choose PNG, SVG or PDF.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/feedback.py" line="42"/>
        <source>Une note va de 1 à 5 (reçu : {score}).</source>
        <extracomment>Below this change between two feedbacks, the trend is called stable.</extracomment>
        <translation>A score goes from 1 to 5 (got: {score}).</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/feedback.py" line="49"/>
        <source>Un poids doit être positif (reçu : {weight}).</source>
        <translation>A weight must be positive (got: {weight}).</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/feedback.py" line="76"/>
        <source>Un retour d&apos;expérience ne peut pas être daté du futur : le {day} est après aujourd&apos;hui ({today}).</source>
        <translation>A feedback cannot be dated in the future: {day} is after today ({today}).</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/lifecycle.py" line="45"/>
        <source>La relation est déjà à l&apos;étape « {stage_label} ».</source>
        <translation>The relationship is already at the “{stage_label}” stage.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/lifecycle.py" line="48"/>
        <source>L&apos;évaluation demande un contrat : créez d&apos;abord un marché test ou un contrat.</source>
        <translation>Evaluation needs a contract: first create a marché test or a contract.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/lifecycle.py" line="53"/>
        <source>« Contrat en cours » demande un contrat : créez-le d&apos;abord.</source>
        <translation>“Active contract” needs a contract: create it first.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/lifecycle.py" line="58"/>
        <source>Indiquez pourquoi la relation est arrêtée.</source>
        <translation>Say why the relationship is stopped.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/lifecycle.py" line="99"/>
        <source>La relation avec « {name} » est arrêtée : elle ne prend ni marché test, ni contrat, ni renouvellement. Rouvrez-la d&apos;abord en changeant son étape (« Changer d&apos;étape… » sur la page Relations).</source>
        <translation>The relationship with “{name}” is stopped: it takes no marché test, contract or renewal. Reopen it first by changing its stage (“Change stage…” on the Relationships page).</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/lifecycle.py" line="112"/>
        <source>Toutes les relations sont arrêtées : aucune ne prend de marché test ni de contrat. Rouvrez-en une en changeant son étape (« Changer d&apos;étape… » sur la page Relations), ou créez une nouvelle relation.</source>
        <translation>Every relationship is stopped: none takes a marché test or contract. Reopen one by changing its stage (“Change stage…” on the Relationships page), or create a new relationship.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/lifecycle.py" line="121"/>
        <source>« {title} » a déjà été renouvelé : renouvelez le contrat qui le suit.</source>
        <translation>“{title}” has already been renewed: renew the contract that follows it.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/lifecycle.py" line="131"/>
        <source>Aucun retour d&apos;expérience n&apos;a été saisi : saisissez-en un avant de décider, ou décidez sans retour en indiquant pourquoi.</source>
        <translation>No feedback has been entered: enter one before deciding, or decide without feedback and say why.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/lifecycle.py" line="136"/>
        <source>Indiquez pourquoi vous décidez sans retour d&apos;expérience.</source>
        <translation>Say why you decide without feedback.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/lifecycle.py" line="143"/>
        <source>« {title} » n&apos;est pas un marché test : seul un marché test reçoit une décision go / no go (un contrat se renouvelle ou prend fin).</source>
        <translation>“{title}” is not a marché test: only a marché test takes a go / no go decision (a contract is renewed or comes to an end).</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/lifecycle.py" line="151"/>
        <source>Indiquez la raison du « no go » : la relation sera arrêtée.</source>
        <translation>Give the reason for the “no go”: the relationship will be stopped.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/oeth.py" line="106"/>
        <source>L&apos;effectif doit être positif et le nombre de BOETH positif ou nul.</source>
        <translation>The headcount must be positive and the number of BOETH zero or more.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/payout.py" line="52"/>
        <source>Le réalisé d&apos;un objectif ne peut pas être négatif.</source>
        <translation>An objective&apos;s actual cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/payout.py" line="98"/>
        <source>La cible d&apos;un objectif où plus bas est mieux doit être positive ou nulle.</source>
        <extracomment>The largest target an objective may have, by unit; any other unit (typed for a manual indicator) gets ``MAX_TARGET``. ``99999999999999999999999`` h was accepted, and widened the objectives&apos; columns until they were cut.</extracomment>
        <translation>The target of an objective where lower is better must be zero or more.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/payout.py" line="111"/>
        <source>La cible ne peut pas dépasser {limit}. Vérifiez le nombre de chiffres.</source>
        <translation>The target cannot exceed {limit}. Check the number of digits.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/payout.py" line="124"/>
        <source>Les seuils doivent vérifier : 0 ≤ déclenchement ≤ cible ≤ plafond.</source>
        <translation>The thresholds must satisfy: 0 ≤ trigger ≤ target ≤ cap.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/payout.py" line="158"/>
        <source>Courbe de paiement inconnue : {curve}</source>
        <translation>Unknown payout curve: {curve}</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/feedback_exchange.py" line="137"/>
        <source>« {name} » n&apos;est pas un fichier de retour d&apos;expérience lisible ({detail}).</source>
        <translation>“{name}” is not a readable feedback file ({detail}).</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/feedback_exchange.py" line="144"/>
        <source>« {name} » ne contient pas de réponse.</source>
        <translation>“{name}” contains no reply.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/feedback_exchange.py" line="182"/>
        <source>Référence illisible dans « {name} » : {reference}.</source>
        <translation>Unreadable reference in “{name}”: {reference}.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/feedback_exchange.py" line="201"/>
        <source>Date de réponse illisible : {value}.</source>
        <translation>Unreadable reply date: {value}.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/feedback_exchange.py" line="207"/>
        <source>Cette réponse (référence {reference}) ne correspond pas au retour d&apos;expérience {expected}.</source>
        <translation>This reply (reference {reference}) does not match feedback {expected}.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/import_worker.py" line="36"/>
        <source>La lecture du fichier s&apos;est arrêtée de façon inattendue (code {code}) : rien n&apos;a été importé.</source>
        <translation>Reading the file stopped unexpectedly (code {code}): nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/sheets_export.py" line="193"/>
        <source>Aucune fiche objectifs à exporter.</source>
        <extracomment>False when weights miss 100 %, an actual is missing or the period is not over (exported with ``--provisoire``). True when weights miss 100 % or an actual is missing: not only a period still running.</extracomment>
        <translation>No objective sheet to export.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/sheets_export.py" line="200"/>
        <source>Format d&apos;export inconnu : {unknown}.</source>
        <translation>Unknown export format: {unknown}.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/sheets_export.py" line="204"/>
        <source>L&apos;export PDF n&apos;est pas disponible ici.</source>
        <translation>PDF export is not available here.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/demo.py" line="75"/>
        <source>Cet espace de travail contient déjà des données : la démonstration ne peut être créée que dans un espace vide.</source>
        <extracomment>Clients an inclusive structure names as references ({place}: its town), with what was done.</extracomment>
        <translation>This workspace already holds data: the demo can only be created in an empty workspace.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/actions.py" line="54"/>
        <location filename="../../src/srm_inclusif/storage/services/actions.py" line="84"/>
        <source>Décrivez l&apos;action à mener.</source>
        <translation>Describe the action to take.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/actions.py" line="56"/>
        <source>Une action se rattache à une relation ou à un retour d&apos;expérience.</source>
        <translation>An action belongs to a relationship or to a feedback.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/counterparty_edit.py" line="52"/>
        <source>Cette fiche n&apos;existe plus.</source>
        <extracomment>Plain columns a user may edit on the card. Lists of ``{&quot;name&quot;, &quot;description&quot;}`` entries (offers, client references), edited whole. Editable values kept in linked tables.</extracomment>
        <translation>This record no longer exists.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/contacts.py" line="180"/>
        <source>Ce contact n&apos;existe plus.</source>
        <extracomment>The fields that identify a person, erased by anonymising.</extracomment>
        <translation>This contact no longer exists.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/contacts.py" line="198"/>
        <source>Un contact doit avoir un nom ou une fonction.</source>
        <translation>A contact needs a name or a job title.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/contract_rules.py" line="31"/>
        <source>Donnez un intitulé au contrat.</source>
        <translation>Give the contract a title.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/contract_rules.py" line="50"/>
        <source>Le montant HT ne peut pas être négatif.</source>
        <translation>The amount excl. VAT cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/contract_rules.py" line="35"/>
        <source>La date de fin précède la date de début.</source>
        <translation>The end date is before the start date.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/contract_rules.py" line="21"/>
        <source>Montant HT : {amount}, un milliard d&apos;euros ou plus. Vérifiez le nombre de zéros.</source>
        <extracomment>A contract amount of a billion euros or more: a slip of zeros, as for a purchase typed.</extracomment>
        <translation>Amount excl. VAT: {amount}, one billion euros or more. Check the number of zeros.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/contract_rules.py" line="23"/>
        <source>Date : le {day} précède le début du marché test « {title} » ({start}). La décision se prend une fois le test commencé.</source>
        <translation>Date: {day} is before the start of the marché test “{title}” ({start}). The decision is taken once the test has started.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/contract_rules.py" line="38"/>
        <source>Le préavis ne peut pas être négatif.</source>
        <translation>The notice period cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/contract_rules.py" line="42"/>
        <source>Les heures d&apos;insertion ne peuvent pas être négatives.</source>
        <translation>Insertion hours cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/contract_decisions.py" line="59"/>
        <source>Ce marché test a déjà une décision.</source>
        <translation>This marché test already has a decision.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/counterparty_edit.py" line="53"/>
        <source>Secteur inconnu : {sectors}</source>
        <translation>Unknown sector: {sectors}</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/counterparty_edit.py" line="54"/>
        <source>Le nom est obligatoire.</source>
        <translation>The name is required.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/counterparty_edit.py" line="55"/>
        <source>Champs inconnus : {fields}.</source>
        <translation>Unknown fields: {fields}.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/counterparty_edit.py" line="56"/>
        <source>Adresse e-mail invalide : {email}</source>
        <translation>Invalid email address: {email}</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/counterparty_edit.py" line="57"/>
        <source>Siège ou antenne : code inconnu « {nature} » (HEAD_OFFICE pour un siège, ANTENNA pour une antenne).</source>
        <translation>Head office or branch: unknown code « {nature} » (HEAD_OFFICE for a head office, ANTENNA for a branch).</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/counterparty_edit.py" line="64"/>
        <source>Une offre n&apos;a pas de nom (description : « {description} ») : indiquez son nom ou retirez la ligne. Rien n&apos;a été enregistré.</source>
        <extracomment>The longest text each problem of an entry is about (``{limit}`` in its sentence). Why an offer or client reference is refused, by field and problem.</extracomment>
        <translation>An offer has no name (description: “{description}”): enter its name or remove the line. Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/counterparty_edit.py" line="67"/>
        <source>Offre « {name} » : le nom ne doit pas dépasser {limit} caractères.</source>
        <translation>Offer “{name}”: the name must not be longer than {limit} characters.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/counterparty_edit.py" line="69"/>
        <source>Offre « {name} » : la description ne doit pas dépasser {limit} caractères.</source>
        <translation>Offer “{name}”: the description must not be longer than {limit} characters.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/counterparty_edit.py" line="74"/>
        <source>Référence client « {name} » : le nom ne doit pas dépasser {limit} caractères.</source>
        <translation>Client reference “{name}”: the name must not be longer than {limit} characters.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/counterparty_edit.py" line="77"/>
        <source>Référence client « {name} » : la description ne doit pas dépasser {limit} caractères.</source>
        <translation>Client reference “{name}”: the description must not be longer than {limit} characters.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/counterparty_edit.py" line="99"/>
        <source>{siret_label} invalide : {siret}.</source>
        <translation>Invalid {siret_label}: {siret}.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/counterparty_edit.py" line="71"/>
        <source>Une référence client n&apos;a pas de nom de client (description : « {description} ») : indiquez le client ou retirez la ligne. Rien n&apos;a été enregistré.</source>
        <translation>A client reference has no client name (description: “{description}”): enter the client or remove the line. Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/counterparty_edit.py" line="88"/>
        <source>{siret_label} invalide : seuls des chiffres sont attendus (14 chiffres).</source>
        <extracomment>Why a SIRET is refused, by reason of ``check_siret`` (&quot;&quot; for a reason not listed here): one whole sentence each, since the reason is a French label; ``{siret_label}`` says whose it is.</extracomment>
        <translation>Invalid {siret_label}: only digits are expected (14 digits).</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/counterparty_edit.py" line="90"/>
        <source>{siret_label} invalide : 14 chiffres attendus, {count} saisis.</source>
        <translation>Invalid {siret_label}: 14 digits expected, {count} entered.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/counterparty_edit.py" line="92"/>
        <source>{siret_label} invalide : le SIREN 000000000 est un numéro de remplissage, pas un vrai SIRET.</source>
        <translation>Invalid {siret_label}: SIREN 000000000 is a placeholder number, not a real SIRET.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/counterparty_edit.py" line="95"/>
        <source>{siret_label} invalide : ces 14 chiffres ne forment pas un vrai SIRET (un chiffre est sans doute faux ou inversé). Vérifiez-le sur une facture ou un extrait Kbis.</source>
        <translation>Invalid {siret_label}: these 14 digits do not form a real SIRET (a digit is probably wrong or swapped). Check it on an invoice or a Kbis extract.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/counterparty_edit.py" line="291"/>
        <source>Type de structure inconnu : {kind}</source>
        <translation>Unknown type of organisation: {kind}</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/counterparty_edit.py" line="311"/>
        <source>Code postal inconnu : {post_code}</source>
        <translation>Unknown post code: {post_code}</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/counterparty_edit.py" line="329"/>
        <source>Type de prestation inconnu : {service_types}</source>
        <translation>Unknown type of service: {service_types}</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/counterparty_edit.py" line="338"/>
        <source>Un effectif ne peut pas être négatif.</source>
        <translation>A headcount cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/counterparty_edit.py" line="385"/>
        <source>Un label doit avoir un nom.</source>
        <translation>A label needs a name.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/counterparty_edit.py" line="388"/>
        <source>Label {label} : la fin de validité précède son début.</source>
        <translation>Label {label}: its validity ends before it starts.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/feedback.py" line="119"/>
        <source>Chaque critère a besoin d&apos;un libellé.</source>
        <translation>Each criterion needs a label.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/feedback.py" line="164"/>
        <source>Notez au moins un critère.</source>
        <translation>Score at least one criterion.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/imports.py" line="152"/>
        <source>Donnez un nom au profil de correspondance.</source>
        <extracomment>The name its row carries (structure, or supplier of a purchase); empty when none. A rejected line&apos;s cells under its file&apos;s titles (``import_records.raw_line``), or None. The title of the file&apos;s column its field was read from (see ``RowIssue``), or &quot;&quot;.</extracomment>
        <translation>Give the column mapping profile a name.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/lifecycle_records.py" line="106"/>
        <source>Action introuvable (n° {id}).</source>
        <extracomment>Insertion order of a snapshot (parents before children). What a missing row is called, one message per kind of record (a label cannot be translated once filled in a sentence).</extracomment>
        <translation>Action not found (no. {id}).</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/lifecycle_records.py" line="107"/>
        <source>Contrat introuvable (n° {id}).</source>
        <translation>Contract not found (no. {id}).</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/lifecycle_records.py" line="108"/>
        <source>Fournisseur ou client introuvable (n° {id}).</source>
        <translation>Supplier or customer not found (no. {id}).</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/lifecycle_records.py" line="109"/>
        <source>Retour d&apos;expérience introuvable (n° {id}).</source>
        <translation>Feedback not found (no. {id}).</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/lifecycle_records.py" line="110"/>
        <source>Critère introuvable (n° {id}).</source>
        <translation>Criterion not found (no. {id}).</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/lifecycle_records.py" line="111"/>
        <source>Personne introuvable (n° {id}).</source>
        <translation>Person not found (no. {id}).</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/lifecycle_records.py" line="112"/>
        <source>Relation introuvable (n° {id}).</source>
        <translation>Relationship not found (no. {id}).</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/merge.py" line="86"/>
        <source>Choisissez deux fiches différentes à fusionner.</source>
        <extracomment>Child tables whose rows simply move to the kept counterparty (they have their own id). The kept record&apos;s offers / client references before entries of the duplicate joined them.</extracomment>
        <translation>Choose two different records to merge.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/merge.py" line="130"/>
        <source>Une des fiches à fusionner n&apos;existe plus.</source>
        <translation>One of the records to merge no longer exists.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/objective_entries.py" line="23"/>
        <source>Fiche objectifs introuvable.</source>
        <extracomment>A sheet to read, edit or add an objective to no longer exists (deleted meanwhile).</extracomment>
        <translation>Objective sheet not found.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/objective_entries.py" line="24"/>
        <source>Objectif introuvable.</source>
        <translation>Objective not found.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/objective_entries.py" line="26"/>
        <source>Les poids des objectifs totalisent {total} % au lieu de 100 % : il manque {gap} %. Ajustez les poids avant de valider la fiche.</source>
        <extracomment>The weights of a sheet do not total 100 %: some are missing, or there are too many.</extracomment>
        <translation>The objectives&apos; weights add up to {total}% instead of 100%: {gap}% is missing. Adjust the weights before validating the sheet.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/objective_entries.py" line="29"/>
        <source>Les poids des objectifs totalisent {total} % au lieu de 100 % : il y a {gap} % de trop. Ajustez les poids avant de valider la fiche.</source>
        <translation>The objectives&apos; weights add up to {total}% instead of 100%: there is {gap}% too much. Adjust the weights before validating the sheet.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/objective_entries.py" line="169"/>
        <source>Le libellé de l&apos;objectif est obligatoire.</source>
        <translation>The objective&apos;s label is required.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/payout.py" line="102"/>
        <source>La cible doit être un nombre strictement positif.</source>
        <translation>The target must be a number greater than zero.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/objective_entries.py" line="173"/>
        <source>Le poids doit être compris entre 0 et 100 %.</source>
        <translation>The weight must be between 0 and 100%.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/objective_entries.py" line="176"/>
        <source>Les seuils doivent respecter déclenchement ≤ cible ≤ plafond.</source>
        <translation>The thresholds must satisfy trigger ≤ target ≤ cap.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/objective_entries.py" line="179"/>
        <source>Base inconnue : commandé, facturé ou payé.</source>
        <translation>Unknown basis: use ordered, invoiced or paid.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/objective_sheets.py" line="101"/>
        <source>Une fiche appartient à une personne ou à une équipe.</source>
        <translation>A sheet belongs to either a person or a team.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/objective_sheets.py" line="104"/>
        <location filename="../../src/srm_inclusif/storage/services/objective_sheets.py" line="130"/>
        <source>La part variable cible ne peut pas être négative.</source>
        <translation>The target variable pay cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/objective_sheets.py" line="111"/>
        <source>Une fiche objectifs {year} existe déjà pour ce titulaire.</source>
        <translation>A {year} objective sheet already exists for this holder.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/objective_sheets.py" line="187"/>
        <source>Aucune fiche {year} pour {owner}.</source>
        <translation>No {year} sheet for {owner}.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/objective_sheets.py" line="188"/>
        <source>La fiche {year} de {owner} n&apos;a aucun objectif à copier.</source>
        <translation>{owner}&apos;s {year} sheet has no objectives to copy.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/objective_sheets.py" line="185"/>
        <source>La fiche contient déjà des objectifs : la copie se fait dans une fiche vide.</source>
        <extracomment>Why « Copier l&apos;année précédente » has nothing to do for a sheet (``copy_refusal``).</extracomment>
        <translation>The sheet already has objectives: copying is done into an empty sheet.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/parameters.py" line="119"/>
        <source>Aucune valeur du paramètre « {name} » en vigueur le {day}.</source>
        <extracomment>OethParameters field → parameter name. Parameter name → its kind, in the order they are listed.</extracomment>
        <translation>No value of the parameter “{name}” is in force on {day}.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/parameters.py" line="144"/>
        <source>« {value} » n&apos;est pas un nombre.</source>
        <translation>“{value}” is not a number.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/parameters.py" line="147"/>
        <source>Un paramètre doit être un nombre positif ou nul.</source>
        <translation>A parameter must be a number, zero or more.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/parameters.py" line="158"/>
        <source>Le nom du paramètre est obligatoire.</source>
        <translation>The parameter name is required.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/parameters.py" line="164"/>
        <source>« {name} » a déjà une valeur au {day}.</source>
        <translation>“{name}” already has a value on {day}.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/parameters.py" line="133"/>
        <source>Paramètre introuvable.</source>
        <translation>Parameter not found.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/settings.py" line="59"/>
        <source>Le mois de début d&apos;exercice doit être compris entre 1 et 12.</source>
        <translation>The first month of the financial year must be between 1 and 12.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/sheets.py" line="106"/>
        <source>Aucune fiche objectifs pour l&apos;année {year}.</source>
        <translation>No objective sheet for the year {year}.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/sheets.py" line="115"/>
        <source>Aucune fiche {year} pour : {who}.</source>
        <translation>No {year} sheet for: {who}.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/sheets.py" line="151"/>
        <source>Une fiche de résultats demande une date des données.</source>
        <translation>A results sheet needs a data date.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/needs.py" line="22"/>
        <source>Ce besoin n&apos;existe plus.</source>
        <translation>This need no longer exists.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/needs.py" line="108"/>
        <source>Le besoin doit avoir un intitulé.</source>
        <translation>The need must have a title.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/needs.py" line="111"/>
        <source>Article de marché réservé inconnu : {reserved}</source>
        <translation>Unknown reserved contract article: {reserved}</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/needs.py" line="45"/>
        <source>Le montant estimé ne peut pas être négatif.</source>
        <translation>The estimated amount cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/needs.py" line="48"/>
        <source>Montant estimé : {amount}, un milliard d&apos;euros ou plus. Vérifiez le nombre de zéros.</source>
        <translation>Estimated amount: {amount}, one billion euros or more. Check the number of zeros.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/needs.py" line="116"/>
        <source>Département inconnu : {department}</source>
        <translation>Unknown department: {department}</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/sourcing.py" line="113"/>
        <source>La liste doit avoir un nom.</source>
        <extracomment>At most this many structures are ranked for one need.</extracomment>
        <translation>The list must have a name.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/sourcing.py" line="215"/>
        <source>La recherche doit avoir un nom.</source>
        <translation>The search must have a name.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/numbers.py" line="144"/>
        <source>Date illisible : « {text} » (jj/mm/aaaa attendu).</source>
        <extracomment>Between a number and ``%`` (a no-break space in French, nothing in English). Short month names for dates written ``22 Nov 2026``; none for ``22/11/2026``. Full month names, also read in typed dates (``3 March 2027``); none in French. What a typed number may carry around its digits: spaces of any kind, the euro sign. Decimals of every measured percentage: two, as the objective sheets need them (their weighted payouts, 36,00 % or 11,25 %, must add up to the total shown).</extracomment>
        <translation>Unreadable date: “{text}” (22 Nov 2026 or 22/11/2026 expected).</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/labels_editor.py" line="141"/>
        <source>Label {label} — {reason}</source>
        <translation>Label {label} — {reason}</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/fields.py" line="85"/>
        <source>{field} — {reason}</source>
        <translation>{field} — {reason}</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/people.py" line="46"/>
        <source>Cette personne n&apos;existe plus.</source>
        <extracomment>The longest name of a person or a team (the column&apos;s size).</extracomment>
        <translation>This person no longer exists.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/people.py" line="47"/>
        <source>Cette équipe n&apos;existe plus.</source>
        <translation>This team no longer exists.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/people.py" line="48"/>
        <source>Nom de la personne : obligatoire.</source>
        <translation>Person&apos;s name: required.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/people.py" line="49"/>
        <source>Nom de l&apos;équipe : obligatoire.</source>
        <translation>Team name: required.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/people.py" line="50"/>
        <source>Nom « {name} » : {length} caractères, {limit} au plus.</source>
        <translation>Name “{name}”: {length} characters, {limit} at most.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/people.py" line="52"/>
        <source>Fonction « {role} » : {length} caractères, {limit} au plus.</source>
        <translation>Role “{role}”: {length} characters, {limit} at most.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/people.py" line="54"/>
        <source>Nom de la personne : « {name} » est déjà dans l&apos;organisation.</source>
        <translation>Person&apos;s name: “{name}” is already in the organisation.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/people.py" line="56"/>
        <source>Nom de la personne : une personne désactivée s&apos;appelle déjà « {name} ». Cochez « Afficher les personnes inactives » et réactivez-la.</source>
        <translation>Person&apos;s name: a deactivated person is already called “{name}”. Tick “Show inactive people” and reactivate them.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/people.py" line="61"/>
        <source>La personne « {name} » ne peut pas être supprimée : à son nom, fiches objectifs : {sheets} ; relations suivies : {relationships} ; autres enregistrements (actions, besoins, dépenses, retours d&apos;expérience) : {others}. Désactivez-la plutôt : elle garde tout ce qui est à son nom mais n&apos;est plus proposée.</source>
        <translation>“{name}” cannot be deleted: in their name, objective sheets: {sheets}; followed relationships: {relationships}; other records (actions, needs, spend, feedback): {others}. Deactivate them instead: they keep everything in their name but are no longer offered.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/people.py" line="66"/>
        <source>L&apos;équipe « {name} » ne peut pas être supprimée : ses fiches objectifs ({years}) seraient supprimées avec elle. Supprimez d&apos;abord ces fiches dans la page Objectifs, ou renommez l&apos;équipe.</source>
        <translation>The team “{name}” cannot be deleted: its objective sheets ({years}) would be deleted with it. Delete those sheets on the Objectives page first, or rename the team.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/people.py" line="59"/>
        <source>Nom de l&apos;équipe : une équipe s&apos;appelle déjà « {name} ».</source>
        <translation>Team name: a team is already called “{name}”.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/workspace.py" line="52"/>
        <source>« {path} » est l&apos;espace de travail ouvert lui-même : choisissez une copie enregistrée ailleurs ou un autre espace de travail.</source>
        <extracomment>Index entries ``ANALYZE`` reads per index (``PRAGMA analysis_limit``): 22 ms for the whole workspace of 100 000 counterparties, about as long whatever its size. Measured on 100 000: with 1000 the planner takes the department&apos;s index for « QPV + Rhône » (11 ms instead of 40); with 400 it still took the QPV&apos;s; reading every entry (0.2 s) averages a yes/no column to half the rows and made « QPV + favourites » walk the 100 000 names (155 ms instead of 45).</extracomment>
        <translation>“{path}” is the open workspace itself: choose a copy saved elsewhere or another workspace.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/workspace.py" line="55"/>
        <source>« {path} » a été créé par une version précédente de SRM Inclusif et doit être mis à jour pour s&apos;ouvrir, mais il est en lecture seule : donnez-vous le droit d&apos;écrire sur ce fichier et sur son dossier, puis rouvrez-le. Le fichier n&apos;a pas été modifié.</source>
        <translation>« {path} » was created by an earlier version of SRM Inclusif and must be updated to open, but it is read-only: give yourself the right to write to this file and its folder, then reopen it. The file was not changed.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/workspace.py" line="59"/>
        <source>Impossible de créer l&apos;espace de travail « {path} » : vous n&apos;avez pas le droit d&apos;écrire dans le dossier « {folder} ». Choisissez un autre dossier.</source>
        <translation>The workspace « {path} » cannot be created: you do not have the right to write in the folder « {folder} ». Choose another folder.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/workspace.py" line="62"/>
        <source>La copie « {path} » est endommagée et ne peut pas être restaurée. L&apos;espace de travail n&apos;a pas été modifié : choisissez une autre copie.</source>
        <translation>The copy « {path} » is damaged and cannot be restored. The workspace was not changed: choose another copy.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/workspace.py" line="65"/>
        <source>« {path} » n&apos;a pas pu être remplacé par la copie : fermez les autres fenêtres ou programmes qui l&apos;utilisent puis recommencez. L&apos;espace de travail n&apos;a pas été modifié.</source>
        <translation>“{path}” could not be replaced by the copy: close the other windows or programs using it, then try again. The workspace has not been changed.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/impact.py" line="88"/>
        <source>{field_label} : {value} est négatif ; saisissez 0 ou plus.</source>
        <translation>{field_label}: {value} is negative; enter 0 or more.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/impact.py" line="90"/>
        <source>La fin de la période ({end}) précède son début ({start}).</source>
        <translation>The end of the period ({end}) comes before its start ({start}).</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/impact.py" line="92"/>
        <source>Les sorties ({exits}) dépassent les personnes employées sur la mission ({people}) : chaque sortie est celle d&apos;une personne employée.</source>
        <translation>The exits ({exits}) outnumber the people employed on the mission ({people}): each exit is that of a person employed.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/impact_reports.py" line="24"/>
        <source>Ce bilan d&apos;impact n&apos;existe plus.</source>
        <translation>This impact report no longer exists.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/spend_entry.py" line="44"/>
        <source>Cet achat n&apos;existe plus (supprimé entre-temps ?). La liste a été relue.</source>
        <extracomment>The source of a line typed by hand (the counterparties typed by hand say the same). The longest invoice number a line keeps (the column&apos;s size).</extracomment>
        <translation>This purchase no longer exists (deleted in the meantime?). The list has been read again.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/spend_entry.py" line="46"/>
        <source>Montant HT : « {text} » n&apos;est pas un montant. Tapez-le en euros hors taxes, par exemple 1 234,56.</source>
        <translation>Amount excl. VAT: “{text}” is not an amount. Type it in euros excluding VAT, for example 1,234.56.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/spend_entry.py" line="49"/>
        <source>Montant HT : « {text} » est un montant TTC. Les achats se comptent hors taxes : tapez le montant HT de la facture.</source>
        <translation>Amount excl. VAT: “{text}” includes VAT. Purchases are counted excluding VAT: type the invoice&apos;s amount excl. VAT.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/spend_entry.py" line="52"/>
        <source>Montant HT : « {text} » est ambigu (milliers ou décimales ?). Tapez-le sans séparateur de milliers ou avec deux décimales, par exemple 1234 ou 1 234,00.</source>
        <translation>Amount excl. VAT: “{text}” is ambiguous (thousands or decimals?). Type it without a thousands separator or with two decimals, for example 1234 or 1,234.00.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/spend_entry.py" line="55"/>
        <source>Montant HT : {amount} pour un seul achat, un milliard d&apos;euros ou plus. Vérifiez le nombre de zéros.</source>
        <translation>Amount excl. VAT: {amount} for a single purchase, one billion euros or more. Check the number of zeros.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/spend_entry.py" line="58"/>
        <source>Montant HT : un achat de 0 € ne compte pas. Tapez le montant HT ; un avoir se tape en négatif (-250,00).</source>
        <translation>Amount excl. VAT: a purchase of €0 does not count. Type the amount excl. VAT; a credit note is typed as a negative amount (-250.00).</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/spend_entry.py" line="61"/>
        <source>Date : le {day} est après aujourd&apos;hui ({today}). Un achat « {basis_label} » est daté du jour où il l&apos;a été ; seul un achat « Commandé » peut être daté plus tard.</source>
        <translation>Date: {day} is after today ({today}). An “{basis_label}” purchase is dated on the day it happened; only an “Ordered” purchase may be dated later.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/spend_entry.py" line="64"/>
        <source>N° de facture : {length} caractères, {limit} au plus.</source>
        <translation>Invoice no.: {length} characters, {limit} at most.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/spend_entry.py" line="66"/>
        <source>Contrat : « {title} » n&apos;est pas un contrat de cette structure.</source>
        <translation>Contract: “{title}” is not a contract of this structure.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/spend_entry.py" line="68"/>
        <source>Acheteur : cette personne n&apos;existe plus. Choisissez-en une autre ou aucune.</source>
        <translation>Buyer: this person no longer exists. Choose another one or none.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/lifecycle_dates.py" line="12"/>
        <source>Date : le {day} est avant le début de « {title} » ({start}). Un retour d&apos;expérience porte sur un travail commencé : datez-le du {start} ou après.</source>
        <translation>Date: {day} is before the start of “{title}” ({start}). A feedback is about work that has begun: date it {start} or later.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/lifecycle_dates.py" line="15"/>
        <source>Date : le {day} est avant le {since}, jour où la relation est arrivée à l&apos;étape « {stage_label} ». Un changement d&apos;étape se date de ce jour ou après, pour que l&apos;historique reste dans l&apos;ordre.</source>
        <translation>Date: {day} is before {since}, the day the relationship reached the “{stage_label}” stage. A stage change is dated that day or later, so that the history stays in order.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/lifecycle_dates.py" line="19"/>
        <source>Depuis le : le {day} est après aujourd&apos;hui ({today}). Datez la relation du jour où elle a commencé : aujourd&apos;hui ou avant.</source>
        <translation>Since: {day} is after today ({today}). Date the relationship from the day it began: today or earlier.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/failures.py" line="22"/>
        <source>L&apos;espace de travail « {path} » est en lecture seule : vous pouvez le consulter, pas le modifier. Pour le modifier, donnez-vous le droit d&apos;écrire sur ce fichier et sur son dossier, puis rouvrez-le. Rien n&apos;a été modifié.</source>
        <translation>The workspace « {path} » is read-only: you can view it but not change it. To change it, give yourself the right to write to this file and its folder, then reopen it. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/failures.py" line="26"/>
        <source>Le disque de l&apos;espace de travail « {path} » est plein : libérez de la place puis recommencez. Rien n&apos;a été modifié.</source>
        <translation>The disk of the workspace « {path} » is full: free some space, then try again. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/failures.py" line="29"/>
        <source>L&apos;espace de travail « {path} » est occupé par une autre fenêtre ou un autre programme qui y enregistre : attendez un instant puis recommencez. Rien n&apos;a été modifié.</source>
        <translation>The workspace « {path} » is busy: another window or program is saving to it. Wait a moment, then try again. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/failures.py" line="32"/>
        <source>L&apos;espace de travail « {path} » n&apos;a pas pu être lu ou écrit ({detail}) : vérifiez que son dossier ou son lecteur réseau est toujours accessible, puis recommencez. Rien n&apos;a été modifié.</source>
        <translation>The workspace « {path} » could not be read or written ({detail}): check that its folder or network drive is still reachable, then try again. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/failures.py" line="38"/>
        <source>disque plein</source>
        <extracomment>Why the system refused a file, by ``errno``, in words (the UI translates them, &quot;Errors&quot;).</extracomment>
        <translation>disk full</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/failures.py" line="39"/>
        <location filename="../../src/srm_inclusif/storage/failures.py" line="40"/>
        <source>droits insuffisants</source>
        <translation>permission denied</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/failures.py" line="41"/>
        <source>disque en lecture seule</source>
        <translation>read-only disk</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/failures.py" line="42"/>
        <source>introuvable</source>
        <translation>not found</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/failures.py" line="43"/>
        <source>c&apos;est un dossier</source>
        <translation>it is a folder</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/failures.py" line="44"/>
        <source>un élément du chemin n&apos;est pas un dossier</source>
        <translation>part of the path is not a folder</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/failures.py" line="48"/>
        <source>fichier impossible à ouvrir</source>
        <extracomment>SQLite&apos;s own failures in words, when no refusal of the system is known (its words are English).</extracomment>
        <translation>file cannot be opened</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/failures.py" line="49"/>
        <source>erreur de lecture ou d&apos;écriture du disque</source>
        <translation>disk read or write error</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/failures.py" line="51"/>
        <source>le fichier a refusé l&apos;opération</source>
        <translation>the file refused the operation</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/file_access.py" line="25"/>
        <source>« {path} » peut être modifié, mais pas les fichiers {files} posés à côté de lui : donnez-leur les mêmes droits qu&apos;à « {path} », puis recommencez. Ils contiennent les derniers changements : ne les supprimez pas. Rien n&apos;a été modifié.</source>
        <extracomment>The write-ahead log and its index, beside the workspace file. Every file SQLite keeps beside a database: its rollback journal, its log and the log&apos;s index.</extracomment>
        <translation>« {path} » can be changed, but not the files {files} beside it: give them the same rights as « {path} », then try again. They hold the latest changes: do not delete them. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/backup.py" line="58"/>
        <source>Impossible d&apos;écrire la copie de sauvegarde dans « {folder} » ({detail}) : vérifiez que vous pouvez écrire dans ce dossier et qu&apos;il reste de la place sur le disque, puis recommencez. L&apos;import n&apos;a pas été fait.</source>
        <translation>The backup copy could not be written in « {folder} » ({detail}): check that you can write in this folder and that the disk has space left, then try again. The import was not done.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/day_edit.py" line="96"/>
        <source>{field} illisible : « {text} » (jj/mm/aaaa attendu).</source>
        <extracomment>Qt&apos;s display format of each UI language, the same text as ``numbers.day_text`` writes. Keys that end the typing of a date in the field. Modifiers of a shortcut rather than of a typed character. How the focus comes by a click or the calendar popup: there the cursor stays where it was put.</extracomment>
        <translation>{field} cannot be read: “{text}” (22 Nov 2026 or 22/11/2026 expected).</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/file_probe.py" line="28"/>
        <source>« {path} » n&apos;a pas été fermé normalement : une modification interrompue doit être annulée avant de l&apos;ouvrir, et son dossier est en lecture seule. Rendez ce dossier modifiable (ou copiez « {path} » avec « {journal} » dans un dossier à vous), puis ouvrez-le : rien n&apos;est perdu. Le fichier n&apos;a pas été modifié.</source>
        <extracomment>``PRAGMA application_id`` of our files (&quot;SRMI&quot;), so another SQLite file is never mistaken. A file whose writer died mid-change, in a folder that cannot be written: its journal must be played back (by SQLite, on opening) before it is read, and that needs the folder. It is not damaged: putting a copy back in its place would lose the work done since that copy.</extracomment>
        <translation>“{path}” was not closed properly: an interrupted change must be undone before it can be opened, and its folder is read-only. Make that folder writable (or copy “{path}” with “{journal}” to a folder of yours), then open it: nothing is lost. The file has not been changed.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/file_probe.py" line="34"/>
        <source>« {path} » n&apos;a pas été fermé normalement : une modification interrompue doit être annulée avant de l&apos;ouvrir, et ce fichier (ou « {journal} ») est en lecture seule. Rendez-les modifiables (ou copiez-les dans un dossier à vous), puis ouvrez « {path} » : rien n&apos;est perdu. Le fichier n&apos;a pas été modifié.</source>
        <extracomment>The same when the folder can be written but the file itself (or its journal) cannot.</extracomment>
        <translation>“{path}” was not closed properly: an interrupted change must be undone before it can be opened, and this file (or “{journal}”) is read-only. Make them writable (or copy them to a folder of yours), then open “{path}”: nothing is lost. The file has not been changed.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/formats.py" line="177"/>
        <source>« {name} » n&apos;a pas les colonnes du format « {format} » : il manque {missing}. Choisissez un autre format ou la détection automatique.</source>
        <translation>“{name}” lacks the columns of the “{format}” format: {missing} missing. Choose another format or automatic detection.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/formats.py" line="180"/>
        <source>« {name} » a une ligne d&apos;en-tête ({columns}) : ce n&apos;est pas un fichier FINESS, dont les lignes sont sans en-tête (32 colonnes fixes, la première « structureet »). Choisissez un autre format ou la détection automatique.</source>
        <translation>“{name}” has a header row ({columns}): it is not a FINESS file, whose lines have no header (32 fixed columns, the first “structureet”). Choose another format or automatic detection.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/formats.py" line="184"/>
        <source>« {name} » n&apos;est pas une page JSON de l&apos;API du Marché de l&apos;inclusion. Choisissez un autre format ou la détection automatique.</source>
        <translation>“{name}” is not a JSON page of the Marché de l&apos;inclusion API. Choose another format or automatic detection.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/spend_records.py" line="48"/>
        <source>Date des lignes sans date invraisemblable : {day}, avant 1990. Une faute de frappe dans l&apos;année ? Elles compteraient dans un autre exercice.</source>
        <extracomment>The same, of the day chosen for the lines without a date (``import spend --date``).</extracomment>
        <translation>Implausible date for the lines without a date: {day}, before 1990. A typo in the year? They would count in another fiscal year.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/spend_records.py" line="51"/>
        <source>Date des lignes sans date invraisemblable : {day}, plus d&apos;un an après aujourd&apos;hui ({today}). Une faute de frappe dans l&apos;année ? Elles compteraient dans un autre exercice.</source>
        <translation>Implausible date for the lines without a date: {day}, more than a year after today ({today}). A typo in the year? They would count in another fiscal year.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/archives.py" line="38"/>
        <source>L&apos;archive « {name} » est protégée par un mot de passe : extrayez {members} puis importez-le.</source>
        <translation>The archive “{name}” is password-protected: extract {members}, then import it.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/archives.py" line="41"/>
        <source>L&apos;archive « {name} » est protégée par un mot de passe : extrayez {members} puis importez-les.</source>
        <translation>The archive “{name}” is password-protected: extract {members}, then import them.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/archives.py" line="44"/>
        <source>L&apos;archive « {name} » est compressée d&apos;une manière que l&apos;application ne lit pas : extrayez ses fichiers puis importez-les.</source>
        <translation>The archive “{name}” uses a compression the application cannot read: extract its files, then import them.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/odd_files.py" line="18"/>
        <source>« {name} » est le fichier temporaire qu&apos;Excel crée pendant que « {original} » est ouvert : choisissez « {original} » (fermez-le dans Excel si besoin).</source>
        <translation>“{name}” is the temporary file Excel creates while “{original}” is open: choose “{original}” (close it in Excel if needed).</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/odd_files.py" line="21"/>
        <source>« {name} » est le fichier temporaire que LibreOffice crée pendant que « {original} » est ouvert : choisissez « {original} » (fermez-le dans LibreOffice si besoin).</source>
        <translation>“{name}” is the temporary file LibreOffice creates while “{original}” is open: choose “{original}” (close it in LibreOffice if needed).</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/odd_files.py" line="25"/>
        <source>« {name} » est une page web (HTML), pas un classeur Excel : ouvrez-le dans Excel et enregistrez-le en XLSX ou en CSV.</source>
        <translation>“{name}” is a web page (HTML), not an Excel workbook: open it in Excel and save it as XLSX or CSV.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/odd_files.py" line="28"/>
        <source>« {name} » est une page web (HTML), pas un tableau : ouvrez-le dans Excel et enregistrez-le en XLSX ou en CSV.</source>
        <translation>“{name}” is a web page (HTML), not a table: open it in Excel and save it as XLSX or CSV.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/odd_files.py" line="31"/>
        <source>Le fichier « {name} » n&apos;est pas dans un format importable ({formats_label} attendu).</source>
        <translation>The file “{name}” is not in a format that can be imported ({formats_label} expected).</translation>
    </message>
</context>
<context>
    <name>FacetPanel</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/sourcing/facet_panel.py" line="74"/>
        <source>Effacer les filtres</source>
        <extracomment>Lines a facet list shows before it scrolls. Width of the facet panel, in average characters (longer values wrap).</extracomment>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sourcing/facet_panel.py" line="82"/>
        <source>Afficher seulement</source>
        <translation>Show only</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sourcing/facet_panel.py" line="84"/>
        <source>Favoris</source>
        <translation>Favourites</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sourcing/facet_panel.py" line="85"/>
        <source>Avec un contrat en cours</source>
        <translation>With an active contract</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sourcing/facet_panel.py" line="86"/>
        <source>Avec un label valide</source>
        <translation>With a valid label</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sourcing/facet_panel.py" line="86"/>
        <source>En QPV</source>
        <translation>In a QPV</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sourcing/facet_panel.py" line="87"/>
        <source>En ZRR</source>
        <translation>In a ZRR</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sourcing/facet_panel.py" line="110"/>
        <source>Famille</source>
        <translation>Family</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sourcing/facet_panel.py" line="111"/>
        <source>Type de structure</source>
        <translation>Structure type</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sourcing/facet_panel.py" line="114"/>
        <source>Siège ou antenne</source>
        <translation>Head office or branch</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sourcing/facet_panel.py" line="115"/>
        <source>Région</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sourcing/facet_panel.py" line="116"/>
        <source>Département</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sourcing/facet_panel.py" line="118"/>
        <source>Groupe de secteurs</source>
        <translation>Sector group</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sourcing/facet_panel.py" line="119"/>
        <source>Secteur</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sourcing/facet_panel.py" line="120"/>
        <source>Type de prestation</source>
        <translation>Service type</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sourcing/facet_panel.py" line="155"/>
        <source>Non renseigné</source>
        <translation>Not stated</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sourcing/facet_panel.py" line="100"/>
        <location filename="../../src/srm_inclusif/ui/sourcing/facet_panel.py" line="122"/>
        <source>Label valide</source>
        <translation>Valid label</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sourcing/facet_panel.py" line="101"/>
        <location filename="../../src/srm_inclusif/ui/sourcing/facet_panel.py" line="123"/>
        <source>Réseau</source>
        <translation>Network</translation>
    </message>
</context>
<context>
    <name>FacetSide</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/counterparty_facet_side.py" line="31"/>
        <source>Afficher ou masquer les filtres</source>
        <extracomment>Where the facet panel&apos;s width (dragged by the user) and whether it is shown are remembered. The key showing or hiding the facets (a side panel&apos;s key in the desktop&apos;s file managers).</extracomment>
        <translation>Show or hide filters</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/counterparty_facet_side.py" line="73"/>
        <source>Masquer les filtres</source>
        <translation>Hide filters</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/srm_inclusif/ui/pages/counterparty_facet_side.py" line="74"/>
        <source>Afficher les filtres (%n actif(s))</source>
        <translation>
            <numerusform>Show filters (%n active)</numerusform>
            <numerusform>Show filters (%n active)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/counterparty_facet_side.py" line="75"/>
        <source>Afficher les filtres</source>
        <translation>Show filters</translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <location filename="../../src/srm_inclusif/core/feedback.py" line="19"/>
        <source>Très insatisfaisant</source>
        <extracomment>Labelled anchors of the 1–5 scale, shown next to each score. In French (the documents exchanged with suppliers); ``anchor`` gives the UI language&apos;s.</extracomment>
        <translation>Very unsatisfactory</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/feedback.py" line="20"/>
        <source>Insatisfaisant</source>
        <translation>Unsatisfactory</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/feedback.py" line="21"/>
        <source>Correct</source>
        <translation>Fair</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/feedback.py" line="22"/>
        <source>Bon</source>
        <translation>Good</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/feedback.py" line="23"/>
        <source>Excellent</source>
        <translation>Excellent</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/feedback.py" line="103"/>
        <source>En hausse</source>
        <extracomment>Labels of a trend&apos;s direction (French source; ``Trend.label`` gives the UI language&apos;s).</extracomment>
        <translation>Rising</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/feedback.py" line="104"/>
        <source>En baisse</source>
        <translation>Falling</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/feedback.py" line="105"/>
        <source>Stable</source>
        <translation>Stable</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/feedback.py" line="106"/>
        <source>Pas assez de retours</source>
        <translation>Not enough feedback</translation>
    </message>
</context>
<context>
    <name>FeedbackAverageLabel</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/follow_up.py" line="200"/>
        <source>Note moyenne des retours d&apos;expérience : aucun retour pour l&apos;instant.</source>
        <translation>Average feedback score: no feedback yet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/srm_inclusif/ui/counterparty_card/follow_up.py" line="204"/>
        <source>Note moyenne des retours d&apos;expérience : %1 (%n retour(s))</source>
        <translation>
            <numerusform>Average feedback score: %1 (%n feedback entry)</numerusform>
            <numerusform>Average feedback score: %1 (%n feedback entries)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeedbackCriteria</name>
    <message>
        <location filename="../../src/srm_inclusif/core/vocabulary.py" line="295"/>
        <source>Qualité</source>
        <extracomment>Default feedback criteria (key, French label, weight) of DOMAIN.md section 4. The workspace stores them in French; ``criterion_label`` shows a label still as seeded in the UI language.</extracomment>
        <translation>Quality</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/vocabulary.py" line="296"/>
        <source>Délais</source>
        <translation>Timeliness</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/vocabulary.py" line="297"/>
        <source>Coût</source>
        <translation>Cost</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/vocabulary.py" line="298"/>
        <source>Relation</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/vocabulary.py" line="299"/>
        <source>Impact social</source>
        <translation>Social impact</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/feedback_dialog.py" line="61"/>
        <source>Retour d&apos;expérience reçu du client</source>
        <translation>Feedback received from the client</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/feedback_dialog.py" line="62"/>
        <source>Retour d&apos;expérience</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/feedback_dialog.py" line="66"/>
        <source>Nom de la personne du client</source>
        <translation>Name of the client&apos;s contact person</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/feedback_dialog.py" line="67"/>
        <source>Votre nom</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/feedback_dialog.py" line="69"/>
        <source>&lt;b&gt;{title}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/feedback_dialog.py" line="70"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/feedback_dialog.py" line="71"/>
        <source>Évaluateur</source>
        <translation>Assessor</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/feedback_dialog.py" line="71"/>
        <source>Donné par</source>
        <translation>Given by</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/feedback_dialog.py" line="89"/>
        <source>Critères (1 = très insatisfaisant, 5 = excellent)</source>
        <translation>Criteria (1 = very poor, 5 = excellent)</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/feedback_dialog.py" line="91"/>
        <source>Critère</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/feedback_dialog.py" line="91"/>
        <source>Poids</source>
        <translation>Weight</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/feedback_dialog.py" line="91"/>
        <source>Note</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/feedback_dialog.py" line="92"/>
        <source>Commentaire</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/feedback_dialog.py" line="99"/>
        <source>Non évalué</source>
        <translation>Not rated</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/feedback_dialog.py" line="125"/>
        <source>Non renseigné</source>
        <translation>Not stated</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/feedback_dialog.py" line="125"/>
        <source>Oui</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/feedback_dialog.py" line="126"/>
        <source>Non</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/feedback_dialog.py" line="129"/>
        <source>Commentaire général</source>
        <translation>General comment</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/feedback_dialog.py" line="130"/>
        <source>Recommanderiez-vous ?</source>
        <translation>Would you recommend them?</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/feedback_dialog.py" line="141"/>
        <source>Note pondérée : {score}</source>
        <translation>Weighted score: {score}</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/feedback_dialog.py" line="155"/>
        <source>Évaluez au moins un critère : les critères « Non évalué » ne comptent pas dans la note.</source>
        <translation>Rate at least one criterion: criteria left “Not rated” do not count in the score.</translation>
    </message>
</context>
<context>
    <name>FeedbackDocument</name>
    <message>
        <location filename="../../src/srm_inclusif/exchange/feedback_document.py" line="17"/>
        <source>Retour d&apos;expérience reçu</source>
        <translation>Feedback received</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/feedback_document.py" line="18"/>
        <source>Retour d&apos;expérience</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/feedback_document.py" line="20"/>
        <source>Oui</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/feedback_document.py" line="21"/>
        <source>Non</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/feedback_document.py" line="22"/>
        <source>Non renseigné</source>
        <translation>Not given</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/feedback_document.py" line="24"/>
        <source>Réponse de {name}</source>
        <translation>Reply from {name}</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/feedback_document.py" line="26"/>
        <source>Structure</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/feedback_document.py" line="27"/>
        <source>Contrat</source>
        <translation>Contract</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/feedback_document.py" line="28"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/feedback_document.py" line="29"/>
        <source>Auteur</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/feedback_document.py" line="30"/>
        <source>Note pondérée</source>
        <translation>Weighted score</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/feedback_document.py" line="31"/>
        <source>Recommanderait</source>
        <translation>Would recommend</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/feedback_document.py" line="33"/>
        <source>Critères</source>
        <translation>Criteria</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/feedback_document.py" line="35"/>
        <source>Critère</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/feedback_document.py" line="36"/>
        <source>Poids</source>
        <translation>Weight</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/feedback_document.py" line="37"/>
        <source>Note</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/feedback_document.py" line="38"/>
        <source>Appréciation</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/feedback_document.py" line="39"/>
        <source>Commentaire</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/feedback_document.py" line="44"/>
        <source>Commentaire général</source>
        <extracomment>Width of the criteria table: at 100 % Qt rounds it one pixel wider than the page at some widths (a preview then scrolls sideways); 99 % never overflows, from 200 px to a PDF page.</extracomment>
        <translation>General comment</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/feedback_document.py" line="45"/>
        <source>Échelle : 1 très insatisfaisant, 2 insatisfaisant, 3 correct, 4 bon, 5 excellent. Note pondérée = Σ note × poids ÷ Σ poids.</source>
        <translation>Scale: 1 very unsatisfactory, 2 unsatisfactory, 3 fair, 4 good, 5 excellent. Weighted score = Σ score × weight ÷ Σ weight.</translation>
    </message>
</context>
<context>
    <name>FeedbackPanel</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/feedback_panel.py" line="48"/>
        <source>Nouveau retour…</source>
        <translation>New feedback…</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/feedback_panel.py" line="49"/>
        <source>Envoyer pour réponse…</source>
        <translation>Send for reply…</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/feedback_panel.py" line="50"/>
        <source>Importer la réponse…</source>
        <translation>Import reply…</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/feedback_panel.py" line="51"/>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/feedback_panel.py" line="51"/>
        <source>Action…</source>
        <translation>Action…</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/feedback_panel.py" line="58"/>
        <source>&lt;b&gt;Retours d&apos;expérience du contrat&lt;/b&gt;</source>
        <translation>&lt;b&gt;Feedback on the contract&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/feedback_panel.py" line="94"/>
        <source>Choisissez un contrat dans la liste pour voir ses retours d&apos;expérience.</source>
        <translation>Choose a contract in the list to see its feedback.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/feedback_panel.py" line="101"/>
        <source>Aucun retour d&apos;expérience pour ce contrat.</source>
        <translation>No feedback on this contract yet.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/feedback_panel.py" line="102"/>
        <source>Aucun retour d&apos;expérience pour ce contrat : « Nouveau retour… » en saisit un.</source>
        <translation>No feedback on this contract yet: “New feedback…” records one.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/feedback_panel.py" line="107"/>
        <source>Choisissez un contrat dans la liste.</source>
        <translation>Choose a contract in the list.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/feedback_panel.py" line="121"/>
        <source>Ce contrat n&apos;a pas encore de retour d&apos;expérience.</source>
        <translation>This contract has no feedback yet.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/feedback_panel.py" line="122"/>
        <source>Ce contrat n&apos;a pas encore de retour d&apos;expérience : « Nouveau retour… » en saisit un.</source>
        <translation>This contract has no feedback yet: “New feedback…” records one.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/feedback_panel.py" line="131"/>
        <source>sans nom</source>
        <translation>unnamed</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/feedback_panel.py" line="132"/>
        <source> · réponse reçue</source>
        <translation> · reply received</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/feedback_panel.py" line="155"/>
        <source>Envoyer pour réponse</source>
        <translation>Send for reply</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/feedback_panel.py" line="156"/>
        <source>Classeur (*.xlsx);;JSON (*.json)</source>
        <translation>Workbook (*.xlsx);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/feedback_panel.py" line="159"/>
        <source>Fichier d&apos;échange</source>
        <translation>Exchange file</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/feedback_panel.py" line="160"/>
        <source>« {name} » est prêt : envoyez-le à {who}, qui complète la section « Votre réponse » et vous le renvoie.</source>
        <translation>“{name}” is ready: send it to {who}, who fills in the “Votre réponse” section and sends it back to you.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/feedback_panel.py" line="165"/>
        <location filename="../../src/srm_inclusif/ui/lifecycle/feedback_panel.py" line="173"/>
        <source>Importer la réponse</source>
        <translation>Import reply</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/feedback_panel.py" line="166"/>
        <source>Réponses (*.xlsx *.json)</source>
        <translation>Replies (*.xlsx *.json)</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/feedback_panel.py" line="186"/>
        <source>Enregistrer en PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/feedback_panel.py" line="187"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>FeedbackPdf</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/feedback_pdf.py" line="18"/>
        <source>Retour d&apos;expérience — {counterparty}</source>
        <translation>Feedback — {counterparty}</translation>
    </message>
</context>
<context>
    <name>FilesPage</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/files_page.py" line="51"/>
        <source>Fichiers à importer</source>
        <translation>Files to import</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/files_page.py" line="52"/>
        <source>Glissez des fichiers sur la fenêtre ou choisissez-les ici.</source>
        <translation>Drag files onto the window or choose them here.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/files_page.py" line="54"/>
        <source>Fichier de clients</source>
        <translation>Client list</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/files_page.py" line="55"/>
        <source>Annuaire de fournisseurs</source>
        <translation>Supplier directory</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/files_page.py" line="56"/>
        <source>Ventes</source>
        <translation>Sales</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/files_page.py" line="57"/>
        <source>Dépenses d&apos;achat</source>
        <translation>Purchase spend</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/files_page.py" line="77"/>
        <source>Ajouter des fichiers…</source>
        <translation>Add files…</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/files_page.py" line="80"/>
        <source>Choisir des fichiers à importer</source>
        <translation>Choose files to import</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/files_page.py" line="82"/>
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/files_page.py" line="84"/>
        <source>Retirer de la liste les fichiers choisis (Suppr)</source>
        <translation>Remove the chosen files from the list (Del)</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/files_page.py" line="86"/>
        <source>Vider la liste</source>
        <translation>Clear the list</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/files_page.py" line="90"/>
        <source>Format :</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/files_page.py" line="118"/>
        <source>Aucun fichier pour l&apos;instant. Glissez-les ici, ou choisissez-les avec « Ajouter des fichiers… » (CSV, Excel, ODS, JSON ou ZIP).</source>
        <extracomment>The user clicked a kind: files added later never change it (a note says if they look like the other kind). The note names files of the other kind listed beside the chosen kind&apos;s. What each file listed reads as (each read once: a workbook&apos;s sheets take time).</extracomment>
        <translation>No files yet. Drag them here, or choose them with “Add files…” (CSV, Excel, ODS, JSON or ZIP).</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/files_page.py" line="154"/>
        <source>Détection automatique</source>
        <translation>Automatic detection</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/files_page.py" line="281"/>
        <source>{reason} Retirez-la de la liste pour continuer.</source>
        <translation>{reason} Remove it from the list to continue.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/files_page.py" line="282"/>
        <source>{reason} Retirez-le de la liste pour continuer.</source>
        <translation>{reason} Remove it from the list to continue.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/files_page.py" line="186"/>
        <source>Choisir des fichiers</source>
        <translation>Choose files</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/files_page.py" line="187"/>
        <source>Tableaux (*.csv *.txt *.xlsx *.xls *.ods *.json *.zip);;Tous les fichiers (*)</source>
        <translation>Spreadsheets (*.csv *.txt *.xlsx *.xls *.ods *.json *.zip);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/files_page.py" line="229"/>
        <source>Ces fichiers ne donnent pas de montant : ils ressemblent à un annuaire. Vous avez choisi « {choice} » : ils seront lus ainsi (choisissez « {other} » pour les lire comme un annuaire).</source>
        <translation>These files give no amount: they look like a directory. You chose “{choice}”: they will be read so (choose “{other}” to read them as a directory).</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/files_page.py" line="233"/>
        <source>Ces fichiers donnent des montants : ils ressemblent à des ventes. Vous avez choisi « {choice} » : ils seront lus ainsi, sans leurs montants (choisissez « {other} » pour importer les montants).</source>
        <translation>These files give amounts: they look like sales. You chose “{choice}”: they will be read so, without their amounts (choose “{other}” to import the amounts).</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/files_page.py" line="236"/>
        <source>Ces fichiers donnent des montants : ils ressemblent à des dépenses. Vous avez choisi « {choice} » : ils seront lus ainsi, sans leurs montants (choisissez « {other} » pour importer les montants).</source>
        <translation>These files give amounts: they look like spend. You chose “{choice}”: they will be read so, without their amounts (choose “{other}” to import the amounts).</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/files_page.py" line="296"/>
        <source>{names} : pas de montant, c&apos;est un annuaire. Retirez-le de la liste et importez-le à part comme annuaire : lu avec les autres comme « {choice} », ses lignes sans montant seraient rejetées.</source>
        <translation>{names}: no amount, it is a directory. Remove it from the list and import it on its own as a directory: read with the others as “{choice}”, its rows without an amount would be rejected.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/files_page.py" line="299"/>
        <source>{names} : des montants, ce sont des achats ou des ventes. Retirez-le de la liste et importez-le à part : lu avec les autres comme « {choice} », il perdrait ses montants.</source>
        <translation>{names}: amounts, these are purchases or sales. Remove it from the list and import it on its own: read with the others as “{choice}”, it would lose its amounts.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/files_page.py" line="312"/>
        <source>Ces fichiers donnent des montants par client : ce sont des ventes. Le choix est passé à « {choice} ».</source>
        <translation>These files give amounts per client: they are sales. The choice changed to “{choice}”.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/files_page.py" line="314"/>
        <source>Ces fichiers donnent des montants par fournisseur : ce sont des dépenses. Le choix est passé à « {choice} ».</source>
        <translation>These files give amounts by supplier: they are spend. The choice was changed to “{choice}”.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/files_page.py" line="309"/>
        <source>Ces fichiers ne donnent pas de montant : ce sont des structures. Le choix est passé à « {choice} ».</source>
        <translation>These files give no amount: they are organisations. The choice was changed to “{choice}”.</translation>
    </message>
</context>
<context>
    <name>FirstSteps</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/dashboard_page.py" line="84"/>
        <source>Cet espace de travail est en lecture seule : aucune relation ne peut y être créée.</source>
        <extracomment>How the dashboard&apos;s width is shared between the to-do panel and the charts.</extracomment>
        <translation>This workspace is read-only: no relationship can be created in it.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/dashboard_page.py" line="87"/>
        <source>Créez maintenant une relation avec l&apos;un de vos clients.</source>
        <translation>Now create a relationship with one of your clients.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/dashboard_page.py" line="88"/>
        <source>Créez maintenant une relation avec l&apos;un de vos fournisseurs.</source>
        <translation>Now create a relationship with one of your suppliers.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/dashboard_page.py" line="90"/>
        <source>Cet espace de travail est en lecture seule : rien ne peut y être importé.</source>
        <translation>This workspace is read-only: nothing can be imported into it.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/dashboard_page.py" line="92"/>
        <source>Pour commencer, importez vos clients, puis créez une relation avec l&apos;un d&apos;eux.</source>
        <translation>To begin, import your clients, then create a relationship with one of them.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/dashboard_page.py" line="94"/>
        <source>Pour commencer, importez vos fournisseurs, puis créez une relation avec l&apos;un d&apos;eux.</source>
        <translation>To begin, import your suppliers, then create a relationship with one of them.</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/form_dialog.py" line="49"/>
        <source>{why}

Fermer sans enregistrer les modifications&#xa0;?</source>
        <extracomment>A widget property: what the widget shows is no data of the form (a list&apos;s filter, say). The most cells of an item view compared (a form&apos;s lists are short). A form not shown yet: it has no opening state to compare with.</extracomment>
        <translation>{why}

Close without saving the changes?</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/form_dialog.py" line="158"/>
        <source>Enregistrer les modifications avant de fermer&#xa0;?</source>
        <extracomment>What the form showed on its first Show (``_NOT_SHOWN`` until then).</extracomment>
        <translation>Save the changes before closing?</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/form_dialog.py" line="177"/>
        <source>Un champ obligatoire n&apos;est pas rempli.</source>
        <translation>A required field is empty.</translation>
    </message>
</context>
<context>
    <name>Gdpr</name>
    <message>
        <location filename="../../src/srm_inclusif/core/gdpr.py" line="14"/>
        <source>Relation arrêtée depuis plus de {years} ans (le {day})</source>
        <extracomment>Why a contact is due, as French templates (the UI translates them in context &quot;Gdpr&quot;).</extracomment>
        <translation>Relationship stopped more than {years} years ago (on {day})</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/gdpr.py" line="16"/>
        <source>Aucune interaction enregistrée depuis sa création le {day}</source>
        <translation>No interaction recorded since it was created on {day}</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/gdpr.py" line="18"/>
        <source>Aucune interaction depuis plus de {years} ans (dernière le {day})</source>
        <translation>No interaction for more than {years} years (last on {day})</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/gdpr.py" line="23"/>
        <source>Aucune interaction depuis plus de {years} ans</source>
        <extracomment>The same reasons without the day of the last interaction, for a list that shows that day beside them (the stored reason keeps it: the CLI prints it alone).</extracomment>
        <translation>No interaction for more than {years} years</translation>
    </message>
</context>
<context>
    <name>GdprDialog</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/gdpr_dialog.py" line="60"/>
        <source>Contacts à anonymiser</source>
        <extracomment>How many names the confirmation lists before it says « et N autres ».</extracomment>
        <translation>Contacts to anonymise</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/gdpr_dialog.py" line="65"/>
        <source>Données personnelles : au-delà de 3 ans sans échange, ou 3 ans après la fin de la relation, anonymisez les contacts. Le nom, l&apos;e-mail et le téléphone sont effacés partout (recherche comprise) ; le client, les contrats et les montants restent.</source>
        <translation>Personal data: after 3 years without contact, or 3 years after the relationship ends, anonymise the contacts. The name, email and phone are erased everywhere (search included); the client, contracts and amounts remain.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/gdpr_dialog.py" line="69"/>
        <source>Données personnelles : au-delà de 3 ans sans échange, ou 3 ans après la fin de la relation, anonymisez les contacts. Le nom, l&apos;e-mail et le téléphone sont effacés partout (recherche comprise) ; la structure, les contrats et les montants restent.</source>
        <translation>Personal data: after 3 years without contact, or 3 years after the relationship ends, anonymise the contacts. The name, email and phone are erased everywhere (search included); the structure, contracts and amounts remain.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/gdpr_dialog.py" line="78"/>
        <source>Structure</source>
        <translation>Structure</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/gdpr_dialog.py" line="78"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/gdpr_dialog.py" line="78"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/gdpr_dialog.py" line="79"/>
        <source>Dernier échange</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/gdpr_dialog.py" line="79"/>
        <source>Motif</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/gdpr_dialog.py" line="85"/>
        <source>&amp;Anonymiser la sélection</source>
        <translation>&amp;Anonymise selection</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/gdpr_dialog.py" line="89"/>
        <source>&amp;Tout sélectionner</source>
        <translation>&amp;Select all</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/gdpr_dialog.py" line="94"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/gdpr_dialog.py" line="139"/>
        <source>Aucun contact à anonymiser.</source>
        <translation>No contact to anonymise.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/srm_inclusif/ui/counterparty_card/gdpr_dialog.py" line="140"/>
        <source>%Ln contact(s) à anonymiser.</source>
        <translation>
            <numerusform>%Ln contact to anonymise.</numerusform>
            <numerusform>%Ln contacts to anonymise.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/srm_inclusif/ui/counterparty_card/gdpr_dialog.py" line="171"/>
        <source>Anonymiser %n contact(s)</source>
        <translation>
            <numerusform>Anonymise %n contact</numerusform>
            <numerusform>Anonymise %n contacts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/gdpr_dialog.py" line="175"/>
        <source>Anonymiser</source>
        <translation>Anonymise</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/gdpr_dialog.py" line="181"/>
        <source>Anonymiser 1 contact ({name}) ? Ses nom, e-mail et téléphone seront effacés. Vous pourrez annuler avec Ctrl+Z.</source>
        <translation>Anonymise 1 contact ({name})? Their name, email and phone number will be erased. You can undo with Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/gdpr_dialog.py" line="184"/>
        <source>Anonymiser {count} contacts ({names}) ? Leurs noms, e-mails et téléphones seront effacés. Vous pourrez annuler avec Ctrl+Z.</source>
        <translation>Anonymise {count} contacts ({names})? Their names, emails and phone numbers will be erased. You can undo with Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/gdpr_dialog.py" line="192"/>
        <source>{names} et {count} autres</source>
        <translation>{names} and {count} others</translation>
    </message>
</context>
<context>
    <name>IdentityForm</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/identity_form.py" line="31"/>
        <source>Nom *</source>
        <extracomment>Fields shown as a line of text (field, label).</extracomment>
        <translation>Name *</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/identity_form.py" line="32"/>
        <source>Enseigne</source>
        <translation>Brand</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/identity_form.py" line="33"/>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/identity_form.py" line="34"/>
        <source>Forme juridique</source>
        <translation>Legal form</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/identity_form.py" line="35"/>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/identity_form.py" line="36"/>
        <source>Code postal</source>
        <translation>Post code</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/identity_form.py" line="37"/>
        <source>Ville</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/identity_form.py" line="38"/>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/identity_form.py" line="39"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/identity_form.py" line="40"/>
        <source>Site web</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/identity_form.py" line="41"/>
        <source>Réseau social</source>
        <translation>Social media page</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/identity_form.py" line="42"/>
        <source>Capacité</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/identity_form.py" line="43"/>
        <source>Effectif en insertion (ETP)</source>
        <translation>Insertion headcount (FTE)</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/identity_form.py" line="44"/>
        <source>Effectif permanent (ETP)</source>
        <translation>Permanent headcount (FTE)</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/identity_form.py" line="45"/>
        <source>Réseaux (séparés par des virgules)</source>
        <translation>Networks (comma-separated)</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/identity_form.py" line="48"/>
        <source>Autres métiers (séparés par des virgules)</source>
        <translation>Other trades (comma-separated)</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/identity_form.py" line="53"/>
        <source>le site web</source>
        <extracomment>Web addresses, each with a button that opens it (field, what the button opens).</extracomment>
        <translation>the website</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/identity_form.py" line="54"/>
        <source>la page du réseau social</source>
        <translation>the social media page</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/identity_form.py" line="58"/>
        <source>Effectif de travailleurs handicapés (ETP)</source>
        <extracomment>The insertion headcount of a handicap structure (ESAT, EA, TIH...) counts its workers with disabilities, not people in insertion (DOMAIN §2): the row is named after the kind shown.</extracomment>
        <translation>Workers with disabilities (FTE)</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/identity_form.py" line="69"/>
        <source>En quartier prioritaire (QPV)</source>
        <extracomment>Fields shown beside another one, on its row (short pairs: the form fits a laptop unscrolled). How much wider than the field it joins a field is (a city beside its post code). The flags saying where a structure works, shown on one line.</extracomment>
        <translation>In a priority neighbourhood (QPV)</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/identity_form.py" line="70"/>
        <source>En zone de revitalisation rurale (ZRR)</source>
        <translation>In a rural revitalisation zone (ZRR)</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/identity_form.py" line="71"/>
        <source>Fiche active</source>
        <translation>Active record</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/identity_form.py" line="79"/>
        <source>Effectif (ETP)</source>
        <extracomment>Fields describing an inclusive structure (DOMAIN §2): its kind, capacity, insertion headcount, networks, types of service and priority areas. A seller&apos;s counterparties are client companies and public buyers: her card does not show them (their stored values stay). A client&apos;s own words for a field a structure names otherwise (a company&apos;s whole headcount).</extracomment>
        <translation>Headcount (FTE)</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/identity_form.py" line="132"/>
        <source>Non renseigné</source>
        <translation>Not stated</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/identity_form.py" line="135"/>
        <source>Siège ou antenne</source>
        <translation>Head office or branch</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/identity_form.py" line="140"/>
        <source>Type de structure</source>
        <translation>Structure type</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/identity_form.py" line="106"/>
        <source>Types de prestation</source>
        <translation>Service types</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/identity_form.py" line="170"/>
        <source>Département&#xa0;: {department} ({code}) — Région&#xa0;: {region}</source>
        <translation>Department: {department} ({code}) — Region: {region}</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/identity_form.py" line="291"/>
        <source>Modifié à la main : les imports ne l&apos;écraseront pas.</source>
        <translation>Edited by hand: imports will not overwrite it.</translation>
    </message>
</context>
<context>
    <name>ImpactReportForm</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/impact_form.py" line="125"/>
        <source>Modifier le bilan d&apos;impact</source>
        <translation>Edit the impact report</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/impact_form.py" line="126"/>
        <source>Nouveau bilan d&apos;impact</source>
        <translation>New impact report</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/impact_form.py" line="158"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/impact_form.py" line="159"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/impact_form.py" line="164"/>
        <source>Début de la période</source>
        <translation>Start of the period</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/impact_form.py" line="165"/>
        <source>Fin de la période</source>
        <translation>End of the period</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/impact_form.py" line="181"/>
        <source>Sorties de la période</source>
        <translation>Exits in the period</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/impact_form.py" line="184"/>
        <source>Commentaire</source>
        <translation>Comment</translation>
    </message>
</context>
<context>
    <name>ImpactReportsDialog</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/impact_dialog.py" line="62"/>
        <source>Bilans d&apos;impact</source>
        <translation>Impact reports</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/impact_dialog.py" line="82"/>
        <source>Tapez le nom d&apos;un client, puis choisissez-le</source>
        <translation>Type a client&apos;s name, then choose it</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/impact_dialog.py" line="85"/>
        <source>Bilans</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/impact_dialog.py" line="90"/>
        <source>Ajouter…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/impact_dialog.py" line="91"/>
        <source>Modifier…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/impact_dialog.py" line="93"/>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/impact_dialog.py" line="95"/>
        <source>Exporter…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/impact_dialog.py" line="97"/>
        <source>{definition} Les personnes sont comptées, jamais nommées.</source>
        <translation>{definition} People are counted, never named.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/impact_dialog.py" line="106"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/impact_dialog.py" line="86"/>
        <source>Période</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/impact_dialog.py" line="87"/>
        <source>Sorties</source>
        <translation>Exits</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/impact_dialog.py" line="88"/>
        <source>Sorties dynamiques</source>
        <translation>Dynamic exits</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/impact_dialog.py" line="112"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/impact_dialog.py" line="173"/>
        <source>— (aucune sortie)</source>
        <translation>— (no exit)</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/impact_dialog.py" line="186"/>
        <source>Choisissez un client pour voir ses bilans.</source>
        <translation>Choose a client to see its reports.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/impact_dialog.py" line="188"/>
        <source>Aucun bilan pour ce client : « Ajouter… » en crée un.</source>
        <translation>No report for this client: “Add…” creates one.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/impact_dialog.py" line="223"/>
        <source>Ajouter le bilan d&apos;impact {period} de « {client} »</source>
        <translation>Add the impact report {period} for “{client}”</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/impact_dialog.py" line="249"/>
        <source>Modifier le bilan d&apos;impact {period} de « {client} »</source>
        <translation>Edit the impact report {period} for “{client}”</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/impact_dialog.py" line="270"/>
        <source>Supprimer le bilan d&apos;impact {period} de « {client} »</source>
        <translation>Delete the impact report {period} for “{client}”</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/impact_dialog.py" line="259"/>
        <source>Supprimer le bilan d&apos;impact</source>
        <translation>Delete the impact report</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/impact_dialog.py" line="261"/>
        <source>Supprimer le bilan d&apos;impact {period} de « {client} » ? Ctrl+Z le remet.</source>
        <translation>Delete the impact report {period} of “{client}”? Ctrl+Z puts it back.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/impact_dialog.py" line="282"/>
        <source>Exporter le bilan d&apos;impact</source>
        <translation>Export the impact report</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/impact_dialog.py" line="283"/>
        <source>Classeur (*.xlsx)</source>
        <translation>Workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/impact_dialog.py" line="296"/>
        <source>Bilan écrit dans « {path} ».</source>
        <translation>Report written to “{path}”.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/impact_form.py" line="61"/>
        <source>Sorties dynamiques : — (aucune sortie)</source>
        <extracomment>The width the form opens at (less on a narrower screen): each exit&apos;s meaning on one line.</extracomment>
        <translation>Dynamic exits: — (no exit)</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/impact_form.py" line="65"/>
        <source>Sorties dynamiques : {rate} sur {total} sortie ({detail})</source>
        <translation>Dynamic exits: {rate} of {total} exit ({detail})</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/impact_form.py" line="68"/>
        <source>Sorties dynamiques : {rate} sur {total} sorties ({detail})</source>
        <translation>Dynamic exits: {rate} of {total} exits ({detail})</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/impact_form.py" line="77"/>
        <source>{category} : {count}</source>
        <translation>{category}: {count}</translation>
    </message>
</context>
<context>
    <name>ImportBatchTableModel</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/models/import_batch_table.py" line="123"/>
        <source>Fournisseurs</source>
        <translation>Suppliers</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/models/import_batch_table.py" line="124"/>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/models/import_batch_table.py" line="127"/>
        <source>Dépenses</source>
        <translation>Spend</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/models/import_batch_table.py" line="137"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/models/import_batch_table.py" line="139"/>
        <source>Contenu</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/models/import_batch_table.py" line="141"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/models/import_batch_table.py" line="143"/>
        <source>Fichiers</source>
        <translation>Files</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/models/import_batch_table.py" line="89"/>
        <source>Lignes</source>
        <extracomment>The columns of each count, which ``COL_RESULT`` folds into one. Count columns: key of ``ImportBatch.counts`` and header (marked for lupdate).</extracomment>
        <translation>Rows</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/models/import_batch_table.py" line="90"/>
        <source>Ajoutées</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/models/import_batch_table.py" line="91"/>
        <source>Mises à jour</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/models/import_batch_table.py" line="92"/>
        <source>Inchangées</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/models/import_batch_table.py" line="95"/>
        <source>Fusionnées</source>
        <translation>Merged</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/models/import_batch_table.py" line="96"/>
        <source>Rejetées</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/models/import_batch_table.py" line="97"/>
        <source>Signalées</source>
        <translation>Flagged</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/models/import_batch_table.py" line="98"/>
        <source>Conflits</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/models/import_batch_table.py" line="103"/>
        <source>{title} : {count}</source>
        <extracomment>One count of ``COL_RESULT``: the title of its column and the count.</extracomment>
        <translation>{title}: {count}</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/models/import_batch_table.py" line="147"/>
        <source>Résultat</source>
        <translation>Outcome</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <location filename="../../src/srm_inclusif/exchange/columns.py" line="29"/>
        <location filename="../../src/srm_inclusif/exchange/preview.py" line="30"/>
        <source>Raison sociale</source>
        <extracomment>Supplier fields: key → (French label, synonyms as they appear in real files). Synonyms are listed strongest first: when two columns name one field, the header nearer the label wins (« Raison sociale » over « Nom », wherever each stands).</extracomment>
        <translation>Company name</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/columns.py" line="35"/>
        <source>Enseigne</source>
        <translation>Brand</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/columns.py" line="38"/>
        <location filename="../../src/srm_inclusif/exchange/columns.py" line="116"/>
        <location filename="../../src/srm_inclusif/exchange/preview.py" line="31"/>
        <location filename="../../src/srm_inclusif/exchange/preview.py" line="43"/>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/columns.py" line="41"/>
        <source>SIREN</source>
        <translation>SIREN</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/columns.py" line="42"/>
        <source>Type de structure</source>
        <translation>Structure type</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/columns.py" line="45"/>
        <source>Siège ou antenne</source>
        <translation>Head office or branch</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/columns.py" line="48"/>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/columns.py" line="50"/>
        <source>Complément d&apos;adresse</source>
        <translation>Address line 2</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/columns.py" line="53"/>
        <location filename="../../src/srm_inclusif/exchange/preview.py" line="33"/>
        <location filename="../../src/srm_inclusif/exchange/preview.py" line="97"/>
        <source>Code postal</source>
        <translation>Post code</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/columns.py" line="56"/>
        <location filename="../../src/srm_inclusif/exchange/preview.py" line="35"/>
        <location filename="../../src/srm_inclusif/exchange/preview.py" line="98"/>
        <source>Ville</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/columns.py" line="58"/>
        <location filename="../../src/srm_inclusif/exchange/preview.py" line="36"/>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/columns.py" line="62"/>
        <location filename="../../src/srm_inclusif/exchange/preview.py" line="37"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/columns.py" line="65"/>
        <source>Site web</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/columns.py" line="69"/>
        <source>Réseau social</source>
        <translation>Social media page</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/columns.py" line="72"/>
        <location filename="../../src/srm_inclusif/exchange/preview.py" line="38"/>
        <source>Secteurs</source>
        <translation>Sectors</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/columns.py" line="76"/>
        <source>Types de prestation</source>
        <translation>Service types</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/columns.py" line="78"/>
        <source>Réseaux</source>
        <translation>Networks</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/columns.py" line="80"/>
        <location filename="../../src/srm_inclusif/exchange/preview.py" line="39"/>
        <source>Références clients</source>
        <translation>Client references</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/columns.py" line="84"/>
        <source>Effectif en insertion ou travailleurs handicapés (ETP)</source>
        <translation>Insertion headcount or workers with disabilities (FTE)</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/columns.py" line="89"/>
        <source>Effectif permanent</source>
        <translation>Permanent headcount</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/columns.py" line="91"/>
        <source>Forme juridique</source>
        <translation>Legal form</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/columns.py" line="93"/>
        <source>Identifiant source</source>
        <translation>Source identifier</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/columns.py" line="95"/>
        <source>Prénom du contact</source>
        <translation>Contact first name</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/columns.py" line="97"/>
        <source>Nom du contact</source>
        <translation>Contact last name</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/columns.py" line="100"/>
        <source>E-mail du contact</source>
        <translation>Contact email</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/columns.py" line="102"/>
        <source>Téléphone du contact</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/columns.py" line="104"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/columns.py" line="110"/>
        <source>Raison sociale du fournisseur</source>
        <extracomment>Spend fields of the Marché de l&apos;inclusion purchase layout, plus date, buyer and invoice.</extracomment>
        <translation>Supplier company name</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/columns.py" line="119"/>
        <source>Dépense achat (€ HT)</source>
        <translation>Purchase spend (€ excl. VAT)</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/columns.py" line="125"/>
        <source>Catégorie d&apos;achat</source>
        <translation>Purchase category</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/columns.py" line="128"/>
        <source>Entité acheteuse</source>
        <translation>Buying entity</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/columns.py" line="131"/>
        <location filename="../../src/srm_inclusif/exchange/preview.py" line="45"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/columns.py" line="134"/>
        <source>Année</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/columns.py" line="136"/>
        <location filename="../../src/srm_inclusif/exchange/preview.py" line="75"/>
        <source>Acheteur</source>
        <extracomment>Who gets a spend line: shown when the file names buyers or its lines go to someone.</extracomment>
        <translation>Buyer</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/columns.py" line="139"/>
        <source>N° de facture ou de commande</source>
        <translation>Invoice or order no.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/columns.py" line="153"/>
        <source>Raison sociale du client</source>
        <extracomment>A structure inclusive&apos;s words for the spend fields her sales fill (French; same context).</extracomment>
        <translation>Client&apos;s company name</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/columns.py" line="154"/>
        <source>Vente (€ HT)</source>
        <translation>Sale (€ excl. VAT)</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/columns.py" line="155"/>
        <source>Catégorie de vente</source>
        <translation>Sales category</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/columns.py" line="156"/>
        <source>Entité cliente</source>
        <translation>Client entity</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/columns.py" line="157"/>
        <location filename="../../src/srm_inclusif/exchange/preview.py" line="76"/>
        <source>Commercial</source>
        <translation>Salesperson</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/columns.py" line="167"/>
        <source>Indice de répétition (bis, ter)</source>
        <translation>Repetition index (bis, ter)</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/columns.py" line="168"/>
        <source>Commune à l&apos;étranger</source>
        <translation>Town abroad</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/columns.py" line="169"/>
        <source>Statut de diffusion</source>
        <translation>Publication status</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/columns.py" line="170"/>
        <source>Type de ligne FINESS</source>
        <translation>FINESS row type</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/columns.py" line="172"/>
        <source>Établissement siège (true/false)</source>
        <translation>Head office establishment (true/false)</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/columns.py" line="178"/>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/columns.py" line="182"/>
        <source>Ligne entière</source>
        <extracomment>What a report names instead of a field when a whole line could not be read as cells.</extracomment>
        <translation>Whole line</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/columns.py" line="183"/>
        <source>Encodage</source>
        <translation>Encoding</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/preview.py" line="28"/>
        <source>hors liste : {texts}</source>
        <extracomment>Sector texts of a row that name no reference sector (kept as free métiers).</extracomment>
        <translation>out of list: {texts}</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/preview.py" line="32"/>
        <location filename="../../src/srm_inclusif/exchange/preview.py" line="96"/>
        <source>Type</source>
        <extracomment>What a spend file may say of its supplier: shown when the file has the column.</extracomment>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/preview.py" line="34"/>
        <source>Dépt</source>
        <translation>Dept</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/preview.py" line="42"/>
        <source>Fournisseur</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/preview.py" line="44"/>
        <source>Montant HT</source>
        <translation>Amount excl. VAT</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/preview.py" line="46"/>
        <source>Catégorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/preview.py" line="47"/>
        <source>Entité</source>
        <translation>Entity</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/preview.py" line="48"/>
        <source>N° pièce</source>
        <translation>Document no.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/preview.py" line="69"/>
        <source>Client</source>
        <extracomment>A structure inclusive&apos;s words for the preview of her sales.</extracomment>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/columns.py" line="163"/>
        <source>Dénomination usuelle</source>
        <extracomment>Fields that only some formats fill (SIRENE, FINESS, Hosmoz, API pages), with their French labels.</extracomment>
        <translation>Usual name</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/columns.py" line="164"/>
        <source>Numéro de voie</source>
        <translation>Street number</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/columns.py" line="165"/>
        <source>Type de voie</source>
        <translation>Street type</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/columns.py" line="166"/>
        <source>Libellé de voie</source>
        <translation>Street name</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/columns.py" line="171"/>
        <source>État administratif (A/F)</source>
        <translation>Administrative status (A/F)</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/columns.py" line="173"/>
        <source>Code NAF</source>
        <translation>NAF code</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/columns.py" line="174"/>
        <source>Catégorie FINESS</source>
        <translation>FINESS category</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/columns.py" line="175"/>
        <source>Ligne d&apos;acheminement (CP + ville)</source>
        <translation>Delivery line (post code + town)</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/columns.py" line="176"/>
        <source>Raison sociale courte</source>
        <translation>Short company name</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/columns.py" line="177"/>
        <source>SIRET (seconde colonne)</source>
        <translation>SIRET (second column)</translation>
    </message>
</context>
<context>
    <name>ImportFormats</name>
    <message>
        <location filename="../../src/srm_inclusif/exchange/formats.py" line="77"/>
        <source>Marché de l&apos;inclusion : export des structures (CSV)</source>
        <extracomment>The source its structures are stored from, when not its key (the Marché&apos;s three exports are one source): a re-import from the same source refreshes their values. It lists inclusive structures only: a new structure it gives no kind is flagged. The columns a file of this layout always has, titled as FORMATS.md spells them: chosen for a file lacking one, the layout does not fit it (``missing_columns``).</extracomment>
        <translation>Marché de l&apos;inclusion: structures export (CSV)</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/formats.py" line="81"/>
        <source>Marché de l&apos;inclusion : export des structures (XLS)</source>
        <translation>Marché de l&apos;inclusion: structures export (XLS)</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/formats.py" line="85"/>
        <source>Marché de l&apos;inclusion : pages de l&apos;API (JSON)</source>
        <translation>Marché de l&apos;inclusion: API pages (JSON)</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/formats.py" line="88"/>
        <location filename="../../src/srm_inclusif/exchange/formats.py" line="152"/>
        <source>Annuaire ESAT / EA</source>
        <translation>ESAT / EA directory</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/formats.py" line="94"/>
        <source>Export Hosmoz</source>
        <translation>Hosmoz export</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/formats.py" line="101"/>
        <source>INSEE SIRENE : fichier des établissements</source>
        <translation>INSEE SIRENE: establishments file</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/formats.py" line="104"/>
        <source>FINESS : établissements (ESAT, catégorie 246)</source>
        <translation>FINESS: establishments (ESAT, category 246)</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/formats.py" line="113"/>
        <source>Tableau libre (CSV, XLSX, XLS, ODS) avec correspondance des colonnes</source>
        <translation>Free-form table (CSV, XLSX, XLS, ODS) with column mapping</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/formats.py" line="115"/>
        <source>Dépenses (modèle d&apos;import d&apos;achats)</source>
        <translation>Spend (purchase import template)</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/formats.py" line="123"/>
        <source>Ventes (modèle d&apos;import des ventes)</source>
        <extracomment>The labels of the formats in a structure inclusive&apos;s words: her spend file lists her sales.</extracomment>
        <translation>Sales (sales import template)</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/formats.py" line="125"/>
        <source>Modèle de ventes</source>
        <translation>Sales template</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/formats.py" line="149"/>
        <source>Marché de l&apos;inclusion (CSV)</source>
        <extracomment>The format recorded on the batch of the demo data (``storage.demo``): not a file layout. A few words naming each format where space is short (the history of imports).</extracomment>
        <translation>Marché de l&apos;inclusion (CSV)</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/formats.py" line="150"/>
        <source>Marché de l&apos;inclusion (XLS)</source>
        <translation>Marché de l&apos;inclusion (XLS)</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/formats.py" line="151"/>
        <source>Marché de l&apos;inclusion (API)</source>
        <translation>Marché de l&apos;inclusion (API)</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/formats.py" line="153"/>
        <source>Hosmoz</source>
        <translation>Hosmoz</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/formats.py" line="154"/>
        <source>SIRENE</source>
        <translation>SIRENE</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/formats.py" line="155"/>
        <source>FINESS</source>
        <translation>FINESS</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/formats.py" line="156"/>
        <source>Tableau libre</source>
        <translation>Free-form table</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/formats.py" line="157"/>
        <source>Modèle d&apos;achats</source>
        <translation>Purchase template</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/formats.py" line="158"/>
        <source>Démonstration</source>
        <translation>Demo</translation>
    </message>
</context>
<context>
    <name>ImportHistory</name>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/imports.py" line="28"/>
        <source>Données de démonstration (fictives)</source>
        <extracomment>What the demo data&apos;s import records as its files (it read none): the UI shows it in its language, recognising that import by its format, whatever an older version stored.</extracomment>
        <translation>Demo data (fictitious)</translation>
    </message>
</context>
<context>
    <name>ImportIssueTableModel</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/models/import_issue_table.py" line="44"/>
        <source>Rejetée</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/models/import_issue_table.py" line="45"/>
        <source>Signalée</source>
        <translation>Flagged</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/models/import_issue_table.py" line="46"/>
        <source>Conflit</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/models/import_issue_table.py" line="47"/>
        <source>Fusionnée</source>
        <translation>Merged</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/models/import_issue_table.py" line="48"/>
        <source>Ligne de total</source>
        <translation>Total line</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/models/import_issue_table.py" line="134"/>
        <source>{title} : {cell}</source>
        <extracomment>The reasons with a part filled in. The filled-in parts that are dates, stored as the French write them (« 05/01/2026 »). Why a row was rejected or flagged, in the UI language (stored in French): reasons with a part filled in are read back to their template, the others looked up as they are. The code of each French label a report writes for a coded field (« Antenne » → ANTENNA). The reasons of each coded field&apos;s rows (« Champ modifié à la main (« Siège ») ... »). The widest (in average characters) the file, structure, field and value get; longer texts wrap on the row (whole in their tooltip). The reason beside them, which takes the room left, says what is wrong: in a 1000 px wizard, or the history at 1024 px, it had a sixth of the width. A file&apos;s name is cut in its middle (« achats_vir…tegee.csv »): its end tells files apart. The cells of a rejected line without a name, joined (``line_held``).</extracomment>
        <translation>{title}: {cell}</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/models/import_issue_table.py" line="152"/>
        <source>Gravité</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/models/import_issue_table.py" line="157"/>
        <source>Fichier</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/models/import_issue_table.py" line="162"/>
        <source>Ligne</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/models/import_issue_table.py" line="172"/>
        <source>Champ</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/models/import_issue_table.py" line="178"/>
        <source>Valeur</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/models/import_issue_table.py" line="183"/>
        <source>Motif</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/issues_export.py" line="26"/>
        <source>rejetées : {count}</source>
        <extracomment>How many rows of each severity the file holds, in the order of the table&apos;s severities.</extracomment>
        <translation>rejected: {count}</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/issues_export.py" line="27"/>
        <source>signalées : {count}</source>
        <translation>flagged: {count}</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/issues_export.py" line="28"/>
        <source>en conflit : {count}</source>
        <translation>in conflict: {count}</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/issues_export.py" line="29"/>
        <source>fusionnées : {count}</source>
        <translation>merged: {count}</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/issues_export.py" line="30"/>
        <source>lignes de total : {count}</source>
        <translation>total lines: {count}</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/issues_export.py" line="36"/>
        <source>Exporter les lignes à vérifier (CSV)…</source>
        <translation>Export rows to check (CSV)…</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/issues_export.py" line="51"/>
        <source>Enregistrer dans un fichier CSV les lignes rejetées, signalées, fusionnées ou en conflit, comme le tableau les montre</source>
        <translation>Save the rejected, flagged, merged or conflicting rows in a CSV file, as the table shows them</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/issues_export.py" line="68"/>
        <source>lignes-a-verifier {files} {day}.csv</source>
        <translation>rows-to-check {files} {day}.csv</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/issues_export.py" line="80"/>
        <source>Exporter les lignes à vérifier</source>
        <translation>Export rows to check</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/issues_export.py" line="83"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/issues_export.py" line="94"/>
        <source>Lignes écrites dans « {name} » : {count} ({severities}).</source>
        <translation>Rows written to “{name}”: {count} ({severities}).</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/report.py" line="21"/>
        <source>Colonne {number}</source>
        <extracomment>The title of a rejected line&apos;s cell under a column its file leaves untitled (or beyond its last title): its place in the line, as a spreadsheet numbers columns.</extracomment>
        <translation>Column {number}</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/issues_export.py" line="48"/>
        <source>Enregistrer dans un fichier CSV les lignes rejetées, signalées, fusionnées, en conflit ou de total, comme le tableau les montre</source>
        <translation>Save to a CSV file the rejected, flagged, merged, conflicting and total lines, as the table shows them</translation>
    </message>
</context>
<context>
    <name>ImportPlan</name>
    <message>
        <location filename="../../src/srm_inclusif/exchange/reading_labels.py" line="11"/>
        <source>UTF-8 (avec BOM)</source>
        <translation>UTF-8 (with BOM)</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/reading_labels.py" line="14"/>
        <source>virgule</source>
        <translation>comma</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/reading_labels.py" line="15"/>
        <source>point-virgule</source>
        <translation>semicolon</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/reading_labels.py" line="16"/>
        <source>barre verticale</source>
        <translation>vertical bar</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/reading_labels.py" line="17"/>
        <source>tabulation</source>
        <translation>tab</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/reading_labels.py" line="18"/>
        <source>deux-points</source>
        <translation>colon</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/reading_labels.py" line="19"/>
        <source>dièse</source>
        <translation>hash</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/reading_labels.py" line="22"/>
        <location filename="../../src/srm_inclusif/exchange/reading_labels.py" line="23"/>
        <source>classeur Excel</source>
        <translation>Excel workbook</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/reading_labels.py" line="24"/>
        <source>classeur Excel 97-2003</source>
        <translation>Excel 97-2003 workbook</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/reading_labels.py" line="25"/>
        <source>classeur OpenDocument</source>
        <translation>OpenDocument workbook</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/archives.py" line="35"/>
        <source>Archive « {name} » : fichiers laissés de côté, ce ne sont pas des tableaux : {members}.</source>
        <extracomment>The tables a ZIP may hold (nested archives are not opened); a ``.txt`` is one when its content is a table (a pipe file like the ESAT / EA directory), not a notice. What macOS adds to the archives it makes: no member of the user&apos;s. How a table of an archive is named in the report (summary, remarks, rejects, history), as a sheet is after its workbook (``sheet_plans.SHEET_FILE_NAME``): no such file beside the archive.</extracomment>
        <translation>Archive “{name}”: files left aside, they are not tables: {members}.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/sheet_plans.py" line="39"/>
        <source>Classeur « {name} » : feuille « {sheet} » non lue, aucune colonne reconnue dans ses {rows} premières lignes.</source>
        <extracomment>How a sheet is named when several sheets of its workbook are read (the report&apos;s « Fichier »). Why a sheet with a table is not read (context ``ImportPlan``, filled by ``sheet_note``).</extracomment>
        <translation>Workbook “{name}”: sheet “{sheet}” not read, no recognised column in its first {rows} rows.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/sheet_plans.py" line="42"/>
        <source>Classeur « {name} » : feuille « {sheet} » non lue, aucune ligne de données sous sa ligne d&apos;en-tête.</source>
        <translation>Workbook “{name}”: sheet “{sheet}” not read, no data row below its header row.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/raw_lines.py" line="41"/>
        <source>Cellules d&apos;origine gardées pour les {kept} premières lignes rejetées seulement : les {left} autres figurent dans les lignes à vérifier sans leurs cellules.</source>
        <extracomment>Most cells of a rejected line kept, and most characters of each (a junk file of long lines must not fill the memory of its import). Rejected lines of one import that keep their cells. Measured on a file of 100 000 junk lines of 15 cells, all rejected, imported with ``--rejects``: 354 MB at peak keeping them all, 180 MB keeping none, 206 MB keeping 10 000 (a line kept costs about 2 KB until stored and exported). Far more than anyone fixes by hand: past them, the mapping is what is wrong. The ``raw_cells`` of a line rejected past the first ``KEPT_LINES``: listed without its cells. The ``raw_cells`` the reader gives a rejected line that has no cells to give (a line read as none, a further refusal of a line), until ``fill_merge_rejects`` tells it from a line the merge rejected (which has None). Never stored: put back to None. Said with the import&apos;s summary, and when its lines to check are exported.</extracomment>
        <translation>Original cells kept for the first {kept} rejected lines only: the other {left} are listed among the lines to check without their cells.</translation>
    </message>
</context>
<context>
    <name>ImportReasons</name>
    <message>
        <location filename="../../src/srm_inclusif/core/siret.py" line="17"/>
        <source>Le SIRET ne doit contenir que des chiffres.</source>
        <extracomment>Why a SIRET is flagged (stored in French; the UI translates them, context &quot;ImportReasons&quot;).</extracomment>
        <translation>The SIRET must contain digits only.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/siret.py" line="18"/>
        <source>Le SIRET doit compter 14 chiffres ({count} lus).</source>
        <translation>A SIRET has 14 digits ({count} read).</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/siret.py" line="20"/>
        <source>Clé de contrôle du SIRET incorrecte.</source>
        <translation>Wrong SIRET check digit.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/siret.py" line="21"/>
        <source>NIC provisoire (999xx) : établissement à vérifier.</source>
        <translation>Provisional NIC (999xx): establishment to be checked.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/siret.py" line="23"/>
        <source>SIREN 000000000 : numéro de remplissage, pas un vrai SIRET.</source>
        <translation>SIREN 000000000: a filler, not a real SIRET.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/siret.py" line="25"/>
        <source>SIRET écrit par Excel en notation scientifique : ses derniers chiffres sont perdus. Exportez à nouveau la colonne au format Texte.</source>
        <translation>SIRET written by Excel in scientific notation: its last digits are lost. Export the column again in Text format.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/siret.py" line="29"/>
        <source>Pas un SIRET (aucun chiffre) : valeur non enregistrée.</source>
        <extracomment>An imported SIRET cell without a single digit (« @@ », « ? », « inconnu »): no SIRET to keep.</extracomment>
        <translation>Not a SIRET (no digit): value not stored.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/import_items.py" line="41"/>
        <source>Structure inactive : ignorée.</source>
        <translation>Inactive structure: skipped.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/import_items.py" line="44"/>
        <source>{count} valeurs pour {columns} colonnes : valeurs peut-être décalées, à vérifier.</source>
        <translation>{count} values for {columns} columns: values may be shifted, please check.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/import_items.py" line="47"/>
        <source>1 seule valeur pour {columns} colonnes : valeur peut-être mal placée, à vérifier.</source>
        <translation>A single value for {columns} columns: it may be in the wrong place, please check.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/import_items.py" line="50"/>
        <source>{count} valeurs pour {columns} colonnes : les {extra} dernières sont ignorées.</source>
        <translation>{count} values for {columns} columns: the last {extra} are ignored.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/import_items.py" line="53"/>
        <source>{count} valeurs pour {columns} colonnes : la dernière est ignorée.</source>
        <translation>{count} values for {columns} columns: the last one is ignored.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/import_items.py" line="58"/>
        <source>{count} valeurs pour {columns} colonnes : un séparateur dans une valeur (la virgule d&apos;un montant ?) décale les colonnes ; ligne rejetée pour ne pas enregistrer un montant faux. Dans le tableur d&apos;origine, enregistrez le fichier avec le point-virgule comme séparateur, ou les montants entre guillemets.</source>
        <translation>{count} values for {columns} columns: a separator inside a value (an amount&apos;s decimal comma?) shifts the columns; row rejected so as not to store a wrong amount. In the spreadsheet it came from, save the file with the semicolon as separator, or the amounts in quotes.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/import_items.py" line="63"/>
        <source>Ligne en Windows-1252 dans un fichier UTF-8 : vérifiez ses accents.</source>
        <translation>Line in Windows-1252 in a UTF-8 file: check its accents.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/import_items.py" line="65"/>
        <source>Ligne en UTF-8 dans un fichier Windows-1252 : vérifiez ses accents.</source>
        <translation>UTF-8 line in a Windows-1252 file: check its accents.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/import_items.py" line="67"/>
        <source>Caractères de contrôle (saut de ligne dans une cellule ?) remplacés par des espaces : vérifiez la ligne.</source>
        <translation>Control characters (a line break inside a cell?) replaced by spaces: check the line.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/records.py" line="51"/>
        <source>Raison sociale manquante.</source>
        <extracomment>Reasons of row issues, stored in French with the issue; the UI translates them (context &quot;ImportReasons&quot;) with ``reason_text``.</extracomment>
        <translation>Company name missing.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/geo.py" line="14"/>
        <source>Code postal illisible : ignoré.</source>
        <extracomment>Why a post code is left out (stored in French; the UI translates them, &quot;ImportReasons&quot;).</extracomment>
        <translation>Unreadable post code: ignored.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/geo.py" line="15"/>
        <source>Code commune INSEE de Corse, pas un code postal : ignoré.</source>
        <translation>Corsican INSEE commune code, not a post code: ignored.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/records.py" line="52"/>
        <source>Numéro de téléphone non reconnu (gardé tel quel).</source>
        <translation>Phone number not recognised (kept as is).</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/records.py" line="53"/>
        <source>Adresse e-mail invalide (gardée telle quelle).</source>
        <translation>Invalid email address (kept as is).</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/records.py" line="54"/>
        <source>Pas une adresse de site web (sans point ou avec des espaces) : non enregistrée.</source>
        <translation>Not a website address (no dot, or spaces in it): not stored.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/records.py" line="57"/>
        <source>Type de structure inconnu : ignoré.</source>
        <translation>Unknown structure type: ignored.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/records.py" line="59"/>
        <source>SIAE ne dit pas quel type : EI, ACI, AI, ETTI ou EITI ? Type ignoré (« Classique » pour une nouvelle fiche), à préciser.</source>
        <extracomment>Why « SIAE » is no kind: it names a family of five (said instead of ``UNKNOWN_KIND``).</extracomment>
        <translation>SIAE does not say which kind: EI, ACI, AI, ETTI or EITI? Kind ignored (“Classic” for a new record), to be specified.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/records.py" line="62"/>
        <source>Contact sans nom : non enregistré.</source>
        <translation>Contact without a name: not saved.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/records.py" line="63"/>
        <source>Ni siège ni antenne : valeur ignorée.</source>
        <translation>Neither head office nor branch: value ignored.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/records.py" line="64"/>
        <source>Secteur absent de la liste de référence : gardé en texte.</source>
        <translation>Sector not in the reference list: kept as text.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/records.py" line="66"/>
        <source>Date à la place du SIRET (cellule au format date du tableur) : ignorée.</source>
        <translation>A date instead of the SIRET (a spreadsheet date cell): ignored.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/spend_records.py" line="38"/>
        <source>Année illisible (attendu 2025).</source>
        <translation>Unreadable year (expected 2025).</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/records.py" line="68"/>
        <source>Nombre illisible (attendu 12 ou 12,5) : ignoré.</source>
        <translation>Unreadable number (expected 12 or 12.5): ignored.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/records.py" line="71"/>
        <source>Ligne de total ou de pagination, pas une structure.</source>
        <extracomment>Supplier fields holding a count (a headcount, full-time equivalents).</extracomment>
        <translation>Total or page line, not a structure.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/spend_records.py" line="58"/>
        <source>Ligne de total ou de pagination, pas un achat.</source>
        <translation>Total or page line, not a purchase.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/money.py" line="13"/>
        <source>Montant manquant ou illisible.</source>
        <extracomment>Why an amount cell is refused (stored in French with the row&apos;s issue; the UI translates them, context &quot;ImportReasons&quot;).</extracomment>
        <translation>Amount missing or unreadable.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/money.py" line="14"/>
        <source>Montant TTC : les achats se comptent hors taxes ; indiquez le montant HT.</source>
        <translation>Amount including VAT: purchases are counted excluding VAT; give the amount excluding VAT.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/money.py" line="16"/>
        <source>Montant ambigu : trois chiffres après la virgule ou le point, milliers ou décimales ? Écrivez-le sans séparateur de milliers, ou avec deux décimales.</source>
        <translation>Ambiguous amount: three digits after the comma or the point, thousands or decimals? Write it without a thousands separator, or with two decimals.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/money.py" line="19"/>
        <source>Montant de 1 000 milliards d&apos;euros ou plus : ce n&apos;est pas une dépense.</source>
        <translation>Amount of 1,000 billion euros or more: this is not a purchase.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/spend_records.py" line="35"/>
        <source>Ni SIRET ni raison sociale.</source>
        <extracomment>Reasons a spend row is refused (context &quot;ImportReasons&quot;, as the structures&apos; reasons).</extracomment>
        <translation>Neither SIRET nor company name.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/spend_records.py" line="36"/>
        <source>Date illisible (attendu 31/12/2025 ou 2025-12-31).</source>
        <translation>Unreadable date (expected 31/12/2025 or 2025-12-31).</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/spend_records.py" line="41"/>
        <source>Date invraisemblable : {day}, avant 1990. Une faute de frappe dans l&apos;année ? Le montant compterait dans un autre exercice.</source>
        <extracomment>A date read but out of the range a purchase may have (``normalise.EARLIEST_DAY``, ``normalise.latest_day``): a typo in its year would count its amount in another fiscal year.</extracomment>
        <translation>Implausible date: {day}, before 1990. A typo in the year? The amount would count in another fiscal year.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/spend_records.py" line="44"/>
        <source>Date invraisemblable : {day}, plus d&apos;un an après aujourd&apos;hui ({today}). Une faute de frappe dans l&apos;année ? Le montant compterait dans un autre exercice.</source>
        <translation>Implausible date: {day}, more than a year after today ({today}). A typo in the year? The amount would count in another fiscal year.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/spend_records.py" line="55"/>
        <source>Date absente : ligne datée du {day} (date choisie pour les lignes sans date).</source>
        <translation>Date missing: row dated {day} (the date chosen for rows without a date).</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/spend_records.py" line="62"/>
        <source>Nom commençant par « Total », sans SIRET : importée comme un achat. Si c&apos;est un sous-total et non un fournisseur, retirez la ligne du fichier : son montant compterait deux fois.</source>
        <extracomment>« Total Energies » without SIRET, adding up no lines above it, with a purchase&apos;s date: a company so named, or an ERP&apos;s subtotal of one supplier (``spend_totals``): imported, flagged.</extracomment>
        <translation>Name starting with “Total”, no SIRET: imported as a purchase. If it is a subtotal and not a supplier, remove the line from the file: its amount would count twice.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/spend_reasons.py" line="21"/>
        <source>Fournisseur absent de l&apos;espace : dépense rattachée à un fournisseur classique créé pour l&apos;occasion.</source>
        <extracomment>Why a spend line is flagged (stored in French; the UI translates, context &quot;ImportReasons&quot;).</extracomment>
        <translation>Supplier not in the workspace: the spend is attached to a classic supplier created for it.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/spend_reasons.py" line="25"/>
        <source>Fournisseur absent de l&apos;espace : fournisseur classique créé pour l&apos;occasion, auquel sont rattachées ses {lines} lignes de l&apos;import (remarque sur la première seulement).</source>
        <extracomment>The same, on the first of several lines of the supplier (said on that line only).</extracomment>
        <translation>Supplier not in the workspace: a classic supplier was created for it, with its {lines} lines of the import (remark on the first only).</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/spend_reasons.py" line="29"/>
        <source>Acheteur inconnu dans l&apos;espace : la ligne est importée sans acheteur.</source>
        <translation>Buyer unknown in the workspace: the line is imported without a buyer.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/spend_reasons.py" line="32"/>
        <source>Acheteur inconnu dans l&apos;espace : les {lines} lignes de l&apos;import qui le nomment sont importées sans acheteur (remarque sur la première seulement).</source>
        <extracomment>The same, on the first of several lines naming the buyer (said on that line only).</extracomment>
        <translation>Buyer not in the workspace: the {lines} lines of the import that name them are imported without a buyer (remark on the first only).</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/spend_reasons.py" line="36"/>
        <source>Acheteur inconnu dans l&apos;espace : ligne déjà importée, inchangée, toujours sans acheteur.</source>
        <extracomment>The same, on a line already stored, unchanged, that a re-import finds still without its buyer.</extracomment>
        <translation>Buyer unknown in the workspace: line already imported, unchanged, still without a buyer.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/spend_reasons.py" line="39"/>
        <source>Acheteur inconnu dans l&apos;espace : les {lines} lignes déjà importées qui le nomment, inchangées, restent sans acheteur (remarque sur la première seulement).</source>
        <translation>Buyer unknown in the workspace: the {lines} already imported lines naming them, unchanged, remain without a buyer (remark on the first one only).</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/spend_reasons.py" line="42"/>
        <source>Commercial inconnu dans l&apos;espace : vente déjà importée, inchangée, toujours sans commercial.</source>
        <translation>Salesperson unknown in the workspace: sale already imported, unchanged, still without a salesperson.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/spend_reasons.py" line="45"/>
        <source>Commercial inconnu dans l&apos;espace : les {lines} ventes déjà importées qui le nomment, inchangées, restent sans commercial (remarque sur la première seulement).</source>
        <translation>Salesperson unknown in the workspace: the {lines} already imported sales naming them, unchanged, remain without a salesperson (remark on the first one only).</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/spend_reasons.py" line="49"/>
        <source>Client absent de l&apos;espace : vente rattachée à un client créé pour l&apos;occasion.</source>
        <extracomment>The same, in a structure inclusive&apos;s words: her lines are sales to her clients.</extracomment>
        <translation>Client not in the workspace: sale attached to a client created for it.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/spend_reasons.py" line="52"/>
        <source>Client absent de l&apos;espace : client créé pour l&apos;occasion, auquel sont rattachées ses {lines} ventes de l&apos;import (remarque sur la première seulement).</source>
        <translation>Client not in the workspace: a client was created for it, with its {lines} sales of the import (remark on the first only).</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/spend_reasons.py" line="55"/>
        <source>Commercial inconnu dans l&apos;espace : la ligne est importée sans commercial.</source>
        <translation>Salesperson unknown in the workspace: the line is imported without a salesperson.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/spend_reasons.py" line="57"/>
        <source>Commercial inconnu dans l&apos;espace : les {lines} ventes de l&apos;import qui le nomment sont importées sans commercial (remarque sur la première seulement).</source>
        <translation>Salesperson not in the workspace: the {lines} sales of the import that name them are imported without a salesperson (remark on the first only).</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/spend_reasons.py" line="60"/>
        <source>Un milliard d&apos;euros ou plus sur une seule ligne : montant gardé, vérifiez-le.</source>
        <translation>One billion euros or more on a single line: amount kept, please check it.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/spend_reasons.py" line="63"/>
        <source>Facture déjà importée pour ce fournisseur : la ligne enregistrée à cette date prend le montant et les autres valeurs du fichier.</source>
        <translation>Invoice already imported for this supplier: the line stored on that date takes the amount and the other values of the file.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/spend_reasons.py" line="67"/>
        <source>Facture déjà importée pour ce fournisseur : la ligne enregistrée à cette date passe de {old} à {new} HT et prend les autres valeurs du fichier.</source>
        <extracomment>The same, when the amount changes: the user sees the correction (« 1 780 € → 1 870 € »).</extracomment>
        <translation>Invoice already imported for this supplier: the line stored at this date goes from {old} to {new} excl. VAT and takes the file&apos;s other values.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/spend_reasons.py" line="70"/>
        <source>Facture déjà importée pour ce client : la ligne enregistrée à cette date passe de {old} à {new} HT et prend les autres valeurs du fichier.</source>
        <translation>Invoice already imported for this client: the line stored at this date goes from {old} to {new} excl. VAT and takes the file&apos;s other values.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/spend_reasons.py" line="75"/>
        <source>Facture déjà importée en base « {basis} » à la date du {day}, au même montant : cette ligne l&apos;ajoute en base « {new_basis} ». Si vous ne suivez qu&apos;une base, annulez cet import et importez à nouveau le fichier dans la première.</source>
        <extracomment>An invoice (same supplier, number, amount) stored under another basis: a file imported once as paid, once as invoiced, is in both (the same words for a seller&apos;s sales).</extracomment>
        <translation>Invoice already imported on the “{basis}” basis, dated {day}, same amount: this line adds it on the “{new_basis}” basis. If you track only one basis, undo this import and import the file again on the first one.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/spend_reasons.py" line="81"/>
        <source>SIRET invalide non repris sur la fiche du nouveau fournisseur : corrigez-le sur sa fiche.</source>
        <extracomment>A SIRET that failed its check is not written on the card an import creates (as typed by hand, it would be refused): the card goes by its name.</extracomment>
        <translation>Invalid SIRET not copied to the new supplier&apos;s card: correct it on its card.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/spend_reasons.py" line="84"/>
        <source>SIRET invalide non repris sur la fiche du nouveau client : corrigez-le sur sa fiche.</source>
        <translation>Invalid SIRET not copied to the new client&apos;s card: correct it on its card.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/spend_reasons.py" line="87"/>
        <source>Achat saisi à la main remplacé par la ligne du fichier (même n° de facture, même date) : il en prend le montant et les autres valeurs et compte désormais comme importé ; son contrat est gardé.</source>
        <translation>Purchase typed by hand replaced by the file&apos;s row (same invoice number, same date): it takes the row&apos;s amount and other values and now counts as imported; its contract is kept.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/spend_reasons.py" line="91"/>
        <source>Ligne ajoutée, mais ce fournisseur a déjà à cette date une dépense absente du fichier : sans n° de facture, l&apos;une ne remplace pas l&apos;autre. Si c&apos;est une correction, les deux sont comptées.</source>
        <translation>Line added, but this supplier already has spend on this date that is not in the file: without an invoice number, one does not replace the other. If this is a correction, both are counted.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/spend_reasons.py" line="97"/>
        <source>Même achat que la ligne {line} de « {file} », déjà lue dans cet import : compté une fois.</source>
        <extracomment>A line read twice by one import: in an earlier file (the same file given twice), or with its invoice number earlier in its file. Merged: the purchase counts once.</extracomment>
        <translation>Same purchase as line {line} of “{file}”, already read in this import: counted once.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/spend_reasons.py" line="100"/>
        <source>Même achat que la ligne {line} (même facture, même date, même montant) : compté une fois.</source>
        <translation>Same purchase as line {line} (same invoice, date and amount): counted once.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/spend_reasons.py" line="104"/>
        <source>Même fournisseur, même date et même montant que la ligne {line}, sans n° de facture : ligne ajoutée, les deux achats sont comptés. Si c&apos;est un doublon, retirez-la du fichier.</source>
        <extracomment>Without an invoice number, two identical lines of a file may be two purchases: both kept.</extracomment>
        <translation>Same supplier, date and amount as line {line}, no invoice number: line added, both purchases are counted. If it is a duplicate, remove it from the file.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/spend_reasons.py" line="109"/>
        <source>Facture déjà comptée pour ce fournisseur, au même montant, à la date du {day} : cette ligne la compte une deuxième fois. Si elle a été réexportée à une autre date, retirez l&apos;une des deux lignes.</source>
        <extracomment>An invoice number and amount stored or read at another date: a re-export, or a monthly order.</extracomment>
        <translation>Invoice already counted for this supplier, same amount, dated {day}: this line counts it a second time. If it was re-exported with another date, remove one of the two lines.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/spend_reasons.py" line="115"/>
        <source>Plusieurs structures portent ce nom : {candidates}. Ajoutez le SIRET ou le code postal sur la ligne.</source>
        <extracomment>A line matched by name only, when several stored counterparties bear that name and its post code or city does not pick one (``{candidates}``: each one&apos;s name and place).</extracomment>
        <translation>Several structures bear this name: {candidates}. Add the SIRET or the post code on the line.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/spend_reasons.py" line="118"/>
        <source>Plusieurs structures portent ce nom à {place} : {candidates}. Ajoutez le SIRET sur la ligne.</source>
        <translation>Several structures bear this name in {place}: {candidates}. Add the SIRET on the line.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/spend_reasons.py" line="121"/>
        <source>Plusieurs structures portent ce nom, aucune à {place} : {candidates}. Corrigez le code postal ou ajoutez le SIRET sur la ligne.</source>
        <translation>Several structures bear this name, none in {place}: {candidates}. Correct the post code or add the SIRET on the line.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/spend_reasons.py" line="125"/>
        <source>Plusieurs clients portent ce nom : {candidates}. Ajoutez le SIRET ou le code postal sur la ligne.</source>
        <extracomment>The same three, in a structure inclusive&apos;s words.</extracomment>
        <translation>Several clients bear this name: {candidates}. Add the SIRET or the post code on the line.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/spend_reasons.py" line="128"/>
        <source>Plusieurs clients portent ce nom à {place} : {candidates}. Ajoutez le SIRET sur la ligne.</source>
        <translation>Several clients bear this name in {place}: {candidates}. Add the SIRET on the line.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/spend_reasons.py" line="131"/>
        <source>Plusieurs clients portent ce nom, aucun à {place} : {candidates}. Corrigez le code postal ou ajoutez le SIRET sur la ligne.</source>
        <translation>Several clients bear this name, none in {place}: {candidates}. Correct the post code or add the SIRET on the line.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/spend_reasons.py" line="138"/>
        <source>Même vente que la ligne {line} de « {file} », déjà lue dans cet import : comptée une fois.</source>
        <extracomment>The reasons with candidates filled in (the UI reads them back to their template). The four of a line read twice or re-dated, in a structure inclusive&apos;s words.</extracomment>
        <translation>Same sale as line {line} of “{file}”, already read in this import: counted once.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/spend_reasons.py" line="141"/>
        <source>Même vente que la ligne {line} (même facture, même date, même montant) : comptée une fois.</source>
        <translation>Same sale as line {line} (same invoice, date and amount): counted once.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/spend_reasons.py" line="144"/>
        <source>Même client, même date et même montant que la ligne {line}, sans n° de facture : ligne ajoutée, les deux ventes sont comptées. Si c&apos;est un doublon, retirez-la du fichier.</source>
        <translation>Same client, date and amount as line {line}, no invoice number: line added, both sales are counted. If it is a duplicate, remove it from the file.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/spend_reasons.py" line="148"/>
        <source>Facture déjà comptée pour ce client, au même montant, à la date du {day} : cette ligne la compte une deuxième fois. Si elle a été réexportée à une autre date, retirez l&apos;une des deux lignes.</source>
        <translation>Invoice already counted for this client, same amount, dated {day}: this line counts it a second time. If it was re-exported with another date, remove one of the two lines.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/spend_reasons.py" line="153"/>
        <source>Facture déjà importée pour ce client : la ligne enregistrée à cette date prend le montant et les autres valeurs du fichier.</source>
        <extracomment>The same three, in a structure inclusive&apos;s words.</extracomment>
        <translation>Invoice already imported for this client: the line stored on that date takes the amount and the other values of the file.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/spend_reasons.py" line="156"/>
        <source>Vente saisie à la main remplacée par la ligne du fichier (même n° de facture, même date) : elle en prend le montant et les autres valeurs et compte désormais comme importée ; son contrat est gardé.</source>
        <translation>Sale typed by hand replaced by the file&apos;s row (same invoice number, same date): it takes the row&apos;s amount and other values and now counts as imported; its contract is kept.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/spend_reasons.py" line="160"/>
        <source>Ligne ajoutée, mais ce client a déjà à cette date une vente absente du fichier : sans n° de facture, l&apos;une ne remplace pas l&apos;autre. Si c&apos;est une correction, les deux sont comptées.</source>
        <translation>Line added, but this client already has a sale on this date that is not in the file: without an invoice number, one does not replace the other. If this is a correction, both are counted.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/supplier_reasons.py" line="24"/>
        <source>Type de structure absent : nouvelle fiche enregistrée en « Classique », à corriger sur la fiche.</source>
        <extracomment>Codes a report names by their French label (« Antenne », not ``ANTENNA``); a kind is named by its code (« EA »), as the lists show it, but a classic one by its label. Why a row of an inclusive directory is flagged: a new structure it gives no kind is created classic, its inclusive spend would not count (stored in French; the UI translates it).</extracomment>
        <translation>Structure type missing: new record saved as “Classic”, to be corrected on its card.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/supplier_reasons.py" line="30"/>
        <source>Type de structure inconnu (« {kind} ») : nouvelle fiche enregistrée en « Classique », à vérifier.</source>
        <extracomment>Why a new structure whose type names no kind is flagged: said once, instead of the reader&apos;s « Type de structure inconnu : ignoré. » (stored in French; the UI translates the template).</extracomment>
        <translation>Unknown type of structure (“{kind}”): new record saved as “Classic”, please check.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/supplier_reasons.py" line="35"/>
        <source>Code postal changé sans ville dans le fichier : ville gardée, à vérifier.</source>
        <extracomment>Why a structure&apos;s city is flagged: the file moved its post code but gave no city.</extracomment>
        <translation>Post code changed with no city in the file: city kept, please check it.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/supplier_reasons.py" line="39"/>
        <source>Champ modifié à la main (« {current} ») : valeur du fichier ignorée.</source>
        <extracomment>Reasons with a part filled in (stored in French; the UI translates the templates).</extracomment>
        <translation>Field edited by hand (“{current}”): the file&apos;s value is ignored.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/supplier_reasons.py" line="41"/>
        <source>Même structure que la ligne {line} : valeurs réunies dans une seule fiche.</source>
        <translation>Same structure as row {line}: values joined in one record.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/supplier_reasons.py" line="43"/>
        <source>Même structure que la ligne {line} de « {file} » : valeurs réunies dans une seule fiche.</source>
        <translation>Same structure as row {line} of “{file}”: values joined in one record.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/supplier_reasons.py" line="48"/>
        <source>Valeur non retenue : la fiche garde « {kept} », venue d&apos;une autre source. Modifiez la fiche pour prendre celle du fichier.</source>
        <extracomment>A value of the file a structure keeps its own for: its own came from another source (another directory, another file layout), which only an import of that source refreshes.</extracomment>
        <translation>Value not kept: the record keeps “{kept}”, which came from another source. Edit the record to take the file&apos;s value.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/supplier_reasons.py" line="51"/>
        <source>Même structure que la ligne {line} : valeur non retenue, la fiche garde « {kept} ».</source>
        <translation>Same structure as row {line}: value not kept, the record keeps “{kept}”.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/supplier_reasons.py" line="54"/>
        <source>Même structure que la ligne {line} de « {file} » : valeur non retenue, la fiche garde « {kept} ».</source>
        <translation>Same structure as row {line} of “{file}”: value not kept, the record keeps “{kept}”.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/tabular.py" line="28"/>
        <source>Guillemet ouvert jamais refermé (le fichier se termine avant le guillemet fermant) : ligne ignorée, la lecture reprend à la ligne suivante. Ajoutez le guillemet fermant ou retirez l&apos;ouvrant.</source>
        <translation>Quote opened and never closed (the file ends before the closing quote): line skipped, reading resumes at the next line. Add the closing quote or remove the opening one.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/tabular.py" line="32"/>
        <source>Guillemet ouvert sur cette ligne et refermé seulement plus bas, suivi de texte : ligne ignorée, la lecture reprend à la ligne suivante. Ajoutez le guillemet fermant ou retirez l&apos;ouvrant.</source>
        <translation>Quote opened on this line and closed only further down, followed by text: line skipped, reading resumes at the next line. Add the closing quote or remove the opening one.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/tabular.py" line="36"/>
        <source>Une cellule commence par un guillemet, mais du texte suit le guillemet qui la ferme. Mettez toute la cellule entre guillemets ou retirez-les.</source>
        <translation>A cell starts with a quote, but text follows the quote that closes it. Put the whole cell between quotes or remove them.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/tabular.py" line="39"/>
        <source>Ligne mal formée, illisible comme une ligne de tableau.</source>
        <translation>Malformed line, unreadable as a table row.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/tabular.py" line="41"/>
        <source>Ligne illisible : caractères de contrôle (fichier binaire ?)</source>
        <translation>Unreadable line: control characters (binary file?)</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/adapters.py" line="27"/>
        <source>Établissement fermé : ignoré.</source>
        <extracomment>Why a row is left aside (counted, not listed; the preview shows it).</extracomment>
        <translation>Closed establishment: ignored.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/adapters.py" line="28"/>
        <source>Catégorie FINESS autre que ESAT (246) : ignorée.</source>
        <translation>FINESS category other than ESAT (246): ignored.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/adapters.py" line="32"/>
        <source>Raison sociale absente du fichier des établissements : elle est dans le fichier StockUniteLegale (joint sur le SIREN), ajoutez-le à l&apos;import.</source>
        <extracomment>Why a SIRENE establishment without a name is rejected: the establishments file has none of its own, the company name is the legal unit&apos;s (``StockUniteLegale``, joined on the SIREN).</extracomment>
        <translation>Company name missing from the establishments file: it is in the StockUniteLegale file (joined on the SIREN); add that file to the import.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/adapters.py" line="35"/>
        <source>SIREN absent du fichier StockUniteLegale importé : raison sociale inconnue.</source>
        <translation>SIREN not in the imported StockUniteLegale file: company name unknown.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/adapters.py" line="38"/>
        <source>Raison sociale à prendre dans le fichier StockUniteLegale : ce SIREN n&apos;est pas dans ses premières lignes, lues pour l&apos;aperçu ; l&apos;import lit tout le fichier.</source>
        <extracomment>A preview reads the first rows of a legal-unit file only (``sirene_preview``).</extracomment>
        <translation>Company name to be taken from the StockUniteLegale file: this SIREN is not in its first lines, read for the preview; the import reads the whole file.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/adapters.py" line="41"/>
        <source>Raison sociale masquée par l&apos;INSEE ([ND], diffusion partielle) : établissement non importé, à créer à la main si besoin.</source>
        <translation>Company name masked by INSEE ([ND], partial publication): establishment not imported; create it by hand if needed.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/spend_counterparty.py" line="30"/>
        <source>Fournisseur absent de l&apos;espace : créé avec le type, le code postal ou la ville que donne le fichier.</source>
        <extracomment>Why a line is flagged (stored in French; the UI translates, context &quot;ImportReasons&quot;).</extracomment>
        <translation>Supplier not in the workspace: created with the kind, post code or city the file gives.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/spend_counterparty.py" line="34"/>
        <source>Client absent de l&apos;espace : créé avec le type, le code postal ou la ville que donne le fichier.</source>
        <extracomment>The same, in a structure inclusive&apos;s words: her lines are sales to her clients.</extracomment>
        <translation>Client not in the workspace: created with the kind, post code or city the file gives.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/spend_counterparty.py" line="38"/>
        <source>Fournisseur absent de l&apos;espace : créé avec le type, le code postal ou la ville que donne le fichier ; ses {lines} lignes de l&apos;import lui sont rattachées (remarque sur la première seulement).</source>
        <extracomment>The two, on the first of several lines of the counterparty (said on that line only).</extracomment>
        <translation>Supplier not in the workspace: created with the kind, post code or city the file gives; its {lines} lines of the import go to it (remark on the first only).</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/spend_counterparty.py" line="42"/>
        <source>Client absent de l&apos;espace : créé avec le type, le code postal ou la ville que donne le fichier ; ses {lines} ventes de l&apos;import lui sont rattachées (remarque sur la première seulement).</source>
        <translation>Client not in the workspace: created with the kind, post code or city the file gives; its {lines} sales of the import go to it (remark on the first only).</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/spend_counterparty.py" line="46"/>
        <source>Champ vide de la fiche complété par le fichier.</source>
        <translation>Empty field of the card filled from the file.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/geo.py" line="17"/>
        <source>Code postal de Monaco, hors de France : ignoré.</source>
        <translation>Post code of Monaco, outside France: ignored.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/repeated_headers.py" line="18"/>
        <source>En-tête répété (fichiers mis bout à bout ?) : ligne ignorée.</source>
        <translation>Repeated header (files joined end to end?): line skipped.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/repeated_headers.py" line="20"/>
        <source>Titre au-dessus d&apos;un en-tête répété : ligne ignorée.</source>
        <translation>Title above a repeated header: line skipped.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/siret_columns.py" line="17"/>
        <source>Le SIREN du fichier ({siren}) ne correspond pas aux 9 premiers chiffres du SIRET : à vérifier.</source>
        <extracomment>Why a row is flagged (stored in French; the UI translates them, context &quot;ImportReasons&quot;).</extracomment>
        <translation>The file&apos;s SIREN ({siren}) does not match the first 9 digits of the SIRET: to be checked.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/siret_columns.py" line="21"/>
        <source>Deuxième SIRET non enregistré : la fiche garde le premier.</source>
        <translation>Second SIRET not stored: the record keeps the first one.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/text_limits.py" line="16"/>
        <source>Texte trop long, coupé à {size} caractères.</source>
        <translation>Text too long, cut to {size} characters.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/kind_changes.py" line="20"/>
        <source>Type changé : {old} → {new} ; les achats passés comptent désormais en {kind}.</source>
        <extracomment>Why a row whose file replaced a structure&apos;s inclusive kind is flagged (stored in French; the UI translates the template). ``{kind}`` repeats ``{new}``: a template names each part once.</extracomment>
        <translation>Kind changed: {old} → {new}; past purchases now count as {kind}.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/spend_moves.py" line="40"/>
        <source>Fournisseur reconnu par son SIRET à la ligne {line} de « {file} » : « {name} » de l&apos;espace. Ses lignes sans SIRET lui sont rattachées : {lines} dans l&apos;import (remarque sur la première seulement).</source>
        <extracomment>The line a statement run for each line of a list is about. What a stored invoice takes of a moved line that updates it. Said on the first line of the card given up (stored in French; context &quot;ImportReasons&quot;).</extracomment>
        <translation>Supplier recognised by its SIRET on line {line} of “{file}”: “{name}” in the workspace. Its lines without a SIRET go to it: {lines} in the import (remark on the first one only).</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/spend_moves.py" line="45"/>
        <source>Client reconnu par son SIRET à la ligne {line} de « {file} » : « {name} » de l&apos;espace. Ses ventes sans SIRET lui sont rattachées : {lines} dans l&apos;import (remarque sur la première seulement).</source>
        <extracomment>The same, in a structure inclusive&apos;s words: her lines are sales to her clients.</extracomment>
        <translation>Client recognised by its SIRET on line {line} of “{file}”: “{name}” in the workspace. Its sales without a SIRET go to it: {lines} in the import (remark on the first one only).</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/spend_moves.py" line="51"/>
        <source>Facture {invoice} du {day}, parmi ces lignes sans SIRET, déjà importée sur « {name} » : la ligne enregistrée passe de {old} à {new} HT et prend les autres valeurs du fichier.</source>
        <extracomment>An invoice among the moved lines that the stored card holds at that date with other values: its stored line takes them (said on the first moved line, which the remarks are on).</extracomment>
        <translation>Invoice {invoice} of {day}, among these lines without a SIRET, already imported on “{name}”: the stored line goes from {old} to {new} excl. VAT and takes the file&apos;s other values.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/spend_moves.py" line="59"/>
        <source>Fournisseur reconnu par son SIRET à la ligne {line} de « {file} » : « {name} » de l&apos;espace. Ses lignes sans SIRET lui seraient rattachées : {lines} dans l&apos;import (remarque sur la première seulement).</source>
        <extracomment>The remarks above as a dry run says them: nothing moves, it would (``spend_dry_run`` lists them with its other remarks).</extracomment>
        <translation>Supplier recognised by its SIRET on line {line} of “{file}”: “{name}” in the workspace. Its lines without a SIRET would go to it: {lines} in the import (remark on the first one only).</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/spend_moves.py" line="63"/>
        <source>Client reconnu par son SIRET à la ligne {line} de « {file} » : « {name} » de l&apos;espace. Ses ventes sans SIRET lui seraient rattachées : {lines} dans l&apos;import (remarque sur la première seulement).</source>
        <translation>Client recognised by its SIRET on line {line} of “{file}”: “{name}” in the workspace. Its sales without a SIRET would go to it: {lines} in the import (remark on the first one only).</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/spend_moves.py" line="67"/>
        <source>Facture {invoice} du {day}, parmi ces lignes sans SIRET, déjà importée sur « {name} » : la ligne enregistrée passerait de {old} à {new} HT et prendrait les autres valeurs du fichier.</source>
        <translation>Invoice {invoice} of {day}, among these lines without a SIRET, already imported on “{name}”: the stored line would go from {old} to {new} excl. VAT and would take the file&apos;s other values.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/siret_advice.py" line="14"/>
        <source>Le SIRET doit compter 14 chiffres ({count} lus) : un zéro de tête perdu par le tableur ? Cochez « Compléter par des zéros les SIRET raccourcis par Excel » à l&apos;étape des colonnes de l&apos;assistant, ou ajoutez --pad-siret en ligne de commande.</source>
        <extracomment>A SIRET of 10 to 13 digits: a spreadsheet read it as a number and dropped its leading zeros (9 digits are a SIREN). The wizard&apos;s mapping page has a box for it, the command line ``--pad-siret``: the remark, shown by both, names both.</extracomment>
        <translation>The SIRET must have 14 digits ({count} read): a leading zero lost by the spreadsheet? Tick “Pad with zeros the SIRETs shortened by Excel” at the wizard&apos;s columns step, or add --pad-siret on the command line.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/spend_dry_run.py" line="31"/>
        <source>Fournisseur absent de l&apos;espace : dépense qui serait rattachée à un fournisseur classique créé pour l&apos;occasion.</source>
        <extracomment>Each remark saying something is created or imported, as a dry run says it (by its words in the workspace: a buyer&apos;s or a structure inclusive&apos;s).</extracomment>
        <translation>Supplier not in the workspace: spend that would go to a classic supplier created for it.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/spend_dry_run.py" line="34"/>
        <source>Fournisseur absent de l&apos;espace : un fournisseur classique serait créé pour l&apos;occasion, avec ses {lines} lignes de l&apos;import (remarque sur la première seulement).</source>
        <translation>Supplier not in the workspace: a classic supplier would be created for it, with its {lines} lines of the import (remark on the first one only).</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/spend_dry_run.py" line="38"/>
        <source>Client absent de l&apos;espace : vente qui serait rattachée à un client créé pour l&apos;occasion.</source>
        <translation>Client not in the workspace: sale that would go to a client created for it.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/spend_dry_run.py" line="41"/>
        <source>Client absent de l&apos;espace : un client serait créé pour l&apos;occasion, avec ses {lines} ventes de l&apos;import (remarque sur la première seulement).</source>
        <translation>Client not in the workspace: a client would be created for it, with its {lines} sales of the import (remark on the first one only).</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/spend_dry_run.py" line="44"/>
        <source>Fournisseur absent de l&apos;espace : il serait créé avec le type, le code postal ou la ville que donne le fichier.</source>
        <translation>Supplier not in the workspace: it would be created with the kind, post code or city the file gives.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/spend_dry_run.py" line="47"/>
        <source>Fournisseur absent de l&apos;espace : il serait créé avec le type, le code postal ou la ville que donne le fichier, avec ses {lines} lignes de l&apos;import (remarque sur la première seulement).</source>
        <translation>Supplier not in the workspace: it would be created with the kind, post code or city the file gives, with its {lines} lines of the import (remark on the first one only).</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/spend_dry_run.py" line="51"/>
        <source>Client absent de l&apos;espace : il serait créé avec le type, le code postal ou la ville que donne le fichier.</source>
        <translation>Client not in the workspace: it would be created with the kind, post code or city the file gives.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/spend_dry_run.py" line="54"/>
        <source>Client absent de l&apos;espace : il serait créé avec le type, le code postal ou la ville que donne le fichier, avec ses {lines} ventes de l&apos;import (remarque sur la première seulement).</source>
        <translation>Client not in the workspace: it would be created with the kind, post code or city the file gives, with its {lines} sales of the import (remark on the first one only).</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/spend_dry_run.py" line="58"/>
        <source>Acheteur inconnu dans l&apos;espace : la ligne serait importée sans acheteur.</source>
        <translation>Buyer unknown in the workspace: the line would be imported without a buyer.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/spend_dry_run.py" line="61"/>
        <source>Acheteur inconnu dans l&apos;espace : les {lines} lignes de l&apos;import qui le nomment seraient importées sans acheteur (remarque sur la première seulement).</source>
        <translation>Buyer unknown in the workspace: the {lines} lines of the import naming them would be imported without a buyer (remark on the first one only).</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/spend_dry_run.py" line="64"/>
        <source>Commercial inconnu dans l&apos;espace : la vente serait importée sans commercial.</source>
        <translation>Salesperson unknown in the workspace: the sale would be imported without a salesperson.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/spend_dry_run.py" line="67"/>
        <source>Commercial inconnu dans l&apos;espace : les {lines} ventes de l&apos;import qui le nomment seraient importées sans commercial (remarque sur la première seulement).</source>
        <translation>Salesperson unknown in the workspace: the {lines} sales of the import naming them would be imported without a salesperson (remark on the first one only).</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/summary_view.py" line="78"/>
        <source>L&apos;import ajouterait</source>
        <translation>The import would add</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/summary_view.py" line="80"/>
        <source>Ajoutées</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/summary_view.py" line="83"/>
        <source>Lignes lues : &lt;b&gt;{rows}&lt;/b&gt; — {files}.</source>
        <translation>Rows read: &lt;b&gt;{rows}&lt;/b&gt; — {files}.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/summary_view.py" line="96"/>
        <source>Rejetées : &lt;b&gt;{rejected}&lt;/b&gt; — signalées : {flagged} — conflits avec vos modifications : &lt;b&gt;{conflicts}&lt;/b&gt; — fermées ou inactives ignorées : &lt;b&gt;{closed}&lt;/b&gt;</source>
        <translation>Rejected: &lt;b&gt;{rejected}&lt;/b&gt; — flagged: {flagged} — conflicts with your edits: &lt;b&gt;{conflicts}&lt;/b&gt; — closed or inactive skipped: &lt;b&gt;{closed}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/summary_view.py" line="101"/>
        <source>Rejetées : &lt;b&gt;{rejected}&lt;/b&gt; — signalées : {flagged} — conflits avec vos modifications : &lt;b&gt;{conflicts}&lt;/b&gt;</source>
        <translation>Rejected: &lt;b&gt;{rejected}&lt;/b&gt; — flagged: {flagged} — conflicts with your edits: &lt;b&gt;{conflicts}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/summary_view.py" line="117"/>
        <source>Lignes de total ou de pagination ignorées : &lt;b&gt;{count}&lt;/b&gt;</source>
        <translation>Total or page rows skipped: &lt;b&gt;{count}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/summary_view.py" line="148"/>
        <source>Une copie de l&apos;espace de travail a été faite avant l&apos;import. Pour y revenir : « Revenir avant cet import… », ci-dessous ou plus tard dans la page Imports / exports.</source>
        <translation>A copy of the workspace was made before the import. To go back to it: “Go back to before this import…”, below or later on the Imports / exports page.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/summary_view.py" line="166"/>
        <source>Montant des lignes nouvelles : &lt;b&gt;{added}&lt;/b&gt; HT</source>
        <translation>Amount of the new lines: &lt;b&gt;{added}&lt;/b&gt; excl. VAT</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/summary_view.py" line="170"/>
        <source> — des lignes mises à jour : &lt;b&gt;{updated}&lt;/b&gt; HT</source>
        <translation> — of the updated lines: &lt;b&gt;{updated}&lt;/b&gt; excl. VAT</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/summary_view.py" line="182"/>
        <source>Lignes rattachées à un client existant : &lt;b&gt;{matched}&lt;/b&gt; — à un client créé pour elles : &lt;b&gt;{unmatched}&lt;/b&gt; — total &lt;b&gt;{total}&lt;/b&gt; HT</source>
        <translation>Lines attached to an existing client: &lt;b&gt;{matched}&lt;/b&gt; — to a client created for them: &lt;b&gt;{unmatched}&lt;/b&gt; — total &lt;b&gt;{total}&lt;/b&gt; excl. VAT</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/summary_view.py" line="186"/>
        <source>Lignes rattachées à un fournisseur existant : &lt;b&gt;{matched}&lt;/b&gt; — à un fournisseur créé pour elles : &lt;b&gt;{unmatched}&lt;/b&gt; (fournisseurs classiques créés : &lt;b&gt;{created}&lt;/b&gt;) — total &lt;b&gt;{total}&lt;/b&gt; HT</source>
        <translation>Lines attached to an existing supplier: &lt;b&gt;{matched}&lt;/b&gt; — to a supplier created for them: &lt;b&gt;{unmatched}&lt;/b&gt; (classic suppliers created: &lt;b&gt;{created}&lt;/b&gt;) — total &lt;b&gt;{total}&lt;/b&gt; excl. VAT</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/summary_view.py" line="196"/>
        <source>Clients créés avec le type du fichier : &lt;b&gt;{typed}&lt;/b&gt; — fiches complétées (type, code postal ou ville vides) : &lt;b&gt;{completed}&lt;/b&gt;</source>
        <translation>Clients created with the file&apos;s kind: &lt;b&gt;{typed}&lt;/b&gt; — cards completed (empty kind, post code or city): &lt;b&gt;{completed}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/summary_view.py" line="199"/>
        <source>Fournisseurs créés avec le type du fichier : &lt;b&gt;{typed}&lt;/b&gt; — fiches complétées (type, code postal ou ville vides) : &lt;b&gt;{completed}&lt;/b&gt;</source>
        <translation>Suppliers created with the file&apos;s kind: &lt;b&gt;{typed}&lt;/b&gt; — cards completed (empty kind, post code or city): &lt;b&gt;{completed}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/summary_view.py" line="206"/>
        <source>Lignes sans commercial attribuées à {name} : &lt;b&gt;{count}&lt;/b&gt;</source>
        <translation>Lines without a salesperson given to {name}: &lt;b&gt;{count}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/summary_view.py" line="208"/>
        <source>Lignes sans acheteur attribuées à {name} : &lt;b&gt;{count}&lt;/b&gt;</source>
        <translation>Lines without a buyer given to {name}: &lt;b&gt;{count}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/summary_view.py" line="240"/>
        <source>Personnes que l&apos;import ajouterait à l&apos;organisation : {names}</source>
        <translation>People the import would add to the organisation: {names}</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/summary_view.py" line="243"/>
        <source>Personnes ajoutées à l&apos;organisation : {names}</source>
        <translation>People added to the organisation: {names}</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/summary_view.py" line="253"/>
        <source>{lines} (remarques : &lt;b&gt;{remarks}&lt;/b&gt;)</source>
        <translation>{lines} (remarks: &lt;b&gt;{remarks}&lt;/b&gt;)</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/summary_view.py" line="264"/>
        <source>fichiers : {files}</source>
        <translation>files: {files}</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/summary_view.py" line="273"/>
        <source>{name} : {format}, {reading}</source>
        <translation>{name}: {format}, {reading}</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/summary_view.py" line="283"/>
        <source>classeur</source>
        <translation>workbook</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/summary_view.py" line="286"/>
        <source>encodage : {encoding}</source>
        <translation>encoding: {encoding}</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/summary_view.py" line="85"/>
        <source>{lead} : &lt;b&gt;{inserted}&lt;/b&gt; — mises à jour : &lt;b&gt;{updated}&lt;/b&gt; — inchangées : &lt;b&gt;{unchanged}&lt;/b&gt; — doublons fusionnés : &lt;b&gt;{merged}&lt;/b&gt;</source>
        <translation>{lead}: &lt;b&gt;{inserted}&lt;/b&gt; — updated: &lt;b&gt;{updated}&lt;/b&gt; — unchanged: &lt;b&gt;{unchanged}&lt;/b&gt; — duplicates merged: &lt;b&gt;{merged}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/summary_view.py" line="113"/>
        <source>Lignes hors ESAT ignorées (FINESS, autre catégorie) : &lt;b&gt;{count}&lt;/b&gt;</source>
        <translation>Rows other than ESAT ignored (FINESS, another category): &lt;b&gt;{count}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/summary_view.py" line="36"/>
        <source>Aucune ligne rejetée, signalée ni en conflit : rien à vérifier.</source>
        <extracomment>Unknown buyers named in the summary at most; the others are counted. Said of an import without any rejected, flagged, merged or conflicting row.</extracomment>
        <translation>No row rejected, flagged or in conflict: nothing to check.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/summary_view.py" line="122"/>
        <source>&lt;b&gt;Aucune ligne de données n&apos;a été lue.&lt;/b&gt;</source>
        <translation>&lt;b&gt;No data row was read.&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/wizard.py" line="99"/>
        <source>Importer des fichiers</source>
        <extracomment>The saved mapping profiles of the target, read once per planning. The profile applied to each plan (by index): the first that fits, or the user&apos;s. Who gets the spend lines without a buyer (None: nobody, or the only person). Whether the buyers the files name that the workspace lacks are added to it. A seller&apos;s workspace: her counterparties are clients, her spend lines her sales. Whether the import emptied the undo stack (its summary then says so). The user changed the column mapping: closing the wizard asks first... ... and so when she chose anything else (see ``_watch_choices``) or ran a simulation.</extracomment>
        <translation>Import files</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/wizard.py" line="117"/>
        <source>Suivant &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/wizard.py" line="117"/>
        <source>&lt; Précédent</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/wizard.py" line="117"/>
        <source>Terminer</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/wizard.py" line="118"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/wizard.py" line="118"/>
        <source>Importer</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/wizard.py" line="170"/>
        <source>Abandonner l&apos;import ? Le choix des colonnes sera perdu.</source>
        <translation>Abandon the import? The column choices will be lost.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/wizard.py" line="172"/>
        <source>Abandonner l&apos;import ? Les choix faits et la simulation seront perdus.</source>
        <translation>Abandon the import? Your choices and the dry run will be lost.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/wizard.py" line="174"/>
        <source>Abandonner l&apos;import ? Les choix faits seront perdus.</source>
        <translation>Abandon the import? Your choices will be lost.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/wizard.py" line="177"/>
        <source>Abandonner</source>
        <translation>Abandon</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/wizard.py" line="178"/>
        <source>Continuer</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/wizard.py" line="258"/>
        <location filename="../../src/srm_inclusif/ui/import_wizard/wizard.py" line="267"/>
        <location filename="../../src/srm_inclusif/ui/import_wizard/wizard.py" line="327"/>
        <source>Fichier illisible</source>
        <translation>Unreadable file</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/wizard.py" line="318"/>
        <source>Colonnes non reconnues</source>
        <translation>Unrecognised columns</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/wizard.py" line="320"/>
        <source>Utiliser la première ligne comme en-tête et associer les colonnes vous-même ?</source>
        <translation>Use the first row as the header and map the columns yourself?</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/wizard.py" line="339"/>
        <source>Simulation de l&apos;import…</source>
        <translation>Simulating the import…</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/wizard.py" line="339"/>
        <source>Import en cours…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/wizard.py" line="341"/>
        <source>Finalisation de l&apos;import : index de recherche et enregistrement…</source>
        <translation>Finishing the import: search index and saving…</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/wizard.py" line="344"/>
        <source>{done} / {total} lignes</source>
        <translation>{done} / {total} rows</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/wizard.py" line="346"/>
        <source>Import impossible</source>
        <translation>Cannot import</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/wizard.py" line="372"/>
        <source>Simulation interrompue</source>
        <translation>Dry run interrupted</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/wizard.py" line="373"/>
        <source>Simulation interrompue : rien n&apos;a été importé. « Relancer la simulation » la relance depuis le début.</source>
        <translation>Dry run interrupted: nothing was imported. “Run the dry run again” starts it over.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/wizard.py" line="376"/>
        <source>Import annulé</source>
        <translation>Import cancelled</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/wizard.py" line="377"/>
        <source>Import annulé : l&apos;espace de travail n&apos;a pas changé.</source>
        <translation>Import cancelled: the workspace has not changed.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/reading.py" line="68"/>
        <source>Séparateur non reconnu</source>
        <translation>Separator not recognised</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/reading.py" line="69"/>
        <source>Choisissez le séparateur de ce fichier :</source>
        <translation>Choose this file&apos;s separator:</translation>
    </message>
</context>
<context>
    <name>ImportsPage</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/imports_page.py" line="118"/>
        <source>Imports / exports</source>
        <translation>Imports / exports</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/imports_page.py" line="131"/>
        <source>Revenir avant cet import…</source>
        <translation>Go back to before this import…</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/imports_page.py" line="248"/>
        <source>Remet l&apos;espace de travail dans l&apos;état de la copie prise juste avant cet import.</source>
        <translation>Puts the workspace back in the state of the copy taken just before this import.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/imports_page.py" line="145"/>
        <source>Sélectionnez un import pour voir ses lignes rejetées ou signalées.</source>
        <translation>Select an import to see its rejected or flagged rows.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/imports_page.py" line="78"/>
        <source>Importer des &amp;fournisseurs…</source>
        <extracomment>The history&apos;s format names, cut past that many average characters (whole in their tooltip).</extracomment>
        <translation>&amp;Import suppliers…</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/imports_page.py" line="79"/>
        <source>Importer des &amp;clients…</source>
        <translation>&amp;Import clients…</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/imports_page.py" line="88"/>
        <source>Importer des &amp;dépenses…</source>
        <translation>Import &amp;spend…</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/imports_page.py" line="89"/>
        <source>Importer des &amp;ventes…</source>
        <translation>Import s&amp;ales…</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/imports_page.py" line="109"/>
        <source>Aucun import pour le moment. « {suppliers} » lit une liste de clients (CSV ou Excel) ; « {spend} » lit les ventes exportées de votre logiciel de facturation ou de votre comptabilité. Vous pouvez aussi déposer un fichier sur la fenêtre.</source>
        <translation>No import yet. “{suppliers}” reads a list of clients (CSV or Excel); “{spend}” reads the sales exported from your invoicing software or your accounts. You can also drop a file on the window.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/imports_page.py" line="134"/>
        <source>Historique des imports</source>
        <translation>Import history</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/imports_page.py" line="142"/>
        <source>Lignes à vérifier de l&apos;import choisi</source>
        <translation>Rows to check of the chosen import</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/imports_page.py" line="143"/>
        <source>Double-clic ou Entrée : ouvrir la fiche de la structure, pour la corriger.</source>
        <translation>Double-click or Enter: open the structure&apos;s record, to correct it.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/srm_inclusif/ui/pages/imports_page.py" line="284"/>
        <source>%Ln ligne(s) rejetée(s), signalée(s), fusionnée(s), en conflit ou de total</source>
        <translation>
            <numerusform>%Ln row rejected, flagged, merged, in conflict or a total</numerusform>
            <numerusform>%Ln rows rejected, flagged, merged, in conflict or totals</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/imports_page.py" line="355"/>
        <source>Revenir avant l&apos;import du {day} à {time} ({files} — ajoutées : {inserted}, mises à jour : {updated}) ?</source>
        <translation>Go back to before the import of {day} at {time} ({files} — added: {inserted}, updated: {updated})?</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/imports_page.py" line="113"/>
        <source>Aucun import pour le moment. « {suppliers} » lit un annuaire de structures (CSV ou Excel) ; « {spend} » lit les dépenses exportées de votre ERP ou de votre comptabilité. Vous pouvez aussi déposer un fichier sur la fenêtre.</source>
        <translation>No import yet. “{suppliers}” reads a directory of structures (CSV or Excel); “{spend}” reads the spend exported from your ERP or your accounts. You can also drop a file on the window.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/srm_inclusif/ui/pages/imports_page.py" line="209"/>
        <source>%n import(s)</source>
        <extracomment>The height the user gave the rows to check by moving the divider (None: half).</extracomment>
        <translation>
            <numerusform>%n import</numerusform>
            <numerusform>%n imports</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/imports_page.py" line="251"/>
        <source>Sélectionnez un import dans l&apos;historique.</source>
        <translation>Select an import in the history.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/imports_page.py" line="253"/>
        <source>Cet import n&apos;a rien changé aux données : il n&apos;y a rien à défaire (aucune copie gardée).</source>
        <translation>This import changed no data: there is nothing to undo (no copy kept).</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/imports_page.py" line="256"/>
        <source>Aucune copie n&apos;a été prise avant cet import (données de démonstration, ou import fait par une version antérieure).</source>
        <translation>No copy was taken before this import (demo data, or an import made by an earlier version).</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/imports_page.py" line="259"/>
        <source>La copie prise avant cet import n&apos;est plus dans le dossier des copies : elle a été supprimée, ou remplacée par une plus récente (l&apos;application garde les {count} plus récentes de chaque sorte).</source>
        <translation>The copy taken before this import is no longer in the copies folder: it was deleted, or replaced by a newer one (the application keeps the {count} most recent of each kind).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/srm_inclusif/ui/pages/imports_page.py" line="286"/>
        <source>%Ln ligne(s) rejetée(s), signalée(s), fusionnée(s) ou en conflit</source>
        <translation>
            <numerusform>%Ln row rejected, flagged, merged or in conflict</numerusform>
            <numerusform>%Ln rows rejected, flagged, merged or in conflict</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Indicators</name>
    <message>
        <location filename="../../src/srm_inclusif/core/indicators.py" line="59"/>
        <source>Achats inclusifs</source>
        <extracomment>Offered to a structure inclusive only (``offered_indicators``); still computed and named for a buyer whose workspace kept such an objective after a change of profile.</extracomment>
        <translation>Inclusive spend</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/indicators.py" line="66"/>
        <source>Achats auprès de l&apos;insertion</source>
        <translation>Spend with insertion structures</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/indicators.py" line="73"/>
        <source>Achats auprès du secteur du handicap</source>
        <translation>Spend with the disability sector</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/indicators.py" line="80"/>
        <source>Achats auprès de l&apos;ESS</source>
        <translation>Spend with the ESS</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/indicators.py" line="87"/>
        <source>Achats totaux</source>
        <translation>Total spend</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/indicators.py" line="94"/>
        <source>Part des achats inclusifs</source>
        <translation>Inclusive share of spend</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/indicators.py" line="101"/>
        <source>Contrats avec des structures inclusives</source>
        <translation>Contracts with inclusive structures</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/indicators.py" line="107"/>
        <source>Marchés test avec des structures inclusives</source>
        <translation>Marchés test with inclusive structures</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/indicators.py" line="113"/>
        <source>Marchés réservés</source>
        <translation>Reserved contracts</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/indicators.py" line="119"/>
        <source>Contrats avec clause sociale</source>
        <translation>Contracts with a clause sociale</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/indicators.py" line="125"/>
        <source>Nouvelles structures inclusives testées</source>
        <translation>New inclusive structures tested</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/indicators.py" line="136"/>
        <source>Contrats avec tous les fournisseurs</source>
        <translation>Contracts with all suppliers</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/indicators.py" line="143"/>
        <source>Marchés test avec tous les fournisseurs</source>
        <translation>Marchés test with all suppliers</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/indicators.py" line="150"/>
        <source>Nouveaux fournisseurs testés, inclusifs ou non</source>
        <translation>New suppliers tested, inclusive or not</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/indicators.py" line="157"/>
        <source>Note de qualité des retours</source>
        <translation>Feedback quality score</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/indicators.py" line="163"/>
        <source>Heures d&apos;insertion prévues</source>
        <translation>Planned insertion hours</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/indicators.py" line="169"/>
        <source>Heures d&apos;insertion réalisées</source>
        <translation>Realised insertion hours</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/indicators.py" line="175"/>
        <source>Taux de réalisation des heures d&apos;insertion</source>
        <translation>Insertion hours realisation rate</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/indicators.py" line="181"/>
        <source>Taux de renouvellement après marché test</source>
        <translation>Renewal rate after marché test</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/indicators.py" line="187"/>
        <source>Économies réalisées (saisie manuelle)</source>
        <translation>Savings achieved (entered by hand)</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/indicators.py" line="193"/>
        <source>Autre indicateur (saisie manuelle)</source>
        <translation>Other indicator (entered by hand)</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/indicators.py" line="207"/>
        <source>Ventes à des structures inclusives</source>
        <extracomment>A structure inclusive&apos;s words for an indicator whose buyer&apos;s name reads wrong for her; the code and what is counted stay the same. Her spend lines are her sales (the dashboard draws the total&apos;s target as hers). The kind-based ones count only her clients that are themselves inclusive structures: « avec des structures inclusives » alone reads as her own contracts; her contracts, marchés test and new clients with all her clients are ``all_contracts``… Her quality score is the mean of the feedback her clients gave her (``quality_direction``).</extracomment>
        <translation>Sales to inclusive structures</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/indicators.py" line="208"/>
        <source>Ventes à des structures de l&apos;insertion</source>
        <translation>Sales to insertion structures</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/indicators.py" line="209"/>
        <source>Ventes à des structures du secteur du handicap</source>
        <translation>Sales to disability-sector structures</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/indicators.py" line="211"/>
        <source>Ventes à des structures de l&apos;ESS</source>
        <translation>Sales to ESS organisations</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/indicators.py" line="212"/>
        <source>Ventes totales</source>
        <translation>Total sales</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/indicators.py" line="213"/>
        <source>Part des ventes à des structures inclusives</source>
        <translation>Share of sales to inclusive structures</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/indicators.py" line="215"/>
        <source>Contrats avec des structures inclusives clientes</source>
        <translation>Contracts with inclusive structures as clients</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/indicators.py" line="217"/>
        <source>Marchés test avec des structures inclusives clientes</source>
        <translation>Marchés test with inclusive structures as clients</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/indicators.py" line="219"/>
        <source>Nouvelles structures inclusives clientes en marché test</source>
        <translation>New inclusive client structures in a marché test</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/indicators.py" line="221"/>
        <source>Contrats avec des clients</source>
        <translation>Contracts with clients</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/indicators.py" line="222"/>
        <source>Marchés test avec des clients</source>
        <translation>Marchés test with clients</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/indicators.py" line="223"/>
        <source>Nouveaux clients en marché test</source>
        <translation>New clients in a marché test</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/indicators.py" line="225"/>
        <source>Note de satisfaction des clients</source>
        <translation>Client satisfaction score</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/jobs.py" line="76"/>
        <source>Finalisation…</source>
        <translation>Finishing…</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/jobs.py" line="80"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>LabelsEditor</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/labels_editor.py" line="37"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/labels_editor.py" line="37"/>
        <source>Valide du</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/labels_editor.py" line="37"/>
        <source>Valide jusqu&apos;au</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/labels_editor.py" line="63"/>
        <source>Aucun label enregistré.</source>
        <translation>No label recorded.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/labels_editor.py" line="66"/>
        <source>Aucun label enregistré. Ajoutez ceux de la structure (ESUS, RSEi, B-Corp…) avec leurs dates : les rappels annoncent leur fin, et un label expiré ne compte plus comme valide.</source>
        <translation>No label recorded. Add the structure&apos;s labels (ESUS, RSEi, B-Corp…) with their dates: reminders announce their end, and an expired label no longer counts as valid.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/labels_editor.py" line="70"/>
        <source>Aucun label enregistré. Ajoutez ceux du client (B-Corp, ISO 14001, RFAR…) avec leurs dates : les rappels annoncent leur fin, et un label expiré ne compte plus comme valide.</source>
        <translation>No label recorded. Add the client&apos;s labels (B-Corp, ISO 14001, RFAR…) with their dates: reminders announce their end, and an expired label no longer counts as valid.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/labels_editor.py" line="43"/>
        <source>Ajouter un label</source>
        <translation>Add label</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/labels_editor.py" line="45"/>
        <source>Retirer le label</source>
        <translation>Remove label</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/labels_editor.py" line="81"/>
        <source>Date de début, par exemple %1</source>
        <translation>Start date, for example %1</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/labels_editor.py" line="82"/>
        <source>Date de fin, par exemple %1 ; vide si le label n&apos;expire pas</source>
        <translation>End date, for example %1; empty if the label does not expire</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/app.py" line="82"/>
        <source>Ouvrir un espace de travail</source>
        <extracomment>The clock of every workspace opened (tests set another).</extracomment>
        <translation>Open workspace</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/app.py" line="83"/>
        <source>Espaces de travail (*.sqlite3)</source>
        <translation>Workspaces (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/app.py" line="111"/>
        <source>Cet espace de travail n&apos;a pas encore été configuré.</source>
        <translation>This workspace has not been set up yet.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/app.py" line="129"/>
        <source>Espace de travail endommagé</source>
        <translation>Damaged workspace</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/app.py" line="130"/>
        <source>{error}

Revenir à la dernière copie, prise le {moment} ? Le fichier endommagé est mis de côté dans le dossier des sauvegardes.</source>
        <translation>{error}

Go back to the latest copy, taken on {moment}? The damaged file is set aside in the backups folder.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/app.py" line="155"/>
        <source>Création de l&apos;espace de démonstration…</source>
        <translation>Creating the demo workspace…</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/app.py" line="222"/>
        <source>Espace de travail restauré ; l&apos;état remplacé est gardé dans les sauvegardes.</source>
        <translation>Workspace restored; the state it replaced is kept in the backups.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/app.py" line="225"/>
        <source>Restauration annulée : l&apos;espace de travail n&apos;a pas été modifié.</source>
        <translation>Restore cancelled: the workspace has not been changed.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/app.py" line="235"/>
        <source>Ce fichier existe déjà : choisissez un autre nom.</source>
        <translation>This file already exists: choose another name.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/app.py" line="261"/>
        <source>Restauration de la copie…</source>
        <translation>Restoring the copy…</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/app.py" line="273"/>
        <source>SRM Inclusif</source>
        <translation>SRM Inclusif</translation>
    </message>
</context>
<context>
    <name>LifecycleController</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/controller.py" line="58"/>
        <location filename="../../src/srm_inclusif/ui/lifecycle/controller.py" line="82"/>
        <source>Nouvelle relation</source>
        <extracomment>The page the controller acts for: its dialogs and messages are its children.</extracomment>
        <translation>New relationship</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/controller.py" line="107"/>
        <source>Passer à « {stage} »</source>
        <translation>Move to “{stage}”</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/controller.py" line="113"/>
        <location filename="../../src/srm_inclusif/ui/lifecycle/controller.py" line="118"/>
        <source>Nouveau marché test</source>
        <translation>New marché test</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/controller.py" line="134"/>
        <location filename="../../src/srm_inclusif/ui/lifecycle/controller.py" line="139"/>
        <source>Nouveau contrat</source>
        <translation>New contract</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/controller.py" line="182"/>
        <location filename="../../src/srm_inclusif/ui/lifecycle/controller.py" line="188"/>
        <source>Modifier le contrat</source>
        <translation>Edit contract</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/controller.py" line="236"/>
        <source>Aucun retour d&apos;expérience sur « {title} ».
Pourquoi le renouveler quand même ?</source>
        <translation>No feedback on “{title}”.
Why renew it anyway?</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/controller.py" line="240"/>
        <source>Renouveler sans retour d&apos;expérience</source>
        <translation>Renew without feedback</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/controller.py" line="177"/>
        <location filename="../../src/srm_inclusif/ui/lifecycle/controller.py" line="205"/>
        <source>Renouveler le contrat</source>
        <translation>Renew contract</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/controller.py" line="226"/>
        <source>du {start} au {end}</source>
        <translation>from {start} to {end}</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/controller.py" line="229"/>
        <source>depuis le {start}</source>
        <translation>from {start}</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/controller.py" line="231"/>
        <source>jusqu&apos;au {end}</source>
        <translation>until {end}</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/controller.py" line="214"/>
        <source>{amount} HT</source>
        <translation>{amount} excl. VAT</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/controller.py" line="133"/>
        <source>Fait suite au marché test « {title} ».</source>
        <translation>Follows the marché test “{title}”.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/controller.py" line="219"/>
        <source>Renouvelle « {title} ».</source>
        <translation>Renews “{title}”.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/controller.py" line="220"/>
        <source>Renouvelle « {title} », {details}.</source>
        <translation>Renews “{title}”, {details}.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/controller.py" line="246"/>
        <source>{question}
La raison est obligatoire pour renouveler sans retour.</source>
        <translation>{question}
A reason is required to renew without feedback.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/controller.py" line="270"/>
        <source>Décision go / no go</source>
        <translation>Go / no go decision</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/controller.py" line="288"/>
        <source>Décision « {d} »</source>
        <translation>Decision “{d}”</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/controller.py" line="298"/>
        <source>Action « Créer le contrat »</source>
        <translation>Action “Create the contract”</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/controller.py" line="299"/>
        <source>Créer le contrat qui suit le marché test « {title} »</source>
        <translation>Create the contract following the marché test “{title}”</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/controller.py" line="304"/>
        <source>Décision « Go »</source>
        <translation>“Go” decision</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/controller.py" line="305"/>
        <source>Go enregistré sur « {title} ». La relation avec {name} passera à « {stage} » au début du contrat.
Créer le contrat maintenant ?</source>
        <translation>Go recorded on “{title}”. The relationship with {name} will move to “{stage}” when the contract begins.
Create the contract now?</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/feedback_steps.py" line="65"/>
        <source>Retour d&apos;expérience reçu</source>
        <translation>Feedback received</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/feedback_steps.py" line="67"/>
        <source>Retour d&apos;expérience</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/feedback_steps.py" line="74"/>
        <source>Réponse au retour d&apos;expérience</source>
        <translation>Reply to feedback</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/feedback_steps.py" line="89"/>
        <source>Modifier les critères</source>
        <translation>Edit criteria</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/feedback_steps.py" line="101"/>
        <source>Nouvelle action</source>
        <translation>New action</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/feedback_steps.py" line="132"/>
        <source>Modifier l&apos;action</source>
        <translation>Edit action</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/feedback_steps.py" line="142"/>
        <source>Action faite</source>
        <translation>Action done</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/feedback_steps.py" line="143"/>
        <source>Action à refaire</source>
        <translation>Action not done</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/main_window.py" line="98"/>
        <source>Ouverture de {path}…</source>
        <extracomment>(key, module under ui.pages, class name); labels come from ``_page_label``.</extracomment>
        <translation>Opening {path}…</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/main_window.py" line="109"/>
        <source>Import inachevé</source>
        <translation>Unfinished import</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/main_window.py" line="119"/>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/main_window.py" line="139"/>
        <source>Tableau de bord</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/main_window.py" line="140"/>
        <source>Fournisseurs</source>
        <translation>Suppliers</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/main_window.py" line="140"/>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/main_window.py" line="141"/>
        <source>Relations</source>
        <translation>Relationships</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/main_window.py" line="142"/>
        <source>Contrats</source>
        <translation>Contracts</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/main_window.py" line="143"/>
        <source>Objectifs</source>
        <translation>Objectives</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/main_window.py" line="144"/>
        <source>Imports / exports</source>
        <translation>Imports / exports</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/menu_bar.py" line="46"/>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/menu_bar.py" line="48"/>
        <source>&amp;Nouvel espace de travail…</source>
        <translation>&amp;New workspace…</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/menu_bar.py" line="51"/>
        <source>&amp;Ouvrir…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/menu_bar.py" line="54"/>
        <source>&amp;Enregistrer une copie…</source>
        <translation>&amp;Save a copy…</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/menu_bar.py" line="57"/>
        <source>&amp;Restaurer une sauvegarde…</source>
        <translation>&amp;Restore a backup…</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/menu_bar.py" line="63"/>
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/menu_bar.py" line="81"/>
        <source>É&amp;dition</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/undo.py" line="118"/>
        <source>Annuler</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/undo.py" line="121"/>
        <source>Rétablir</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/menu_bar.py" line="107"/>
        <source>&amp;Bilans d&apos;impact…</source>
        <translation>Impact &amp;reports…</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/main_window.py" line="167"/>
        <source>Colonnes de la liste « {page} »</source>
        <translation>Columns of the “{page}” list</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/menu_bar.py" line="102"/>
        <source>&amp;Outils</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/menu_bar.py" line="76"/>
        <source>E&amp;xporter les fiches objectifs…</source>
        <translation>E&amp;xport objective sheets…</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/menu_bar.py" line="90"/>
        <source>Affic&amp;hage</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/menu_bar.py" line="104"/>
        <source>Estimateur &amp;OETH…</source>
        <translation>&amp;OETH estimator…</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/menu_bar.py" line="110"/>
        <source>&amp;Paramètres datés…</source>
        <translation>&amp;Dated parameters…</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/menu_bar.py" line="113"/>
        <source>Personnes et é&amp;quipes…</source>
        <translation>&amp;People and teams…</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/menu_bar.py" line="116"/>
        <source>Profil et e&amp;xercice…</source>
        <translation>Profile and financial &amp;year…</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/menu_bar.py" line="121"/>
        <source>&amp;Aide</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/menu_bar.py" line="123"/>
        <source>&amp;Raccourcis clavier…</source>
        <translation>&amp;Keyboard shortcuts…</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/menu_bar.py" line="126"/>
        <source>À &amp;propos de SRM Inclusif</source>
        <translation>&amp;About SRM Inclusif</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/menu_bar.py" line="41"/>
        <source>Nouvelle relation…</source>
        <translation>New relationship…</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/main_window.py" line="294"/>
        <source>{label} ({count})</source>
        <translation>{label} ({count})</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/main_window.py" line="300"/>
        <source>{organisation} — SRM Inclusif</source>
        <translation>{organisation} — SRM Inclusif</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/workspace_files.py" line="23"/>
        <source>Nouvel espace de travail</source>
        <translation>New workspace</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/workspace_files.py" line="24"/>
        <location filename="../../src/srm_inclusif/ui/workspace_files.py" line="45"/>
        <source>Espaces de travail (*.sqlite3)</source>
        <translation>Workspaces (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/workspace_files.py" line="31"/>
        <source>Ouvrir un espace de travail</source>
        <translation>Open workspace</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/workspace_files.py" line="32"/>
        <source>Espaces de travail (*.sqlite3);;Tous les fichiers (*)</source>
        <translation>Workspaces (*.sqlite3);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/workspace_files.py" line="43"/>
        <source>Enregistrer une copie</source>
        <translation>Save a copy</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/workspace_files.py" line="51"/>
        <source>Enregistrement de la copie…</source>
        <translation>Saving the copy…</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/workspace_files.py" line="69"/>
        <source>Copie impossible</source>
        <translation>Cannot copy</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/workspace_files.py" line="70"/>
        <source>La copie n&apos;a pas pu être écrite : {error}</source>
        <translation>The copy could not be written: {error}</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/workspace_files.py" line="61"/>
        <source>Copie enregistrée : {path}</source>
        <translation>Copy saved: {path}</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/workspace_files.py" line="75"/>
        <source>Copie annulée : aucun fichier n&apos;a été écrit.</source>
        <translation>Copy cancelled: no file has been written.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/main_window.py" line="321"/>
        <source>Page « {page} »</source>
        <translation>“{page}” page</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/menu_bar.py" line="176"/>
        <source>À propos de SRM Inclusif</source>
        <translation>About SRM Inclusif</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/main_window.py" line="328"/>
        <source>&lt;h3&gt;SRM Inclusif {version}&lt;/h3&gt;&lt;p&gt;Achats inclusifs : du sourcing au renouvellement.&lt;/p&gt;&lt;p&gt;Version du schéma : {schema}&lt;br&gt;Espace de travail : {path}&lt;/p&gt;&lt;p&gt;Application hors ligne : aucune donnée n&apos;est envoyée.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SRM Inclusif {version}&lt;/h3&gt;&lt;p&gt;Inclusive purchasing: from sourcing to renewal.&lt;/p&gt;&lt;p&gt;Schema version: {schema}&lt;br&gt;Workspace: {path}&lt;/p&gt;&lt;p&gt;Offline application: no data is sent anywhere.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/counterparty_facets_menu.py" line="55"/>
        <source>Filtres de la liste « {page} »</source>
        <translation>Filters of the “{page}” list</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/mapping_page.py" line="67"/>
        <source>Correspondance des colonnes</source>
        <translation>Column mapping</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/mapping_page.py" line="68"/>
        <source>Vérifiez quel champ chaque colonne remplit ; l&apos;aperçu montre les valeurs telles qu&apos;elles seront importées.</source>
        <translation>Check which field each column fills; the preview shows the values as they will be imported.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/mapping_page.py" line="74"/>
        <source>Appliquer le profil</source>
        <translation>Apply profile</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/mapping_page.py" line="75"/>
        <source>Enregistrer comme profil…</source>
        <translation>Save as profile…</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/mapping_page.py" line="79"/>
        <source>Enregistrer cette correspondance sous un nom, pour la réutiliser</source>
        <translation>Save this mapping under a name, to use it again</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/mapping_page.py" line="84"/>
        <source>Colonne du fichier</source>
        <translation>File column</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/mapping_page.py" line="84"/>
        <source>Champ de l&apos;application</source>
        <translation>Application field</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/mapping_page.py" line="85"/>
        <source>Exemple</source>
        <translation>Example</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/mapping_page.py" line="91"/>
        <source>Compléter par des zéros les SIRET raccourcis par Excel (zéros de tête perdus)</source>
        <translation>Restore the leading zeros that Excel dropped from SIRET numbers</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/mapping_page.py" line="117"/>
        <source>Fichier :</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/mapping_page.py" line="117"/>
        <source>Profil :</source>
        <translation>Profile:</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/mapping_page.py" line="118"/>
        <source>Aperçu des valeurs normalisées :</source>
        <translation>Preview of normalised values:</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/mapping_page.py" line="177"/>
        <source>— aucun —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/mapping_page.py" line="191"/>
        <source>Profil « {name} » appliqué.</source>
        <translation>Profile “{name}” applied.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/mapping_page.py" line="201"/>
        <source>Ces fichiers ont une structure connue : aucune correspondance à régler.</source>
        <translation>These files have a known structure: no mapping to set.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/mapping_page.py" line="217"/>
        <source>— ignorée —</source>
        <translation>— ignored —</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/mapping_page.py" line="262"/>
        <source>« {field} » était lié à la colonne « {column} » ; elle n&apos;est plus importée. Pour l&apos;y remettre, choisissez de nouveau « {before} » pour la colonne « {taker} ».</source>
        <translation>“{field}” was linked to the column “{column}”; it is no longer imported. To put it back, choose “{before}” again for the column “{taker}”.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/mapping_page.py" line="268"/>
        <source>« {field} » est de nouveau lié à la colonne « {column} ».</source>
        <translation>“{field}” is linked to the column “{column}” again.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/preview_cells.py" line="37"/>
        <source>En italique : les valeurs telles que le fichier les donne, qui ne seront pas importées (ligne rejetée, personne absente de l&apos;espace).</source>
        <extracomment>The widest a value&apos;s column gets when the remarks would have less than ``ROOMY_CHARS``. The narrowest a value&apos;s column gets (average characters; its whole title, if wider) when capped at ``CAPPED_CHARS`` they still leave the remarks less than ``ROOMY_CHARS``. The width (in average characters) the remarks are given when the values can spare it. The least width of the remarks (in average characters), wrapped on a row&apos;s lines. The preview rows in sight when the page opens, the mapping above given the rest. The lines of the preview&apos;s column titles (« N° de facture ou / de commande »). The most text lines a preview row shows; the rest of a long remark is in its tooltip.</extracomment>
        <translation>In italics: values as the file gives them, which will not be imported (rejected line, person not in the workspace).</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/preview_cells.py" line="46"/>
        <source>Ligne</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/preview_cells.py" line="47"/>
        <source>Remarque</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/preview_cells.py" line="74"/>
        <source>« {value} » : valeur telle que le fichier la donne ; elle ne sera pas importée.</source>
        <translation>“{value}”: value as the file gives it; it will not be imported.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/mapping_page.py" line="370"/>
        <source>Enregistrer le profil</source>
        <translation>Save profile</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/mapping_page.py" line="371"/>
        <source>Nom du profil de correspondance :</source>
        <translation>Mapping profile name:</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/mapping_page.py" line="382"/>
        <source>Profil « {name} » enregistré : il remplace le précédent de ce nom.</source>
        <translation>Profile “{name}” saved: it replaces the previous one of that name.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/mapping_page.py" line="384"/>
        <source>Profil « {name} » enregistré.</source>
        <translation>Profile “{name}” saved.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/mapping_page.py" line="409"/>
        <source>Correspondance incomplète</source>
        <translation>Incomplete mapping</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/unit_names.py" line="56"/>
        <source>Lecture des raisons sociales impossible dans {files} : {error}</source>
        <translation>Could not read the company names in {files}: {error}</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/unit_names.py" line="64"/>
        <source>Lecture des raisons sociales dans {files}… L&apos;aperçu les montrera dès la fin de la lecture.</source>
        <translation>Reading the company names in {files}… The preview will show them once the read ends.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/unit_names.py" line="86"/>
        <source>Lecture des raisons sociales…</source>
        <translation>Reading the company names…</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/merge_dialog.py" line="46"/>
        <source>Offres (réunies)</source>
        <extracomment>Titles of the fields not chosen: the merge keeps the entries of both records.</extracomment>
        <translation>Offers (combined)</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/merge_dialog.py" line="47"/>
        <source>Références clients (réunies)</source>
        <translation>Client references (combined)</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/merge_dialog.py" line="59"/>
        <source>Fusionner deux fiches</source>
        <translation>Merge two records</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/merge_dialog.py" line="66"/>
        <source>Garder plutôt l&apos;autre fiche</source>
        <translation>Keep the other record instead</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/merge_dialog.py" line="73"/>
        <source>Fusionner</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/merge_dialog.py" line="74"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/merge_dialog.py" line="91"/>
        <source>La fiche « %1 » est gardée ; « %2 » lui est rattachée puis supprimée : contacts, relations, contrats, achats et labels passent sur la fiche gardée, et les offres et références clients des deux fiches sont réunies. Choisissez la valeur à garder pour chaque champ qui diffère. La fusion peut être annulée (Ctrl+Z).</source>
        <translation>Record “%1” is kept; “%2” is attached to it and then deleted: contacts, relationships, contracts, purchases and labels move to the kept record, and the offers and client references of both records are brought together. Choose the value to keep for each field that differs. The merge can be undone (Ctrl+Z).</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/merge_dialog.py" line="98"/>
        <source>&lt;b&gt;Champ&lt;/b&gt;</source>
        <translation>&lt;b&gt;Field&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/merge_dialog.py" line="99"/>
        <source>&lt;b&gt;Fiche gardée&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kept record&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/merge_dialog.py" line="100"/>
        <source>&lt;b&gt;Autre fiche&lt;/b&gt;</source>
        <translation>&lt;b&gt;Other record&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/merge_dialog.py" line="104"/>
        <source>Les deux fiches ont les mêmes valeurs : il n&apos;y a rien à choisir, la fusion rattache l&apos;autre fiche à celle-ci.</source>
        <translation>Both records hold the same values: there is nothing to choose; the merge attaches the other record to this one.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/merge_dialog.py" line="172"/>
        <source>Fusionner « %1 »</source>
        <translation>Merge “%1”</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/merge_dialog.py" line="205"/>
        <source>Oui</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/merge_dialog.py" line="206"/>
        <source>Non</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>NeedDialog</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/sourcing/shortlist_table.py" line="16"/>
        <source>Rang</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sourcing/shortlist_table.py" line="17"/>
        <source>Structure</source>
        <translation>Structure</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sourcing/shortlist_table.py" line="18"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sourcing/shortlist_table.py" line="19"/>
        <source>Dépt</source>
        <translation>Dept</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sourcing/shortlist_table.py" line="20"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sourcing/shortlist_table.py" line="21"/>
        <source>Raisons</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sourcing/need_dialog.py" line="69"/>
        <source>Besoin et présélection</source>
        <translation>Need and shortlist</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sourcing/need_dialog.py" line="94"/>
        <source>(tous)</source>
        <translation>(all)</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sourcing/need_dialog.py" line="110"/>
        <source>Présélectionner (Ctrl+Entrée)</source>
        <translation>Shortlist (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sourcing/need_dialog.py" line="121"/>
        <source>&amp;Intitulé *</source>
        <translation>&amp;Title *</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sourcing/need_dialog.py" line="122"/>
        <source>&amp;Département</source>
        <translation>&amp;Department</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sourcing/need_dialog.py" line="123"/>
        <source>&amp;Montant estimé (€ HT)</source>
        <translation>Estimated &amp;amount (€ excl. VAT)</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sourcing/need_dialog.py" line="124"/>
        <source>Ma&amp;rché</source>
        <translation>C&amp;ontract</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sourcing/need_dialog.py" line="126"/>
        <source>Descri&amp;ption</source>
        <translation>Descr&amp;iption</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sourcing/need_dialog.py" line="127"/>
        <source>&amp;Secteurs recherchés</source>
        <translation>&amp;Sectors sought</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sourcing/need_dialog.py" line="145"/>
        <source>Démarrer le sour&amp;cing avec la sélection</source>
        <translation>Sta&amp;rt sourcing with the selection</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sourcing/need_dialog.py" line="148"/>
        <source>&amp;Enregistrer la liste</source>
        <translation>Sa&amp;ve list</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sourcing/need_dialog.py" line="151"/>
        <source>E&amp;xporter en XLSX…</source>
        <translation>E&amp;xport to XLSX…</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sourcing/need_dialog.py" line="154"/>
        <source>&amp;Fermer</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sourcing/need_dialog.py" line="252"/>
        <source>Choisissez au moins un secteur ou un département : sans eux, la présélection classerait tout l&apos;annuaire, sans rapport avec le besoin.</source>
        <translation>Choose at least one sector or one department: without them the shortlist would rank the whole directory, unrelated to the need.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sourcing/need_dialog.py" line="362"/>
        <source>Cette présélection n&apos;est pas enregistrée dans les listes. L&apos;enregistrer avant de fermer ?</source>
        <translation>This shortlist is not saved in the lists. Save it before closing?</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sourcing/need_dialog.py" line="365"/>
        <source>Ce besoin n&apos;est pas enregistré, et aucune structure n&apos;y répond pour l&apos;instant. L&apos;enregistrer dans les listes, sans structure, avant de fermer&#xa0;?</source>
        <translation>This need is not saved, and no structure answers it for now. Save it in the lists, without any structure, before closing?</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sourcing/need_dialog.py" line="368"/>
        <source>Ce besoin n&apos;est pas enregistré&#xa0;: il l&apos;est avec sa présélection. Présélectionner et enregistrer la liste avant de fermer&#xa0;?</source>
        <translation>This need is not saved: it is saved with its shortlist. Rank it and save the list before closing?</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sourcing/need_dialog.py" line="203"/>
        <source>Aucune structure ne répond à ce besoin. Élargissez-le : un autre département, moins de secteurs ou un marché non réservé.</source>
        <translation>No structure answers this need. Widen it: another department, fewer sectors or a contract that is not reserved.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sourcing/need_dialog.py" line="135"/>
        <source>Décrivez le besoin puis lancez la présélection.</source>
        <translation>Describe the need, then run the shortlist.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sourcing/need_dialog.py" line="125"/>
        <source>Resp&amp;onsable</source>
        <translation>O&amp;wner</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/srm_inclusif/ui/sourcing/need_dialog.py" line="197"/>
        <source>%n structure(s) présélectionnée(s), la mieux placée en premier.</source>
        <translation>
            <numerusform>%n structure shortlisted, best match first.</numerusform>
            <numerusform>%n structures shortlisted, best match first.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sourcing/need_dialog.py" line="257"/>
        <source>Remplissez aussi « Intitulé * ».</source>
        <translation>Also fill in « Title * ».</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sourcing/need_dialog.py" line="268"/>
        <location filename="../../src/srm_inclusif/ui/sourcing/need_record.py" line="51"/>
        <source>Besoin</source>
        <translation>Need</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/srm_inclusif/ui/sourcing/need_dialog.py" line="311"/>
        <source>Démarrer le sourcing (%n structure(s))</source>
        <translation>
            <numerusform>Start sourcing (%n structure)</numerusform>
            <numerusform>Start sourcing (%n structures)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/srm_inclusif/ui/sourcing/need_dialog.py" line="314"/>
        <source>Relation ouverte à l&apos;étape Sourcing avec %n structure(s).</source>
        <translation>
            <numerusform>Relationship opened at the Sourcing stage with %n structure.</numerusform>
            <numerusform>Relationships opened at the Sourcing stage with %n structures.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sourcing/need_dialog.py" line="333"/>
        <source>Enregistrer la présélection</source>
        <translation>Save shortlist</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sourcing/need_dialog.py" line="337"/>
        <source>Liste « %1 » enregistrée.</source>
        <translation>List “%1” saved.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sourcing/need_dialog.py" line="345"/>
        <source>Exporter la présélection</source>
        <translation>Export shortlist</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sourcing/need_dialog.py" line="347"/>
        <source>Classeur (*.xlsx)</source>
        <translation>Workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sourcing/need_dialog.py" line="342"/>
        <source>Présélection</source>
        <translation>Shortlist</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sourcing/need_record.py" line="57"/>
        <source>Modifier le besoin</source>
        <translation>Edit the need</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sourcing/need_record.py" line="79"/>
        <source>Exporter</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sourcing/need_record.py" line="82"/>
        <source>Présélection exportée vers %1</source>
        <translation>Shortlist exported to %1</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sourcing/owner_choice.py" line="21"/>
        <source>Sans responsable</source>
        <translation>No owner</translation>
    </message>
</context>
<context>
    <name>NewValueDialog</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/parameters_dialog.py" line="100"/>
        <source>Nouvelle valeur datée</source>
        <translation>New dated value</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/parameters_dialog.py" line="121"/>
        <source>&amp;Paramètre :</source>
        <translation>&amp;Parameter:</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/parameters_dialog.py" line="122"/>
        <source>&amp;Valeur :</source>
        <translation>&amp;Value:</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/parameters_dialog.py" line="124"/>
        <source>En vigueur à partir &amp;du :</source>
        <translation>In force &amp;from:</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/parameters_dialog.py" line="125"/>
        <source>&amp;Note :</source>
        <translation>&amp;Note:</translation>
    </message>
</context>
<context>
    <name>ObjectiveDialog</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/objective_dialog.py" line="59"/>
        <source>Modifier l&apos;objectif</source>
        <extracomment>A note in brackets at the end of an indicator&apos;s name: « Économies réalisées (saisie manuelle) ».</extracomment>
        <translation>Edit objective</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/objective_dialog.py" line="60"/>
        <source>Nouvel objectif</source>
        <translation>New objective</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/objective_dialog.py" line="80"/>
        <source>facultatif</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/objective_dialog.py" line="106"/>
        <source>&amp;Libellé :</source>
        <translation>&amp;Label:</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/objective_dialog.py" line="107"/>
        <source>&amp;Indicateur :</source>
        <translation>&amp;Indicator:</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/objective_dialog.py" line="108"/>
        <source>&amp;Base des montants :</source>
        <translation>Amount &amp;basis:</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/objective_dialog.py" line="109"/>
        <source>&amp;Unité :</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/objective_dialog.py" line="111"/>
        <source>&amp;Cible :</source>
        <translation>&amp;Target:</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/objective_dialog.py" line="112"/>
        <source>&amp;Poids :</source>
        <translation>&amp;Weight:</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/objective_dialog.py" line="113"/>
        <source>Seuil de &amp;déclenchement :</source>
        <translation>T&amp;rigger threshold:</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/objective_dialog.py" line="118"/>
        <source>Réalisé saisi à la &amp;main :</source>
        <translation>Actual entered by &amp;hand:</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/objective_dialog.py" line="191"/>
        <source>Le réalisé</source>
        <translation>The actual</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/objective_dialog.py" line="91"/>
        <source>Plus la valeur est basse, mieu&amp;x c&apos;est</source>
        <translation>L&amp;ower is better</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/objective_dialog.py" line="110"/>
        <source>&amp;Valeur de référence :</source>
        <translation>Baseline &amp;value:</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/objective_dialog.py" line="114"/>
        <source>&amp;Seuil cible :</source>
        <translation>Tar&amp;get threshold:</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/objective_dialog.py" line="115"/>
        <source>Pla&amp;fond :</source>
        <translation>&amp;Cap:</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/objective_dialog.py" line="116"/>
        <source>C&amp;ourbe de paiement :</source>
        <translation>&amp;Payout curve:</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/objective_dialog.py" line="179"/>
        <source>La cible</source>
        <translation>The target</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/objective_dialog.py" line="185"/>
        <source>La référence</source>
        <translation>The baseline</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/objective_dialog.py" line="201"/>
        <source>Le libellé de l&apos;objectif est obligatoire.</source>
        <translation>The objective label is required.</translation>
    </message>
</context>
<context>
    <name>ObjectiveSheet</name>
    <message>
        <location filename="../../src/srm_inclusif/core/sheet_problems.py" line="62"/>
        <source>les poids totalisent {total} au lieu de {expected}</source>
        <extracomment>The weights&apos; total, in percent (``WEIGHTS``). The label of the objective whose actual is missing (``MISSING_ACTUAL``). The last day of the period still running (``PERIOD_RUNNING``). How the CLI, the export question and the PDF word a sheet&apos;s problems (lower case: the PDF frames them in a sentence). Read through ``problem_texts``.</extracomment>
        <translation>the weights total {total} instead of {expected}</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/sheet_problems.py" line="64"/>
        <source>réalisé manquant pour {objectives}</source>
        <translation>actual missing for {objectives}</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/sheet_problems.py" line="65"/>
        <source>« {label} »</source>
        <translation>“{label}”</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/sheet_problems.py" line="66"/>
        <source>la période se termine le {day} : ces résultats sont provisoires</source>
        <translation>the period ends on {day}: these results are provisional</translation>
    </message>
</context>
<context>
    <name>Objectives</name>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/objective_sheets.py" line="80"/>
        <source>Équipe : {name}</source>
        <extracomment>Names of the sheets that belong to no person, in the UI language (French without a UI).</extracomment>
        <translation>Team: {name}</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/objective_sheets.py" line="81"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
</context>
<context>
    <name>ObjectivesPage</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/objectives_page.py" line="188"/>
        <source>Aucune fiche pour {year} : créez-en une.</source>
        <translation>No sheet for {year}: create one.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/objectives_page.py" line="174"/>
        <source>&lt;b&gt;{owner}&lt;/b&gt; — objectifs {year} (réalisé au {day})</source>
        <translation>&lt;b&gt;{owner}&lt;/b&gt; — {year} objectives (actuals as of {day})</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/objectives_page.py" line="187"/>
        <source>Aucune fiche pour {year}.</source>
        <translation>No sheet for {year}.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/objectives_page.py" line="207"/>
        <source>Sélectionnez d&apos;abord un objectif dans la liste.</source>
        <translation>First select an objective in the list.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/objectives_page.py" line="210"/>
        <source>Aucune fiche pour {year} : créez-en une d&apos;abord.</source>
        <translation>No sheet for {year}: create one first.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/objectives_total.py" line="38"/>
        <source>Taux de paiement total : {rate} → {amount}</source>
        <translation>Total payout rate: {rate} → {amount}</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/objectives_total.py" line="43"/>
        <source>Taux de paiement total provisoire : {rate} → {amount}</source>
        <translation>Provisional total payout rate: {rate} → {amount}</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/objectives_total.py" line="58"/>
        <source>{problem} : le montant changera quand il sera connu.</source>
        <translation>{problem}: the amount will change once it is known.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/objectives_page.py" line="232"/>
        <source>Poids : 100 %</source>
        <translation>Weights: 100%</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/objectives_page.py" line="233"/>
        <source>Ajoutez des objectifs ; leurs poids doivent totaliser 100 %.</source>
        <translation>Add objectives; their weights must total 100%.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/objectives_page.py" line="249"/>
        <location filename="../../src/srm_inclusif/ui/pages/objectives_page.py" line="292"/>
        <source>Objectifs</source>
        <translation>Objectives</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/objectives_page.py" line="250"/>
        <source>Aucune personne ni équipe dans l&apos;organisation. Les ajouter maintenant ?</source>
        <translation>No people or teams in the organisation. Add them now?</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/objectives_page.py" line="275"/>
        <source>Créer la fiche objectifs</source>
        <translation>Create the objective sheet</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/objectives_page.py" line="288"/>
        <source>Supprimer la fiche {year} de {owner} ? Objectifs qu&apos;elle contient : {count}. Vous pourrez annuler avec Ctrl+Z.</source>
        <translation>Delete {owner}&apos;s {year} sheet? Objectives on it: {count}. You can undo it with Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/objectives_page.py" line="294"/>
        <source>Supprimer la fiche de {owner}</source>
        <translation>Delete {owner}&apos;s sheet</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/objectives_copy.py" line="48"/>
        <source>Copier les objectifs de l&apos;année précédente</source>
        <translation>Copy the previous year&apos;s objectives</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/objectives_page.py" line="309"/>
        <source>Modifier la part variable cible</source>
        <translation>Edit target part variable</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/objectives_page.py" line="338"/>
        <source>Ajouter l&apos;objectif « {label} »</source>
        <translation>Add objective “{label}”</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/objectives_page.py" line="353"/>
        <source>Modifier l&apos;objectif « {label} »</source>
        <translation>Edit objective “{label}”</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/objectives_page.py" line="363"/>
        <source>Supprimer l&apos;objectif « {label} »</source>
        <translation>Delete objective “{label}”</translation>
    </message>
</context>
<context>
    <name>ObjectivesTableModel</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/models/objectives_table.py" line="79"/>
        <source>Objectif</source>
        <extracomment>Why an actual gives no payout (thresholds out of order, a target of zero…).</extracomment>
        <translation>Objective</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/models/objectives_table.py" line="80"/>
        <source>Indicateur</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/models/objectives_table.py" line="81"/>
        <source>Base</source>
        <translation>Basis</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/models/objectives_table.py" line="82"/>
        <source>Cible</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/models/objectives_table.py" line="83"/>
        <source>Poids</source>
        <translation>Weight</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/models/objectives_table.py" line="84"/>
        <source>Réalisé</source>
        <translation>Actual</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/models/objectives_table.py" line="85"/>
        <source>Atteinte</source>
        <translation>Achievement</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/models/objectives_table.py" line="86"/>
        <source>Taux de paiement</source>
        <translation>Payout rate</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/models/objectives_table.py" line="87"/>
        <source>Paiement pondéré</source>
        <translation>Weighted payout</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/models/objectives_table.py" line="159"/>
        <source>Réalisé non disponible</source>
        <translation>Actual not available</translation>
    </message>
</context>
<context>
    <name>ObjectivesView</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/objectives_view.py" line="45"/>
        <source>Objectifs</source>
        <extracomment>Widest the target column grows, in average characters: a huge target saved before targets had an upper bound is cut, whole in its tooltip, instead of pushing the other figures out. The property keeping a button&apos;s tooltip while another says why it is off.</extracomment>
        <translation>Objectives</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/objectives_view.py" line="49"/>
        <source>Année</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/objectives_view.py" line="50"/>
        <source>Nouvelle fiche…</source>
        <translation>New sheet…</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/objectives_view.py" line="51"/>
        <source>Copier l&apos;année précédente</source>
        <translation>Copy previous year</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/objectives_view.py" line="53"/>
        <source>Supprimer la fiche</source>
        <translation>Delete sheet</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/objectives_view.py" line="56"/>
        <source>Estimateur OETH…</source>
        <extracomment>Export buttons of the variable-pay sheet are added here by the main window.</extracomment>
        <translation>OETH estimator…</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/objectives_view.py" line="57"/>
        <source>Paramètres…</source>
        <translation>Parameters…</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/objectives_view.py" line="60"/>
        <source>Fiches objectifs</source>
        <translation>Objective sheets</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/objectives_view.py" line="71"/>
        <source>Ajouter</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/objectives_view.py" line="72"/>
        <source>Modifier…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/objectives_view.py" line="73"/>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/objectives_view.py" line="117"/>
        <source>Année :</source>
        <translation>Year:</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/objectives_view.py" line="132"/>
        <source>Part variable cible :</source>
        <translation>Target part variable:</translation>
    </message>
</context>
<context>
    <name>Oeth</name>
    <message>
        <location filename="../../src/srm_inclusif/core/oeth_bases.py" line="18"/>
        <source>Achats à des EA, ESAT ou TIH {amounts} : ils ne comptent pas, seuls les montants payés dans l&apos;année ({paid}) entrent dans la déduction.</source>
        <extracomment>The note; ``{amounts}`` is one ``ON_BASIS`` per basis, joined by « et »; ``{paid}`` the amount paid (the same purchases are often recorded on several bases).</extracomment>
        <translation>Purchases from EA, ESAT or TIH {amounts}: they do not count, only the amounts paid in the year ({paid}) earn the deduction.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/oeth_bases.py" line="21"/>
        <source>en base « {basis} » ({amount})</source>
        <translation>on the “{basis}” basis ({amount})</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/oeth_bases.py" line="22"/>
        <source> et </source>
        <translation> and </translation>
    </message>
</context>
<context>
    <name>OethDialog</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/oeth_dialog.py" line="43"/>
        <source>Unités manquantes</source>
        <translation>Missing units</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/oeth_dialog.py" line="44"/>
        <source>Taux d&apos;emploi direct</source>
        <translation>Direct employment rate</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/oeth_dialog.py" line="45"/>
        <source>Coefficient × SMIC horaire</source>
        <translation>Coefficient × hourly SMIC</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/oeth_dialog.py" line="46"/>
        <source>Contribution brute</source>
        <translation>Gross contribution</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/oeth_dialog.py" line="51"/>
        <source>Plafond de déduction</source>
        <translation>Deduction cap</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/oeth_dialog.py" line="52"/>
        <source>Déduction retenue</source>
        <translation>Deduction applied</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/oeth_dialog.py" line="53"/>
        <source>Contribution nette</source>
        <translation>Net contribution</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/oeth_dialog.py" line="54"/>
        <source>Marge restante avant le plafond</source>
        <translation>Headroom left before the cap</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/oeth_dialog.py" line="55"/>
        <source>Main-d&apos;œuvre encore à acheter</source>
        <translation>Labour cost still to buy</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/oeth_dialog.py" line="58"/>
        <source>Achats encore nécessaires (à la part supposée)</source>
        <translation>Purchases still needed (at the assumed share)</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/oeth_dialog.py" line="78"/>
        <source>Estimateur OETH</source>
        <translation>OETH estimator</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/oeth_dialog.py" line="98"/>
        <source>Aucune action depuis plus de 3 ans (surcontribution)</source>
        <translation>No action for over 3 years (surcontribution)</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/oeth_dialog.py" line="105"/>
        <source>Fournisseur</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/oeth_dialog.py" line="106"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/oeth_dialog.py" line="107"/>
        <source>Payé HT</source>
        <translation>Paid excl. VAT</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/oeth_dialog.py" line="108"/>
        <source>Main-d&apos;œuvre</source>
        <translation>Labour</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/oeth_dialog.py" line="109"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/oeth_dialog.py" line="123"/>
        <source>&amp;Année :</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/oeth_dialog.py" line="124"/>
        <source>&amp;Effectif d&apos;assujettissement :</source>
        <translation>&amp;Liable headcount:</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/oeth_dialog.py" line="125"/>
        <source>&amp;BOETH employés (moyenne annuelle) :</source>
        <translation>&amp;BOETH employed (annual average):</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/oeth_dialog.py" line="126"/>
        <source>Part de &amp;main-d&apos;œuvre supposée sans attestation :</source>
        <translation>Assumed labour &amp;share without attestation:</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/oeth_dialog.py" line="195"/>
        <source>{label} :</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/oeth_dialog.py" line="255"/>
        <source>Estimation indicative, hors outil de paie ; paramètres modifiables dans « Outils › Paramètres datés… ».</source>
        <translation>Indicative estimate, not a payroll tool; parameters can be changed in “Tools › Dated parameters…”.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/oeth_dialog.py" line="136"/>
        <source>Estimation</source>
        <translation>Estimate</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/oeth_dialog.py" line="42"/>
        <source>Bénéficiaires requis ({rate})</source>
        <translation>Required beneficiaries ({rate})</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/oeth_dialog.py" line="49"/>
        <source>Déduction avant plafond ({rate} de la main-d&apos;œuvre)</source>
        <translation>Deduction before cap ({rate} of labour cost)</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/oeth_dialog.py" line="138"/>
        <source>Achats payés à des EA, ESAT et TIH</source>
        <translation>Purchases paid to EA, ESAT and TIH</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/oeth_dialog.py" line="144"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/oeth_dialog.py" line="229"/>
        <source>estimation</source>
        <translation>estimate</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/oeth_dialog.py" line="229"/>
        <source>attestation</source>
        <translation>attestation</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/oeth_dialog.py" line="241"/>
        <source>L&apos;estimateur concerne le profil acheteur.</source>
        <translation>The estimator applies to the buyer profile.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/oeth_dialog.py" line="245"/>
        <source>Moins de 20 salariés : l&apos;entreprise n&apos;est pas assujettie.</source>
        <translation>Fewer than 20 employees: the company is not liable.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/oeth_dialog.py" line="249"/>
        <source>Certains coûts de main-d&apos;œuvre sont estimés faute d&apos;attestation : le résultat est une estimation.</source>
        <translation>Some labour costs are estimated for lack of an attestation: the result is an estimate.</translation>
    </message>
</context>
<context>
    <name>OffersPanel</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/offers_panel.py" line="230"/>
        <source>Offres</source>
        <translation>Offers</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/offers_panel.py" line="231"/>
        <source>Offre</source>
        <translation>Offer</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/offers_panel.py" line="232"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/offers_panel.py" line="233"/>
        <source>Ajouter une offre</source>
        <translation>Add offer</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/offers_panel.py" line="234"/>
        <source>Retirer l&apos;offre</source>
        <translation>Remove offer</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/offers_panel.py" line="236"/>
        <source>Aucune offre enregistrée.</source>
        <translation>No offer recorded.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/offers_panel.py" line="237"/>
        <source>Aucune offre enregistrée. Ajoutez ce que la structure propose, ou importez l&apos;annuaire du Marché de l&apos;inclusion qui les donne.</source>
        <translation>No offer recorded. Add what the structure offers, or import the Marché de l&apos;inclusion directory, which lists them.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/offers_panel.py" line="241"/>
        <source>Références clients</source>
        <translation>Client references</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/offers_panel.py" line="242"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/offers_panel.py" line="243"/>
        <source>Ce qui a été réalisé</source>
        <translation>What was done</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/offers_panel.py" line="244"/>
        <source>Ajouter une référence</source>
        <translation>Add reference</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/offers_panel.py" line="245"/>
        <source>Retirer la référence</source>
        <translation>Remove reference</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/offers_panel.py" line="246"/>
        <source>Aucune référence client enregistrée.</source>
        <translation>No client reference recorded.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/offers_panel.py" line="247"/>
        <source>Aucune référence client enregistrée. Notez les clients pour qui la structure a déjà travaillé et ce qu&apos;elle a réalisé : c&apos;est ce qu&apos;on regarde avant un premier marché test.</source>
        <translation>No client reference recorded. Note the clients the structure has already worked for and what it did: that is what buyers look at before a first marché test.</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/fields.py" line="59"/>
        <source>— pas de date (ex. {day})</source>
        <extracomment>The date shown as an example of how to type one, in the UI language&apos;s way. The amount an unreadable one is told to look like, written the Python way. Hours being typed: digits, spaces and marks, before they read as a number.</extracomment>
        <translation>— no date (e.g. {day})</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/fields.py" line="64"/>
        <source>Choisir dans le calendrier (Alt+Bas)</source>
        <translation>Pick from the calendar (Alt+Down)</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/organisation_dialog.py" line="43"/>
        <source>Personnes et équipes</source>
        <translation>People and teams</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/organisation_dialog.py" line="82"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/organisation_dialog.py" line="82"/>
        <source>Fonction</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/organisation_dialog.py" line="82"/>
        <location filename="../../src/srm_inclusif/ui/organisation_dialog.py" line="93"/>
        <source>Équipe</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/organisation_dialog.py" line="82"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/organisation_dialog.py" line="93"/>
        <source>Membres</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/organisation_dialog.py" line="79"/>
        <source>Afficher les personnes inactives</source>
        <translation>Show inactive people</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/organisation_dialog.py" line="85"/>
        <source>Ajouter…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/organisation_dialog.py" line="87"/>
        <source>Modifier…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/organisation_dialog.py" line="89"/>
        <location filename="../../src/srm_inclusif/ui/organisation_dialog.py" line="187"/>
        <location filename="../../src/srm_inclusif/ui/organisation_dialog.py" line="246"/>
        <source>Désactiver</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/organisation_dialog.py" line="96"/>
        <source>Nouvelle équipe…</source>
        <translation>New team…</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/organisation_dialog.py" line="98"/>
        <source>Renommer…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/organisation_dialog.py" line="100"/>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/organisation_dialog.py" line="81"/>
        <source>Personnes</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/organisation_dialog.py" line="92"/>
        <source>Équipes</source>
        <translation>Teams</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/organisation_dialog.py" line="66"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/organisation_dialog.py" line="163"/>
        <source>{name} (inactive)</source>
        <translation>{name} (inactive)</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/organisation_dialog.py" line="171"/>
        <source>{active} (+{inactive} inactive)</source>
        <translation>{active} (+{inactive} inactive)</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/organisation_dialog.py" line="172"/>
        <source>{active} (+{inactive} inactives)</source>
        <translation>{active} (+{inactive} inactive)</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/organisation_dialog.py" line="158"/>
        <source>Désactivé(e) : n&apos;est plus proposé(e) dans les listes ; garde ses fiches et ses relations.</source>
        <translation>Deactivated: no longer offered in lists; keeps their sheets and relationships.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/organisation_dialog.py" line="59"/>
        <source>Une personne n&apos;est jamais supprimée : désactivée, elle garde ses fiches objectifs et ses relations mais n&apos;est plus proposée. Une équipe supprimée laisse ses membres sans équipe ; une équipe qui a des fiches objectifs ne peut pas l&apos;être.</source>
        <translation>A person is never deleted: deactivated, they keep their objective sheets and relationships but are no longer offered. A deleted team leaves its members without a team; a team that has objective sheets cannot be deleted.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/organisation_dialog.py" line="93"/>
        <source>Fiches objectifs</source>
        <translation>Objective sheets</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/organisation_dialog.py" line="187"/>
        <source>Réactiver</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/organisation_dialog.py" line="212"/>
        <source>Ajouter « {name} »</source>
        <translation>Add “{name}”</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/organisation_dialog.py" line="239"/>
        <source>Modifier « {name} »</source>
        <translation>Edit “{name}”</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/organisation_dialog.py" line="247"/>
        <source>Désactiver « {name} » ? Cette personne ne sera plus proposée dans les listes (Ctrl+Z pour annuler).</source>
        <translation>Deactivate “{name}”? This person will no longer be offered in lists (Ctrl+Z to undo).</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/organisation_dialog.py" line="253"/>
        <source>Réactiver « {name} »</source>
        <translation>Reactivate “{name}”</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/organisation_dialog.py" line="254"/>
        <source>Désactiver « {name} »</source>
        <translation>Deactivate “{name}”</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/organisation_dialog.py" line="261"/>
        <source>Nouvelle équipe</source>
        <translation>New team</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/organisation_dialog.py" line="266"/>
        <source>Nom de l&apos;équipe :</source>
        <translation>Team name:</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/organisation_dialog.py" line="279"/>
        <source>Ajouter l&apos;équipe « {name} »</source>
        <translation>Add team “{name}”</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/organisation_dialog.py" line="289"/>
        <source>Renommer l&apos;équipe</source>
        <translation>Rename team</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/organisation_dialog.py" line="297"/>
        <source>Renommer l&apos;équipe « {name} »</source>
        <translation>Rename team “{name}”</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/organisation_dialog.py" line="303"/>
        <source>Supprimer l&apos;équipe</source>
        <translation>Delete team</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/organisation_dialog.py" line="311"/>
        <source>Supprimer l&apos;équipe « {name} » ? Elle n&apos;a aucun membre.</source>
        <translation>Delete the team “{name}”? It has no members.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/organisation_dialog.py" line="313"/>
        <source>Supprimer l&apos;équipe « {name} » ? Son membre n&apos;aura plus d&apos;équipe.</source>
        <translation>Delete the team “{name}”? Its member will be left without a team.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/organisation_dialog.py" line="315"/>
        <source>Supprimer l&apos;équipe « {name} » ? Ses {count} membres n&apos;auront plus d&apos;équipe.</source>
        <translation>Delete the team “{name}”? Its {count} members will be left without a team.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/organisation_dialog.py" line="323"/>
        <source>Supprimer l&apos;équipe « {name} »</source>
        <translation>Delete team “{name}”</translation>
    </message>
</context>
<context>
    <name>Parameters</name>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/parameters.py" line="44"/>
        <source>SMIC horaire brut</source>
        <extracomment>Stored as a fraction (``0.06``), shown and typed as a percentage (``6 %``). A number of hourly SMIC (the OETH coefficients, the surcontribution). The parameters the app reads, in the order they are listed: the ``OethParameters`` field each fills → its name (as seeded in ``storage/seed.py``) and its kind (French label, unit).</extracomment>
        <translation>Gross hourly minimum wage (SMIC)</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/parameters.py" line="46"/>
        <source>Taux d&apos;emploi obligatoire</source>
        <translation>Mandatory employment rate</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/parameters.py" line="48"/>
        <source>Coefficient, 20 à 249 salariés</source>
        <translation>Coefficient, 20 to 249 employees</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/parameters.py" line="51"/>
        <source>Coefficient, 250 à 749 salariés</source>
        <translation>Coefficient, 250 to 749 employees</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/parameters.py" line="54"/>
        <source>Coefficient, 750 salariés et plus</source>
        <translation>Coefficient, 750 employees or more</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/parameters.py" line="57"/>
        <source>Surcontribution</source>
        <translation>Surcontribution</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/parameters.py" line="59"/>
        <source>Part déductible du coût de main-d&apos;œuvre</source>
        <translation>Deductible share of the labour cost</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/parameters.py" line="62"/>
        <source>Plafond de déduction sous le seuil d&apos;emploi direct</source>
        <translation>Deduction cap below the direct employment threshold</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/parameters.py" line="65"/>
        <source>Plafond de déduction à partir du seuil d&apos;emploi direct</source>
        <translation>Deduction cap at or above the direct employment threshold</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/parameters.py" line="68"/>
        <source>Seuil d&apos;emploi direct du plafond haut</source>
        <translation>Direct employment threshold for the higher cap</translation>
    </message>
</context>
<context>
    <name>ParametersDialog</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/parameters_dialog.py" line="164"/>
        <source>Paramètre</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/parameters_dialog.py" line="62"/>
        <source>{count} × SMIC horaire</source>
        <extracomment>The notes the shipped parameters came with (``storage.seed.DEFAULT_PARAMETERS``): they only repeat the label (and « (6 %) » would stay when the rate changes), so the table leaves them out.</extracomment>
        <translation>{count} × hourly SMIC</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/parameters_dialog.py" line="87"/>
        <source>en % (6 pour 6 %)</source>
        <translation>in % (6 for 6%)</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/parameters_dialog.py" line="88"/>
        <source>en euros</source>
        <translation>in euros</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/parameters_dialog.py" line="89"/>
        <source>en nombre de SMIC horaires</source>
        <translation>as a number of hourly SMIC</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/parameters_dialog.py" line="165"/>
        <source>En vigueur depuis</source>
        <translation>In force since</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/parameters_dialog.py" line="166"/>
        <source>Valeur</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/parameters_dialog.py" line="167"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/parameters_dialog.py" line="175"/>
        <location filename="../../src/srm_inclusif/ui/parameters_dialog.py" line="213"/>
        <source>Paramètres datés</source>
        <translation>Dated parameters</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/parameters_dialog.py" line="187"/>
        <source>&amp;Nouvelle valeur datée…</source>
        <translation>&amp;New dated value…</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/parameters_dialog.py" line="188"/>
        <source>&amp;Modifier la valeur…</source>
        <translation>&amp;Edit value…</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/parameters_dialog.py" line="189"/>
        <source>&amp;Supprimer</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/parameters_dialog.py" line="195"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/parameters_dialog.py" line="264"/>
        <source>Ajouter une valeur de « {name} »</source>
        <translation>Add a value for “{name}”</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/parameters_dialog.py" line="274"/>
        <source>Modifier la valeur</source>
        <translation>Edit value</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/parameters_dialog.py" line="284"/>
        <source>{name} au {day} :</source>
        <translation>{name} on {day}:</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/parameters_dialog.py" line="285"/>
        <source>{name} au {day}, {unit} :</source>
        <translation>{name} on {day}, {unit}:</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/parameters_dialog.py" line="290"/>
        <source>Modifier « {name} »</source>
        <translation>Edit “{name}”</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/parameters_dialog.py" line="305"/>
        <source>Supprimer la valeur de « {name} » en vigueur depuis le {day} ({value}) ? Vous pourrez annuler avec Ctrl+Z.</source>
        <translation>Delete the value of “{name}” in force since {day} ({value})? You can undo with Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/parameters_dialog.py" line="309"/>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/parameters_dialog.py" line="328"/>
        <source>Supprimer une valeur de « {name} »</source>
        <translation>Delete a value of “{name}”</translation>
    </message>
</context>
<context>
    <name>Payout</name>
    <message>
        <location filename="../../src/srm_inclusif/core/payout.py" line="26"/>
        <source>Linéaire (proportionnelle au-delà du seuil de déclenchement)</source>
        <extracomment>Payout curves and their French labels (read them through ``curve_label``).</extracomment>
        <translation>Linear (proportional above the trigger threshold)</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/payout.py" line="28"/>
        <source>Progressive (de 0 au seuil de déclenchement à 100 % à la cible)</source>
        <translation>Ramp (from 0 at the trigger threshold to 100 % at the target)</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/payout.py" line="30"/>
        <source>Paliers (0 sous le seuil, 100 % de la cible au plafond)</source>
        <translation>Step (0 below the threshold, 100 % from the target to the cap)</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <location filename="../../src/srm_inclusif/core/vocabulary.py" line="44"/>
        <source>Acheteur</source>
        <translation>Buyer</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/vocabulary.py" line="45"/>
        <source>Chargé(e) d&apos;affaires</source>
        <translation>Account manager</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/person_dialog.py" line="29"/>
        <source>Modifier la personne</source>
        <translation>Edit person</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/person_dialog.py" line="30"/>
        <source>Nouvelle personne</source>
        <translation>New person</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/person_dialog.py" line="42"/>
        <source>facultatif</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/person_dialog.py" line="45"/>
        <source>Sans équipe</source>
        <translation>No team</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/person_dialog.py" line="55"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/person_dialog.py" line="56"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/person_dialog.py" line="62"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/person_dialog.py" line="62"/>
        <source>Fonction</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/person_dialog.py" line="63"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/person_dialog.py" line="63"/>
        <source>Équipe</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/person_dialog.py" line="75"/>
        <source>Indiquez un nom.</source>
        <translation>Enter a name.</translation>
    </message>
</context>
<context>
    <name>PipelineBoard</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/pipeline_board.py" line="198"/>
        <source>Contrat le {day}</source>
        <extracomment>Columns the board shows side by side however narrow the window. Pixels from the board&apos;s edge where a dragged card scrolls the board, and how far a move does. Whether the cards say the structure&apos;s kind (a buyer&apos;s board; a seller&apos;s clients are companies: her cards name the owner only).</extracomment>
        <translation>Contract on {day}</translation>
    </message>
</context>
<context>
    <name>ProfileChoice</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/profile_dialog.py" line="42"/>
        <source>Je suis &amp;acheteur (entreprise, collectivité, PME)</source>
        <extracomment>Width of the dialog&apos;s sentence, in average characters.</extracomment>
        <translation>I am a &amp;buyer (company, local authority, SME)</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/profile_dialog.py" line="45"/>
        <source>Je représente une &amp;structure inclusive (SIAE, EA, ESAT)</source>
        <translation>I represent an inclusive &amp;structure (SIAE, EA, ESAT)</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/profile_dialog.py" line="82"/>
        <source>Profil et exercice</source>
        <translation>Profile and financial year</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/profile_dialog.py" line="89"/>
        <source>Le profil donne ses noms à l&apos;espace («&#xa0;Fournisseurs&#xa0;» ou «&#xa0;Clients&#xa0;») et choisit les outils proposés. Les fiches, relations, contrats et objectifs restent tels quels, mais la «&#xa0;Note de qualité des retours&#xa0;» compte les retours de l&apos;autre partie&#xa0;: ceux qu&apos;un acheteur donne, ceux qu&apos;une structure inclusive reçoit. Le réalisé d&apos;un objectif sur cette note change donc, ou manque faute de retour. Ctrl+Z remet le profil précédent.</source>
        <translation>The profile names the parts of the workspace (“Suppliers” or “Clients”) and decides which tools are offered. Records, relationships, contracts and objectives stay as they are, but the “Feedback quality score” counts different feedback: for a buyer, the feedback they give; for an inclusive organisation, the feedback it receives. An objective on this score may therefore show another actual, or none until feedback is entered. Ctrl+Z restores the previous profile.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/profile_dialog.py" line="118"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/profile_dialog.py" line="136"/>
        <source>Début de l&apos;&amp;exercice :</source>
        <translation>Start of the &amp;financial year:</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/profile_dialog.py" line="137"/>
        <source>Début de l&apos;exercice</source>
        <translation>Start of the financial year</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/profile_dialog.py" line="204"/>
        <source>Changer le profil de l&apos;espace</source>
        <translation>Change the workspace profile</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/profile_dialog.py" line="185"/>
        <location filename="../../src/srm_inclusif/ui/profile_dialog.py" line="213"/>
        <source>Changer le début de l&apos;exercice</source>
        <translation>Change the start of the financial year</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/profile_dialog.py" line="129"/>
        <source>Le tableau de bord, les objectifs et les fiches objectifs suivent cet exercice. Une fiche objectifs garde son année de début&#xa0;: changer le mois change la période qu&apos;elle couvre, et donc ses réalisés. Ctrl+Z remet le mois précédent.</source>
        <translation>The dashboard, the objectives and the objective sheets follow this financial year. An objective sheet keeps its starting year: changing the month changes the period it covers, and so its actuals. Ctrl+Z restores the previous month.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/profile_dialog.py" line="223"/>
        <source>Changer le profil et le début de l&apos;exercice</source>
        <translation>Change the profile and the start of the financial year</translation>
    </message>
</context>
<context>
    <name>QDialog</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/sourcing/shortlists_dialog.py" line="203"/>
        <source>Ajouter à une liste</source>
        <translation>Add to a list</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sourcing/shortlists_dialog.py" line="204"/>
        <source>Liste (choisissez-en une ou tapez un nouveau nom) :</source>
        <translation>List (choose one or type a new name):</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sourcing/shortlists_dialog.py" line="229"/>
        <source>Ajouter à la liste « %1 »</source>
        <translation>Add to list “%1”</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/srm_inclusif/ui/sourcing/shortlists_dialog.py" line="239"/>
        <source>%n structure(s) ajoutée(s) à la liste « {name} »</source>
        <translation>
            <numerusform>%n structure added to the list “{name}”</numerusform>
            <numerusform>%n structures added to the list “{name}”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/srm_inclusif/ui/sourcing/shortlists_dialog.py" line="241"/>
        <source> (%n y étai(en)t déjà)</source>
        <translation>
            <numerusform> (%n already on it)</numerusform>
            <numerusform> (%n already on it)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/read_only_banner.py" line="54"/>
        <source>{name} — lecture seule</source>
        <extracomment>A pale amber strip: noticed at once, without looking like an error.</extracomment>
        <translation>{name} — read-only</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/read_only_banner.py" line="60"/>
        <source>Impossible d&apos;importer : l&apos;espace de travail est en lecture seule. Enregistrez-en une copie dans un dossier à vous, ouvrez-la, puis importez dans la copie.</source>
        <translation>Cannot import: the workspace is read-only. Save a copy of it in a folder of yours, open that copy, then import into it.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/read_only_banner.py" line="67"/>
        <source>Impossible d&apos;ajouter quoi que ce soit : l&apos;espace de travail est en lecture seule. Enregistrez-en une copie dans un dossier à vous, ouvrez-la, puis faites l&apos;ajout dans la copie.</source>
        <translation>Nothing can be added: the workspace is read-only. Save a copy of it in a folder of your own, open the copy, then add to it there.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/read_only_banner.py" line="75"/>
        <source>Lecture seule : rien ne peut être importé ici.</source>
        <translation>Read-only: nothing can be imported here.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/read_only_banner.py" line="81"/>
        <source>Lecture seule : rien ne peut être ajouté ici.</source>
        <translation>Read-only: nothing can be added here.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/read_only_banner.py" line="87"/>
        <source>Lecture seule : rien ne peut être modifié dans cet espace de travail. Enregistrez-en une copie dans un dossier à vous, ouvrez-la, puis faites la modification dans la copie.</source>
        <translation>Read-only: nothing can be changed in this workspace. Save a copy of it in a folder of your own, open it, then make the change in the copy.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/read_only_banner.py" line="95"/>
        <source>Lecture seule : rien ne peut être modifié ici.</source>
        <translation>Read-only: nothing can be changed here.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/read_only_banner.py" line="111"/>
        <source>Lecture seule : restaurer une sauvegarde remplacerait le fichier de l&apos;espace de travail, qui ne peut pas être modifié. Demandez d&apos;abord le droit d&apos;écrire sur ce fichier et sur son dossier.</source>
        <translation>Read-only: restoring a backup would replace the workspace file, which cannot be changed. First ask for the right to write to this file and its folder.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/read_only_banner.py" line="119"/>
        <source>Lecture seule : aucune sauvegarde ne peut être restaurée.</source>
        <translation>Read-only: no backup can be restored.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/read_only_banner.py" line="150"/>
        <location filename="../../src/srm_inclusif/ui/read_only_banner.py" line="186"/>
        <source>Lecture seule</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/read_only_banner.py" line="152"/>
        <source>&lt;b&gt;Lecture seule :&lt;/b&gt; vous pouvez consulter et exporter « {name} », mais rien n&apos;y sera enregistré. Pour le modifier, enregistrez-en une copie dans un dossier à vous et ouvrez-la, ou demandez le droit d&apos;écrire sur ce fichier et sur son dossier.</source>
        <translation>&lt;b&gt;Read-only:&lt;/b&gt; you can view and export “{name}”, but nothing will be saved in it. To change it, save a copy in a folder of yours and open it, or ask for the right to write to this file and its folder.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/read_only_banner.py" line="160"/>
        <source>Enregistrer une copie…</source>
        <translation>Save a copy…</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/read_only_banner.py" line="189"/>
        <source>Vous n&apos;avez pas le droit d&apos;écrire sur « {name} » ou sur son dossier : rien n&apos;y sera enregistré.</source>
        <translation>You do not have the right to write to “{name}” or to its folder: nothing will be saved in it.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/read_only_banner.py" line="270"/>
        <source>Import impossible</source>
        <translation>Cannot import</translation>
    </message>
</context>
<context>
    <name>RelationshipChoiceDialog</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/relationship_choice.py" line="44"/>
        <source>Tapez le nom d&apos;un client, puis choisissez sa relation</source>
        <extracomment>a structure inclusive&apos;s counterparties are her clients (the words in use)</extracomment>
        <translation>Type a client&apos;s name, then choose its relationship</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/relationship_choice.py" line="45"/>
        <source>Tapez le nom d&apos;une structure, puis choisissez sa relation</source>
        <translation>Type a structure&apos;s name, then choose its relationship</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/relationship_choice.py" line="51"/>
        <source>Relation</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/relationship_choice.py" line="64"/>
        <source>Choisissez dans « Relation » le client pour lequel le contrat est conclu.</source>
        <translation>Choose in “Relationship” the client the contract is made with.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/relationship_choice.py" line="66"/>
        <source>Choisissez dans « Relation » la structure pour laquelle le contrat est conclu.</source>
        <translation>Choose in “Relationship” the structure the contract is made with.</translation>
    </message>
</context>
<context>
    <name>RelationshipDetail</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/relationship_detail.py" line="81"/>
        <source>Historique</source>
        <extracomment>Space around each entry of the panel&apos;s lists, in px, so that wrapped entries stand apart. Qt&apos;s &quot;no maximum size&quot;.</extracomment>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/relationship_detail.py" line="82"/>
        <source>Contrats et marchés test</source>
        <translation>Contracts and marchés test</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/relationship_detail.py" line="83"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/relationship_detail.py" line="93"/>
        <source>Changer d&apos;étape…</source>
        <translation>Change stage…</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/relationship_detail.py" line="93"/>
        <source>Marché test…</source>
        <translation>Marché test…</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/relationship_detail.py" line="94"/>
        <source>Contrat…</source>
        <translation>Contract…</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/relationship_detail.py" line="94"/>
        <source>Retour d&apos;expérience…</source>
        <translation>Feedback…</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/relationship_detail.py" line="95"/>
        <source>Décision go / no go…</source>
        <translation>Go / no go decision…</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/relationship_detail.py" line="96"/>
        <source>Renouveler…</source>
        <translation>Renew…</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/relationship_detail.py" line="96"/>
        <source>Action…</source>
        <translation>Action…</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/relationship_detail.py" line="128"/>
        <source>Choisissez d&apos;abord une relation dans le pipeline ou le tableau.</source>
        <translation>First choose a relationship in the pipeline or the table.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/relationship_detail.py" line="146"/>
        <source>Cette relation n&apos;a pas encore de contrat ni de marché test.</source>
        <translation>This relationship has no contract or marché test yet.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/relationship_detail.py" line="147"/>
        <source>Seul un marché test reçoit une décision go / no go : choisissez-en un dans la liste des contrats.</source>
        <translation>Only a marché test takes a go / no go decision: choose one in the list of contracts.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/relationship_detail.py" line="198"/>
        <source>Choisissez une relation dans le pipeline ou le tableau.</source>
        <translation>Choose a relationship in the pipeline or the table.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/relationship_detail.py" line="201"/>
        <source>Ses changements d&apos;étape s&apos;afficheront ici.</source>
        <translation>Its stage changes will show here.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/relationship_detail.py" line="202"/>
        <source>Ses contrats et marchés test s&apos;afficheront ici.</source>
        <translation>Its contracts and marchés test will show here.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/relationship_detail.py" line="203"/>
        <source>Ses actions s&apos;afficheront ici.</source>
        <translation>Its actions will show here.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/relationship_detail.py" line="208"/>
        <source>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;{stage} depuis le {since} · {owner}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;{stage} since {since} · {owner}</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/relationship_detail.py" line="210"/>
        <source>sans responsable</source>
        <translation>no owner</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/relationship_detail.py" line="214"/>
        <source>Dernière note : {score} — {trend}</source>
        <translation>Last score: {score} — {trend}</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/relationship_detail.py" line="220"/>
        <source>{step} : {reason}</source>
        <translation>{step}: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/relationship_detail.py" line="233"/>
        <source>Aucun contrat ni marché test pour l&apos;instant.</source>
        <translation>No contract or marché test yet.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/relationship_detail.py" line="241"/>
        <source>Aucune action pour l&apos;instant.</source>
        <translation>No action yet.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/relationship_detail.py" line="242"/>
        <source>Aucune action pour l&apos;instant : « Action… » en ajoute une.</source>
        <translation>No action yet: “Action…” adds one.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/relationship_detail.py" line="248"/>
        <source>Contrat à partir du {day} : la relation passera alors à « {stage} ».</source>
        <translation>Contract from {day}: the relationship will then move to “{stage}”.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/relationship_detail.py" line="254"/>
        <source>{kind} : {title}</source>
        <translation>{kind}: {title}</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/relationship_detail.py" line="256"/>
        <source>{amount} HT</source>
        <translation>{amount} excl. VAT</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/relationship_detail.py" line="260"/>
        <source>décision {d}</source>
        <translation>decision {d}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/srm_inclusif/ui/lifecycle/relationship_detail.py" line="261"/>
        <source>%n retour(s)</source>
        <translation>
            <numerusform>%n feedback entry</numerusform>
            <numerusform>%n feedback entries</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/relationship_detail.py" line="267"/>
        <source>{action} (pour le {day})</source>
        <translation>{action} (due {day})</translation>
    </message>
</context>
<context>
    <name>RelationshipDialog</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/relationship_dialog.py" line="82"/>
        <source>Tapez le nom d&apos;un client, puis choisissez-le</source>
        <translation>Type a client&apos;s name, then choose it</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/relationship_dialog.py" line="83"/>
        <source>Tapez le nom d&apos;une structure, puis choisissez-la</source>
        <translation>Type a structure&apos;s name, then choose it</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/relationship_dialog.py" line="86"/>
        <source>Sans responsable</source>
        <translation>No owner</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/relationship_dialog.py" line="103"/>
        <source>Structure</source>
        <translation>Structure</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/relationship_dialog.py" line="103"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/relationship_dialog.py" line="105"/>
        <source>Responsable</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/relationship_dialog.py" line="106"/>
        <source>Depuis le</source>
        <translation>Since</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/relationship_dialog.py" line="115"/>
        <source>Choisissez un client dans la liste.</source>
        <translation>Choose a client from the list.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/relationship_dialog.py" line="116"/>
        <source>Choisissez une structure dans la liste.</source>
        <translation>Choose a structure from the list.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/relationship_dialog.py" line="133"/>
        <source>Aucun client dans l&apos;espace : créez une fiche (Clients › Nouvelle fiche) ou importez un annuaire.</source>
        <translation>No client in the workspace yet: create a record (Clients › New record) or import a directory.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/relationship_dialog.py" line="135"/>
        <source>Aucune structure dans l&apos;espace : créez une fiche (Fournisseurs › Nouvelle fiche) ou importez un annuaire.</source>
        <translation>No structure in the workspace yet: create a record (Suppliers › New record) or import a directory.</translation>
    </message>
</context>
<context>
    <name>RelationshipTableModel</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/models/relationship_table.py" line="35"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/models/relationship_table.py" line="40"/>
        <source>Étape</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/models/relationship_table.py" line="45"/>
        <source>Depuis le</source>
        <translation>Since</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/models/relationship_table.py" line="50"/>
        <source>Responsable</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/models/relationship_table.py" line="55"/>
        <source>Secteurs</source>
        <translation>Sectors</translation>
    </message>
</context>
<context>
    <name>RelationshipsPage</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/relationships_page.py" line="61"/>
        <source>Relations</source>
        <translation>Relationships</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/relationships_page.py" line="65"/>
        <source>Tous les responsables</source>
        <translation>All owners</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/relationships_page.py" line="66"/>
        <source>Tous les types</source>
        <translation>All types</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/relationships_page.py" line="72"/>
        <source>Tous les secteurs</source>
        <translation>All sectors</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/relationships_page.py" line="73"/>
        <source>Nouvelle relation…</source>
        <translation>New relationship…</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/relationships_page.py" line="75"/>
        <source>Critères des retours…</source>
        <translation>Feedback criteria…</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/relationships_page.py" line="129"/>
        <source>Aucune relation pour l&apos;instant : « Nouvelle relation… » (en haut à droite) en ouvre une avec une fiche de l&apos;annuaire ; elle entre ici dans la colonne « {stage} ».</source>
        <translation>No relationship yet: “New relationship…” (top right) opens one with a record from the directory; it then appears here in the “{stage}” column.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/relationships_page.py" line="139"/>
        <source>Glissez une carte vers une autre étape, ou Ctrl+→ / Ctrl+← ; Entrée pour choisir l&apos;étape. Les flèches passent d&apos;une colonne à l&apos;autre.</source>
        <translation>Drag a card to another stage, or Ctrl+→ / Ctrl+←; Enter to choose the stage. The arrow keys move between columns.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/relationships_page.py" line="102"/>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/relationships_page.py" line="103"/>
        <source>Tableau</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/relationships_page.py" line="127"/>
        <source>Aucune relation pour l&apos;instant.</source>
        <translation>No relationship yet.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/relationships_page.py" line="136"/>
        <source>Lecture seule : cliquez sur une carte pour voir son détail ; elle ne peut pas changer d&apos;étape. Les flèches passent d&apos;une colonne à l&apos;autre.</source>
        <translation>Read-only: click a card to see its details; it cannot change stage. The arrow keys move between columns.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/relationships_page.py" line="164"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/relationships_page.py" line="164"/>
        <source>Fournisseur</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/relationships_page.py" line="179"/>
        <source>Nouvelle relation</source>
        <translation>New relationship</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/relationships_page.py" line="180"/>
        <source>Changer d&apos;étape</source>
        <translation>Change stage</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/relationships_page.py" line="181"/>
        <source>Nouveau marché test</source>
        <translation>New marché test</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/relationships_page.py" line="182"/>
        <source>Retour d&apos;expérience</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/relationships_page.py" line="183"/>
        <source>Nouveau contrat</source>
        <translation>New contract</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/relationships_page.py" line="184"/>
        <source>Décision go / no go</source>
        <translation>Go / no go decision</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/relationships_page.py" line="185"/>
        <source>Renouveler le contrat</source>
        <translation>Renew contract</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/relationships_page.py" line="186"/>
        <source>Nouvelle action</source>
        <translation>New action</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/relationships_page.py" line="241"/>
        <source>Sans responsable</source>
        <translation>No owner</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/srm_inclusif/ui/pages/relationships_page.py" line="272"/>
        <source>%n relation(s) sur {total}</source>
        <translation>
            <numerusform>%n relationship out of {total}</numerusform>
            <numerusform>%n relationships out of {total}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/relationships_page.py" line="352"/>
        <source>Contrats</source>
        <translation>Contracts</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/relationships_page.py" line="353"/>
        <source>Cette relation n&apos;a pas encore de contrat ni de marché test.</source>
        <translation>This relationship has no contract or marché test yet.</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../../src/srm_inclusif/core/reminders.py" line="148"/>
        <source>Marché test terminé sans retour d&apos;expérience : {contract}</source>
        <extracomment>Days before a contract&apos;s end at which it is recalled. Days before its end at which a label is recalled. Days before its due date at which an open action is recalled.</extracomment>
        <translation>Marché test ended without feedback: {contract}</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/reminders.py" line="164"/>
        <source>Date limite de préavis le {date} : {contract}</source>
        <translation>Notice deadline on {date}: {contract}</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/reminders.py" line="185"/>
        <source>Contrat échu le {date} : {contract}</source>
        <translation>Contract expired on {date}: {contract}</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/reminders.py" line="186"/>
        <source>Fin de contrat le {date} (J-{days}) : {contract}</source>
        <translation>Contract ends on {date} (in {days} d): {contract}</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/reminders.py" line="212"/>
        <source>Le label {label} de {name} a expiré le {date}</source>
        <translation>Label {label} of {name} expired on {date}</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/reminders.py" line="214"/>
        <source>Le label {label} de {name} expire le {date}</source>
        <translation>Label {label} of {name} expires on {date}</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/reminders.py" line="233"/>
        <source>Action à faire pour le {date} : {text}</source>
        <translation>Action due on {date}: {text}</translation>
    </message>
</context>
<context>
    <name>ReservedMarket</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/reserved_market.py" line="14"/>
        <source>Non réservé</source>
        <translation>Not reserved</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/reserved_market.py" line="16"/>
        <source>Réservé %1 (%2)</source>
        <translation>Reserved %1 (%2)</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/restore_dialog.py" line="73"/>
        <source>Revenir à une sauvegarde</source>
        <translation>Go back to a backup</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/restore_dialog.py" line="58"/>
        <source>L&apos;espace de travail va revenir à son état du {moment}. Tout ce qui a été fait depuis (imports, fiches, contrats, retours…) ne sera plus visible.

L&apos;état actuel est d&apos;abord copié dans les sauvegardes : vous pourrez y revenir de la même façon.</source>
        <extracomment>The reasons a chosen file is refused for being no workspace at all (not a damaged one).</extracomment>
        <translation>The workspace will go back to its state of {moment}. Everything done since (imports, records, contracts, feedback…) will no longer be visible.

The current state is first copied to the backups: you can go back to it the same way.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/restore_dialog.py" line="65"/>
        <source>L&apos;espace de travail va être remplacé par le contenu de « {file} », enregistré le {moment}. Ce qu&apos;il contient maintenant (imports, fiches, contrats, retours…) ne sera plus visible.

L&apos;état actuel est d&apos;abord copié dans les sauvegardes : vous pourrez y revenir de la même façon.</source>
        <translation>The workspace will be replaced by the content of “{file}”, saved on {moment}. What it holds now (imports, records, contracts, feedback…) will no longer be visible.

The current state is first copied to the backups: you can go back to it the same way.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/restore_dialog.py" line="77"/>
        <source>Restaurer</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/restore_dialog.py" line="126"/>
        <source>Restaurer une sauvegarde</source>
        <extracomment>The import each copy was taken just before, by the copy&apos;s file name.</extracomment>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/restore_dialog.py" line="137"/>
        <source>Aucune sauvegarde pour l&apos;instant. « Sauvegarder maintenant » copie l&apos;espace de travail tel qu&apos;il est, pour pouvoir y revenir plus tard ; « Restaurer depuis un fichier… » revient à une copie enregistrée ailleurs, par exemple avec « Enregistrer une copie… ».</source>
        <translation>No backup yet. “Back up now” copies the workspace as it is, so that you can go back to it later; “Restore from a file…” goes back to a copy saved elsewhere, for instance with “Save a copy…”.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/restore_dialog.py" line="170"/>
        <source>&amp;Sauvegarder maintenant</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/restore_dialog.py" line="172"/>
        <source>Restaurer depuis un &amp;fichier…</source>
        <translation>Restore from a &amp;file…</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/restore_dialog.py" line="178"/>
        <source>Supprimer la &amp;copie…</source>
        <translation>&amp;Delete copy…</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/restore_dialog.py" line="180"/>
        <source>Efface du disque la copie sélectionnée (Suppr)</source>
        <translation>Erases the selected copy from the disk (Del)</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/restore_dialog.py" line="226"/>
        <source>Cette copie est incomplète (endommagée) : elle ne peut pas être restaurée. Choisissez une autre copie.</source>
        <translation>This copy is incomplete (damaged): it cannot be restored. Choose another copy.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/restore_dialog.py" line="246"/>
        <source>{reason} — endommagée, ne peut pas être restaurée</source>
        <translation>{reason} — damaged, cannot be restored</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/restore_dialog.py" line="272"/>
        <source>Suppression impossible</source>
        <translation>Cannot delete</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/restore_dialog.py" line="286"/>
        <source>Sauvegarde de l&apos;espace de travail…</source>
        <translation>Backing up the workspace…</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/restore_dialog.py" line="299"/>
        <source>Sauvegarde impossible</source>
        <translation>Backup failed</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/restore_dialog.py" line="300"/>
        <source>La sauvegarde n&apos;a pas pu être écrite : {error}</source>
        <translation>The backup could not be written: {error}</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/restore_dialog.py" line="312"/>
        <source>Restaurer depuis un fichier</source>
        <translation>Restore from a file</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/restore_dialog.py" line="313"/>
        <source>Espaces de travail (*.sqlite3);;Tous les fichiers (*)</source>
        <translation>Workspaces (*.sqlite3);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/restore_dialog.py" line="325"/>
        <source>Restauration impossible</source>
        <translation>Restore failed</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/restore_dialog.py" line="322"/>
        <source>{error}{what_to_choose}

L&apos;espace de travail ouvert n&apos;a pas été modifié.</source>
        <translation>{error}{what_to_choose}

The open workspace has not been changed.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/restore_dialog.py" line="334"/>
        <source>Choisissez une copie faite par « Enregistrer une copie… » ou une sauvegarde (fichier .sqlite3).</source>
        <translation>Choose a copy made with “Save a copy…” or a backup (.sqlite3 file).</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/restore_dialog.py" line="158"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/restore_dialog.py" line="90"/>
        <source>Supprimer cette sauvegarde ?

{moment} — {kind}</source>
        <translation>Delete this backup?

{moment} — {kind}</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/restore_dialog.py" line="94"/>
        <source>C&apos;est la seule copie de l&apos;espace de travail tel qu&apos;il était juste avant cet import : sans elle, on ne pourra plus revenir avant lui (« Revenir avant cet import… » de la page Imports).</source>
        <translation>This is the only copy of the workspace as it was just before this import: without it, there is no going back to before the import (“Go back to before this import…” on the Imports page).</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/restore_dialog.py" line="98"/>
        <source>Le fichier de la copie est effacé du disque : la suppression ne pourra pas être annulée.</source>
        <translation>The copy&apos;s file is erased from the disk: the deletion cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/restore_dialog.py" line="102"/>
        <source>Supprimer une sauvegarde</source>
        <translation>Delete a backup</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/restore_dialog.py" line="104"/>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/restore_dialog.py" line="128"/>
        <source>Une sauvegarde est une copie de tout l&apos;espace de travail. SRM Inclusif en prend une avant chaque import, chaque mise à jour de l&apos;application et chaque restauration, et garde les {count} dernières de chaque sorte ; les sauvegardes manuelles sont gardées jusqu&apos;à ce que vous les supprimiez. Choisissez l&apos;état auquel revenir.</source>
        <translation>A backup is a copy of the whole workspace. SRM Inclusif takes one before each import, each update of the application and each restore, and keeps the last {count} of each kind; manual backups are kept until you delete them. Choose the state to go back to.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/restore_dialog.py" line="158"/>
        <source>Copie prise</source>
        <translation>Copy taken</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/restore_dialog.py" line="159"/>
        <source>Taille</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/restore_dialog.py" line="175"/>
        <source>&amp;Restaurer…</source>
        <translation>&amp;Restore…</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/restore_dialog.py" line="244"/>
        <source>Avant l&apos;import de « {files} »</source>
        <translation>Before the import of “{files}”</translation>
    </message>
</context>
<context>
    <name>RowActions</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/counterparty_row_actions.py" line="64"/>
        <source>Saisir des achats…</source>
        <extracomment>The view&apos;s page-wide actions that act on the chosen record (by button name). The view&apos;s page-wide action that changes records whatever is chosen (by button name).</extracomment>
        <translation>Enter purchases…</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/counterparty_row_actions.py" line="65"/>
        <source>Saisir des ventes…</source>
        <translation>Enter sales…</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/counterparty_row_actions.py" line="83"/>
        <source>Sélectionnez d&apos;abord une structure dans la liste.</source>
        <translation>First select a structure in the list.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/counterparty_row_actions.py" line="84"/>
        <source>Sélectionnez d&apos;abord un client dans la liste.</source>
        <translation>First select a client in the list.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/counterparty_row_actions.py" line="97"/>
        <source>Lecture seule : aucun achat ne peut être saisi ici.</source>
        <translation>Read-only: no purchase can be entered here.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/counterparty_row_actions.py" line="98"/>
        <source>Lecture seule : aucune vente ne peut être saisie ici.</source>
        <translation>Read-only: no sale can be entered here.</translation>
    </message>
</context>
<context>
    <name>SectorPicker</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/sector_picker.py" line="32"/>
        <source>Nom d&apos;un secteur ou d&apos;un groupe…</source>
        <translation>Name of a sector or group…</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/sector_picker.py" line="34"/>
        <source>Filtrer</source>
        <translation>Filter</translation>
    </message>
</context>
<context>
    <name>SheetDialog</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_dialog.py" line="36"/>
        <source>Nouvelle fiche objectifs</source>
        <translation>New objective sheet</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_dialog.py" line="58"/>
        <source>&amp;Titulaire :</source>
        <translation>&amp;Holder:</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_dialog.py" line="59"/>
        <source>&amp;Année :</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_dialog.py" line="60"/>
        <source>Part &amp;variable cible :</source>
        <translation>Target part &amp;variable:</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_dialog.py" line="110"/>
        <source>{name} — a déjà une fiche {year}</source>
        <translation>{name} — already has a {year} sheet</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_dialog.py" line="123"/>
        <source>Toutes les personnes et équipes ont déjà une fiche {year} : choisissez une autre année.</source>
        <translation>Every person and team already has a {year} sheet: choose another year.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_dialog.py" line="126"/>
        <source>{name} a déjà une fiche {year} : choisissez une autre personne ou une autre année.</source>
        <translation>{name} already has a {year} sheet: choose another person or another year.</translation>
    </message>
</context>
<context>
    <name>SheetExportDialog</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_export_dialog.py" line="75"/>
        <source>• {name} :</source>
        <extracomment>Where the last export wrote the sheets: the folder proposed next time, after a restart too. Incomplete sheets named in the question before export; the others are counted.</extracomment>
        <translation>• {name}:</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_export_dialog.py" line="105"/>
        <source>Fiches objectifs…</source>
        <translation>Objective sheets…</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_export_dialog.py" line="107"/>
        <source>Exporter ou imprimer les fiches objectifs (XLSX, PDF) – Ctrl+Maj+F</source>
        <translation>Export or print objective sheets (XLSX, PDF) – Ctrl+Shift+F</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_export_dialog.py" line="133"/>
        <source>Exporter les fiches objectifs</source>
        <translation>Export objective sheets</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_export_dialog.py" line="148"/>
        <source>&amp;Année :</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_export_dialog.py" line="149"/>
        <source>Personnes :</source>
        <translation>People:</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_export_dialog.py" line="150"/>
        <source>Contenu :</source>
        <translation>Content:</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_export_dialog.py" line="153"/>
        <source>&amp;Date des données :</source>
        <translation>&amp;Data date:</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_export_dialog.py" line="155"/>
        <source>XLSX et PDF</source>
        <translation>XLSX and PDF</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_export_dialog.py" line="155"/>
        <source>XLSX (classeur RH)</source>
        <translation>XLSX (HR workbook)</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_export_dialog.py" line="156"/>
        <source>PDF (une fiche par personne)</source>
        <translation>PDF (one sheet per person)</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_export_dialog.py" line="159"/>
        <source>Fo&amp;rmat :</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_export_dialog.py" line="160"/>
        <source>D&amp;ossier :</source>
        <translation>Fo&amp;lder:</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_export_dialog.py" line="161"/>
        <source>Ouvrir le dossier après l&apos;export</source>
        <translation>Open the folder after export</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_export_dialog.py" line="178"/>
        <source>&amp;Tout le monde</source>
        <translation>&amp;Everyone</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_export_dialog.py" line="179"/>
        <source>&amp;Une personne :</source>
        <translation>&amp;One person:</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_export_dialog.py" line="194"/>
        <source>Objectifs (début de période, à signer)</source>
        <translation>Objectives (start of period, to sign)</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_export_dialog.py" line="196"/>
        <source>Résultats (fin de période)</source>
        <translation>Results (end of period)</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_export_dialog.py" line="212"/>
        <source>Fiches objectifs</source>
        <translation>Objective sheets</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_export_dialog.py" line="214"/>
        <source>&amp;Parcourir…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_export_dialog.py" line="221"/>
        <source>&amp;Exporter</source>
        <translation>E&amp;xport</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_export_dialog.py" line="222"/>
        <source>&amp;Imprimer…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_export_dialog.py" line="229"/>
        <source>&amp;Fermer</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_export_dialog.py" line="261"/>
        <source>Aucune fiche objectifs pour cette année.</source>
        <translation>No objective sheet for this year.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_export_dialog.py" line="272"/>
        <source>Dossier des fiches objectifs</source>
        <translation>Objective sheets folder</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_export_dialog.py" line="295"/>
        <source>Choisissez un dossier.</source>
        <translation>Choose a folder.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_export_dialog.py" line="303"/>
        <source>Préparation des fiches…</source>
        <translation>Preparing the sheets…</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_export_dialog.py" line="305"/>
        <source>Préparation des fiches objectifs</source>
        <translation>Preparing the objective sheets</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_export_dialog.py" line="319"/>
        <source>Exporter quand même ?</source>
        <translation>Export anyway?</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_export_dialog.py" line="321"/>
        <source>Export annulé ; aucun fichier n&apos;a été écrit.</source>
        <translation>Export cancelled; no file was written.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_export_dialog.py" line="323"/>
        <source>Export en cours…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_export_dialog.py" line="325"/>
        <source>Export des fiches objectifs</source>
        <translation>Exporting objective sheets</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_export_dialog.py" line="335"/>
        <source>Ces fiches ne sont pas prêtes à signer :

{problems}

Avant la fin de la période ou tant qu&apos;un réalisé manque, le montant est provisoire ; des poids qui ne totalisent pas 100 % faussent le paiement.</source>
        <translation>These sheets are not ready to sign:

{problems}

Before the end of the period, or while an actual is missing, the amount is provisional; weights that do not total 100% distort the payout.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_export_dialog.py" line="338"/>
        <source>Fiches incomplètes</source>
        <translation>Incomplete sheets</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/srm_inclusif/ui/sheet_export_dialog.py" line="344"/>
        <source>%n fichier(s) écrit(s) dans {0}.</source>
        <translation>
            <numerusform>%n file written to {0}.</numerusform>
            <numerusform>%n files written to {0}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_export_dialog.py" line="352"/>
        <source>L&apos;export a échoué.</source>
        <translation>The export failed.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_export_dialog.py" line="353"/>
        <source>Export impossible</source>
        <translation>Cannot export</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_export_dialog.py" line="362"/>
        <source>Une erreur inattendue a interrompu l&apos;export ; les fichiers déjà écrits ont été retirés. Réessayez ; si l&apos;erreur revient, signalez-la avec ce détail technique :

{detail}</source>
        <translation>An unexpected error stopped the export; the files already written were removed. Try again; if the error comes back, report it with this technical detail:

{detail}</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_export_dialog.py" line="368"/>
        <source>Export annulé ; aucun fichier n&apos;a été laissé.</source>
        <translation>Export cancelled; no file was left behind.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_export_dialog.py" line="375"/>
        <source>Impression impossible</source>
        <translation>Cannot print</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_export_dialog.py" line="377"/>
        <source>Imprimer quand même ?</source>
        <translation>Print anyway?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/srm_inclusif/ui/sheet_export_dialog.py" line="380"/>
        <source>%n fiche(s) envoyée(s) à l&apos;imprimante.</source>
        <translation>
            <numerusform>%n sheet sent to the printer.</numerusform>
            <numerusform>%n sheets sent to the printer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SheetsMoving</name>
    <message numerus="yes">
        <location filename="../../src/srm_inclusif/ui/profile_dialog.py" line="239"/>
        <source>%n fiche(s) objectifs couvriront une autre période&#xa0;: {0} → {1}. Leurs réalisés changeront. Changer le début de l&apos;exercice&#xa0;?</source>
        <translation>
            <numerusform>%n objective sheet will cover another period: {0} → {1}. Its actuals will change. Change the start of the financial year?</numerusform>
            <numerusform>%n objective sheets will cover another period: {0} → {1}. Their actuals will change. Change the start of the financial year?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/shortcuts_dialog.py" line="84"/>
        <source>Raccourcis clavier</source>
        <extracomment>The property of an action whose text changes (Annuler : …): its name in the list. One group of the list: its title and its (what, keys) rows.</extracomment>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/shortcuts_dialog.py" line="87"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/shortcuts_dialog.py" line="87"/>
        <source>Touches</source>
        <translation>Keys</translation>
    </message>
</context>
<context>
    <name>ShortlistExport</name>
    <message>
        <location filename="../../src/srm_inclusif/exchange/shortlist_xlsx.py" line="18"/>
        <source>Rang</source>
        <extracomment>Column titles, written in the UI language like the need&apos;s lines and the types.</extracomment>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/shortlist_xlsx.py" line="19"/>
        <source>Structure</source>
        <translation>Structure</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/shortlist_xlsx.py" line="20"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/shortlist_xlsx.py" line="21"/>
        <location filename="../../src/srm_inclusif/exchange/shortlist_xlsx.py" line="41"/>
        <source>Département</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/shortlist_xlsx.py" line="22"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/shortlist_xlsx.py" line="23"/>
        <source>Raisons</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/shortlist_xlsx.py" line="27"/>
        <source>SIRET</source>
        <extracomment>The columns that let a buyer contact the structures, after the ranking&apos;s.</extracomment>
        <translation>SIRET</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/shortlist_xlsx.py" line="28"/>
        <source>Siège ou antenne</source>
        <translation>Head office or branch</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/shortlist_xlsx.py" line="29"/>
        <source>Ville</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/shortlist_xlsx.py" line="30"/>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/shortlist_xlsx.py" line="31"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/shortlist_xlsx.py" line="32"/>
        <source>Site web</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/shortlist_xlsx.py" line="33"/>
        <source>Réseau social</source>
        <translation>Social media page</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/shortlist_xlsx.py" line="34"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/shortlist_xlsx.py" line="35"/>
        <source>Références clients</source>
        <translation>Client references</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/shortlist_xlsx.py" line="37"/>
        <source>Présélection</source>
        <translation>Shortlist</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/shortlist_xlsx.py" line="40"/>
        <source>Secteurs recherchés</source>
        <extracomment>What the list answers, written above it: the search criteria first, then the need.</extracomment>
        <translation>Sectors sought</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/shortlist_xlsx.py" line="42"/>
        <source>Marché</source>
        <translation>Contract</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/shortlist_xlsx.py" line="43"/>
        <source>Montant estimé (€ HT)</source>
        <translation>Estimated amount (€ excl. VAT)</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/shortlist_xlsx.py" line="44"/>
        <source>Responsable</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/shortlist_xlsx.py" line="45"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/shortlist_xlsx.py" line="47"/>
        <source>(tous)</source>
        <translation>(all)</translation>
    </message>
</context>
<context>
    <name>ShortlistsDialog</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/sourcing/shortlists_dialog.py" line="51"/>
        <source>Listes de structures</source>
        <translation>Structure lists</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sourcing/shortlists_dialog.py" line="59"/>
        <source>Rang</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sourcing/shortlists_dialog.py" line="59"/>
        <source>Structure</source>
        <translation>Structure</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sourcing/shortlists_dialog.py" line="60"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sourcing/shortlists_dialog.py" line="60"/>
        <source>Raisons</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sourcing/shortlists_dialog.py" line="71"/>
        <source>&amp;Retirer de la liste</source>
        <translation>&amp;Remove from list</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sourcing/shortlists_dialog.py" line="73"/>
        <source>&amp;Exporter en XLSX…</source>
        <translation>&amp;Export to XLSX…</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sourcing/shortlists_dialog.py" line="134"/>
        <source> ; </source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sourcing/shortlists_dialog.py" line="156"/>
        <source>Cette liste est vide. Sélectionnez des structures dans la liste des fiches puis choisissez « Ajouter à une liste… ».</source>
        <translation>This list is empty. Select structures in the list of records and choose “Add to a list…”.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sourcing/shortlists_dialog.py" line="170"/>
        <source>Retirer de la liste</source>
        <translation>Remove from list</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sourcing/shortlists_dialog.py" line="151"/>
        <source>Aucune liste pour l&apos;instant. Sélectionnez des structures dans la liste des fiches puis choisissez « Ajouter à une liste… », ou enregistrez une présélection depuis « Besoin et présélection… ».</source>
        <translation>No list yet. Select structures in the list of records and choose “Add to a list…”, or save a shortlist from “Need and shortlist…”.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sourcing/shortlists_dialog.py" line="104"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sourcing/shortlists_dialog.py" line="118"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sourcing/shortlists_dialog.py" line="179"/>
        <source>Exporter la liste</source>
        <translation>Export list</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sourcing/shortlists_dialog.py" line="181"/>
        <source>Classeur (*.xlsx)</source>
        <translation>Workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sourcing/shortlists_dialog.py" line="195"/>
        <source>Exporter</source>
        <translation>Export</translation>
    </message>
</context>
<context>
    <name>Sourcing</name>
    <message>
        <location filename="../../src/srm_inclusif/core/sourcing.py" line="41"/>
        <source>EA, ESAT et SIAE</source>
        <extracomment>Points of each reason. Articles of the Code de la commande publique for marchés réservés: who may answer (French, marked in the &quot;Sourcing&quot; context) and their kinds.</extracomment>
        <translation>EA, ESAT and SIAE</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/sourcing.py" line="48"/>
        <source>Secteur recherché : {names}</source>
        <extracomment>Why a structure ranks where it does. ``{kind_label}`` and ``{family_label}`` are French vocabulary labels, ``{average}`` a French score with two decimals (``3,50``); the rest are names and codes.</extracomment>
        <translation>Sector sought: {names}</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/sourcing.py" line="49"/>
        <source>Même famille de secteurs : {names}</source>
        <translation>Same sector family: {names}</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/sourcing.py" line="50"/>
        <source>Même département ({department})</source>
        <translation>Same department ({department})</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/sourcing.py" line="51"/>
        <source>Même région ({region})</source>
        <translation>Same region ({region})</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/sourcing.py" line="52"/>
        <source>Peut répondre au marché réservé {article} ({kind})</source>
        <translation>Can answer the reserved contract {article} ({kind})</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/sourcing.py" line="53"/>
        <source>Structure inclusive : {kind_label} ({family_label})</source>
        <translation>Inclusive structure: {kind_label} ({family_label})</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/sourcing.py" line="54"/>
        <source>Label valide : {label}</source>
        <translation>Valid label: {label}</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/sourcing.py" line="55"/>
        <source>Retours d&apos;expérience : {average} / 5 (1 retour)</source>
        <translation>Feedback: {average} / 5 (1 feedback entry)</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/sourcing.py" line="56"/>
        <source>Retours d&apos;expérience : {average} / 5 ({count} retours)</source>
        <translation>Feedback: {average} / 5 ({count} feedback entries)</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/sourcing.py" line="59"/>
        <source>Ajout manuel</source>
        <extracomment>The reason of a structure put on a list by hand (written by the storage layer).</extracomment>
        <translation>Added by hand</translation>
    </message>
</context>
<context>
    <name>SpendChoices</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/spend_choices.py" line="69"/>
        <source>Date des ventes :</source>
        <translation>Sales date:</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/spend_choices.py" line="70"/>
        <source>Date des achats :</source>
        <translation>Purchase date:</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/spend_choices.py" line="77"/>
        <source>Base des montants :</source>
        <translation>Amount basis:</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/spend_choices.py" line="83"/>
        <source>Commercial des lignes sans commercial :</source>
        <translation>Salesperson of the lines without a salesperson:</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/spend_choices.py" line="84"/>
        <source>Acheteur des lignes sans acheteur :</source>
        <translation>Buyer of the lines without a buyer:</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/spend_choices.py" line="36"/>
        <source>Ajouter à l&apos;organisation les commerciaux du fichier absents de l&apos;espace</source>
        <translation>Add the file&apos;s salespeople missing from the workspace to the organisation</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/spend_choices.py" line="34"/>
        <source>Ajouter à l&apos;organisation les acheteurs du fichier absents de l&apos;espace</source>
        <extracomment>A year written alone in a file name (« depenses_2025 », « achats 2024.xlsx »). The fields that date a spend line; a file without them takes the date chosen here. The option adding the people a spend file names that the workspace lacks (the summary points back to it).</extracomment>
        <translation>Add the file&apos;s buyers missing from the workspace to the organisation</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/spend_choices.py" line="91"/>
        <source>Sinon leurs lignes sont importées sans personne, et signalées.</source>
        <translation>Otherwise their lines are imported without anyone, and flagged.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/spend_choices.py" line="132"/>
        <source>Ces fichiers n&apos;ont pas de colonne de date ni d&apos;année : {files}. Leurs lignes prennent cette date. Elle les identifie : réimportés avec la même date, ces fichiers n&apos;ajoutent pas leurs lignes une seconde fois.</source>
        <translation>These files have no date or year column: {files}. Their lines take this date. It identifies them: re-imported with the same date, these files do not add their lines a second time.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/spend_choices.py" line="137"/>
        <source>« {file} » n&apos;a pas de colonne de date ni d&apos;année : ses lignes prennent cette date. Elle les identifie : réimporté avec la même date, le fichier n&apos;ajoute pas ses lignes une seconde fois.</source>
        <translation>“{file}” has no date or year column: its lines take this date. It identifies them: re-imported with the same date, the file does not add its lines a second time.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/spend_choices.py" line="148"/>
        <source>— aucun —</source>
        <translation>— none —</translation>
    </message>
</context>
<context>
    <name>SpendDialog</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/spend_dialog.py" line="115"/>
        <source>Acheteur</source>
        <translation>Buyer</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/spend_dialog.py" line="127"/>
        <source>Commercial</source>
        <translation>Salesperson</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/spend_dialog.py" line="94"/>
        <source>Achats de {name}</source>
        <translation>Purchases from {name}</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/spend_dialog.py" line="95"/>
        <source>Ventes à {name}</source>
        <translation>Sales to {name}</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/spend_dialog.py" line="116"/>
        <source>Aucun achat enregistré pour cette structure. « Ajouter… » saisit un achat : sa date, son montant HT et sa base (commandé, facturé ou payé) ; il compte aussitôt dans le tableau de bord.</source>
        <translation>No purchase recorded for this structure. “Add…” enters a purchase: its date, its amount excl. VAT and its basis (ordered, invoiced or paid); it counts in the dashboard at once.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/spend_dialog.py" line="102"/>
        <source>Ajouter…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/spend_dialog.py" line="103"/>
        <source>Modifier…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/spend_dialog.py" line="104"/>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/spend_dialog.py" line="119"/>
        <source>Supprimer l&apos;achat choisi (Suppr)</source>
        <translation>Delete the chosen purchase (Del)</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/spend_dialog.py" line="107"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/spend_dialog.py" line="115"/>
        <source>Achats</source>
        <translation>Purchases</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/spend_dialog.py" line="115"/>
        <source>Achat</source>
        <translation>Purchase</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/spend_dialog.py" line="122"/>
        <source>L&apos;achat du {day} tombe hors de la période du contrat « {title} » ({period}). L&apos;enregistrer quand même ?</source>
        <translation>The purchase of {day} falls outside the period of the contract “{title}” ({period}). Save it anyway?</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/spend_dialog.py" line="127"/>
        <source>Vente</source>
        <translation>Sale</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/spend_dialog.py" line="127"/>
        <source>Ventes</source>
        <translation>Sales</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/spend_dialog.py" line="128"/>
        <source>Aucune vente enregistrée pour ce client. « Ajouter… » saisit une vente : sa date, son montant HT et sa base (commandé, facturé ou payé) ; elle compte aussitôt dans le tableau de bord.</source>
        <translation>No sale recorded for this client. “Add…” enters a sale: its date, its amount excl. VAT and its basis (ordered, invoiced or paid); it counts in the dashboard at once.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/spend_dialog.py" line="131"/>
        <source>Supprimer la vente choisie (Suppr)</source>
        <translation>Delete the chosen sale (Del)</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/spend_dialog.py" line="131"/>
        <source>Ajouter une vente</source>
        <translation>Add sale</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/spend_dialog.py" line="132"/>
        <source>Modifier la vente</source>
        <translation>Edit sale</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/spend_dialog.py" line="132"/>
        <source>Supprimer la vente</source>
        <translation>Delete sale</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/spend_dialog.py" line="133"/>
        <source>Supprimer la vente du {day} de {amount} ({basis}) ? Ctrl+Z la remet.</source>
        <translation>Delete the sale of {day} for {amount} ({basis})? Ctrl+Z brings it back.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/spend_dialog.py" line="134"/>
        <source>La vente du {day} tombe hors de la période du contrat « {title} » ({period}). L&apos;enregistrer quand même ?</source>
        <translation>The sale of {day} falls outside the period of the contract “{title}” ({period}). Save it anyway?</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/spend_dialog.py" line="142"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/spend_dialog.py" line="142"/>
        <source>Montant HT</source>
        <translation>Amount excl. VAT</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/spend_dialog.py" line="142"/>
        <source>Base</source>
        <translation>Basis</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/spend_dialog.py" line="142"/>
        <source>N° de facture</source>
        <translation>Invoice no.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/spend_dialog.py" line="143"/>
        <source>Contrat</source>
        <translation>Contract</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/spend_dialog.py" line="143"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/spend_dialog.py" line="210"/>
        <source>Saisie manuelle</source>
        <translation>Entered by hand</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/spend_dialog.py" line="217"/>
        <source>Total par année (HT)&#xa0;:</source>
        <translation>Totals per year (excl. VAT):</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/spend_dialog.py" line="333"/>
        <source>à partir du {start}</source>
        <translation>from {start}</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/spend_dialog.py" line="334"/>
        <source>jusqu&apos;au {end}</source>
        <translation>until {end}</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/spend_dialog.py" line="349"/>
        <source>Il vient d&apos;un import ({source}) : importer à nouveau ce fichier le remettrait.</source>
        <translation>It comes from an import ({source}): importing that file again would bring it back.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/spend_dialog.py" line="119"/>
        <source>Ajouter un achat</source>
        <translation>Add purchase</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/spend_dialog.py" line="120"/>
        <source>Modifier l&apos;achat</source>
        <translation>Edit purchase</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/spend_dialog.py" line="120"/>
        <source>Supprimer l&apos;achat</source>
        <translation>Delete purchase</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/spend_dialog.py" line="121"/>
        <source>Supprimer l&apos;achat du {day} de {amount} ({basis}) ? Ctrl+Z le remet.</source>
        <translation>Delete the purchase of {day} for {amount} ({basis})? Ctrl+Z brings it back.</translation>
    </message>
</context>
<context>
    <name>SpendLineDialog</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/spend_form.py" line="40"/>
        <source>Achat</source>
        <translation>Purchase</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/spend_form.py" line="43"/>
        <source>Acheteur</source>
        <translation>Buyer</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/spend_form.py" line="47"/>
        <location filename="../../src/srm_inclusif/ui/spend_form.py" line="50"/>
        <source>— aucun —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/spend_form.py" line="65"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/spend_form.py" line="65"/>
        <source>Montant HT (€)</source>
        <translation>Amount excl. VAT (€)</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/spend_form.py" line="66"/>
        <source>Base</source>
        <translation>Basis</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/spend_form.py" line="66"/>
        <source>Contrat</source>
        <translation>Contract</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/spend_form.py" line="67"/>
        <source>N° de facture</source>
        <translation>Invoice no.</translation>
    </message>
</context>
<context>
    <name>StageChangeDialog</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/stage_dialog.py" line="48"/>
        <source>Changer d&apos;étape</source>
        <translation>Change stage</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/stage_dialog.py" line="61"/>
        <source>Pourquoi ce changement ? (obligatoire pour arrêter)</source>
        <translation>Why this change? (required to stop)</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/stage_dialog.py" line="68"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; — actuellement : {stage}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; — currently: {stage}</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/stage_dialog.py" line="70"/>
        <source>Nouvelle étape</source>
        <translation>New stage</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/stage_dialog.py" line="71"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/stage_dialog.py" line="72"/>
        <source>Raison</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>StageReasons</name>
    <message>
        <location filename="../../src/srm_inclusif/core/lifecycle.py" line="20"/>
        <source>Présélection sur un besoin</source>
        <extracomment>Where a marché test decision moves the relationship: a no-go stops it. A go moves nothing by itself: the relationship stays at « Marché test », its test marked Go, until the contract that follows is created (« Contrat en cours » says that a contract exists). Why the app itself moved a relationship, as its history stores it (French, filled in); the UI reads the values back and says it in its own language (context &quot;StageReasons&quot;).</extracomment>
        <translation>Shortlisted for a need</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/lifecycle.py" line="21"/>
        <source>Marché test « {title} »</source>
        <translation>Marché test “{title}”</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/lifecycle.py" line="22"/>
        <source>Décision « {decision} » sur « {title} »</source>
        <translation>Decision “{decision}” on “{title}”</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/lifecycle.py" line="23"/>
        <source>Décision « {decision} » sur « {title} » : {reason}</source>
        <translation>Decision “{decision}” on “{title}”: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/lifecycle.py" line="25"/>
        <source>Contrat « {title} »</source>
        <translation>Contract “{title}”</translation>
    </message>
</context>
<context>
    <name>SummaryCounts</name>
    <message numerus="yes">
        <location filename="../../src/srm_inclusif/ui/import_wizard/summary_view.py" line="44"/>
        <source>%n ligne(s) rejetée(s) : avec l&apos;option « tout ou rien », aucune ligne n&apos;a été importée.</source>
        <translation>
            <numerusform>%n row rejected: with the “all or nothing” option, no row was imported.</numerusform>
            <numerusform>%n rows rejected: with the “all or nothing” option, no row was imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/srm_inclusif/ui/import_wizard/summary_view.py" line="48"/>
        <source>et %n autre(s)</source>
        <translation>
            <numerusform>and %n other</numerusform>
            <numerusform>and %n others</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/srm_inclusif/ui/import_wizard/summary_view.py" line="52"/>
        <source>Acheteur(s) absent(s) de l&apos;espace : {names}. Pour leur attribuer leurs lignes, revenez à la page « Correspondance des colonnes » et cochez « {option} » ; ou, après l&apos;import, ajoutez-le(s) dans Outils &gt; Personnes et équipes… puis importez à nouveau le fichier.</source>
        <translation>
            <numerusform>Buyer not in the workspace: {names}. To give them their lines, go back to the “Column mapping” page and tick “{option}”; or, after the import, add them in Tools &gt; People and teams… then import the file again.</numerusform>
            <numerusform>Buyers not in the workspace: {names}. To give them their lines, go back to the “Column mapping” page and tick “{option}”; or, after the import, add them in Tools &gt; People and teams… then import the file again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/srm_inclusif/ui/import_wizard/summary_view.py" line="57"/>
        <source>Acheteur(s) absent(s) de l&apos;espace : {names}. Pour leur attribuer leurs lignes, cochez « {option} » (page « Correspondance des colonnes ») ou ajoutez-le(s) dans Outils &gt; Personnes et équipes…, puis importez à nouveau le fichier.</source>
        <translation>
            <numerusform>Buyer not in the workspace: {names}. To give them their lines, tick “{option}” (“Column mapping” page) or add them in Tools &gt; People and teams…, then import the file again.</numerusform>
            <numerusform>Buyers not in the workspace: {names}. To give them their lines, tick “{option}” (“Column mapping” page) or add them in Tools &gt; People and teams…, then import the file again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/srm_inclusif/ui/import_wizard/summary_view.py" line="64"/>
        <source>Commercial(aux) absent(s) de l&apos;espace : {names}. Pour leur attribuer leurs lignes, revenez à la page « Correspondance des colonnes » et cochez « {option} » ; ou, après l&apos;import, ajoutez-le(s) dans Outils &gt; Personnes et équipes… puis importez à nouveau le fichier.</source>
        <translation>
            <numerusform>Salesperson not in the workspace: {names}. To give them their sales, go back to the “Column mapping” page and tick “{option}”; or, after the import, add them in Tools &gt; People and teams… then import the file again.</numerusform>
            <numerusform>Salespeople not in the workspace: {names}. To give them their sales, go back to the “Column mapping” page and tick “{option}”; or, after the import, add them in Tools &gt; People and teams… then import the file again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/srm_inclusif/ui/import_wizard/summary_view.py" line="69"/>
        <source>Commercial(aux) absent(s) de l&apos;espace : {names}. Pour leur attribuer leurs lignes, cochez « {option} » (page « Correspondance des colonnes ») ou ajoutez-le(s) dans Outils &gt; Personnes et équipes…, puis importez à nouveau le fichier.</source>
        <translation>
            <numerusform>Salesperson not in the workspace: {names}. To give them their sales, tick “{option}” (“Column mapping” page) or add them in Tools &gt; People and teams…, then import the file again.</numerusform>
            <numerusform>Salespeople not in the workspace: {names}. To give them their sales, tick “{option}” (“Column mapping” page) or add them in Tools &gt; People and teams…, then import the file again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/pages.py" line="45"/>
        <location filename="../../src/srm_inclusif/ui/import_wizard/pages.py" line="81"/>
        <source>Import terminé</source>
        <translation>Import complete</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/pages.py" line="56"/>
        <source>Revenir avant cet import…</source>
        <translation>Go back to before this import…</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/pages.py" line="59"/>
        <source>Ferme l&apos;assistant et remet l&apos;espace de travail dans l&apos;état de la copie prise juste avant cet import, après confirmation (page Imports / exports).</source>
        <translation>Closes the wizard and puts the workspace back as the copy taken just before this import, after confirmation (Imports / exports page).</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/pages.py" line="81"/>
        <source>Import refusé</source>
        <translation>Import refused</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/pages.py" line="88"/>
        <source>« Précédent » ramène à la simulation : décochez « Tout ou rien » pour importer les autres lignes, ou revenez corriger le fichier ou les colonnes.</source>
        <translation>“Back” returns to the dry run: untick “All or nothing” to import the other rows, or go back to correct the file or the columns.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/import_wizard/pages.py" line="92"/>
        <source>Les actions faites avant l&apos;import ne s&apos;annulent plus par Ctrl+Z ; pour revenir avant l&apos;import : Fichier › Restaurer une sauvegarde…</source>
        <translation>Actions taken before the import can no longer be undone with Ctrl+Z; to go back to before the import: File › Restore a backup…</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <location filename="../../src/srm_inclusif/core/i18n.py" line="39"/>
        <source>« {text} »</source>
        <extracomment>A name or value quoted in a sentence; English writes “name”.</extracomment>
        <translation>“{text}”</translation>
    </message>
</context>
<context>
    <name>TodoPanel</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/todo_panel.py" line="57"/>
        <source>Demain</source>
        <translation>Tomorrow</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/todo_panel.py" line="58"/>
        <source>Dans une semaine</source>
        <translation>In a week</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/todo_panel.py" line="59"/>
        <source>Dans un mois</source>
        <translation>In a month</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/todo_panel.py" line="91"/>
        <source>À faire</source>
        <extracomment>Lines of text a row of the open actions holds: names wrap onto the second one. The share of the list&apos;s width the action&apos;s text keeps at least, and its narrowest, in average characters: it is what there is to do (« Caler un point d&apos;étape »); beyond, it is elided and shown whole in a tooltip. Open actions the list shows at once however low the window, when there are that many. The columns sized to show their names whole on the row&apos;s lines.</extracomment>
        <translation>To do</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/todo_panel.py" line="98"/>
        <source>Rappels</source>
        <translation>Reminders</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/todo_panel.py" line="182"/>
        <source>Les rappels s&apos;afficheront ici : fin d&apos;un contrat ou d&apos;un marché test, label d&apos;une structure qui expire, action arrivée à échéance.</source>
        <translation>Reminders will show here: the end of a contract or marché test, a structure&apos;s label expiring, an action falling due.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/todo_panel.py" line="102"/>
        <source>Reporter</source>
        <translation>Snooze</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/todo_panel.py" line="110"/>
        <source>Ignorer</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/todo_panel.py" line="112"/>
        <source>Ne plus afficher ce rappel (Suppr)</source>
        <translation>Stop showing this reminder (Del)</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/todo_panel.py" line="113"/>
        <source>Ouvrir la relation</source>
        <translation>Open relationship</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/todo_panel.py" line="128"/>
        <source>Actions ouvertes</source>
        <translation>Open actions</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/todo_panel.py" line="139"/>
        <source>Double-cliquez sur une action, ou sélectionnez-la et appuyez sur Entrée, pour la modifier.</source>
        <translation>Double-click an action, or select it and press Enter, to edit it.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/todo_panel.py" line="174"/>
        <source>Aucune action ouverte. Sur la page Relations, « Action… » en note une à mener, avec son responsable et son échéance.</source>
        <translation>No open action. On the Relationships page, “Action…” records one to take, with its owner and due date.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/todo_panel.py" line="142"/>
        <source>Marquer faite</source>
        <translation>Mark as done</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/todo_panel.py" line="151"/>
        <source>&lt;b&gt;Actions ouvertes&lt;/b&gt;</source>
        <translation>&lt;b&gt;Open actions&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/todo_panel.py" line="156"/>
        <location filename="../../src/srm_inclusif/ui/pages/todo_panel.py" line="354"/>
        <source>Ignorer le rappel</source>
        <translation>Dismiss reminder</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/todo_panel.py" line="173"/>
        <source>Aucune action ouverte.</source>
        <translation>No open action.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/todo_panel.py" line="180"/>
        <source>Les rappels s&apos;afficheront ici : fin d&apos;un contrat ou d&apos;un marché test, label d&apos;un client qui expire, action arrivée à échéance.</source>
        <translation>Reminders will show here: the end of a contract or marché test, a client&apos;s label expiring, an action falling due.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/srm_inclusif/ui/pages/todo_panel.py" line="222"/>
        <source>%n rappel(s), dont {late} en retard</source>
        <translation>
            <numerusform>%n reminder, {late} overdue</numerusform>
            <numerusform>%n reminders, {late} overdue</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/todo_panel.py" line="223"/>
        <source>Rien à faire pour le moment.</source>
        <translation>Nothing to do for now.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/todo_panel.py" line="308"/>
        <source>En retard de {n} j</source>
        <translation>{n} d overdue</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/todo_panel.py" line="310"/>
        <source>Aujourd&apos;hui</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/todo_panel.py" line="312"/>
        <source>Dans {n} j</source>
        <translation>In {n} d</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/todo_panel.py" line="346"/>
        <source>Reporter le rappel</source>
        <translation>Snooze reminder</translation>
    </message>
</context>
<context>
    <name>UndoKeys</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/undo.py" line="100"/>
        <source>{verb}&#xa0;: {step}</source>
        <translation>{verb}: {step}</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/undo.py" line="136"/>
        <source>Rien à annuler.</source>
        <translation>Nothing to undo.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/undo.py" line="137"/>
        <source>Rien à rétablir.</source>
        <translation>Nothing to redo.</translation>
    </message>
</context>
<context>
    <name>UndoSteps</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/changed_since.py" line="15"/>
        <source>La fiche «&#xa0;{name}&#xa0;» a été modifiée depuis, peut-être dans une autre fenêtre&#xa0;: {refused}.</source>
        <extracomment>The sentence per kind of record; ``{refused}`` says that the undo (redo) is not done.</extracomment>
        <translation>The record “{name}” has been changed since, perhaps in another window: {refused}.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/changed_since.py" line="18"/>
        <source>Le contact «&#xa0;{name}&#xa0;» a été modifié depuis, peut-être dans une autre fenêtre&#xa0;: {refused}.</source>
        <translation>The contact “{name}” has been changed since, perhaps in another window: {refused}.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/changed_since.py" line="21"/>
        <source>La relation avec «&#xa0;{name}&#xa0;» a été modifiée depuis, peut-être dans une autre fenêtre&#xa0;: {refused}.</source>
        <translation>The relationship with “{name}” has been changed since, perhaps in another window: {refused}.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/changed_since.py" line="24"/>
        <source>Le contrat «&#xa0;{name}&#xa0;» a été modifié depuis, peut-être dans une autre fenêtre&#xa0;: {refused}.</source>
        <translation>The contract “{name}” has been changed since, perhaps in another window: {refused}.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/changed_since.py" line="27"/>
        <source>Le retour d&apos;expérience sur «&#xa0;{name}&#xa0;» a été modifié depuis, peut-être dans une autre fenêtre&#xa0;: {refused}.</source>
        <translation>The feedback on “{name}” has been changed since, perhaps in another window: {refused}.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/changed_since.py" line="30"/>
        <source>L&apos;action «&#xa0;{name}&#xa0;» a été modifiée depuis, peut-être dans une autre fenêtre&#xa0;: {refused}.</source>
        <translation>The action “{name}” has been changed since, perhaps in another window: {refused}.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/changed_since.py" line="33"/>
        <source>Une dépense de «&#xa0;{name}&#xa0;» a été modifiée depuis, peut-être dans une autre fenêtre&#xa0;: {refused}.</source>
        <translation>A purchase line of “{name}” has been changed since, perhaps in another window: {refused}.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/changed_since.py" line="36"/>
        <source>L&apos;objectif «&#xa0;{name}&#xa0;» a été modifié depuis, peut-être dans une autre fenêtre&#xa0;: {refused}.</source>
        <translation>The objective “{name}” has been changed since, perhaps in another window: {refused}.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/changed_since.py" line="39"/>
        <source>La fiche objectifs de {name} a été modifiée depuis, peut-être dans une autre fenêtre&#xa0;: {refused}.</source>
        <translation>The objective sheet of {name} has been changed since, perhaps in another window: {refused}.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/changed_since.py" line="42"/>
        <source>Le besoin «&#xa0;{name}&#xa0;» a été modifié depuis, peut-être dans une autre fenêtre&#xa0;: {refused}.</source>
        <translation>The need “{name}” has been changed since, perhaps in another window: {refused}.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/changed_since.py" line="45"/>
        <source>Les personnes et équipes ont été modifiées depuis, peut-être dans une autre fenêtre&#xa0;: {refused}.</source>
        <translation>People and teams have been changed since, perhaps in another window: {refused}.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/changed_since.py" line="48"/>
        <source>Les paramètres ont été modifiés depuis, peut-être dans une autre fenêtre&#xa0;: {refused}.</source>
        <translation>The parameters have been changed since, perhaps in another window: {refused}.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/changed_since.py" line="51"/>
        <source>Les réglages de l&apos;espace ont été modifiés depuis, peut-être dans une autre fenêtre&#xa0;: {refused}.</source>
        <translation>The workspace settings have been changed since, perhaps in another window: {refused}.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/changed_since.py" line="74"/>
        <source>l&apos;annulation n&apos;est pas faite</source>
        <extracomment>Records named in one message at most; the others are counted.</extracomment>
        <translation>the undo is not done</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/changed_since.py" line="75"/>
        <source>le rétablissement n&apos;est pas fait</source>
        <translation>the redo is not done</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/srm_inclusif/ui/changed_since.py" line="90"/>
        <source>Et %n autre(s) enregistrement(s) modifié(s) depuis.</source>
        <translation>
            <numerusform>And %n other record changed since.</numerusform>
            <numerusform>And %n other records changed since.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/changed_since.py" line="100"/>
        <source>Modifié depuis&#xa0;: {fields}.</source>
        <translation>Changed since: {fields}.</translation>
    </message>
</context>
<context>
    <name>Unexpected</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/unexpected.py" line="38"/>
        <source>Erreur inattendue</source>
        <extracomment>True while the message is shown: an error repeated meanwhile (a paint) is only logged.</extracomment>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/unexpected.py" line="39"/>
        <source>Une erreur inattendue s&apos;est produite. L&apos;application reste ouverte, mais la dernière opération n&apos;a peut-être pas abouti : vérifiez-la. Si l&apos;erreur revient, signalez-la avec le détail technique.</source>
        <translation>An unexpected error occurred. The application stays open, but the last operation may not have gone through: check it. If the error comes back, report it with the technical detail.</translation>
    </message>
</context>
<context>
    <name>UnfinishedImport</name>
    <message>
        <location filename="../../src/srm_inclusif/storage/unfinished_import.py" line="40"/>
        <source>L&apos;import de {what} ({files}, commencé le {day} à {time}) s&apos;est arrêté avant la fin : rien n&apos;en a été enregistré.</source>
        <extracomment>Beside the workspace file: ``&lt;file&gt;.&lt;process&gt;-&lt;n&gt;.import-en-cours`` (``&lt;file&gt;.import-en-cours`` from a version that kept one for all imports). The number of each import of this process, in its marker&apos;s name. Files named in the notice; the others are counted. What stopped, in the words of the workspace&apos;s profile (a seller imports clients and sales).</extracomment>
        <translation>The import of {what} ({files}, started on {day} at {time}) stopped before the end: none of it was saved.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/unfinished_import.py" line="44"/>
        <source>fournisseurs</source>
        <translation>suppliers</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/unfinished_import.py" line="45"/>
        <source>dépenses</source>
        <translation>spend</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/unfinished_import.py" line="46"/>
        <source>clients</source>
        <translation>clients</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/unfinished_import.py" line="47"/>
        <source>ventes</source>
        <translation>sales</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/unfinished_import.py" line="50"/>
        <source>Un import s&apos;est arrêté avant la fin : rien n&apos;en a été enregistré.</source>
        <extracomment>The same when the file beside the workspace could not be read (cut short by the power cut).</extracomment>
        <translation>An import stopped before the end: none of it was saved.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/unfinished_import.py" line="53"/>
        <source>{files} et d&apos;autres fichiers</source>
        <translation>{files} and other files</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../src/srm_inclusif/core/kinds.py" line="32"/>
        <source>Insertion</source>
        <translation>Insertion</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/kinds.py" line="33"/>
        <source>Handicap</source>
        <translation>Disability</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/kinds.py" line="34"/>
        <source>ESS</source>
        <translation>ESS</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/kinds.py" line="35"/>
        <source>Classique</source>
        <translation>Classic</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/kinds.py" line="83"/>
        <source>Entreprise d&apos;insertion</source>
        <translation>Work integration enterprise</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/kinds.py" line="84"/>
        <source>Association intermédiaire</source>
        <translation>Intermediary association</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/kinds.py" line="85"/>
        <source>Atelier chantier d&apos;insertion</source>
        <translation>Work integration workshop</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/kinds.py" line="86"/>
        <source>Entreprise de travail temporaire d&apos;insertion</source>
        <translation>Work integration temporary agency</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/kinds.py" line="87"/>
        <source>Entreprise d&apos;insertion par le travail indépendant</source>
        <translation>Work integration through self-employment</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/kinds.py" line="88"/>
        <source>Groupement d&apos;employeurs pour l&apos;insertion et la qualification</source>
        <translation>Employers&apos; group for integration and qualification</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/kinds.py" line="91"/>
        <source>Produits et services réalisés en prison</source>
        <translation>Products and services made in prison</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/kinds.py" line="92"/>
        <source>Entreprise adaptée</source>
        <translation>Adapted enterprise</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/kinds.py" line="93"/>
        <source>Entreprise adaptée de travail temporaire</source>
        <translation>Adapted temporary work agency</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/kinds.py" line="94"/>
        <source>Établissement et service d&apos;aide par le travail</source>
        <translation>Sheltered work establishment</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/kinds.py" line="95"/>
        <source>Travailleur indépendant handicapé</source>
        <translation>Self-employed disabled worker</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/kinds.py" line="96"/>
        <source>Structure de l&apos;économie sociale et solidaire</source>
        <translation>Social and solidarity economy structure</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/kinds.py" line="97"/>
        <source>Fournisseur classique</source>
        <translation>Classic supplier</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/vocabulary.py" line="23"/>
        <source>Acheteur</source>
        <translation>Buyer</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/vocabulary.py" line="24"/>
        <source>Structure inclusive</source>
        <translation>Inclusive structure</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/vocabulary.py" line="51"/>
        <source>Fournisseurs</source>
        <translation>Suppliers</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/vocabulary.py" line="52"/>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/vocabulary.py" line="62"/>
        <source>Fournisseur</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/vocabulary.py" line="63"/>
        <location filename="../../src/srm_inclusif/core/vocabulary.py" line="74"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/vocabulary.py" line="73"/>
        <source>Structure</source>
        <translation>Structure</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/vocabulary.py" line="100"/>
        <source>Sourcing</source>
        <extracomment>A buyer&apos;s stage labels (French, as the UI shows them before translation).</extracomment>
        <translation>Sourcing</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/vocabulary.py" line="101"/>
        <source>Consultation</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/vocabulary.py" line="102"/>
        <location filename="../../src/srm_inclusif/core/vocabulary.py" line="152"/>
        <source>Marché test</source>
        <translation>Marché test</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/vocabulary.py" line="103"/>
        <source>Évaluation</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/vocabulary.py" line="104"/>
        <source>Contrat en cours</source>
        <translation>Active contract</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/vocabulary.py" line="105"/>
        <source>Arrêtée</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/vocabulary.py" line="110"/>
        <source>Prospection</source>
        <extracomment>A structure inclusive&apos;s own words for a stage, where a buyer&apos;s read wrong: she does not source her clients, she prospects them. The stored code stays the same.</extracomment>
        <translation>Prospecting</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/vocabulary.py" line="153"/>
        <source>Contrat</source>
        <translation>Contract</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/vocabulary.py" line="154"/>
        <source>Commande ponctuelle</source>
        <translation>One-off order</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/vocabulary.py" line="155"/>
        <source>Marché réservé</source>
        <translation>Reserved contract</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/vocabulary.py" line="175"/>
        <source>Commandé</source>
        <extracomment>The French label of each spend basis (files exchanged with HR keep it whatever the UI).</extracomment>
        <translation>Ordered</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/vocabulary.py" line="176"/>
        <source>Facturé</source>
        <translation>Invoiced</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/vocabulary.py" line="177"/>
        <source>Payé</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/vocabulary.py" line="202"/>
        <source>Go</source>
        <extracomment>The French label of each decision (a relationship&apos;s history stores it so).</extracomment>
        <translation>Go</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/vocabulary.py" line="203"/>
        <source>No go</source>
        <translation>No go</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/vocabulary.py" line="220"/>
        <source>Mise à disposition</source>
        <translation>Staff provision</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/vocabulary.py" line="221"/>
        <source>Prestation de services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/vocabulary.py" line="222"/>
        <source>Fabrication de biens</source>
        <translation>Goods manufacturing</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/vocabulary.py" line="245"/>
        <source>Siège</source>
        <extracomment>The French label of each nature (import reports, stored in French, name it so).</extracomment>
        <translation>Head office</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/vocabulary.py" line="246"/>
        <source>Antenne</source>
        <translation>Branch</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/vocabulary.py" line="274"/>
        <source>Embauche directe</source>
        <translation>Direct hiring</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/vocabulary.py" line="275"/>
        <source>Mise à disposition (ETTI, AI, GEIQ)</source>
        <translation>Placement (ETTI, AI, GEIQ)</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/vocabulary.py" line="276"/>
        <source>Sous-traitance ou co-traitance avec une SIAE</source>
        <translation>Sub- or co-contracting with an SIAE</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/counterparty_edit.py" line="83"/>
        <source>SIRET</source>
        <extracomment>Whose SIRET is refused: a counterparty&apos;s or the organisation&apos;s own (its settings). Each is a masculine singular noun phrase, which the sentences below agree with.</extracomment>
        <translation>SIRET</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/storage/services/counterparty_edit.py" line="84"/>
        <source>SIRET de l&apos;organisation</source>
        <translation>organisation SIRET</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/impact.py" line="53"/>
        <source>Emploi durable</source>
        <translation>Durable employment</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/impact.py" line="54"/>
        <source>Emploi de transition</source>
        <translation>Transition employment</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/impact.py" line="55"/>
        <source>Sortie positive</source>
        <translation>Positive exit</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/impact.py" line="56"/>
        <source>Autre sortie</source>
        <translation>Other exit</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/impact.py" line="61"/>
        <source>CDI, CDD ou intérim de 6 mois ou plus, création d&apos;entreprise</source>
        <translation>Permanent contract, fixed-term or temporary work of 6 months or more, business creation</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/impact.py" line="63"/>
        <source>CDD ou intérim de moins de 6 mois, contrat aidé</source>
        <translation>Fixed-term or temporary work of less than 6 months, subsidised contract</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/impact.py" line="65"/>
        <source>Formation qualifiante, embauche par une autre SIAE</source>
        <translation>Qualifying training, hiring by another SIAE</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/impact.py" line="67"/>
        <source>Toute autre sortie : ni emploi durable, ni emploi de transition, ni sortie positive</source>
        <translation>Any other exit: neither durable employment, nor transition employment, nor a positive exit</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/impact.py" line="76"/>
        <source>Sorties dynamiques = (emploi durable + emploi de transition + sorties positives) ÷ ensemble des sorties. Emploi durable : CDI, CDD ou intérim de 6 mois ou plus, création d&apos;entreprise. Emploi de transition : CDD ou intérim de moins de 6 mois, contrat aidé. Sortie positive : formation qualifiante, embauche par une autre SIAE. Les autres sorties comptent dans l&apos;ensemble des sorties seulement.</source>
        <extracomment>The three categories whose exits are « dynamiques », in the order reports give them. What the rate counts, said whole wherever the rate is given, so that nobody reads it as the share of « positive » exits.</extracomment>
        <translation>Dynamic exits = (durable employment + transition employment + positive exits) ÷ all exits. Durable employment: permanent contract, fixed-term or temporary work of 6 months or more, business creation. Transition employment: fixed-term or temporary work of less than 6 months, subsidised contract. Positive exit: qualifying training, hiring by another SIAE. Other exits count in all exits only.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/impact.py" line="84"/>
        <source>Personnes employées sur la mission</source>
        <translation>People employed on the mission</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/impact.py" line="85"/>
        <source>Heures travaillées</source>
        <translation>Hours worked</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/core/impact.py" line="86"/>
        <source>Heures de formation</source>
        <translation>Training hours</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/odd_files.py" line="15"/>
        <source>CSV, XLSX, XLS, ODS, JSON ou ZIP</source>
        <translation>CSV, XLSX, XLS, ODS, JSON or ZIP</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/exchange/odd_files.py" line="16"/>
        <source>CSV, XLSX, XLS, ODS ou ZIP</source>
        <translation>CSV, XLSX, XLS, ODS or ZIP</translation>
    </message>
</context>
<context>
    <name>WebLinkButton</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/web_link.py" line="25"/>
        <source>Ouvrir ↗</source>
        <translation>Open ↗</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/web_link.py" line="28"/>
        <source>Ouvrir %1 dans le navigateur</source>
        <translation>Open %1 in the browser</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/welcome_dialog.py" line="38"/>
        <location filename="../../src/srm_inclusif/ui/welcome_dialog.py" line="43"/>
        <source>Bienvenue dans SRM Inclusif</source>
        <translation>Welcome to SRM Inclusif</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/welcome_dialog.py" line="90"/>
        <source>SRM Inclusif vous aide à acheter auprès de structures inclusives et à faire durer la relation : sourcing, marché test, retour d&apos;expérience, renouvellement.</source>
        <translation>SRM Inclusif helps you buy from inclusive structures and make the relationship last: sourcing, marché test, feedback, renewal.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/welcome_dialog.py" line="58"/>
        <source>Créer mon espace de travail</source>
        <translation>Create my workspace</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/welcome_dialog.py" line="72"/>
        <source>&amp;Créer l&apos;espace de travail</source>
        <translation>&amp;Create workspace</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/welcome_dialog.py" line="81"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/welcome_dialog.py" line="82"/>
        <source>Votre &amp;nom</source>
        <translation>Your &amp;name</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/welcome_dialog.py" line="95"/>
        <source>SRM Inclusif aide votre structure inclusive à suivre ses clients et à faire durer la relation : prospection, marché test, retour du client, renouvellement, bilan d&apos;impact.</source>
        <translation>SRM Inclusif helps your inclusive structure follow its clients and make the relationship last: prospecting, marché test, client feedback, renewal, impact report.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/welcome_dialog.py" line="100"/>
        <source>Explorer la &amp;démonstration</source>
        <translation>Explore the &amp;demo</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/welcome_dialog.py" line="105"/>
        <source>Ou&amp;vrir un espace existant…</source>
        <translation>O&amp;pen an existing workspace…</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/welcome_dialog.py" line="64"/>
        <source>Nom de votre organisation</source>
        <translation>Your organisation&apos;s name</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/welcome_dialog.py" line="67"/>
        <source>Facultatif : titulaire de vos fiches objectifs, suit vos relations</source>
        <translation>Optional: owner of your objective sheets, follows your relationships</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/welcome_dialog.py" line="80"/>
        <source>Profil</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/welcome_dialog.py" line="103"/>
        <source>Un espace fictif : 360 structures, 3 acheteurs, relations, contrats et dépenses.</source>
        <translation>A fictional workspace: 360 structures, 3 buyers, relationships, contracts and spend.</translation>
    </message>
</context>
<context>
    <name>WorkspaceContext</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/context.py" line="111"/>
        <source>Les relations dont le contrat commence n&apos;ont pas pu passer à « Contrat en cours » : {reason}</source>
        <extracomment>The new date, when the day changes while the workspace is open (``DayWatch``). A backup copy (Path) the user chose to put back in place of the workspace. What the app&apos;s own write (not a user&apos;s step) could not do, in the user&apos;s words: the window says it without a message box, and opens all the same.</extracomment>
        <translation>The relationships whose contract begins could not move to “Active contract”: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/context.py" line="131"/>
        <source>Relancez-le depuis Imports / exports.</source>
        <translation>Start it again from Imports / exports.</translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/context.py" line="134"/>
        <source>Relancez-les depuis Imports / exports.</source>
        <translation>Start them again from Imports / exports.</translation>
    </message>
</context>
</TS>
