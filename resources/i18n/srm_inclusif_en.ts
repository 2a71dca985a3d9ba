<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name></name>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_pdf.py" line="70"/>
        <source>Fiche objectifs – part variable</source>
        <extracomment>Width of the text in CSS pixels (96 per inch): A4 landscape less the margins, 273 mm.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_pdf.py" line="83"/>
        <source>Imprimer les fiches objectifs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_pdf.py" line="150"/>
        <source>Objectifs (début de période)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_pdf.py" line="151"/>
        <source>Résultats (fin de période)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_pdf.py" line="157"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_pdf.py" line="157"/>
        <source>Salarié(e)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_pdf.py" line="158"/>
        <source>Fonction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_pdf.py" line="158"/>
        <source>Équipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_pdf.py" line="159"/>
        <source>Période</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_pdf.py" line="160"/>
        <source>Date des données</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_pdf.py" line="161"/>
        <source>Part variable cible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_pdf.py" line="162"/>
        <source>Empreinte des chiffres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_pdf.py" line="172"/>
        <source>Objectif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_pdf.py" line="172"/>
        <source>Indicateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_pdf.py" line="172"/>
        <source>Base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_pdf.py" line="173"/>
        <source>Référence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_pdf.py" line="173"/>
        <source>Cible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_pdf.py" line="173"/>
        <source>Poids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_pdf.py" line="174"/>
        <source>Seuils (décl. / cible / plafond)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_pdf.py" line="176"/>
        <source>Réalisé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_pdf.py" line="176"/>
        <source>Atteinte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_pdf.py" line="176"/>
        <source>Taux de paiement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_pdf.py" line="177"/>
        <source>Paiement pondéré</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_pdf.py" line="197"/>
        <source> (plus bas = mieux)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_pdf.py" line="250"/>
        <source>Le salarié / la salariée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_pdf.py" line="250"/>
        <source>Le manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_pdf.py" line="267"/>
        <source>Atteinte par objectif (trait : cible 100 % ; orange : rien n&apos;est versé)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/action_dialog.py" line="37"/>
        <source>Action à mener</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/action_dialog.py" line="42"/>
        <source>Personne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/action_dialog.py" line="53"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/action_dialog.py" line="54"/>
        <source>Responsable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/action_dialog.py" line="55"/>
        <source>Échéance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AmountEdit</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/fields.py" line="47"/>
        <source>ex. 12 500,00</source>
        <extracomment>Numbers are shown the French way (``833,5 h``) whatever the system locale.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardDialog</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/card_dialog.py" line="61"/>
        <source>Enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/card_dialog.py" line="62"/>
        <source>Fermer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/card_dialog.py" line="75"/>
        <source>Identité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/card_dialog.py" line="76"/>
        <source>Secteurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/card_dialog.py" line="77"/>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/card_dialog.py" line="80"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/card_dialog.py" line="83"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/card_dialog.py" line="89"/>
        <source>Notes et provenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/card_dialog.py" line="92"/>
        <source>Suivi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/card_dialog.py" line="96"/>
        <source>Nouvelle fiche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/card_dialog.py" line="128"/>
        <source>Fiche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/card_dialog.py" line="145"/>
        <source>Créer la fiche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/card_dialog.py" line="154"/>
        <source>Modifier la fiche « %1 »</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/chart_view.py" line="59"/>
        <source>Enregistrer l&apos;image…</source>
        <extracomment>File dialog filter → suffix.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/chart_view.py" line="63"/>
        <source>Copier l&apos;image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/chart_view.py" line="105"/>
        <source>Enregistrer le graphique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/chart_view.py" line="115"/>
        <source>Enregistrement impossible</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartsPanel</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/charts_panel.py" line="60"/>
        <source>Chargement des graphiques…</source>
        <extracomment>Areas whose changes alter the charts. Delay before the first drawing, so that the window appears at once.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/charts_panel.py" line="76"/>
        <source>Année</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/charts_panel.py" line="77"/>
        <source>Période</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/charts_panel.py" line="78"/>
        <source>Année entière</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/charts_panel.py" line="80"/>
        <source>Trimestre {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/charts_panel.py" line="81"/>
        <source>Personne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/charts_panel.py" line="82"/>
        <source>Base des montants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/charts_panel.py" line="89"/>
        <source>&amp;Année :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/charts_panel.py" line="90"/>
        <source>&amp;Période :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/charts_panel.py" line="91"/>
        <source>P&amp;ersonne :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/charts_panel.py" line="92"/>
        <source>&amp;Base :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/charts_panel.py" line="117"/>
        <source>Toute l&apos;organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/charts_panel.py" line="130"/>
        <source>Achats inclusifs cumulés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/charts_panel.py" line="131"/>
        <source>Achats par famille</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/charts_panel.py" line="132"/>
        <source>Achats inclusifs par type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/charts_panel.py" line="133"/>
        <source>Part inclusive par mois</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/charts_panel.py" line="134"/>
        <source>Note de qualité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/charts_panel.py" line="135"/>
        <source>Relations par étape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/charts_panel.py" line="136"/>
        <source>Heures d&apos;insertion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/charts_panel.py" line="137"/>
        <source>Atteinte des objectifs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/charts_panel.py" line="245"/>
        <source>non calculable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/charts_panel.py" line="247"/>
        <source>Achats inclusifs : {inclusive} HT sur {total} ({share}), du {start} au {end}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/contacts_panel.py" line="48"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsPanel</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/contacts_panel.py" line="81"/>
        <source>Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/contacts_panel.py" line="81"/>
        <source>Fonction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/contacts_panel.py" line="82"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/contacts_panel.py" line="82"/>
        <source>Téléphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/contacts_panel.py" line="83"/>
        <source>Dernier échange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/contacts_panel.py" line="88"/>
        <source>Ajouter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/contacts_panel.py" line="89"/>
        <source>Modifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/contacts_panel.py" line="90"/>
        <source>Anonymiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/contacts_panel.py" line="135"/>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/contacts_panel.py" line="162"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/contacts_panel.py" line="148"/>
        <source>Ajouter un contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/contacts_panel.py" line="165"/>
        <source>Modifier le contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/contacts_panel.py" line="179"/>
        <source>Anonymiser le contact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContractDialog</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/contract_dialog.py" line="63"/>
        <source> jours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/contract_dialog.py" line="66"/>
        <source>Non</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/contract_dialog.py" line="71"/>
        <source>Intitulé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/contract_dialog.py" line="72"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/contract_dialog.py" line="73"/>
        <source>Périmètre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/contract_dialog.py" line="74"/>
        <source>Critères de réussite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/contract_dialog.py" line="75"/>
        <source>Montant HT (€)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/contract_dialog.py" line="76"/>
        <source>Début</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/contract_dialog.py" line="77"/>
        <source>Fin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/contract_dialog.py" line="78"/>
        <source>Préavis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/contract_dialog.py" line="79"/>
        <source>Marché réservé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/contract_dialog.py" line="90"/>
        <source>Clause sociale d&apos;insertion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/contract_dialog.py" line="111"/>
        <source>Heures prévues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/contract_dialog.py" line="112"/>
        <source>Heures réalisées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/contract_dialog.py" line="113"/>
        <source>Taux de réalisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/contract_dialog.py" line="114"/>
        <source>Modalité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/contract_dialog.py" line="115"/>
        <source>Participants (nombre)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/contract_dialog.py" line="116"/>
        <source>Facilitateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/contract_dialog.py" line="151"/>
        <source>Donnez un intitulé.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContractsPage</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/contracts_page.py" line="45"/>
        <source>Contrats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/contracts_page.py" line="51"/>
        <source>Intitulé ou structure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/contracts_page.py" line="55"/>
        <source>Tous les types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/contracts_page.py" line="58"/>
        <source>En cours aujourd&apos;hui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/contracts_page.py" line="65"/>
        <source>Nouveau…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/contracts_page.py" line="65"/>
        <source>Modifier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/contracts_page.py" line="66"/>
        <source>Renouveler…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/contracts_page.py" line="67"/>
        <source>Go / no go…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/contracts_page.py" line="96"/>
        <location filename="../../src/srm_inclusif/ui/pages/contracts_page.py" line="172"/>
        <location filename="../../src/srm_inclusif/ui/pages/contracts_page.py" line="176"/>
        <source>Nouveau contrat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/contracts_page.py" line="98"/>
        <source>Modifier le contrat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/contracts_page.py" line="133"/>
        <source>{n} contrat(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/contracts_page.py" line="173"/>
        <source>Créez d&apos;abord une relation avec la structure (page Relations).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/contracts_page.py" line="177"/>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CounterpartiesPage</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/counterparties_page.py" line="84"/>
        <source>Fournisseurs</source>
        <extracomment>What the list shows; a change to any of these reloads it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/counterparties_page.py" line="84"/>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/srm_inclusif/ui/pages/counterparties_page.py" line="87"/>
        <source>%n résultat(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/counterparties_page.py" line="130"/>
        <source>Ajouter aux favoris</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/counterparties_page.py" line="130"/>
        <source>Retirer des favoris</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/counterparties_page.py" line="140"/>
        <source>Fusionner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/counterparties_page.py" line="141"/>
        <source>Sélectionnez exactement deux fiches (Ctrl+clic) pour les fusionner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/counterparties_page.py" line="168"/>
        <source>(aucune)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/counterparties_page.py" line="185"/>
        <location filename="../../src/srm_inclusif/ui/pages/counterparties_page.py" line="192"/>
        <source>Enregistrer la recherche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/counterparties_page.py" line="186"/>
        <source>Nom de la recherche :</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CounterpartiesView</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/counterparties_view.py" line="45"/>
        <source>Rechercher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/counterparties_view.py" line="47"/>
        <source>Rechercher : nom, enseigne, ville, secteur, offre, contact… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/counterparties_view.py" line="51"/>
        <source>Recherches enregistrées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/counterparties_view.py" line="53"/>
        <source>Enregistrer la recherche…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/counterparties_view.py" line="54"/>
        <source>Supprimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/counterparties_view.py" line="80"/>
        <source>Liste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/counterparties_view.py" line="104"/>
        <source>Nouvelle fiche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/counterparties_view.py" line="105"/>
        <source>Ouvrir la fiche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/counterparties_view.py" line="106"/>
        <source>Ouvrir la fiche (Entrée ou double-clic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/counterparties_view.py" line="107"/>
        <source>Favori ★</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/counterparties_view.py" line="108"/>
        <source>Fusionner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/counterparties_view.py" line="109"/>
        <source>Besoin et présélection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/counterparties_view.py" line="110"/>
        <source>Contacts à anonymiser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/counterparties_view.py" line="115"/>
        <source>Recherches :</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CounterpartyTableModel</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/models/counterparty_table.py" line="45"/>
        <source>Nom</source>
        <extracomment>Sort key of the query for each column.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/models/counterparty_table.py" line="45"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/models/counterparty_table.py" line="45"/>
        <source>Ville</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/models/counterparty_table.py" line="45"/>
        <source>Dépt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/models/counterparty_table.py" line="46"/>
        <source>Secteurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/models/counterparty_table.py" line="46"/>
        <source>Labels valides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/models/counterparty_table.py" line="46"/>
        <source>Favori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/models/counterparty_table.py" line="47"/>
        <source>Étape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/models/counterparty_table.py" line="47"/>
        <source>Prochaine échéance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/models/counterparty_table.py" line="140"/>
        <source>Classique</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CriteriaDialog</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/criteria_dialog.py" line="30"/>
        <source>Critères des retours d&apos;expérience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/criteria_dialog.py" line="33"/>
        <source>Critère</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/criteria_dialog.py" line="33"/>
        <source>Poids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/criteria_dialog.py" line="38"/>
        <source>Ajouter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/criteria_dialog.py" line="40"/>
        <source>Retirer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/criteria_dialog.py" line="42"/>
        <source>Monter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/criteria_dialog.py" line="42"/>
        <source>Descendre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/criteria_dialog.py" line="54"/>
        <source>Les retours déjà saisis gardent les poids de leur date ; un critère retiré reste dans l&apos;historique.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/dashboard_page.py" line="38"/>
        <source>Tableau de bord — {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/decision_dialog.py" line="42"/>
        <source>Décision go / no go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/decision_dialog.py" line="43"/>
        <source>Go : poursuivre avec un contrat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/decision_dialog.py" line="45"/>
        <source>No go : arrêter la relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/decision_dialog.py" line="58"/>
        <source>Décider sans retour d&apos;expérience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/decision_dialog.py" line="62"/>
        <source>Pourquoi décider sans retour ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/decision_dialog.py" line="67"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/decision_dialog.py" line="68"/>
        <source>Raison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/decision_dialog.py" line="72"/>
        <source>{n} retour(s) d&apos;expérience saisi(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/decision_dialog.py" line="75"/>
        <source>Aucun retour d&apos;expérience n&apos;a été saisi.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FacetPanel</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/sourcing/facet_panel.py" line="40"/>
        <source>Effacer les filtres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sourcing/facet_panel.py" line="48"/>
        <source>Afficher seulement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sourcing/facet_panel.py" line="50"/>
        <source>Favoris</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sourcing/facet_panel.py" line="51"/>
        <source>Avec un contrat en cours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sourcing/facet_panel.py" line="52"/>
        <source>Avec un label valide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sourcing/facet_panel.py" line="52"/>
        <source>En QPV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sourcing/facet_panel.py" line="53"/>
        <source>En ZRR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sourcing/facet_panel.py" line="67"/>
        <source>Famille</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sourcing/facet_panel.py" line="68"/>
        <source>Type de structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sourcing/facet_panel.py" line="70"/>
        <source>Classique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sourcing/facet_panel.py" line="71"/>
        <source>Région</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sourcing/facet_panel.py" line="72"/>
        <source>Département</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sourcing/facet_panel.py" line="74"/>
        <source>Groupe de secteurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sourcing/facet_panel.py" line="75"/>
        <source>Secteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sourcing/facet_panel.py" line="76"/>
        <source>Type de prestation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sourcing/facet_panel.py" line="78"/>
        <source>Label valide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sourcing/facet_panel.py" line="79"/>
        <source>Réseau</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/feedback_dialog.py" line="51"/>
        <source>Retour d&apos;expérience reçu du client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/feedback_dialog.py" line="52"/>
        <source>Retour d&apos;expérience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/feedback_dialog.py" line="56"/>
        <source>Nom de la personne du client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/feedback_dialog.py" line="57"/>
        <source>Votre nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/feedback_dialog.py" line="59"/>
        <source>&lt;b&gt;{title}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/feedback_dialog.py" line="60"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/feedback_dialog.py" line="61"/>
        <source>Évaluateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/feedback_dialog.py" line="61"/>
        <source>Donné par</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/feedback_dialog.py" line="76"/>
        <source>Critères (1 = très insatisfaisant, 5 = excellent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/feedback_dialog.py" line="78"/>
        <source>Critère</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/feedback_dialog.py" line="78"/>
        <source>Poids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/feedback_dialog.py" line="78"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/feedback_dialog.py" line="79"/>
        <source>Commentaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/feedback_dialog.py" line="110"/>
        <source>Non renseigné</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/feedback_dialog.py" line="110"/>
        <source>Oui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/feedback_dialog.py" line="111"/>
        <source>Non</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/feedback_dialog.py" line="114"/>
        <source>Commentaire général</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/feedback_dialog.py" line="115"/>
        <source>Recommanderiez-vous ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/feedback_dialog.py" line="126"/>
        <source>Note pondérée : {score}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedbackPanel</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/feedback_panel.py" line="45"/>
        <source>Nouveau retour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/feedback_panel.py" line="46"/>
        <source>Envoyer pour réponse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/feedback_panel.py" line="47"/>
        <source>Importer la réponse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/feedback_panel.py" line="48"/>
        <source>PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/feedback_panel.py" line="48"/>
        <source>Action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/feedback_panel.py" line="55"/>
        <source>&lt;b&gt;Retours d&apos;expérience du contrat&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/feedback_panel.py" line="95"/>
        <source>sans nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/feedback_panel.py" line="96"/>
        <source> · réponse reçue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/feedback_panel.py" line="119"/>
        <source>Envoyer pour réponse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/feedback_panel.py" line="120"/>
        <source>Classeur (*.xlsx);;JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/feedback_panel.py" line="123"/>
        <source>Fichier d&apos;échange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/feedback_panel.py" line="124"/>
        <source>« {name} » est prêt : envoyez-le à {who}, qui complète la section « Votre réponse » et vous le renvoie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/feedback_panel.py" line="129"/>
        <location filename="../../src/srm_inclusif/ui/lifecycle/feedback_panel.py" line="137"/>
        <source>Importer la réponse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/feedback_panel.py" line="130"/>
        <source>Réponses (*.xlsx *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/feedback_panel.py" line="150"/>
        <source>Enregistrer en PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/feedback_panel.py" line="151"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GdprDialog</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/gdpr_dialog.py" line="37"/>
        <source>Contacts à anonymiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/gdpr_dialog.py" line="41"/>
        <source>Données personnelles : au-delà de 3 ans sans échange, ou 3 ans après la fin de la relation, anonymisez les contacts. Le nom, l&apos;e-mail et le téléphone sont effacés partout (recherche comprise) ; la structure, les contrats et les montants restent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/gdpr_dialog.py" line="47"/>
        <source>Structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/gdpr_dialog.py" line="47"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/gdpr_dialog.py" line="48"/>
        <source>Dernier échange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/gdpr_dialog.py" line="48"/>
        <source>Motif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/gdpr_dialog.py" line="53"/>
        <source>Anonymiser la sélection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/gdpr_dialog.py" line="57"/>
        <source>Fermer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/srm_inclusif/ui/counterparty_card/gdpr_dialog.py" line="100"/>
        <source>Anonymiser %n contact(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdentityForm</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/identity_form.py" line="51"/>
        <source>Classique</source>
        <extracomment>Fields shown as a line of text (field, label).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/identity_form.py" line="59"/>
        <source>Type de structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/identity_form.py" line="60"/>
        <source>Types de prestation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/identity_form.py" line="109"/>
        <source>Modifié à la main : les imports ne l&apos;écraseront pas.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportsPage</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/imports_page.py" line="21"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/imports_page.py" line="22"/>
        <source>Fichiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/imports_page.py" line="23"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/imports_page.py" line="25"/>
        <source>Imports / exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/srm_inclusif/ui/pages/imports_page.py" line="33"/>
        <source>%n import(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/jobs.py" line="63"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabelsEditor</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/labels_editor.py" line="29"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/labels_editor.py" line="29"/>
        <source>Valide du</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/labels_editor.py" line="29"/>
        <source>Valide jusqu&apos;au</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/labels_editor.py" line="32"/>
        <source>Ajouter un label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/labels_editor.py" line="34"/>
        <source>Retirer le label</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/app.py" line="64"/>
        <source>Ouvrir un espace de travail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/app.py" line="65"/>
        <source>Espaces de travail (*.sqlite3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/app.py" line="82"/>
        <source>Cet espace de travail n&apos;a pas encore été configuré.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/app.py" line="98"/>
        <source>Création de l&apos;espace de démonstration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/app.py" line="130"/>
        <source>Ce fichier existe déjà : choisissez un autre nom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/app.py" line="152"/>
        <source>SRM Inclusif</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LifecycleController</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/controller.py" line="49"/>
        <location filename="../../src/srm_inclusif/ui/lifecycle/controller.py" line="73"/>
        <source>Nouvelle relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/controller.py" line="94"/>
        <source>Passer à « {stage} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/controller.py" line="100"/>
        <location filename="../../src/srm_inclusif/ui/lifecycle/controller.py" line="116"/>
        <source>Nouveau marché test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/controller.py" line="120"/>
        <location filename="../../src/srm_inclusif/ui/lifecycle/controller.py" line="124"/>
        <source>Nouveau contrat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/controller.py" line="154"/>
        <location filename="../../src/srm_inclusif/ui/lifecycle/controller.py" line="158"/>
        <source>Modifier le contrat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/controller.py" line="170"/>
        <source>Renouveler sans retour d&apos;expérience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/controller.py" line="171"/>
        <source>Aucun retour d&apos;expérience sur ce contrat. Pourquoi renouveler quand même ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/controller.py" line="176"/>
        <location filename="../../src/srm_inclusif/ui/lifecycle/controller.py" line="181"/>
        <source>Renouveler le contrat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/controller.py" line="215"/>
        <source>Décision « {d} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/controller.py" line="246"/>
        <source>Retour d&apos;expérience reçu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/controller.py" line="247"/>
        <source>Retour d&apos;expérience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/controller.py" line="254"/>
        <source>Réponse au retour d&apos;expérience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/controller.py" line="269"/>
        <source>Modifier les critères</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/controller.py" line="296"/>
        <source>Nouvelle action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/controller.py" line="300"/>
        <source>Action faite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/controller.py" line="300"/>
        <source>Action à refaire</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/main_window.py" line="63"/>
        <source>Navigation</source>
        <extracomment>(key, module under ui.pages, class name); labels come from ``_page_label``.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/main_window.py" line="83"/>
        <source>Tableau de bord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/main_window.py" line="84"/>
        <source>Fournisseurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/main_window.py" line="84"/>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/main_window.py" line="85"/>
        <source>Relations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/main_window.py" line="86"/>
        <source>Contrats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/main_window.py" line="87"/>
        <source>Objectifs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/main_window.py" line="88"/>
        <source>Imports / exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/main_window.py" line="97"/>
        <source>&amp;Fichier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/main_window.py" line="98"/>
        <source>&amp;Nouvel espace de travail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/main_window.py" line="100"/>
        <source>&amp;Ouvrir…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/main_window.py" line="102"/>
        <source>&amp;Enregistrer une copie…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/main_window.py" line="105"/>
        <source>&amp;Quitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/main_window.py" line="107"/>
        <source>É&amp;dition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/main_window.py" line="108"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/main_window.py" line="110"/>
        <source>Rétablir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/main_window.py" line="114"/>
        <source>&amp;Affichage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/main_window.py" line="118"/>
        <source>&amp;Aide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/main_window.py" line="119"/>
        <source>À &amp;propos de SRM Inclusif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/main_window.py" line="174"/>
        <source>{label} ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/main_window.py" line="177"/>
        <source>{organisation} — SRM Inclusif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/main_window.py" line="183"/>
        <source>Nouvel espace de travail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/main_window.py" line="184"/>
        <location filename="../../src/srm_inclusif/ui/main_window.py" line="199"/>
        <source>Espaces de travail (*.sqlite3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/main_window.py" line="190"/>
        <source>Ouvrir un espace de travail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/main_window.py" line="191"/>
        <source>Espaces de travail (*.sqlite3);;Tous les fichiers (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/main_window.py" line="197"/>
        <source>Enregistrer une copie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/main_window.py" line="205"/>
        <source>Copie impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/main_window.py" line="206"/>
        <source>La copie n&apos;a pas pu être écrite : {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/main_window.py" line="208"/>
        <source>Copie enregistrée : {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/main_window.py" line="211"/>
        <source>À propos de SRM Inclusif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/main_window.py" line="216"/>
        <source>&lt;h3&gt;SRM Inclusif {version}&lt;/h3&gt;&lt;p&gt;Achats inclusifs : du sourcing au renouvellement.&lt;/p&gt;&lt;p&gt;Version du schéma : {schema}&lt;br&gt;Espace de travail : {path}&lt;/p&gt;&lt;p&gt;Application hors ligne : aucune donnée n&apos;est envoyée.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/merge_dialog.py" line="48"/>
        <source>Fusionner deux fiches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/merge_dialog.py" line="55"/>
        <source>Garder plutôt l&apos;autre fiche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/merge_dialog.py" line="62"/>
        <source>Fusionner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/merge_dialog.py" line="63"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/merge_dialog.py" line="80"/>
        <source>La fiche « %1 » est gardée ; « %2 » lui est rattachée puis supprimée : contacts, relations, contrats, achats et labels passent sur la fiche gardée. Choisissez la valeur à garder pour chaque champ qui diffère. La fusion peut être annulée (Ctrl+Z).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/merge_dialog.py" line="86"/>
        <source>&lt;b&gt;Champ&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/merge_dialog.py" line="87"/>
        <source>&lt;b&gt;Fiche gardée&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/merge_dialog.py" line="88"/>
        <source>&lt;b&gt;Autre fiche&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/merge_dialog.py" line="128"/>
        <source>Fusionner « %1 »</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NeedDialog</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/sourcing/need_dialog.py" line="57"/>
        <source>Besoin et présélection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sourcing/need_dialog.py" line="76"/>
        <source>(tous)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sourcing/need_dialog.py" line="81"/>
        <source>ex. 40 000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sourcing/need_dialog.py" line="84"/>
        <source>Non réservé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sourcing/need_dialog.py" line="86"/>
        <source>Réservé %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sourcing/need_dialog.py" line="92"/>
        <source>Présélectionner (Ctrl+Entrée)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sourcing/need_dialog.py" line="96"/>
        <source>Intitulé *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sourcing/need_dialog.py" line="97"/>
        <location filename="../../src/srm_inclusif/ui/sourcing/need_dialog.py" line="240"/>
        <source>Département</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sourcing/need_dialog.py" line="98"/>
        <location filename="../../src/srm_inclusif/ui/sourcing/need_dialog.py" line="241"/>
        <source>Montant estimé (€ HT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sourcing/need_dialog.py" line="99"/>
        <location filename="../../src/srm_inclusif/ui/sourcing/need_dialog.py" line="242"/>
        <source>Marché</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sourcing/need_dialog.py" line="100"/>
        <location filename="../../src/srm_inclusif/ui/sourcing/need_dialog.py" line="243"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sourcing/need_dialog.py" line="101"/>
        <source>Secteurs recherchés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sourcing/need_dialog.py" line="107"/>
        <source>Décrivez le besoin puis lancez la présélection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sourcing/need_dialog.py" line="120"/>
        <source>Démarrer le sourcing avec la sélection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sourcing/need_dialog.py" line="122"/>
        <source>Enregistrer la liste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sourcing/need_dialog.py" line="124"/>
        <source>Exporter en XLSX…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/srm_inclusif/ui/sourcing/need_dialog.py" line="163"/>
        <source>%n structure(s) présélectionnée(s), la mieux placée en premier.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sourcing/need_dialog.py" line="179"/>
        <source>Besoin</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/srm_inclusif/ui/sourcing/need_dialog.py" line="211"/>
        <source>Démarrer le sourcing (%n structure(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/srm_inclusif/ui/sourcing/need_dialog.py" line="213"/>
        <source>Relation ouverte à l&apos;étape Sourcing avec %n structure(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sourcing/need_dialog.py" line="228"/>
        <source>Enregistrer la présélection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sourcing/need_dialog.py" line="230"/>
        <source>Liste « %1 » enregistrée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sourcing/need_dialog.py" line="234"/>
        <source>Exporter la présélection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sourcing/need_dialog.py" line="235"/>
        <source>Classeur (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sourcing/need_dialog.py" line="244"/>
        <source>Présélection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sourcing/need_dialog.py" line="248"/>
        <source>Exporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sourcing/need_dialog.py" line="250"/>
        <source>Présélection exportée vers %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewValueDialog</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/parameters_dialog.py" line="40"/>
        <source>Nouvelle valeur datée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/parameters_dialog.py" line="55"/>
        <source>&amp;Paramètre :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/parameters_dialog.py" line="56"/>
        <source>&amp;Valeur :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/parameters_dialog.py" line="57"/>
        <source>En vigueur à partir du :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/parameters_dialog.py" line="58"/>
        <source>&amp;Note :</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObjectiveDialog</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/objective_dialog.py" line="45"/>
        <source>Modifier l&apos;objectif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/objective_dialog.py" line="46"/>
        <source>Nouvel objectif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/objective_dialog.py" line="66"/>
        <source>facultatif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/objective_dialog.py" line="76"/>
        <source>Plus la valeur est basse, mieux c&apos;est</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/objective_dialog.py" line="90"/>
        <source>&amp;Libellé :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/objective_dialog.py" line="91"/>
        <source>&amp;Indicateur :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/objective_dialog.py" line="92"/>
        <source>&amp;Base des montants :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/objective_dialog.py" line="93"/>
        <source>&amp;Unité :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/objective_dialog.py" line="94"/>
        <source>Valeur de &amp;référence :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/objective_dialog.py" line="95"/>
        <source>&amp;Cible :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/objective_dialog.py" line="96"/>
        <source>&amp;Poids :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/objective_dialog.py" line="97"/>
        <source>Seuil de &amp;déclenchement :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/objective_dialog.py" line="98"/>
        <source>Seuil &amp;cible :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/objective_dialog.py" line="99"/>
        <source>P&amp;lafond :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/objective_dialog.py" line="100"/>
        <source>Courbe de &amp;paiement :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/objective_dialog.py" line="102"/>
        <source>&amp;Réel saisi à la main :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/objective_dialog.py" line="143"/>
        <source>La cible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/objective_dialog.py" line="149"/>
        <source>La référence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/objective_dialog.py" line="155"/>
        <source>Le réel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/objective_dialog.py" line="164"/>
        <source>La cible doit être un nombre strictement positif.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/objective_dialog.py" line="167"/>
        <source>Le libellé de l&apos;objectif est obligatoire.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObjectivesPage</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/objectives_page.py" line="114"/>
        <source>Aucune fiche pour {year} : créez-en une.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/objectives_page.py" line="124"/>
        <source>&lt;b&gt;{owner}&lt;/b&gt; — objectifs {year} (réel au {day})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/objectives_page.py" line="131"/>
        <source>Total pondéré : {total} → {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/objectives_page.py" line="142"/>
        <source>Poids : 100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/objectives_page.py" line="143"/>
        <source>Ajoutez des objectifs ; leurs poids doivent totaliser 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/objectives_page.py" line="152"/>
        <location filename="../../src/srm_inclusif/ui/pages/objectives_page.py" line="169"/>
        <location filename="../../src/srm_inclusif/ui/pages/objectives_page.py" line="216"/>
        <source>Objectifs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/objectives_page.py" line="170"/>
        <source>Ajoutez d&apos;abord des personnes ou des équipes à l&apos;organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/objectives_page.py" line="188"/>
        <source>Créer la fiche d&apos;objectifs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/objectives_page.py" line="201"/>
        <source>Supprimer la fiche de {owner}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/objectives_page.py" line="212"/>
        <source>Aucune fiche de l&apos;année précédente pour ce titulaire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/objectives_page.py" line="233"/>
        <source>Copier les objectifs de l&apos;année précédente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/objectives_page.py" line="242"/>
        <source>Modifier la part variable cible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/objectives_page.py" line="271"/>
        <source>Ajouter l&apos;objectif « {label} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/objectives_page.py" line="286"/>
        <source>Modifier l&apos;objectif « {label} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/objectives_page.py" line="296"/>
        <source>Supprimer l&apos;objectif « {label} »</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObjectivesView</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/objectives_view.py" line="30"/>
        <source>Objectifs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/objectives_view.py" line="34"/>
        <source>Année</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/objectives_view.py" line="35"/>
        <source>Nouvelle fiche…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/objectives_view.py" line="36"/>
        <source>Copier l&apos;année précédente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/objectives_view.py" line="38"/>
        <source>Supprimer la fiche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/objectives_view.py" line="41"/>
        <source>Estimateur OETH…</source>
        <extracomment>Export buttons of the variable-pay sheet are added here by the main window.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/objectives_view.py" line="42"/>
        <source>Paramètres…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/objectives_view.py" line="45"/>
        <source>Fiches d&apos;objectifs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/objectives_view.py" line="62"/>
        <source>Ajouter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/objectives_view.py" line="63"/>
        <source>Modifier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/objectives_view.py" line="64"/>
        <source>Supprimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/objectives_view.py" line="96"/>
        <source>Année :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/objectives_view.py" line="109"/>
        <source>Part variable cible :</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OethDialog</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/oeth_dialog.py" line="66"/>
        <source>Estimateur OETH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/oeth_dialog.py" line="85"/>
        <source>Aucune action depuis plus de 3 ans (surcontribution)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/oeth_dialog.py" line="91"/>
        <source>Fournisseur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/oeth_dialog.py" line="91"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/oeth_dialog.py" line="91"/>
        <source>Payé HT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/oeth_dialog.py" line="92"/>
        <source>Main-d&apos;œuvre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/oeth_dialog.py" line="92"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/oeth_dialog.py" line="103"/>
        <source>&amp;Année :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/oeth_dialog.py" line="104"/>
        <source>&amp;Effectif d&apos;assujettissement :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/oeth_dialog.py" line="105"/>
        <source>&amp;BOETH employés (moyenne annuelle) :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/oeth_dialog.py" line="106"/>
        <source>Part de &amp;main-d&apos;œuvre supposée sans attestation :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/oeth_dialog.py" line="115"/>
        <source>Estimation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/oeth_dialog.py" line="117"/>
        <source>Achats payés à des EA, ESAT et TIH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/oeth_dialog.py" line="123"/>
        <source>Fermer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/oeth_dialog.py" line="181"/>
        <source>estimation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/oeth_dialog.py" line="181"/>
        <source>attestation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/oeth_dialog.py" line="188"/>
        <source>L&apos;estimateur concerne le profil acheteur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/oeth_dialog.py" line="190"/>
        <source>Moins de 20 salariés : l&apos;entreprise n&apos;est pas assujettie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/oeth_dialog.py" line="192"/>
        <source>Certains coûts de main-d&apos;œuvre sont estimés faute d&apos;attestation : le résultat est une estimation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/oeth_dialog.py" line="194"/>
        <source>Estimation indicative, hors outil de paie ; paramètres modifiables dans « Paramètres… ».</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParametersDialog</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/parameters_dialog.py" line="75"/>
        <source>Paramètres datés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/parameters_dialog.py" line="87"/>
        <source>&amp;Nouvelle valeur datée…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/parameters_dialog.py" line="88"/>
        <source>&amp;Modifier la valeur…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/parameters_dialog.py" line="89"/>
        <source>&amp;Supprimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/parameters_dialog.py" line="95"/>
        <source>Fermer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/parameters_dialog.py" line="131"/>
        <source>Paramètres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/parameters_dialog.py" line="153"/>
        <source>Ajouter une valeur de « {name} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/parameters_dialog.py" line="161"/>
        <source>Modifier la valeur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/parameters_dialog.py" line="162"/>
        <source>{name} au {day} :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/parameters_dialog.py" line="170"/>
        <source>Modifier « {name} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/parameters_dialog.py" line="191"/>
        <source>Supprimer une valeur de « {name} »</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelationshipDetail</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/relationship_detail.py" line="37"/>
        <location filename="../../src/srm_inclusif/ui/lifecycle/relationship_detail.py" line="96"/>
        <source>Choisissez une relation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/relationship_detail.py" line="56"/>
        <source>Historique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/relationship_detail.py" line="57"/>
        <source>Contrats et marchés test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/relationship_detail.py" line="58"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/relationship_detail.py" line="66"/>
        <source>Changer d&apos;étape…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/relationship_detail.py" line="66"/>
        <source>Marché test…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/relationship_detail.py" line="67"/>
        <source>Contrat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/relationship_detail.py" line="67"/>
        <source>Retour d&apos;expérience…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/relationship_detail.py" line="68"/>
        <source>Décision go / no go…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/relationship_detail.py" line="69"/>
        <source>Renouveler…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/relationship_detail.py" line="69"/>
        <source>Action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/relationship_detail.py" line="106"/>
        <source>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;{stage} depuis le {since} · {owner}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/relationship_detail.py" line="108"/>
        <source>sans suivi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/relationship_detail.py" line="111"/>
        <source>Dernière note : {score} / 5 — {trend}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/relationship_detail.py" line="129"/>
        <source>décision {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/relationship_detail.py" line="130"/>
        <source>{n} retour(s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelationshipDialog</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/relationship_dialog.py" line="38"/>
        <source>Personne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/relationship_dialog.py" line="46"/>
        <source>Structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/relationship_dialog.py" line="47"/>
        <source>Suivie par</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelationshipsPage</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/relationships_page.py" line="52"/>
        <source>Relations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/relationships_page.py" line="56"/>
        <source>Tous les responsables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/relationships_page.py" line="57"/>
        <source>Tous les types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/relationships_page.py" line="63"/>
        <source>Tous les secteurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/relationships_page.py" line="64"/>
        <source>Nouvelle relation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/relationships_page.py" line="66"/>
        <source>Critères des retours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/relationships_page.py" line="90"/>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/relationships_page.py" line="91"/>
        <source>Tableau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/relationships_page.py" line="116"/>
        <source>Nouvelle relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/relationships_page.py" line="117"/>
        <source>Changer d&apos;étape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/relationships_page.py" line="118"/>
        <source>Nouveau marché test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/relationships_page.py" line="119"/>
        <source>Retour d&apos;expérience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/relationships_page.py" line="167"/>
        <source>Sans responsable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/relationships_page.py" line="198"/>
        <source>{shown} relation(s) sur {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/relationships_page.py" line="237"/>
        <source>Contrats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/relationships_page.py" line="238"/>
        <source>Cette relation n&apos;a pas encore de contrat ni de marché test.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectorPicker</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/counterparty_card/sector_picker.py" line="21"/>
        <source>Filtrer les secteurs…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SheetDialog</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_dialog.py" line="29"/>
        <source>Nouvelle fiche d&apos;objectifs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_dialog.py" line="51"/>
        <source>&amp;Titulaire :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_dialog.py" line="52"/>
        <source>&amp;Année :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_dialog.py" line="53"/>
        <source>Part &amp;variable cible :</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SheetExportDialog</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_export_dialog.py" line="66"/>
        <source>Exporter les fiches objectifs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_export_dialog.py" line="78"/>
        <source>&amp;Année :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_export_dialog.py" line="79"/>
        <source>Personnes :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_export_dialog.py" line="80"/>
        <source>Contenu :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_export_dialog.py" line="85"/>
        <source>&amp;Date des données :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_export_dialog.py" line="87"/>
        <source>XLSX et PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_export_dialog.py" line="87"/>
        <source>XLSX (classeur RH)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_export_dialog.py" line="88"/>
        <source>PDF (une fiche par personne)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_export_dialog.py" line="91"/>
        <source>&amp;Format :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_export_dialog.py" line="92"/>
        <source>D&amp;ossier :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_export_dialog.py" line="93"/>
        <source>Ouvrir le dossier après l&apos;export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_export_dialog.py" line="107"/>
        <source>&amp;Tout le monde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_export_dialog.py" line="108"/>
        <source>&amp;Une personne :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_export_dialog.py" line="123"/>
        <source>Objectifs (début d&apos;année, à signer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_export_dialog.py" line="125"/>
        <source>Résultats (fin d&apos;année)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_export_dialog.py" line="140"/>
        <source>Fiches objectifs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_export_dialog.py" line="142"/>
        <source>&amp;Parcourir…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_export_dialog.py" line="149"/>
        <source>&amp;Exporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_export_dialog.py" line="152"/>
        <source>&amp;Imprimer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_export_dialog.py" line="156"/>
        <source>&amp;Fermer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_export_dialog.py" line="185"/>
        <source>Aucune fiche d&apos;objectifs pour cette année.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_export_dialog.py" line="196"/>
        <source>Dossier des fiches objectifs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_export_dialog.py" line="220"/>
        <source>Choisissez un dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_export_dialog.py" line="223"/>
        <source>Export en cours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_export_dialog.py" line="225"/>
        <source>Export des fiches objectifs</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/srm_inclusif/ui/sheet_export_dialog.py" line="234"/>
        <source>%n fichier(s) écrit(s) dans {0}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_export_dialog.py" line="242"/>
        <source>L&apos;export a échoué.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_export_dialog.py" line="244"/>
        <source>Export impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_export_dialog.py" line="248"/>
        <source>Export annulé ; aucun fichier n&apos;a été laissé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/sheet_export_dialog.py" line="255"/>
        <source>Impression impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/srm_inclusif/ui/sheet_export_dialog.py" line="258"/>
        <source>%n fiche(s) envoyée(s) à l&apos;imprimante.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StageChangeDialog</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/stage_dialog.py" line="49"/>
        <source>Changer d&apos;étape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/stage_dialog.py" line="63"/>
        <source>Pourquoi ce changement ? (obligatoire pour arrêter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/stage_dialog.py" line="70"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; — actuellement : {stage}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/stage_dialog.py" line="72"/>
        <source>Nouvelle étape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/stage_dialog.py" line="73"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/lifecycle/stage_dialog.py" line="74"/>
        <source>Raison</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodoPanel</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/todo_panel.py" line="62"/>
        <source>À faire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/todo_panel.py" line="69"/>
        <source>Rappels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/todo_panel.py" line="72"/>
        <source>Reporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/todo_panel.py" line="79"/>
        <source>Ignorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/todo_panel.py" line="81"/>
        <source>Ne plus afficher ce rappel (Suppr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/todo_panel.py" line="82"/>
        <source>Ouvrir la relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/todo_panel.py" line="99"/>
        <source>Marquer faite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/todo_panel.py" line="106"/>
        <source>&lt;b&gt;Actions ouvertes&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/todo_panel.py" line="109"/>
        <location filename="../../src/srm_inclusif/ui/pages/todo_panel.py" line="192"/>
        <source>Ignorer le rappel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/todo_panel.py" line="137"/>
        <source>{n} rappel(s), dont {late} en retard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/todo_panel.py" line="139"/>
        <source>Rien à faire pour le moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/todo_panel.py" line="147"/>
        <source>En retard de {n} j</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/todo_panel.py" line="149"/>
        <source>Aujourd&apos;hui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/todo_panel.py" line="151"/>
        <source>Dans {n} j</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/pages/todo_panel.py" line="184"/>
        <source>Reporter le rappel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../src/srm_inclusif/ui/welcome_dialog.py" line="38"/>
        <location filename="../../src/srm_inclusif/ui/welcome_dialog.py" line="44"/>
        <source>Bienvenue dans SRM Inclusif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/welcome_dialog.py" line="41"/>
        <source>SRM Inclusif vous aide à acheter auprès de structures inclusives et à faire durer la relation : sourcing, marché test, retour d&apos;expérience, renouvellement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/welcome_dialog.py" line="57"/>
        <source>Créer mon espace de travail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/welcome_dialog.py" line="58"/>
        <source>Je suis acheteur (entreprise, collectivité, PME)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/welcome_dialog.py" line="60"/>
        <source>Je représente une structure inclusive (SIAE, EA, ESAT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/welcome_dialog.py" line="67"/>
        <source>Nom de votre organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/welcome_dialog.py" line="68"/>
        <source>Créer l&apos;espace de travail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/welcome_dialog.py" line="76"/>
        <source>Profil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/welcome_dialog.py" line="78"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/welcome_dialog.py" line="83"/>
        <source>Explorer la démonstration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/welcome_dialog.py" line="86"/>
        <source>Un espace fictif : 360 structures, 3 acheteurs, relations, contrats et dépenses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/srm_inclusif/ui/welcome_dialog.py" line="88"/>
        <source>Ouvrir un espace existant…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
