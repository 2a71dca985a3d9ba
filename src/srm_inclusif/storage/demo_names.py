"""Word lists for the fictitious demo workspace: invented places and people."""

from __future__ import annotations

PLACES = (
    "Bellerive",
    "Montclair",
    "Valombre",
    "Hautefeuille",
    "Rochebrune",
    "Clairmarais",
    "Fontvive",
    "Beauséjour",
    "Mirecombe",
    "Vaudrelles",
    "Saint-Aubrac",
    "Lorgemont",
    "Pradelune",
    "Combelaure",
    "Ormesson-la-Fictive",
    "Bois-Joli",
    "Val-Dorient",
    "Castelmerle",
    "Aiguevive",
    "Pontlevreux",
    "Serrelongue",
    "Grandpré-sur-Lys",
    "Chantebrise",
    "Marvaux",
)
ACTIVITIES = (
    ("Nettoyage", "hygiene-et-proprete-64"),
    ("Espaces verts", "espaces-verts-exterieurs-2"),
    ("Recyclerie", "recyclage-economie-circulaire"),
    ("Blanchisserie", "entretien-du-linge"),
    ("Traiteur", "restauration"),
    ("Logistique", "demenagements-livraisons-transports-79"),
    ("Imprimerie", "communication-marketing"),
    ("Menuiserie", "batiments-et-travaux-publics-65"),
    ("Numérique", "prestations-informatiques"),
    ("Conditionnement", "sous-traitance-industrielle"),
    ("Collecte", "collecte-traitement-des-dechets"),
    ("Accueil", "assistance-generale-et-administrative-67"),
)
FORMS = (
    "Atelier",
    "Les Ateliers de",
    "Coopérative",
    "Ressourcerie",
    "Envol",
    "Tremplin",
    "Passerelle",
    "Horizon",
    "Solidaires de",
    "Artisans de",
)
VOWELS = frozenset("AEIOUYÉÈÊÂÎÔaeiouyéèêâîô")


def joined(form: str, activity: str) -> str:
    """« Les Ateliers de » + « Accueil » → « Les Ateliers d'Accueil » (French elision)."""
    if form.endswith(" de") and activity[:1] in VOWELS:
        return f"{form[:-3]} d'{activity}"
    return f"{form} {activity}"


#: What the buyer buys from a structure of each activity, as its contracts' titles say it.
SERVICES = {
    "Nettoyage": "Nettoyage des bureaux",
    "Espaces verts": "Entretien des espaces verts",
    "Recyclerie": "Réemploi du mobilier de bureau",
    "Blanchisserie": "Entretien des tenues de travail",
    "Traiteur": "Plateaux repas",
    "Logistique": "Livraison du courrier interne",
    "Imprimerie": "Impression des supports de communication",
    "Menuiserie": "Aménagement des salles de réunion",
    "Numérique": "Reconditionnement des postes informatiques",
    "Conditionnement": "Mise sous pli des envois",
    "Collecte": "Collecte des déchets de bureau",
    "Accueil": "Accueil téléphonique",
}
#: The one site a marché test is tried on ...
PILOT_SITES = (
    "du siège",
    "de l'agence de Montclair",
    "du site de Valombre",
    "de l'entrepôt de Rochebrune",
    "de l'agence de Fontvive",
)
#: ... and the sites the contract that follows it covers.
CONTRACT_SITES = ("des sites de la région", "du siège et des agences", "des sites de Bellerive")


def marche_test_title(activity: str, index: int) -> str:
    """Title of a marché test: « Plateaux repas du siège »."""
    return f"{SERVICES.get(activity, 'Prestation')} {PILOT_SITES[index % len(PILOT_SITES)]}"


def contract_title(activity: str, index: int) -> str:
    """Title of the contract after a test: « Plateaux repas des sites de la région »."""
    return f"{SERVICES.get(activity, 'Prestation')} {CONTRACT_SITES[index % len(CONTRACT_SITES)]}"


CLASSIC_FORMS = ("Société", "Groupe", "Fournitures", "Distribution", "Services", "Industries")
FIRST_NAMES = (
    "Camille",
    "Nadia",
    "Julien",
    "Sophie",
    "Karim",
    "Léa",
    "Thomas",
    "Inès",
    "Hugo",
    "Claire",
    "Mehdi",
    "Emma",
    "Lucas",
    "Aïcha",
    "Paul",
    "Zoé",
)
LAST_NAMES = (
    "Martin",
    "Bernard",
    "Lefèvre",
    "Moreau",
    "Garnier",
    "Roux",
    "Fontaine",
    "Chevalier",
    "Benali",
    "Girard",
    "Lambert",
    "Mercier",
    "Dupuis",
    "Carpentier",
)
ROLES = (
    "Directrice",
    "Chargé d'affaires",
    "Responsable commercial",
    "Encadrant technique",
    "Chargée de développement",
)
LABELS = ("ESUS", "RSEi", "RFAR", "B-Corp", "AFAQ EI/ETTI", "CEDRE ISO 9001")
NETWORKS = (
    "FEI",
    "UNEA",
    "COORACE",
    "Chantier École",
    "Tissons la solidarité",
    "Envie",
    "Cocagne",
    "CNLRQ",
    "FFGeiq",
)
FEEDBACK_COMMENTS = (
    "Prestation soignée, équipe à l'écoute.",
    "Quelques retards au démarrage, rattrapés ensuite.",
    "Très bonne réactivité, à étendre à d'autres sites.",
    "Qualité conforme ; prévoir un point mensuel.",
    "Impact social remarquable : deux sorties en CDI.",
    "Devis clair, facturation à simplifier.",
)
STOP_REASONS = (
    "Capacité insuffisante pour le volume demandé.",
    "Besoin supprimé après réorganisation.",
    "Prix hors budget après consultation.",
)
