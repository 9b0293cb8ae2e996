# Généré par circdsl depuis circulars/poste_adapte_aix_marseille_2025.circ : ne pas modifier.
# Pour changer ce validateur, modifiez le fichier .circ puis lancez « circ build ».
(
    'Validateur : Affectation sur poste adapté (PACD, PALD) pour la rentrée scolaire 2025 '
    "(Rectorat de l'académie d'Aix-Marseille)."
)

from __future__ import annotations

import datetime
from collections.abc import Mapping
from functools import lru_cache
from typing import Annotated, Any, ClassVar, Literal

from pydantic import Field

from circdsl import runtime as rt

__all__ = ['CIRCULAR', 'FACT_LABELS', 'ROUTING_FACTS', 'Facts', 'evaluate', 'evaluate_status']

CIRCULAR = rt.CircularInfo(
    name='poste_adapte_aix_marseille_2025',
    title='Affectation sur poste adapté (PACD, PALD) pour la rentrée scolaire 2025',
    authority="Rectorat de l'académie d'Aix-Marseille",
    reference='DIPE/24-1025-910',
    issued=datetime.date(2024, 11, 4),
    school_year='2025-2026',
    dispositif='Poste adapté',
    source='sources/003_70692b3584024c77.txt',
    file='circulars/poste_adapte_aix_marseille_2025.circ',
)
FACT_LABELS: dict[str, str] = {
    'agent.statut': "Statut de l'agent",
    'agent.fonction': 'Fonction exercée',
    'agent.degré': "Degré d'enseignement",
    'agent.rqth': (
        "L'agent dispose d'un justificatif de handicap (RQTH, carte mobilité inclusion « "
        'invalidité »...)'
    ),
    'agent.département': "Département d'affectation (académie d'Aix-Marseille)",
    'agent.position': 'Position administrative',
    'agent.congé_santé': 'Congé pour raison de santé en cours au moment de la demande',
    'agent.durée_cmo': 'Durée du congé de maladie ordinaire en cours',
    'agent.arrondissement': (
        "Arrondissement municipal de l'établissement d'affectation (Paris, Lyon, Marseille)"
    ),
    'demande.date_dépôt': 'Date de dépôt de la demande',
    'poste_adapté_demandé': 'Poste adapté demandé',
    'nature_demande': 'Nature de la demande',
    'années_pacd': "Nombre d'années déjà effectuées en PACD dans la carrière",
    'santé_altérée_gravement': (
        "L'état de santé de l'agent s'est altéré de façon grave : il ne peut plus exercer "
        'normalement ses fonctions'
    ),
    'santé_stabilisée': "L'état de santé de l'agent est stabilisé",
    'affection_chronique_invalidante': (
        "L'agent est atteint d'une affection chronique invalidante comportant des séquelles "
        'définitives'
    ),
    'inaptitude_enseignement_présentiel': (
        "L'affection rend l'agent inapte à un retour vers l'enseignement en présentiel"
    ),
    'fin_pald_en_cours': 'Date de fin du PALD en cours (renouvellement)',
    'projet_professionnel': 'Projet professionnel en cours ou envisagé',
    'lieu_exercice': "Lieu d'exercice souhaité ou proposé",
    'maîtrise_outils_informatiques': (
        "L'agent maîtrise les outils informatiques, bureautiques et de communication à distance"
    ),
    'connexion_haut_débit': "L'agent dispose d'un équipement de connexion à haut débit",
    'avis_conseil_médical_favorable': (
        'Le conseil médical a rendu un avis favorable à la reprise des fonctions'
    ),
    'geo_affectation': (
        "Groupement d'établissements (GEO) de l'établissement d'affectation (Bouches-du-Rhône)"
    ),
    'envoi_postal_exceptionnel': (
        "Impossibilité d'accès aux outils informatiques permettant l'envoi électronique du "
        'dossier administratif'
    ),
    'dossier.pièces_fournies': 'Pièces déjà fournies par le demandeur',
}
_FACT_ORDER: dict[str, int] = {
    'agent.statut': 0,
    'agent.fonction': 1,
    'agent.degré': 2,
    'agent.rqth': 3,
    'agent.département': 4,
    'agent.position': 5,
    'agent.congé_santé': 6,
    'agent.durée_cmo': 7,
    'agent.arrondissement': 8,
    'demande.date_dépôt': 9,
    'poste_adapté_demandé': 10,
    'nature_demande': 11,
    'années_pacd': 12,
    'santé_altérée_gravement': 13,
    'santé_stabilisée': 14,
    'affection_chronique_invalidante': 15,
    'inaptitude_enseignement_présentiel': 16,
    'fin_pald_en_cours': 17,
    'projet_professionnel': 18,
    'lieu_exercice': 19,
    'maîtrise_outils_informatiques': 20,
    'connexion_haut_débit': 21,
    'avis_conseil_médical_favorable': 22,
    'geo_affectation': 23,
    'envoi_postal_exceptionnel': 24,
    'dossier.pièces_fournies': 25,
}
ROUTING_FACTS: dict[str, tuple[str, ...]] = {
    'courrier_demande': (
        'agent.département', 'agent.arrondissement', 'geo_affectation', 'envoi_postal_exceptionnel'
    ),
    'fiche_renseignements': (
        'agent.département', 'agent.arrondissement', 'geo_affectation', 'envoi_postal_exceptionnel'
    ),
    'attestation_rqth': (
        'agent.rqth',
        'agent.département',
        'agent.arrondissement',
        'geo_affectation',
        'envoi_postal_exceptionnel',
    ),
    'certificat_médical': ('agent.département', 'agent.arrondissement', 'geo_affectation'),
    'courrier_médecin': ('agent.département', 'agent.arrondissement', 'geo_affectation'),
    'relevé_congés': ('agent.département', 'agent.arrondissement', 'geo_affectation'),
    'avis_conseil_médical': (
        'agent.département',
        'agent.position',
        'agent.congé_santé',
        'agent.durée_cmo',
        'agent.arrondissement',
        'geo_affectation',
    ),
    'fiche_demande_poste_adapté': (
        'agent.département', 'agent.arrondissement', 'geo_affectation', 'envoi_postal_exceptionnel'
    ),
}
_AGENT_DEPARTEMENT_VALUES = frozenset({'d04', 'd05'})
_GEO_AFFECTATION_VALUES = frozenset({'arles', 'marignane', 'martigues'})
_AGENT_ARRONDISSEMENT_VALUES = frozenset({2})
_GEO_AFFECTATION_VALUES_2 = frozenset(
    {
        'aix_en_provence',
        'aubagne',
        'gardanne',
        'marseille_centre_est',
        'marseille_nord_est',
        'marseille_sud',
        'orgon',
        'salon_de_provence',
        'vitrolles',
    }
)
_AGENT_ARRONDISSEMENT_VALUES_2 = frozenset({13})
_SERVICE_MEDECIN_ARNAL = rt.Recipient(
    'médecin_arnal',
    'Docteur ARNAL Élisabeth, médecin du travail',
    True,
    (
        "Rectorat de l'académie d'Aix-Marseille - médecine de prévention - À l'attention du "
        'docteur ARNAL Élisabeth (elisabeth.arnal@ac-aix-marseille.fr) - Place Lucien Paye - 13621 '
        'Aix-en-Provence CEDEX 1'
    ),
)
_SERVICE_MEDECIN_DORSO = rt.Recipient(
    'médecin_dorso',
    "Docteur D'ORSO ALBERAND Gil, médecin du travail",
    True,
    (
        "Rectorat de l'académie d'Aix-Marseille - médecine de prévention - À l'attention du "
        "docteur D'ORSO ALBERAND Gil (gil.dorso@ac-aix-marseille.fr) - Place Lucien Paye - 13621 "
        'Aix-en-Provence CEDEX 1'
    ),
)
_SERVICE_MEDECIN_MUNTEANU = rt.Recipient(
    'médecin_munteanu',
    'Docteur MUNTEANU Ioana, médecin du travail',
    True,
    (
        "Rectorat de l'académie d'Aix-Marseille - médecine de prévention - À l'attention du "
        'docteur MUNTEANU Ioana (ioana.munteanu@ac-aix-marseille.fr) - Place Lucien Paye - 13621 '
        'Aix-en-Provence CEDEX 1'
    ),
)
_ROWS_MEDECIN_DOSSIER = (
    (_SERVICE_MEDECIN_ARNAL,),
    (_SERVICE_MEDECIN_DORSO,),
    (_SERVICE_MEDECIN_DORSO,),
    (_SERVICE_MEDECIN_DORSO,),
    (_SERVICE_MEDECIN_MUNTEANU,),
    (_SERVICE_MEDECIN_MUNTEANU,),
    (_SERVICE_MEDECIN_MUNTEANU,),
    (_SERVICE_MEDECIN_DORSO,),
)
_AGENT_FONCTION_VALUES = frozenset({'enseignement', 'orientation', 'éducation'})
_DATE_2025_08_31 = datetime.date(2025, 8, 31)
_AGENT_CONGE_SANTE_VALUES = frozenset({'cld', 'clm'})
_DATE_2024_12_13 = datetime.date(2024, 12, 13)
_SERVICE_DIPE = rt.Recipient(
    'dipe',
    "Division des personnels enseignants (DIPE), rectorat d'Aix-Marseille",
    False,
    (
        'dispositif-readaptation@ac-aix-marseille.fr ; à titre exceptionnel par voie postale : '
        "Rectorat de l'académie d'Aix-Marseille – DIPE – A l'attention de Mme SCHNEIDER – Place "
        'Lucien Paye – 13621 Aix-en-Provence CEDEX 1'
    ),
)
_CITE_COURRIER_DEMANDE = rt.Citation(
    "le courrier de demande de l'intéressé(e)", 'sources/003_70692b3584024c77.txt', 138
)
_DOC_COURRIER_DEMANDE = rt.ChecklistItem(
    'courrier_demande',
    "Courrier de demande de l'intéressé(e)",
    'à fournir',
    None,
    False,
    False,
    (),
    (
        'Dossier administratif : un exemplaire numérisé à la DIPE, un exemplaire papier joint au '
        'dossier médical.'
    ),
    (_CITE_COURRIER_DEMANDE,),
)
_CITE_FICHE_RENSEIGNEMENTS = rt.Citation(
    'la fiche de « renseignements » (Annexe 1) à renseigner systématiquement',
    'sources/003_70692b3584024c77.txt',
    139,
)
_DOC_FICHE_RENSEIGNEMENTS = rt.ChecklistItem(
    'fiche_renseignements',
    'Fiche de renseignements (annexe 1)',
    'à fournir',
    None,
    False,
    False,
    (),
    None,
    (_CITE_FICHE_RENSEIGNEMENTS,),
)
_CITE_ATTESTATION_RQTH = rt.Citation(
    (
        "le cas échéant l'attestation de reconnaissance de la qualité de travailleur handicapé "
        '(RQTH) délivrée par la maison départementale des personnes handicapées (MDPH)'
    ),
    'sources/003_70692b3584024c77.txt',
    141,
)
_DOC_ATTESTATION_RQTH = rt.ChecklistItem(
    'attestation_rqth',
    (
        'Attestation de reconnaissance de la qualité de travailleur handicapé (RQTH) délivrée par '
        'la MDPH'
    ),
    'à fournir',
    None,
    False,
    False,
    (),
    (
        'À joindre au dossier administratif et au dossier médical ; fournir une copie en cas '
        "d'obtention ou de renouvellement récent."
    ),
    (_CITE_ATTESTATION_RQTH,),
)
_CITE_CERTIFICAT_MEDICAL = rt.Citation(
    (
        'un certificat médical récent précisant de manière détaillée la nature de la maladie et '
        "les difficultés ou l'incapacité qu'elle entraîne dans l'exercice des fonctions "
        '(original sous pli cacheté)'
    ),
    'sources/003_70692b3584024c77.txt',
    145,
)
_DOC_CERTIFICAT_MEDICAL = rt.ChecklistItem(
    'certificat_médical',
    'Certificat médical récent et détaillé (original sous pli cacheté)',
    'à fournir',
    None,
    True,
    True,
    (),
    (
        'Il précise de manière détaillée la nature de la maladie et les difficultés ou '
        "l'incapacité qu'elle entraîne dans l'exercice des fonctions."
    ),
    (_CITE_CERTIFICAT_MEDICAL,),
)
_CITE_COURRIER_MEDECIN = rt.Citation(
    "accompagné d'un courrier explicatif de l'agent à l'attention du médecin du travail",
    'sources/003_70692b3584024c77.txt',
    145,
)
_DOC_COURRIER_MEDECIN = rt.ChecklistItem(
    'courrier_médecin',
    "Courrier explicatif de l'agent à l'attention du médecin du travail",
    'à fournir',
    None,
    True,
    True,
    (),
    None,
    (_CITE_COURRIER_MEDECIN,),
)
_CITE_RELEVE_CONGES = rt.Citation(
    (
        "le relevé des congés (maladie, longue maladie, longue durée) ou disponibilité d'office. "
        'Il conviendra de préciser si les congés de *longue durée* déjà obtenus ont été accordés '
        "pour une affection de *nature différente* de celle dont l'intéressé(e) souffre à la date "
        'de présentation de la demande'
    ),
    'sources/003_70692b3584024c77.txt',
    146,
)
_DOC_RELEVE_CONGES = rt.ChecklistItem(
    'relevé_congés',
    "Relevé des congés (maladie, longue maladie, longue durée) ou de la disponibilité d'office",
    'à fournir',
    None,
    True,
    True,
    (),
    (
        'Préciser si les congés de longue durée déjà obtenus ont été accordés pour une affection '
        "de nature différente de celle dont l'intéressé(e) souffre à la date de la demande."
    ),
    (_CITE_RELEVE_CONGES,),
)
_CITE_AVIS_CONSEIL_MEDICAL = rt.Citation(
    (
        "l'avis du conseil médical départemental pour les personnels qui sont placés, au moment "
        "où ils postulent, en congé de longue maladie, de longue durée, en disponibilité d'office "
        'ou après 6 mois de congé de maladie ordinaire'
    ),
    'sources/003_70692b3584024c77.txt',
    147,
)
_DOC_AVIS_CONSEIL_MEDICAL = rt.ChecklistItem(
    'avis_conseil_médical',
    'Avis du conseil médical départemental',
    'à fournir',
    None,
    True,
    True,
    (),
    None,
    (_CITE_AVIS_CONSEIL_MEDICAL,),
)
_CITE_FICHE_DEMANDE_POSTE_ADAPTE = rt.Citation(
    (
        "la fiche de « demande d'aménagement du poste de travail » (Annexe 2), et/ou la fiche de "
        "« demande d'affectation en poste adapté » (Annexe 3)"
    ),
    'sources/003_70692b3584024c77.txt',
    140,
)
_DOC_FICHE_DEMANDE_POSTE_ADAPTE = rt.ChecklistItem(
    'fiche_demande_poste_adapté',
    "Fiche de demande d'affectation en poste adapté (annexe 3)",
    'à fournir',
    None,
    False,
    False,
    (),
    None,
    (_CITE_FICHE_DEMANDE_POSTE_ADAPTE,),
)
_CITE_DEMANDE = rt.Citation(
    '### 1 – Dossier administratif (1 exemplaire numérisé)', 'sources/003_70692b3584024c77.txt', 154
)
_CITE_DEMANDE_2 = rt.Citation(
    "Par voie électronique à l'adresse mail suivante", 'sources/003_70692b3584024c77.txt', 158
)
_CITE_DEMANDE_3 = rt.Citation(
    "en privilégiant l'envoi des annexes d'une même demande d'aménagement, groupées en un seul PDF",
    'sources/003_70692b3584024c77.txt',
    158,
)
_CITE_DEMANDE_4 = rt.Citation(
    'Le dossier administratif comprendra :', 'sources/003_70692b3584024c77.txt', 136
)
_SUBMISSION = rt.SubmissionInfo(
    (
        "Dossier administratif numérisé (un seul PDF), transmis par le chef d'établissement, de "
        'service ou le directeur de CIO'
    ),
    (),
    'dispositif-readaptation@ac-aix-marseille.fr',
    (_CITE_DEMANDE, _CITE_DEMANDE_2, _CITE_DEMANDE_3, _CITE_DEMANDE_4),
)
_CITE_DEMANDE_5 = rt.Citation(
    '### 2 – Dossier médical (1 exemplaire papier)', 'sources/003_70692b3584024c77.txt', 164
)
_CITE_DEMANDE_6 = rt.Citation(
    "Les chefs d'établissement, de service ou les directeurs de CIO transmettront également",
    'sources/003_70692b3584024c77.txt',
    166,
)
_CITE_DEMANDE_7 = rt.Citation(
    (
        'Par voie postale uniquement, le dossier médical sous enveloppe cachetée par '
        "l'intéressé(e), et accompagné d'un exemplaire papier du dossier administratif + RQTH"
    ),
    'sources/003_70692b3584024c77.txt',
    168,
)
_CITE_DEMANDE_8 = rt.Citation(
    'Le dossier médical comportera :', 'sources/003_70692b3584024c77.txt', 143
)
_SUBMISSION_2 = rt.SubmissionInfo(
    (
        "Dossier médical (exemplaire papier, sous enveloppe cachetée par l'intéressé(e)) avec un "
        "exemplaire papier du dossier administratif, transmis par le chef d'établissement"
    ),
    (),
    (
        "Rectorat de l'académie d'Aix-Marseille - médecine de prévention (à l'attention du "
        'médecin du travail concerné) - Place Lucien Paye - 13621 Aix-en-Provence CEDEX 1'
    ),
    (_CITE_DEMANDE_5, _CITE_DEMANDE_6, _CITE_DEMANDE_7, _CITE_DEMANDE_8),
)
_CITE_TITULAIRE = rt.Citation(
    (
        'Les agents fonctionnaires titulaires qui souhaitent obtenir un aménagement du poste de '
        'travail ou un poste adapté.'
    ),
    'sources/003_70692b3584024c77.txt',
    23,
)
_RULE_TITULAIRE = rt.RuleInfo(
    'titulaire',
    'Public concerné : agents fonctionnaires titulaires',
    'bloquante',
    (_CITE_TITULAIRE,),
    'circulars/poste_adapte_aix_marseille_2025.circ:93',
)
_LABELS_AGENT_STATUT = {
    'titulaire': 'Titulaire', 'stagiaire': 'Stagiaire', 'contractuel': 'Contractuel'
}
_CITE_FONCTION_CONCERNEE = rt.Citation(
    (
        "La mise en œuvre du dispositif d'accompagnement des personnels enseignants, d'éducation "
        "et psychologues de l'Éducation nationale titulaires, est assurée, au niveau académique"
    ),
    'sources/003_70692b3584024c77.txt',
    15,
)
_RULE_FONCTION_CONCERNEE = rt.RuleInfo(
    'fonction_concernée',
    (
        "Public concerné : personnels d'enseignement, d'éducation et psychologues de "
        "l'éducation nationale"
    ),
    'bloquante',
    (_CITE_FONCTION_CONCERNEE,),
    'circulars/poste_adapte_aix_marseille_2025.circ:98',
)
_LABELS_AGENT_FONCTION = {
    'enseignement': 'Personnel enseignant',
    'éducation': "Personnel d'éducation (CPE)",
    'orientation': "Psychologue de l'éducation nationale (orientation)",
    'administratif': 'Personnel administratif, technique ou de santé',
}
_CITE_SECOND_DEGRE = rt.Citation(
    (
        "DISPOSITIF D'ACCOMPAGNEMENT DES PERSONNELS D'ENSEIGNEMENT, D'ÉDUCATION ET PSYCHOLOGUES "
        "DE L'ÉDUCATION NATIONALE DU SECOND DEGRÉ PUBLIC"
    ),
    'sources/003_70692b3584024c77.txt',
    7,
)
_RULE_SECOND_DEGRE = rt.RuleInfo(
    'second_degré',
    'Public concerné : enseignants du second degré public',
    'bloquante',
    (_CITE_SECOND_DEGRE,),
    'circulars/poste_adapte_aix_marseille_2025.circ:103',
)
_LABELS_AGENT_DEGRE = {'premier': 'Premier degré', 'second': 'Second degré'}
_CITE_ALTERATION_GRAVE = rt.Citation(
    (
        "Les personnels, dont l'état de santé s'est altéré de façon grave, à tel point qu'ils "
        'ne peuvent plus exercer normalement leurs fonctions, peuvent demander une affectation sur '
        'poste adapté'
    ),
    'sources/003_70692b3584024c77.txt',
    34,
)
_RULE_ALTERATION_GRAVE = rt.RuleInfo(
    'altération_grave',
    'État de santé altéré de façon grave',
    'bloquante',
    (_CITE_ALTERATION_GRAVE,),
    'circulars/poste_adapte_aix_marseille_2025.circ:110',
)
_CITE_ETAT_SANTE_STABILISE = rt.Citation(
    (
        'peuvent demander une affectation sur poste adapté, à la condition que leur état de santé '
        'soit stabilisé'
    ),
    'sources/003_70692b3584024c77.txt',
    34,
)
_RULE_ETAT_SANTE_STABILISE = rt.RuleInfo(
    'état_santé_stabilisé',
    'État de santé stabilisé',
    'bloquante',
    (_CITE_ETAT_SANTE_STABILISE,),
    'circulars/poste_adapte_aix_marseille_2025.circ:115',
)
_CITE_PROJET_PROFESSIONNEL_PRESENTE = rt.Citation(
    (
        'Les personnels devront présenter un projet professionnel réfléchi et cohérent lors de '
        "leur candidature, éventuellement assorti d'une demande de formation professionnelle."
    ),
    'sources/003_70692b3584024c77.txt',
    42,
)
_CITE_PROJET_PROFESSIONNEL_PRESENTE_2 = rt.Citation(
    'ils peuvent solliciter un accompagnement individuel avec une conseillère mobilité carrière',
    'sources/003_70692b3584024c77.txt',
    42,
)
_CITE_PROJET_PROFESSIONNEL_PRESENTE_3 = rt.Citation(
    (
        'Cette mesure doit leur permettre de préparer progressivement le retour dans les fonctions '
        "d'enseignement devant élèves, d'éducation ou d'orientation, ou bien d'envisager et de "
        'préparer une reconversion professionnelle.'
    ),
    'sources/003_70692b3584024c77.txt',
    36,
)
_CITE_PROJET_PROFESSIONNEL_PRESENTE_4 = rt.Citation(
    (
        "L'affectation en poste adapté doit permettre le retour dans les fonctions antérieures ou "
        "la préparation d'une reconversion professionnelle."
    ),
    'sources/003_70692b3584024c77.txt',
    367,
)
_CITE_PROJET_PROFESSIONNEL_PRESENTE_5 = rt.Citation(
    (
        'Pour se faire, ils peuvent solliciter un accompagnement individuel avec une conseillère '
        'mobilité carrière (Mmes CORDONNY ou SELLIER'
    ),
    'sources/003_70692b3584024c77.txt',
    42,
)
_RULE_PROJET_PROFESSIONNEL_PRESENTE = rt.RuleInfo(
    'projet_professionnel_présenté',
    'Projet professionnel réfléchi et cohérent',
    'bloquante',
    (
        _CITE_PROJET_PROFESSIONNEL_PRESENTE,
        _CITE_PROJET_PROFESSIONNEL_PRESENTE_2,
        _CITE_PROJET_PROFESSIONNEL_PRESENTE_3,
        _CITE_PROJET_PROFESSIONNEL_PRESENTE_4,
        _CITE_PROJET_PROFESSIONNEL_PRESENTE_5,
    ),
    'circulars/poste_adapte_aix_marseille_2025.circ:120',
)
_CITE_PACD_TROIS_ANS_MAXIMUM = rt.Citation(
    (
        "Poste adapté de courte durée (PACD), pour une durée d'un an, renouvelable éventuellement "
        'deux fois sous certaines conditions, soit trois années au maximum dans la carrière'
    ),
    'sources/003_70692b3584024c77.txt',
    48,
)
_RULE_PACD_TROIS_ANS_MAXIMUM = rt.RuleInfo(
    'pacd_trois_ans_maximum',
    'PACD : trois années au maximum dans la carrière',
    'bloquante',
    (_CITE_PACD_TROIS_ANS_MAXIMUM,),
    'circulars/poste_adapte_aix_marseille_2025.circ:129',
)
_CITE_PALD_AFFECTION_CHRONIQUE = rt.Citation(
    (
        "ces affectations sont réservées aux agents atteints d'une affection chronique "
        'invalidante comportant des séquelles définitives'
    ),
    'sources/003_70692b3584024c77.txt',
    49,
)
_RULE_PALD_AFFECTION_CHRONIQUE = rt.RuleInfo(
    'pald_affection_chronique',
    'PALD : affection chronique invalidante avec séquelles définitives',
    'bloquante',
    (_CITE_PALD_AFFECTION_CHRONIQUE,),
    'circulars/poste_adapte_aix_marseille_2025.circ:135',
)
_CITE_PALD_INAPTITUDE_PRESENTIEL = rt.Citation(
    "mais les rendant inaptes à un retour vers l'enseignement en présentiel",
    'sources/003_70692b3584024c77.txt',
    49,
)
_CITE_PALD_INAPTITUDE_PRESENTIEL_2 = rt.Citation(
    "impossibilité totale de retour à l'enseignement en présentiel",
    'sources/003_70692b3584024c77.txt',
    392,
)
_RULE_PALD_INAPTITUDE_PRESENTIEL = rt.RuleInfo(
    'pald_inaptitude_présentiel',
    "PALD : inaptitude à un retour vers l'enseignement en présentiel",
    'bloquante',
    (_CITE_PALD_INAPTITUDE_PRESENTIEL, _CITE_PALD_INAPTITUDE_PRESENTIEL_2),
    'circulars/poste_adapte_aix_marseille_2025.circ:141',
)
_CITE_PALD_LIEU_EDUCATION_NATIONALE = rt.Citation(
    (
        "L'affectation en PALD doit concerner obligatoirement les services et établissements "
        "relevant de l'Éducation nationale dont les établissements publics administratifs."
    ),
    'sources/003_70692b3584024c77.txt',
    66,
)
_RULE_PALD_LIEU_EDUCATION_NATIONALE = rt.RuleInfo(
    'pald_lieu_éducation_nationale',
    "PALD : uniquement dans les services et établissements de l'Éducation nationale",
    'bloquante',
    (_CITE_PALD_LIEU_EDUCATION_NATIONALE,),
    'circulars/poste_adapte_aix_marseille_2025.circ:148',
)
_CITE_PALD_FIN_AU_31_AOUT_2025 = rt.Citation(
    (
        "Les agents déjà bénéficiaires d'un aménagement du poste de travail, d'un poste adapté "
        "courte durée (PACD) ou d'un poste adapté longue durée (PALD) qui prend fin au 31/08/2025 "
        '(les personnels pour lesquels le PALD prend fin au-delà du 31/08/2025 ne sont pas '
        'concernés).'
    ),
    'sources/003_70692b3584024c77.txt',
    24,
)
_RULE_PALD_FIN_AU_31_AOUT_2025 = rt.RuleInfo(
    'pald_fin_au_31_août_2025',
    'Renouvellement de PALD : seuls les PALD qui prennent fin au 31/08/2025',
    'bloquante',
    (_CITE_PALD_FIN_AU_31_AOUT_2025,),
    'circulars/poste_adapte_aix_marseille_2025.circ:154',
)
_CITE_PREREQUIS_CNED = rt.Citation(
    (
        "L'attention des agents est attirée sur l'évolution des missions exercées au CNED ces "
        'dernières années. Celles-ci sont axées sur des activités numériques et des services en '
        "ligne. C'est pourquoi la maîtrise des outils informatiques et bureautiques est requise "
        '(cf. annexe 5).'
    ),
    'sources/003_70692b3584024c77.txt',
    68,
)
_CITE_PREREQUIS_CNED_2 = rt.Citation(
    (
        'Prérequis : maîtrise des outils informatiques et de communication à distance, équipement '
        'connexion à haut-débit'
    ),
    'sources/003_70692b3584024c77.txt',
    396,
)
_RULE_PREREQUIS_CNED = rt.RuleInfo(
    'prérequis_cned',
    'Poste au CNED : maîtrise des outils informatiques et connexion à haut débit',
    'bloquante',
    (_CITE_PREREQUIS_CNED, _CITE_PREREQUIS_CNED_2),
    'circulars/poste_adapte_aix_marseille_2025.circ:160',
)
_CITE_REPRISE_CLM_CLD = rt.Citation(
    (
        'les personnels en congé de longue maladie ou en congé de longue durée ne peuvent '
        "reprendre leurs fonctions, même par le biais du poste adapté, en l'absence d'avis "
        'favorable du conseil médical'
    ),
    'sources/003_70692b3584024c77.txt',
    147,
)
_RULE_REPRISE_CLM_CLD = rt.RuleInfo(
    'reprise_clm_cld',
    'CLM ou CLD : avis favorable du conseil médical pour reprendre',
    'bloquante',
    (_CITE_REPRISE_CLM_CLD,),
    'circulars/poste_adapte_aix_marseille_2025.circ:167',
)
_CITE_DELAI_DE_RIGUEUR = rt.Citation(
    'Date limite : Vendredi 13 décembre 2024 – Délai de rigueur',
    'sources/003_70692b3584024c77.txt',
    152,
)
_RULE_DELAI_DE_RIGUEUR = rt.RuleInfo(
    'délai_de_rigueur',
    'Transmission au plus tard le 13 décembre 2024 (délai de rigueur)',
    'bloquante',
    (_CITE_DELAI_DE_RIGUEUR,),
    'circulars/poste_adapte_aix_marseille_2025.circ:178',
)
_CITE_DUREE_PACD = rt.Citation(
    '1 an renouvelable sur demande sous conditions (3 ans maximum)',
    'sources/003_70692b3584024c77.txt',
    393,
)
_CITE_DUREE_PACD_2 = rt.Citation(
    (
        "L'affectation sur poste adapté constitue une période transitoire, plus ou moins longue, "
        "selon l'état de santé des agents et des possibilités de postes disponibles, qui conduira "
        'à une affectation sur un :'
    ),
    'sources/003_70692b3584024c77.txt',
    46,
)
_CITE_DUREE_PACD_3 = rt.Citation(
    "accompagnera la prise de fonction de l'agent", 'sources/003_70692b3584024c77.txt', 64
)
_CITE_DUREE_PACD_4 = rt.Citation(
    (
        'Une structure hors Éducation nationale (autre administration ou fonction publique) dans '
        "le cadre d'une mise à disposition"
    ),
    'sources/003_70692b3584024c77.txt',
    60,
)
_RULE_DUREE_PACD = rt.RuleInfo(
    'durée_pacd',
    'PACD : un an, renouvelable deux fois sous conditions',
    'information',
    (_CITE_DUREE_PACD, _CITE_DUREE_PACD_2, _CITE_DUREE_PACD_3, _CITE_DUREE_PACD_4),
    'circulars/poste_adapte_aix_marseille_2025.circ:184',
)
_NOTICE_DUREE_PACD = rt.Finding(
    _RULE_DUREE_PACD,
    rt.Outcome.NOTICE,
    'information',
    (
        'Le PACD est accordé pour un an, renouvelable sur demande et sous conditions, dans la '
        'limite de trois années dans la carrière. Le centre de réadaptation (CR2AMN) accompagne la '
        'prise de fonction ; le PACD peut être exercé dans un service ou établissement de '
        "l'Éducation nationale, un établissement public administratif (ex : le CNED) ou, par mise "
        'à disposition, hors Éducation nationale.'
    ),
    (),
)
_CITE_DUREE_PALD = rt.Citation(
    'Poste adapté de longue durée (PALD), pour une durée de quatre ans, renouvelable sans limite.',
    'sources/003_70692b3584024c77.txt',
    49,
)
_CITE_DUREE_PALD_2 = rt.Citation(
    'le nombre de postes proposés dans ce cadre est très limité',
    'sources/003_70692b3584024c77.txt',
    49,
)
_CITE_DUREE_PALD_3 = rt.Citation(
    (
        "Il n'est pas nécessaire d'avoir bénéficié d'une affectation sur PACD pour pouvoir "
        "bénéficier d'une affectation sur PALD."
    ),
    'sources/003_70692b3584024c77.txt',
    51,
)
_RULE_DUREE_PALD = rt.RuleInfo(
    'durée_pald',
    'PALD : quatre ans renouvelables, postes très limités',
    'information',
    (_CITE_DUREE_PALD, _CITE_DUREE_PALD_2, _CITE_DUREE_PALD_3),
    'circulars/poste_adapte_aix_marseille_2025.circ:192',
)
_NOTICE_DUREE_PALD = rt.Finding(
    _RULE_DUREE_PALD,
    rt.Outcome.NOTICE,
    'information',
    (
        'Le PALD est accordé pour quatre ans, renouvelable sans limite ; le nombre de postes '
        "proposés est très limité. Il n'est pas nécessaire d'avoir bénéficié d'un PACD pour "
        'obtenir un PALD.'
    ),
    (),
)
_CITE_SITUATION_ADMINISTRATIVE = rt.Citation(
    (
        "Les personnels affectés en poste adapté restent en position d'activité dans leur corps "
        "d'origine."
    ),
    'sources/003_70692b3584024c77.txt',
    72,
)
_CITE_SITUATION_ADMINISTRATIVE_2 = rt.Citation(
    (
        "Les personnels affectés en poste adapté au CNED sont gérés et rémunérés par l'académie "
        "d'Aix-Marseille, quel que soit le lieu d'exercice."
    ),
    'sources/003_70692b3584024c77.txt',
    72,
)
_CITE_SITUATION_ADMINISTRATIVE_3 = rt.Citation(
    (
        "L'agent est placé sous l'autorité hiérarchique du chef de service d'accueil. Il se "
        'voit appliquer les horaires et congés en vigueur dans ce service.'
    ),
    'sources/003_70692b3584024c77.txt',
    74,
)
_CITE_SITUATION_ADMINISTRATIVE_4 = rt.Citation(
    (
        "L'agent placé sur poste adapté perd le poste sur lequel il était affecté mais conserve "
        'son ancienneté de service.'
    ),
    'sources/003_70692b3584024c77.txt',
    76,
)
_RULE_SITUATION_ADMINISTRATIVE = rt.RuleInfo(
    'situation_administrative',
    'Situation administrative en poste adapté',
    'information',
    (
        _CITE_SITUATION_ADMINISTRATIVE,
        _CITE_SITUATION_ADMINISTRATIVE_2,
        _CITE_SITUATION_ADMINISTRATIVE_3,
        _CITE_SITUATION_ADMINISTRATIVE_4,
    ),
    'circulars/poste_adapte_aix_marseille_2025.circ:199',
)
_NOTICE_SITUATION_ADMINISTRATIVE = rt.Finding(
    _RULE_SITUATION_ADMINISTRATIVE,
    rt.Outcome.NOTICE,
    'information',
    (
        "En poste adapté, vous restez en position d'activité dans votre corps d'origine et "
        "conservez l'intégralité de votre traitement et votre ancienneté de service, mais vous "
        "perdez le poste sur lequel vous étiez affecté(e) ; vous êtes placé(e) sous l'autorité du "
        "chef du service d'accueil, dont les horaires et congés s'appliquent. Au CNED, vous êtes "
        "géré(e) et rémunéré(e) par l'académie d'Aix-Marseille."
    ),
    (),
)
_CITE_SORTIE_DISPOSITIF = rt.Citation(
    (
        "À la sortie du dispositif, les agents qui souhaitent retrouver un poste d'enseignant, de "
        "psychologue de l'Éducation nationale ou de CPE, doivent participer au mouvement "
        "intra-académique. Ils bénéficient alors d'une bonification qui sera précisée dans le "
        'bulletin académique relatif au mouvement des personnels et dont la parution est fixée au '
        'mois de mars 2025.'
    ),
    'sources/003_70692b3584024c77.txt',
    80,
)
_CITE_SORTIE_DISPOSITIF_2 = rt.Citation(
    "Toute décision de sortie du dispositif ne peut se faire qu'après avis du médecin du travail.",
    'sources/003_70692b3584024c77.txt',
    84,
)
_CITE_SORTIE_DISPOSITIF_3 = rt.Citation(
    (
        "Les personnels bénéficiaires de l'obligation d'emploi (BOE) peuvent constituer un "
        "dossier afin de pouvoir bénéficier d'une bonification"
    ),
    'sources/003_70692b3584024c77.txt',
    82,
)
_RULE_SORTIE_DISPOSITIF = rt.RuleInfo(
    'sortie_dispositif',
    'Sortie du dispositif',
    'information',
    (_CITE_SORTIE_DISPOSITIF, _CITE_SORTIE_DISPOSITIF_2, _CITE_SORTIE_DISPOSITIF_3),
    'circulars/poste_adapte_aix_marseille_2025.circ:206',
)
_NOTICE_SORTIE_DISPOSITIF = rt.Finding(
    _RULE_SORTIE_DISPOSITIF,
    rt.Outcome.NOTICE,
    'information',
    (
        "Pour retrouver un poste d'enseignant, de psychologue de l'Éducation nationale ou de CPE "
        'à la sortie du dispositif, il faut participer au mouvement intra-académique (avec une '
        "bonification) ; la sortie n'est décidée qu'après avis du médecin du travail. Les "
        "bénéficiaires de l'obligation d'emploi peuvent demander une priorité de mutation au "
        'titre du handicap.'
    ),
    (),
)
_CITE_AMENAGEMENT_MATERIEL_RQTH = rt.Citation(
    (
        "Les agents en situation de handicap et bénéficiaires d'une RQTH peuvent également "
        'demander un aménagement matériel ou technique du poste, ou encore une assistance humaine. '
        "Ces dispositifs font l'objet d'une circulaire spécifique"
    ),
    'sources/003_70692b3584024c77.txt',
    26,
)
_RULE_AMENAGEMENT_MATERIEL_RQTH = rt.RuleInfo(
    'aménagement_matériel_rqth',
    "Agents bénéficiaires d'une RQTH : aménagement matériel ou assistance humaine",
    'information',
    (_CITE_AMENAGEMENT_MATERIEL_RQTH,),
    'circulars/poste_adapte_aix_marseille_2025.circ:212',
)
_NOTICE_AMENAGEMENT_MATERIEL_RQTH = rt.Finding(
    _RULE_AMENAGEMENT_MATERIEL_RQTH,
    rt.Outcome.NOTICE,
    'information',
    (
        "Bénéficiaire d'une RQTH, vous pouvez aussi demander un aménagement matériel ou technique "
        'du poste ou une assistance humaine (circulaire spécifique : BA N°988 du 20/11/2023).'
    ),
    (),
)
_CITE_DOSSIERS_COMPLETS = rt.Citation(
    (
        'Les personnels devront constituer 2 dossiers pour que leur situation personnelle puisse '
        'être examinée par la médecine de prévention, la division des personnels enseignants '
        '(DIPE) et la direction des relations et ressources humaines (DRRH)'
    ),
    'sources/003_70692b3584024c77.txt',
    134,
)
_RULE_DOSSIERS_COMPLETS = rt.RuleInfo(
    'dossiers_complets',
    'Dossiers administratif et médical complets',
    'bloquante',
    (_CITE_DOSSIERS_COMPLETS,),
    'circulars/poste_adapte_aix_marseille_2025.circ:219',
)
_CITE_DATE_LIMITE = rt.Citation(
    'en respectant la date butoir du vendredi 13 décembre 2024',
    'sources/003_70692b3584024c77.txt',
    182,
)
_DEADLINE_DATE_LIMITE = rt.DeadlineInfo(
    'date_limite',
    'Date limite de transmission des dossiers (délai de rigueur)',
    _DATE_2024_12_13,
    True,
    (_CITE_DELAI_DE_RIGUEUR, _CITE_DATE_LIMITE),
)
_SERVICE_MEDECIN_DU_TRAVAIL = rt.Recipient(
    'médecin_du_travail',
    'Médecin du travail, service de médecine de prévention du rectorat',
    True,
    (
        "Rectorat de l'académie d'Aix-Marseille - médecine de prévention (à l'attention du "
        'médecin du travail concerné) - Place Lucien Paye - 13621 Aix-en-Provence CEDEX 1'
    ),
)
_CITE_MEDECIN_TRAVAIL = rt.Citation(
    (
        "L'avis préalable du médecin du travail est requis avant toute décision d'attribution ou "
        "de renouvellement d'affectation dans un poste adapté."
    ),
    'sources/003_70692b3584024c77.txt',
    53,
)
_OPINION_MEDECIN_TRAVAIL = rt.OpinionInfo(
    'médecin_travail',
    'Avis préalable du médecin du travail',
    'obligatoire',
    _SERVICE_MEDECIN_DU_TRAVAIL,
    (_CITE_MEDECIN_TRAVAIL,),
)
_SERVICE_CHEF_ETABLISSEMENT = rt.Recipient(
    'chef_établissement', "Chef d'établissement, chef de service ou directeur de CIO", False, None
)
_CITE_CHEF_SERVICE = rt.Citation(
    (
        "Les chefs d'établissement, de service ou les directeurs de CIO transmettront les "
        'dossiers administratifs après avoir visé et complété les avis à renseigner'
    ),
    'sources/003_70692b3584024c77.txt',
    156,
)
_OPINION_CHEF_SERVICE = rt.OpinionInfo(
    'chef_service',
    "Visa et avis du chef d'établissement, de service ou du directeur de CIO",
    'obligatoire',
    _SERVICE_CHEF_ETABLISSEMENT,
    (_CITE_CHEF_SERVICE,),
)


class Facts(rt.FactsModel):
    """Situation d'un demandeur ; un fait absent est inconnu."""

    # circulars/commun.circ:8
    agent_statut: Literal['titulaire', 'stagiaire', 'contractuel'] | None = Field(
        default=None, alias='agent.statut', title="Statut de l'agent"
    )
    # circulars/commun.circ:14
    agent_fonction: Literal[
        'enseignement', 'éducation', 'orientation', 'administratif'
    ] | None = Field(default=None, alias='agent.fonction', title='Fonction exercée')
    # circulars/commun.circ:21
    agent_degre: Literal['premier', 'second'] | None = Field(
        default=None, alias='agent.degré', title="Degré d'enseignement"
    )
    # circulars/commun.circ:30
    agent_rqth: bool | None = Field(
        default=None,
        alias='agent.rqth',
        title=(
            "L'agent dispose d'un justificatif de handicap (RQTH, carte mobilité inclusion « "
            'invalidité »...)'
        ),
    )
    # circulars/commun.circ:62
    agent_departement: Literal['d04', 'd05', 'd13', 'd84'] | None = Field(
        default=None,
        alias='agent.département',
        title="Département d'affectation (académie d'Aix-Marseille)",
    )
    # circulars/commun.circ:69
    agent_position: Literal[
        'activité',
        'mise_à_disposition',
        'détachement',
        'disponibilité_office_santé',
        'disponibilité',
        'congé_parental',
        'autre_position',
    ] | None = Field(default=None, alias='agent.position', title='Position administrative')
    # circulars/commun.circ:90
    agent_conge_sante: Literal['aucun_congé', 'cmo', 'clm', 'cld', 'citis'] | None = Field(
        default=None,
        alias='agent.congé_santé',
        title='Congé pour raison de santé en cours au moment de la demande',
    )
    # circulars/commun.circ:98
    agent_duree_cmo: Annotated[int, Field(ge=0, le=12)] | None = Field(
        default=None, alias='agent.durée_cmo', title='Durée du congé de maladie ordinaire en cours'
    )
    # circulars/commun.circ:100
    agent_arrondissement: Annotated[int, Field(ge=1, le=20)] | None = Field(
        default=None,
        alias='agent.arrondissement',
        title="Arrondissement municipal de l'établissement d'affectation (Paris, Lyon, Marseille)",
    )
    # circulars/commun.circ:108
    demande_date_depot: datetime.date | None = Field(
        default=None, alias='demande.date_dépôt', title='Date de dépôt de la demande'
    )
    # circulars/poste_adapte_aix_marseille_2025.circ:28
    poste_adapte_demande: Literal['pacd', 'pald'] | None = Field(
        default=None, alias='poste_adapté_demandé', title='Poste adapté demandé'
    )
    # circulars/poste_adapte_aix_marseille_2025.circ:34
    nature_demande: Literal['première_demande', 'renouvellement'] | None = Field(
        default=None, alias='nature_demande', title='Nature de la demande'
    )
    # circulars/poste_adapte_aix_marseille_2025.circ:40
    annees_pacd: Annotated[int, Field(ge=0, le=45)] | None = Field(
        default=None,
        alias='années_pacd',
        title="Nombre d'années déjà effectuées en PACD dans la carrière",
    )
    # circulars/poste_adapte_aix_marseille_2025.circ:42
    sante_alteree_gravement: bool | None = Field(
        default=None,
        alias='santé_altérée_gravement',
        title=(
            "L'état de santé de l'agent s'est altéré de façon grave : il ne peut plus exercer "
            'normalement ses fonctions'
        ),
    )
    # circulars/poste_adapte_aix_marseille_2025.circ:44
    sante_stabilisee: bool | None = Field(
        default=None, alias='santé_stabilisée', title="L'état de santé de l'agent est stabilisé"
    )
    # circulars/poste_adapte_aix_marseille_2025.circ:46
    affection_chronique_invalidante: bool | None = Field(
        default=None,
        alias='affection_chronique_invalidante',
        title=(
            "L'agent est atteint d'une affection chronique invalidante comportant des séquelles "
            'définitives'
        ),
    )
    # circulars/poste_adapte_aix_marseille_2025.circ:48
    inaptitude_enseignement_presentiel: bool | None = Field(
        default=None,
        alias='inaptitude_enseignement_présentiel',
        title="L'affection rend l'agent inapte à un retour vers l'enseignement en présentiel",
    )
    # circulars/poste_adapte_aix_marseille_2025.circ:50
    fin_pald_en_cours: datetime.date | None = Field(
        default=None,
        alias='fin_pald_en_cours',
        title='Date de fin du PALD en cours (renouvellement)',
    )
    # circulars/poste_adapte_aix_marseille_2025.circ:52
    projet_professionnel: Literal[
        'retour_fonctions',
        'mobilité_fonction_publique',
        'concours',
        'détachement',
        'secteur_privé',
        'autre_projet',
        'aucun',
    ] | None = Field(
        default=None,
        alias='projet_professionnel',
        title='Projet professionnel en cours ou envisagé',
    )
    # circulars/poste_adapte_aix_marseille_2025.circ:69
    lieu_exercice: Literal[
        'éducation_nationale',
        'cned',
        'autre_établissement_public',
        'mise_à_disposition',
        'sans_préférence',
    ] | None = Field(
        default=None, alias='lieu_exercice', title="Lieu d'exercice souhaité ou proposé"
    )
    # circulars/poste_adapte_aix_marseille_2025.circ:79
    maitrise_outils_informatiques: bool | None = Field(
        default=None,
        alias='maîtrise_outils_informatiques',
        title=(
            "L'agent maîtrise les outils informatiques, bureautiques et de communication à "
            'distance'
        ),
    )
    # circulars/poste_adapte_aix_marseille_2025.circ:81
    connexion_haut_debit: bool | None = Field(
        default=None,
        alias='connexion_haut_débit',
        title="L'agent dispose d'un équipement de connexion à haut débit",
    )
    # circulars/poste_adapte_aix_marseille_2025.circ:83
    avis_conseil_medical_favorable: bool | None = Field(
        default=None,
        alias='avis_conseil_médical_favorable',
        title='Le conseil médical a rendu un avis favorable à la reprise des fonctions',
    )
    # circulars/procedure_aix_marseille_2025.circ:13
    geo_affectation: Literal[
        'martigues',
        'marseille_nord',
        'arles',
        'marignane',
        'aubagne',
        'gardanne',
        'orgon',
        'salon_de_provence',
        'vitrolles',
        'aix_en_provence',
        'marseille_sud',
        'marseille_centre_est',
        'marseille_nord_est',
        'marseille_métropole',
    ] | None = Field(
        default=None,
        alias='geo_affectation',
        title=(
            "Groupement d'établissements (GEO) de l'établissement d'affectation "
            '(Bouches-du-Rhône)'
        ),
    )
    # circulars/procedure_aix_marseille_2025.circ:31
    envoi_postal_exceptionnel: bool | None = Field(
        default=None,
        alias='envoi_postal_exceptionnel',
        title=(
            "Impossibilité d'accès aux outils informatiques permettant l'envoi électronique du "
            'dossier administratif'
        ),
    )
    # circulars/poste_adapte_aix_marseille_2025.circ:220
    dossier_pieces_fournies: frozenset[
        Literal[
            'courrier_demande',
            'fiche_renseignements',
            'attestation_rqth',
            'certificat_médical',
            'courrier_médecin',
            'relevé_congés',
            'avis_conseil_médical',
            'fiche_demande_poste_adapté',
        ]
    ] | None = Field(
        default=None, alias='dossier.pièces_fournies', title='Pièces déjà fournies par le demandeur'
    )

    french_fields: ClassVar[dict[str, str]] = {
        'agent.rqth': 'boolean',
        'agent_rqth': 'boolean',
        'agent.durée_cmo': 'number',
        'agent_duree_cmo': 'number',
        'agent.arrondissement': 'number',
        'agent_arrondissement': 'number',
        'demande.date_dépôt': 'date',
        'demande_date_depot': 'date',
        'années_pacd': 'number',
        'annees_pacd': 'number',
        'santé_altérée_gravement': 'boolean',
        'sante_alteree_gravement': 'boolean',
        'santé_stabilisée': 'boolean',
        'sante_stabilisee': 'boolean',
        'affection_chronique_invalidante': 'boolean',
        'inaptitude_enseignement_présentiel': 'boolean',
        'inaptitude_enseignement_presentiel': 'boolean',
        'fin_pald_en_cours': 'date',
        'maîtrise_outils_informatiques': 'boolean',
        'maitrise_outils_informatiques': 'boolean',
        'connexion_haut_débit': 'boolean',
        'connexion_haut_debit': 'boolean',
        'avis_conseil_médical_favorable': 'boolean',
        'avis_conseil_medical_favorable': 'boolean',
        'envoi_postal_exceptionnel': 'boolean',
    }
    fact_units: ClassVar[dict[str, str]] = {
        'agent.durée_cmo': 'mois',
        'agent_duree_cmo': 'mois',
        'années_pacd': 'ans',
        'annees_pacd': 'ans',
    }


_FACT_NAMES = frozenset(_FACT_ORDER)
_READ_AGENT_STATUT = rt.plain_reader(Facts, 'agent.statut')
_READ_AGENT_FONCTION = rt.plain_reader(Facts, 'agent.fonction')
_READ_AGENT_DEGRE = rt.plain_reader(Facts, 'agent.degré')
_READ_AGENT_RQTH = rt.plain_reader(Facts, 'agent.rqth')
_READ_AGENT_DEPARTEMENT = rt.plain_reader(Facts, 'agent.département')
_READ_AGENT_POSITION = rt.plain_reader(Facts, 'agent.position')
_READ_AGENT_CONGE_SANTE = rt.plain_reader(Facts, 'agent.congé_santé')
_READ_AGENT_DUREE_CMO = rt.plain_reader(Facts, 'agent.durée_cmo')
_READ_AGENT_ARRONDISSEMENT = rt.plain_reader(Facts, 'agent.arrondissement')
_READ_DEMANDE_DATE_DEPOT = rt.plain_reader(Facts, 'demande.date_dépôt')
_READ_POSTE_ADAPTE_DEMANDE = rt.plain_reader(Facts, 'poste_adapté_demandé')
_READ_NATURE_DEMANDE = rt.plain_reader(Facts, 'nature_demande')
_READ_ANNEES_PACD = rt.plain_reader(Facts, 'années_pacd')
_READ_SANTE_ALTEREE_GRAVEMENT = rt.plain_reader(Facts, 'santé_altérée_gravement')
_READ_SANTE_STABILISEE = rt.plain_reader(Facts, 'santé_stabilisée')
_READ_AFFECTION_CHRONIQUE_INVALIDANTE = rt.plain_reader(Facts, 'affection_chronique_invalidante')
_READ_INAPTITUDE_ENSEIGNEMENT_PRESENTIEL = rt.plain_reader(
    Facts, 'inaptitude_enseignement_présentiel'
)
_READ_FIN_PALD_EN_COURS = rt.plain_reader(Facts, 'fin_pald_en_cours')
_READ_PROJET_PROFESSIONNEL = rt.plain_reader(Facts, 'projet_professionnel')
_READ_LIEU_EXERCICE = rt.plain_reader(Facts, 'lieu_exercice')
_READ_MAITRISE_OUTILS_INFORMATIQUES = rt.plain_reader(Facts, 'maîtrise_outils_informatiques')
_READ_CONNEXION_HAUT_DEBIT = rt.plain_reader(Facts, 'connexion_haut_débit')
_READ_AVIS_CONSEIL_MEDICAL_FAVORABLE = rt.plain_reader(Facts, 'avis_conseil_médical_favorable')
_READ_GEO_AFFECTATION = rt.plain_reader(Facts, 'geo_affectation')
_READ_ENVOI_POSTAL_EXCEPTIONNEL = rt.plain_reader(Facts, 'envoi_postal_exceptionnel')
_READ_DOSSIER_PIECES_FOURNIES = rt.plain_reader(Facts, 'dossier.pièces_fournies')


def _read_situation(situation: Facts | Mapping[str, Any]) -> tuple[
    Literal['titulaire', 'stagiaire', 'contractuel'] | None,
    Literal['enseignement', 'éducation', 'orientation', 'administratif'] | None,
    Literal['premier', 'second'] | None,
    bool | None,
    Literal['d04', 'd05', 'd13', 'd84'] | None,
    Literal[
        'activité',
        'mise_à_disposition',
        'détachement',
        'disponibilité_office_santé',
        'disponibilité',
        'congé_parental',
        'autre_position',
    ] | None,
    Literal['aucun_congé', 'cmo', 'clm', 'cld', 'citis'] | None,
    Annotated[int, Field(ge=0, le=12)] | None,
    Annotated[int, Field(ge=1, le=20)] | None,
    datetime.date | None,
    Literal['pacd', 'pald'] | None,
    Literal['première_demande', 'renouvellement'] | None,
    Annotated[int, Field(ge=0, le=45)] | None,
    bool | None,
    bool | None,
    bool | None,
    bool | None,
    datetime.date | None,
    Literal[
        'retour_fonctions',
        'mobilité_fonction_publique',
        'concours',
        'détachement',
        'secteur_privé',
        'autre_projet',
        'aucun',
    ] | None,
    Literal[
        'éducation_nationale',
        'cned',
        'autre_établissement_public',
        'mise_à_disposition',
        'sans_préférence',
    ] | None,
    bool | None,
    bool | None,
    bool | None,
    Literal[
        'martigues',
        'marseille_nord',
        'arles',
        'marignane',
        'aubagne',
        'gardanne',
        'orgon',
        'salon_de_provence',
        'vitrolles',
        'aix_en_provence',
        'marseille_sud',
        'marseille_centre_est',
        'marseille_nord_est',
        'marseille_métropole',
    ] | None,
    bool | None,
    frozenset[
        Literal[
            'courrier_demande',
            'fiche_renseignements',
            'attestation_rqth',
            'certificat_médical',
            'courrier_médecin',
            'relevé_congés',
            'avis_conseil_médical',
            'fiche_demande_poste_adapté',
        ]
    ] | None,
]:
    """The value of each fact, in the order of the Facts model (None: unknown): a dictionary of
    facts' names is read here, with the readers of rt.validate (bounds included); any other
    situation, or a value those readers leave, goes through rt.validate, which says in French
    what is wrong."""
    if type(situation) is dict and situation.keys() <= _FACT_NAMES:
        try:
            agent_statut = situation.get('agent.statut')
            if agent_statut is not None:
                agent_statut = _READ_AGENT_STATUT(agent_statut)
            agent_fonction = situation.get('agent.fonction')
            if agent_fonction is not None:
                agent_fonction = _READ_AGENT_FONCTION(agent_fonction)
            agent_degre = situation.get('agent.degré')
            if agent_degre is not None:
                agent_degre = _READ_AGENT_DEGRE(agent_degre)
            agent_rqth = situation.get('agent.rqth')
            if agent_rqth is not None and type(agent_rqth) is not bool:
                agent_rqth = _READ_AGENT_RQTH(agent_rqth)
            agent_departement = situation.get('agent.département')
            if agent_departement is not None:
                agent_departement = _READ_AGENT_DEPARTEMENT(agent_departement)
            agent_position = situation.get('agent.position')
            if agent_position is not None:
                agent_position = _READ_AGENT_POSITION(agent_position)
            agent_conge_sante = situation.get('agent.congé_santé')
            if agent_conge_sante is not None:
                agent_conge_sante = _READ_AGENT_CONGE_SANTE(agent_conge_sante)
            agent_duree_cmo = situation.get('agent.durée_cmo')
            if agent_duree_cmo is not None:
                agent_duree_cmo = _READ_AGENT_DUREE_CMO(agent_duree_cmo)
            agent_arrondissement = situation.get('agent.arrondissement')
            if agent_arrondissement is not None:
                agent_arrondissement = _READ_AGENT_ARRONDISSEMENT(agent_arrondissement)
            demande_date_depot = situation.get('demande.date_dépôt')
            if demande_date_depot is not None:
                demande_date_depot = _READ_DEMANDE_DATE_DEPOT(demande_date_depot)
            poste_adapte_demande = situation.get('poste_adapté_demandé')
            if poste_adapte_demande is not None:
                poste_adapte_demande = _READ_POSTE_ADAPTE_DEMANDE(poste_adapte_demande)
            nature_demande = situation.get('nature_demande')
            if nature_demande is not None:
                nature_demande = _READ_NATURE_DEMANDE(nature_demande)
            annees_pacd = situation.get('années_pacd')
            if annees_pacd is not None:
                annees_pacd = _READ_ANNEES_PACD(annees_pacd)
            sante_alteree_gravement = situation.get('santé_altérée_gravement')
            if sante_alteree_gravement is not None and type(sante_alteree_gravement) is not bool:
                sante_alteree_gravement = _READ_SANTE_ALTEREE_GRAVEMENT(sante_alteree_gravement)
            sante_stabilisee = situation.get('santé_stabilisée')
            if sante_stabilisee is not None and type(sante_stabilisee) is not bool:
                sante_stabilisee = _READ_SANTE_STABILISEE(sante_stabilisee)
            affection_chronique_invalidante = situation.get('affection_chronique_invalidante')
            if (
                affection_chronique_invalidante is not None
                and type(affection_chronique_invalidante) is not bool
            ):
                affection_chronique_invalidante = (
                    _READ_AFFECTION_CHRONIQUE_INVALIDANTE(affection_chronique_invalidante)
                )
            inaptitude_enseignement_presentiel = situation.get('inaptitude_enseignement_présentiel')
            if (
                inaptitude_enseignement_presentiel is not None
                and type(inaptitude_enseignement_presentiel) is not bool
            ):
                inaptitude_enseignement_presentiel = (
                    _READ_INAPTITUDE_ENSEIGNEMENT_PRESENTIEL(inaptitude_enseignement_presentiel)
                )
            fin_pald_en_cours = situation.get('fin_pald_en_cours')
            if fin_pald_en_cours is not None:
                fin_pald_en_cours = _READ_FIN_PALD_EN_COURS(fin_pald_en_cours)
            projet_professionnel = situation.get('projet_professionnel')
            if projet_professionnel is not None:
                projet_professionnel = _READ_PROJET_PROFESSIONNEL(projet_professionnel)
            lieu_exercice = situation.get('lieu_exercice')
            if lieu_exercice is not None:
                lieu_exercice = _READ_LIEU_EXERCICE(lieu_exercice)
            maitrise_outils_informatiques = situation.get('maîtrise_outils_informatiques')
            if (
                maitrise_outils_informatiques is not None
                and type(maitrise_outils_informatiques) is not bool
            ):
                maitrise_outils_informatiques = (
                    _READ_MAITRISE_OUTILS_INFORMATIQUES(maitrise_outils_informatiques)
                )
            connexion_haut_debit = situation.get('connexion_haut_débit')
            if connexion_haut_debit is not None and type(connexion_haut_debit) is not bool:
                connexion_haut_debit = _READ_CONNEXION_HAUT_DEBIT(connexion_haut_debit)
            avis_conseil_medical_favorable = situation.get('avis_conseil_médical_favorable')
            if (
                avis_conseil_medical_favorable is not None
                and type(avis_conseil_medical_favorable) is not bool
            ):
                avis_conseil_medical_favorable = (
                    _READ_AVIS_CONSEIL_MEDICAL_FAVORABLE(avis_conseil_medical_favorable)
                )
            geo_affectation = situation.get('geo_affectation')
            if geo_affectation is not None:
                geo_affectation = _READ_GEO_AFFECTATION(geo_affectation)
            envoi_postal_exceptionnel = situation.get('envoi_postal_exceptionnel')
            if (
                envoi_postal_exceptionnel is not None
                and type(envoi_postal_exceptionnel) is not bool
            ):
                envoi_postal_exceptionnel = (
                    _READ_ENVOI_POSTAL_EXCEPTIONNEL(envoi_postal_exceptionnel)
                )
            dossier_pieces_fournies = situation.get('dossier.pièces_fournies')
            if dossier_pieces_fournies is not None:
                dossier_pieces_fournies = _READ_DOSSIER_PIECES_FOURNIES(dossier_pieces_fournies)
            return (
                agent_statut,
                agent_fonction,
                agent_degre,
                agent_rqth,
                agent_departement,
                agent_position,
                agent_conge_sante,
                agent_duree_cmo,
                agent_arrondissement,
                demande_date_depot,
                poste_adapte_demande,
                nature_demande,
                annees_pacd,
                sante_alteree_gravement,
                sante_stabilisee,
                affection_chronique_invalidante,
                inaptitude_enseignement_presentiel,
                fin_pald_en_cours,
                projet_professionnel,
                lieu_exercice,
                maitrise_outils_informatiques,
                connexion_haut_debit,
                avis_conseil_medical_favorable,
                geo_affectation,
                envoi_postal_exceptionnel,
                dossier_pieces_fournies,
            )
        except rt.PlainReadingError:
            pass  # read again below, by rt.validate
    facts = rt.validate(Facts, situation)
    return (
        facts.agent_statut,
        facts.agent_fonction,
        facts.agent_degre,
        facts.agent_rqth,
        facts.agent_departement,
        facts.agent_position,
        facts.agent_conge_sante,
        facts.agent_duree_cmo,
        facts.agent_arrondissement,
        facts.demande_date_depot,
        facts.poste_adapte_demande,
        facts.nature_demande,
        facts.annees_pacd,
        facts.sante_alteree_gravement,
        facts.sante_stabilisee,
        facts.affection_chronique_invalidante,
        facts.inaptitude_enseignement_presentiel,
        facts.fin_pald_en_cours,
        facts.projet_professionnel,
        facts.lieu_exercice,
        facts.maitrise_outils_informatiques,
        facts.connexion_haut_debit,
        facts.avis_conseil_medical_favorable,
        facts.geo_affectation,
        facts.envoi_postal_exceptionnel,
        facts.dossier_pieces_fournies,
    )


@lru_cache(maxsize=4096)
def _documents(
    condition_1: bool | None,
    envoi_postal_exceptionnel: bool | None,
    medecin_dossier_medecin: Any,
    agent_rqth: bool | None,
    condition_2: bool | None,
) -> tuple[tuple[rt.ChecklistItem, ...], tuple[rt.SubmissionInfo, ...]]:
    """The checklist and the submissions: they depend only on these conditions and recipients."""
    # a way of sending in 2 lists of ways of sending
    way_1 = rt.routed(
        'courriel',
        False,
        (_SERVICE_DIPE,),
        (),
        (),
        condition_1,
        'non envoi_postal_exceptionnel',
        (),
    )
    # a way of sending in 2 lists of ways of sending
    way_2 = rt.routed(
        'voie postale',
        False,
        (_SERVICE_DIPE,),
        (),
        (),
        envoi_postal_exceptionnel,
        'envoi_postal_exceptionnel',
        (),
    )
    # a way of sending in 2 lists of ways of sending
    way_3 = rt.routed(
        'voie postale',
        False,
        (),
        (medecin_dossier_medecin,),
        (
            (
                'selon médecin du travail destinataire du dossier médical, selon le secteur '
                "géographique de l'établissement d'affectation"
            ),
        ),
        True,
        None,
        (),
    )
    # the ways of sending of 4 documents
    deliveries_1 = rt.deliveries(way_1, way_2, way_3)
    # the ways of sending of 4 documents
    deliveries_2 = rt.deliveries(
        rt.routed(
            'voie postale',
            True,
            (),
            (medecin_dossier_medecin,),
            (
                (
                    'selon médecin du travail destinataire du dossier médical, selon le secteur '
                    "géographique de l'établissement d'affectation"
                ),
            ),
            True,
            None,
            (),
        )
    )
    checklist: list[rt.ChecklistItem] = [
        rt.checklist_item(_DOC_COURRIER_DEMANDE, 'à fournir', None, deliveries_1),
        rt.checklist_item(_DOC_FICHE_RENSEIGNEMENTS, 'à fournir', None, deliveries_1),
    ]
    condition: bool | None = agent_rqth
    if condition is not False:
        checklist.append(
            rt.checklist_item(
                _DOC_ATTESTATION_RQTH,
                'à fournir' if condition else 'à fournir si …',
                None if condition else 'agent.rqth',
                deliveries_1,
            )
        )
    checklist.append(rt.checklist_item(_DOC_CERTIFICAT_MEDICAL, 'à fournir', None, deliveries_2))
    checklist.append(rt.checklist_item(_DOC_COURRIER_MEDECIN, 'à fournir', None, deliveries_2))
    checklist.append(rt.checklist_item(_DOC_RELEVE_CONGES, 'à fournir', None, deliveries_2))
    condition = condition_2
    if condition is not False:
        checklist.append(
            rt.checklist_item(
                _DOC_AVIS_CONSEIL_MEDICAL,
                'à fournir' if condition else 'à fournir si …',
                None if condition else (
                    'agent.congé_santé dans {clm, cld} ou agent.position = '
                    'disponibilité_office_santé ou (agent.congé_santé = cmo et agent.durée_cmo >= '
                    '6 mois)'
                ),
                deliveries_2,
            )
        )
    checklist.append(
        rt.checklist_item(_DOC_FICHE_DEMANDE_POSTE_ADAPTE, 'à fournir', None, deliveries_1)
    )
    return tuple(checklist), (
        rt.submission(_SUBMISSION, rt.deliveries(way_1, way_2)),
        rt.submission(_SUBMISSION_2, rt.deliveries(way_3)),
    )


def evaluate(situation: Facts | Mapping[str, Any]) -> rt.Decision:
    """Evaluate one situation; raise rt.SituationError (French, per field) if it is invalid."""
    (
        agent_statut,
        agent_fonction,
        agent_degre,
        agent_rqth,
        agent_departement,
        agent_position,
        agent_conge_sante,
        agent_duree_cmo,
        agent_arrondissement,
        demande_date_depot,
        poste_adapte_demande,
        nature_demande,
        annees_pacd,
        sante_alteree_gravement,
        sante_stabilisee,
        affection_chronique_invalidante,
        inaptitude_enseignement_presentiel,
        fin_pald_en_cours,
        projet_professionnel,
        lieu_exercice,
        maitrise_outils_informatiques,
        connexion_haut_debit,
        avis_conseil_medical_favorable,
        geo_affectation,
        envoi_postal_exceptionnel,
        dossier_pieces_fournies,
    ) = _read_situation(situation)
    # circulars/poste_adapte_aix_marseille_2025.circ:67 table médecin_dossier
    medecin_dossier_matches = (
        (None if agent_departement is None else agent_departement == 'd84'),
        (None if agent_departement is None else agent_departement in _AGENT_DEPARTEMENT_VALUES),
        rt.and3(
            (None if agent_departement is None else agent_departement == 'd13'),
            (None if geo_affectation is None else geo_affectation in _GEO_AFFECTATION_VALUES),
        ),
        rt.all3(
            (None if agent_departement is None else agent_departement == 'd13'),
            (None if geo_affectation is None else geo_affectation == 'marseille_nord'),
            (
                None
                if agent_arrondissement is None
                else agent_arrondissement not in _AGENT_ARRONDISSEMENT_VALUES
            ),
        ),
        rt.all3(
            (None if agent_departement is None else agent_departement == 'd13'),
            (None if geo_affectation is None else geo_affectation == 'marseille_nord'),
            (None if agent_arrondissement is None else agent_arrondissement == 2),
        ),
        rt.and3(
            (None if agent_departement is None else agent_departement == 'd13'),
            (None if geo_affectation is None else geo_affectation in _GEO_AFFECTATION_VALUES_2),
        ),
        rt.all3(
            (None if agent_departement is None else agent_departement == 'd13'),
            (None if geo_affectation is None else geo_affectation == 'marseille_métropole'),
            (
                None
                if agent_arrondissement is None
                else agent_arrondissement not in _AGENT_ARRONDISSEMENT_VALUES_2
            ),
        ),
        rt.all3(
            (None if agent_departement is None else agent_departement == 'd13'),
            (None if geo_affectation is None else geo_affectation == 'marseille_métropole'),
            (None if agent_arrondissement is None else agent_arrondissement == 13),
        ),
    )
    row = rt.lookup(medecin_dossier_matches, _ROWS_MEDECIN_DOSSIER, None, 1)
    medecin_dossier_medecin = row[0]
    # tested by 2 rules
    shared_1 = None if poste_adapte_demande is None else poste_adapte_demande == 'pacd'
    # tested by 4 rules
    shared_2 = None if poste_adapte_demande is None else poste_adapte_demande == 'pald'
    # what the checklist and the submissions depend on
    condition_1 = None if envoi_postal_exceptionnel is None else not envoi_postal_exceptionnel
    condition_2 = rt.any3(
        (None if agent_conge_sante is None else agent_conge_sante in _AGENT_CONGE_SANTE_VALUES),
        (None if agent_position is None else agent_position == 'disponibilité_office_santé'),
        rt.and3(
            (None if agent_conge_sante is None else agent_conge_sante == 'cmo'),
            (None if agent_duree_cmo is None else agent_duree_cmo >= 6),
        ),
    )
    findings: list[rt.Finding] = []
    refused = undecided = warned = False
    satisfied: list[str] = []
    not_applicable: list[str] = []
    checklist, submissions = _documents(
        condition_1, envoi_postal_exceptionnel, medecin_dossier_medecin, agent_rqth, condition_2
    )

    # circulars/poste_adapte_aix_marseille_2025.circ:93 règle titulaire (bloquante)
    holds: bool | None = None if agent_statut is None else agent_statut == 'titulaire'
    if holds is True:
        satisfied.append('titulaire')
    else:
        values: tuple[tuple[str, Any], ...] = (('agent.statut', agent_statut),)
        if holds is False:
            message = (
                (
                    "L'affectation sur poste adapté est réservée aux agents fonctionnaires "
                    'titulaires (statut déclaré : '
                )
                + rt.fmt_choice(agent_statut, _LABELS_AGENT_STATUT)
                + ').'
            )
            findings.append(
                rt.Finding(_RULE_TITULAIRE, rt.Outcome.VIOLATED, 'bloquante', message, values)
            )
            refused = True
        else:
            findings.append(
                rt.Finding(
                    _RULE_TITULAIRE,
                    rt.Outcome.UNDECIDED,
                    'bloquante',
                    (
                        "À vérifier, faute d'information : Public concerné : agents "
                        'fonctionnaires titulaires.'
                    ),
                    values,
                    missing=('agent.statut',),
                )
            )
            undecided = True

    # circulars/poste_adapte_aix_marseille_2025.circ:98 règle fonction_concernée (bloquante)
    holds = None if agent_fonction is None else agent_fonction in _AGENT_FONCTION_VALUES
    if holds is True:
        satisfied.append('fonction_concernée')
    else:
        values = (('agent.fonction', agent_fonction),)
        if holds is False:
            message = (
                (
                    "Le dispositif concerne les personnels d'enseignement, d'éducation et les "
                    "psychologues de l'Éducation nationale (fonction déclarée : "
                )
                + rt.fmt_choice(agent_fonction, _LABELS_AGENT_FONCTION)
                + ').'
            )
            findings.append(
                rt.Finding(
                    _RULE_FONCTION_CONCERNEE, rt.Outcome.VIOLATED, 'bloquante', message, values
                )
            )
            refused = True
        else:
            findings.append(
                rt.Finding(
                    _RULE_FONCTION_CONCERNEE,
                    rt.Outcome.UNDECIDED,
                    'bloquante',
                    (
                        "À vérifier, faute d'information : Public concerné : personnels "
                        "d'enseignement, d'éducation et psychologues de l'éducation nationale."
                    ),
                    values,
                    missing=('agent.fonction',),
                )
            )
            undecided = True

    # circulars/poste_adapte_aix_marseille_2025.circ:103 règle second_degré (bloquante)
    applies: bool | None = None if agent_fonction is None else agent_fonction == 'enseignement'
    if applies is False:
        not_applicable.append('second_degré')
    else:
        holds = None if agent_degre is None else agent_degre == 'second'
        if holds is True:
            satisfied.append('second_degré')
        else:
            values = (('agent.fonction', agent_fonction), ('agent.degré', agent_degre))
            if holds is False and applies is True:
                message = (
                    (
                        'Cette circulaire concerne les enseignants du second degré public (degré '
                        'déclaré : '
                    )
                    + rt.fmt_choice(agent_degre, _LABELS_AGENT_DEGRE)
                    + ').'
                )
                findings.append(
                    rt.Finding(
                        _RULE_SECOND_DEGRE, rt.Outcome.VIOLATED, 'bloquante', message, values
                    )
                )
                refused = True
            else:
                findings.append(
                    rt.Finding(
                        _RULE_SECOND_DEGRE,
                        rt.Outcome.UNDECIDED,
                        'bloquante',
                        (
                            "À vérifier, faute d'information : Public concerné : enseignants du "
                            'second degré public.'
                        ),
                        values,
                        missing=(('agent.fonction',) if applies is None else ())
                        + (('agent.degré',) if holds is None else ()),
                    )
                )
                undecided = True

    # circulars/poste_adapte_aix_marseille_2025.circ:110 règle altération_grave (bloquante)
    holds = sante_alteree_gravement
    if holds is True:
        satisfied.append('altération_grave')
    else:
        values = (('santé_altérée_gravement', sante_alteree_gravement),)
        if holds is False:
            findings.append(
                rt.Finding(
                    _RULE_ALTERATION_GRAVE,
                    rt.Outcome.VIOLATED,
                    'bloquante',
                    (
                        "L'affectation sur poste adapté s'adresse aux personnels dont l'état de "
                        "santé s'est altéré de façon grave, à tel point qu'ils ne peuvent plus "
                        'exercer normalement leurs fonctions ; sinon, un aménagement du poste de '
                        'travail peut être demandé.'
                    ),
                    values,
                )
            )
            refused = True
        else:
            findings.append(
                rt.Finding(
                    _RULE_ALTERATION_GRAVE,
                    rt.Outcome.UNDECIDED,
                    'bloquante',
                    "À vérifier, faute d'information : État de santé altéré de façon grave.",
                    values,
                    missing=('santé_altérée_gravement',),
                )
            )
            undecided = True

    # circulars/poste_adapte_aix_marseille_2025.circ:115 règle état_santé_stabilisé (bloquante)
    holds = sante_stabilisee
    if holds is True:
        satisfied.append('état_santé_stabilisé')
    else:
        values = (('santé_stabilisée', sante_stabilisee),)
        if holds is False:
            findings.append(
                rt.Finding(
                    _RULE_ETAT_SANTE_STABILISE,
                    rt.Outcome.VIOLATED,
                    'bloquante',
                    (
                        "Une affectation sur poste adapté ne peut être demandée qu'à la condition "
                        "que l'état de santé soit stabilisé."
                    ),
                    values,
                )
            )
            refused = True
        else:
            findings.append(
                rt.Finding(
                    _RULE_ETAT_SANTE_STABILISE,
                    rt.Outcome.UNDECIDED,
                    'bloquante',
                    "À vérifier, faute d'information : État de santé stabilisé.",
                    values,
                    missing=('santé_stabilisée',),
                )
            )
            undecided = True

    # circulars/poste_adapte_aix_marseille_2025.circ:120 règle projet_professionnel_présenté
    # (bloquante)
    holds = None if projet_professionnel is None else projet_professionnel != 'aucun'
    if holds is True:
        satisfied.append('projet_professionnel_présenté')
    else:
        values = (('projet_professionnel', projet_professionnel),)
        if holds is False:
            findings.append(
                rt.Finding(
                    _RULE_PROJET_PROFESSIONNEL_PRESENTE,
                    rt.Outcome.VIOLATED,
                    'bloquante',
                    (
                        'La candidature doit présenter un projet professionnel réfléchi et '
                        'cohérent, préparant le retour dans les fonctions ou une reconversion '
                        'professionnelle (éventuellement avec une demande de formation). Vous '
                        'pouvez solliciter un accompagnement individuel avec une conseillère '
                        'mobilité carrière (mission.conseil.drrh@ac-aix-marseille.fr).'
                    ),
                    values,
                )
            )
            refused = True
        else:
            findings.append(
                rt.Finding(
                    _RULE_PROJET_PROFESSIONNEL_PRESENTE,
                    rt.Outcome.UNDECIDED,
                    'bloquante',
                    "À vérifier, faute d'information : Projet professionnel réfléchi et cohérent.",
                    values,
                    missing=('projet_professionnel',),
                )
            )
            undecided = True

    # circulars/poste_adapte_aix_marseille_2025.circ:129 règle pacd_trois_ans_maximum (bloquante)
    applies = shared_1
    if applies is False:
        not_applicable.append('pacd_trois_ans_maximum')
    else:
        holds = None if annees_pacd is None else annees_pacd < 3
        if holds is True:
            satisfied.append('pacd_trois_ans_maximum')
        else:
            values = (('poste_adapté_demandé', poste_adapte_demande), ('années_pacd', annees_pacd))
            if holds is False and applies is True:
                message = (
                    'Vous avez déjà effectué '
                    + rt.fmt(annees_pacd, 'an(s)')
                    + (
                        ' en PACD : le PACD est accordé pour un an, renouvelable deux fois, soit '
                        'trois années au maximum dans la carrière.'
                    )
                )
                findings.append(
                    rt.Finding(
                        _RULE_PACD_TROIS_ANS_MAXIMUM,
                        rt.Outcome.VIOLATED,
                        'bloquante',
                        message,
                        values,
                    )
                )
                refused = True
            else:
                findings.append(
                    rt.Finding(
                        _RULE_PACD_TROIS_ANS_MAXIMUM,
                        rt.Outcome.UNDECIDED,
                        'bloquante',
                        (
                            "À vérifier, faute d'information : PACD : trois années au maximum "
                            'dans la carrière.'
                        ),
                        values,
                        missing=(('poste_adapté_demandé',) if applies is None else ())
                        + (('années_pacd',) if holds is None else ()),
                    )
                )
                undecided = True

    # circulars/poste_adapte_aix_marseille_2025.circ:135 règle pald_affection_chronique (bloquante)
    applies = shared_2
    if applies is False:
        not_applicable.append('pald_affection_chronique')
    else:
        holds = affection_chronique_invalidante
        if holds is True:
            satisfied.append('pald_affection_chronique')
        else:
            values = (
                ('poste_adapté_demandé', poste_adapte_demande),
                ('affection_chronique_invalidante', affection_chronique_invalidante),
            )
            if holds is False and applies is True:
                findings.append(
                    rt.Finding(
                        _RULE_PALD_AFFECTION_CHRONIQUE,
                        rt.Outcome.VIOLATED,
                        'bloquante',
                        (
                            "Le PALD est réservé aux agents atteints d'une affection chronique "
                            'invalidante comportant des séquelles définitives.'
                        ),
                        values,
                    )
                )
                refused = True
            else:
                findings.append(
                    rt.Finding(
                        _RULE_PALD_AFFECTION_CHRONIQUE,
                        rt.Outcome.UNDECIDED,
                        'bloquante',
                        (
                            "À vérifier, faute d'information : PALD : affection chronique "
                            'invalidante avec séquelles définitives.'
                        ),
                        values,
                        missing=(('poste_adapté_demandé',) if applies is None else ())
                        + (('affection_chronique_invalidante',) if holds is None else ()),
                    )
                )
                undecided = True

    # circulars/poste_adapte_aix_marseille_2025.circ:141 règle pald_inaptitude_présentiel
    # (bloquante)
    applies = shared_2
    if applies is False:
        not_applicable.append('pald_inaptitude_présentiel')
    else:
        holds = inaptitude_enseignement_presentiel
        if holds is True:
            satisfied.append('pald_inaptitude_présentiel')
        else:
            values = (
                ('poste_adapté_demandé', poste_adapte_demande),
                ('inaptitude_enseignement_présentiel', inaptitude_enseignement_presentiel),
            )
            if holds is False and applies is True:
                findings.append(
                    rt.Finding(
                        _RULE_PALD_INAPTITUDE_PRESENTIEL,
                        rt.Outcome.VIOLATED,
                        'bloquante',
                        (
                            'Le PALD est réservé aux agents que leur affection rend inaptes à un '
                            "retour vers l'enseignement en présentiel."
                        ),
                        values,
                    )
                )
                refused = True
            else:
                findings.append(
                    rt.Finding(
                        _RULE_PALD_INAPTITUDE_PRESENTIEL,
                        rt.Outcome.UNDECIDED,
                        'bloquante',
                        (
                            "À vérifier, faute d'information : PALD : inaptitude à un retour vers "
                            "l'enseignement en présentiel."
                        ),
                        values,
                        missing=(('poste_adapté_demandé',) if applies is None else ())
                        + (('inaptitude_enseignement_présentiel',) if holds is None else ()),
                    )
                )
                undecided = True

    # circulars/poste_adapte_aix_marseille_2025.circ:148 règle pald_lieu_éducation_nationale
    # (bloquante)
    applies = shared_2
    if applies is False:
        not_applicable.append('pald_lieu_éducation_nationale')
    else:
        holds = None if lieu_exercice is None else lieu_exercice != 'mise_à_disposition'
        if holds is True:
            satisfied.append('pald_lieu_éducation_nationale')
        else:
            values = (
                ('poste_adapté_demandé', poste_adapte_demande), ('lieu_exercice', lieu_exercice)
            )
            if holds is False and applies is True:
                findings.append(
                    rt.Finding(
                        _RULE_PALD_LIEU_EDUCATION_NATIONALE,
                        rt.Outcome.VIOLATED,
                        'bloquante',
                        (
                            "L'affectation en PALD concerne obligatoirement les services et "
                            "établissements relevant de l'Éducation nationale, dont les "
                            'établissements publics administratifs : pas de mise à disposition '
                            'hors Éducation nationale.'
                        ),
                        values,
                    )
                )
                refused = True
            else:
                findings.append(
                    rt.Finding(
                        _RULE_PALD_LIEU_EDUCATION_NATIONALE,
                        rt.Outcome.UNDECIDED,
                        'bloquante',
                        (
                            "À vérifier, faute d'information : PALD : uniquement dans les "
                            "services et établissements de l'Éducation nationale."
                        ),
                        values,
                        missing=(('poste_adapté_demandé',) if applies is None else ())
                        + (('lieu_exercice',) if holds is None else ()),
                    )
                )
                undecided = True

    # circulars/poste_adapte_aix_marseille_2025.circ:154 règle pald_fin_au_31_août_2025 (bloquante)
    applies = rt.and3(
        (None if poste_adapte_demande is None else poste_adapte_demande == 'pald'),
        (None if nature_demande is None else nature_demande == 'renouvellement'),
    )
    if applies is False:
        not_applicable.append('pald_fin_au_31_août_2025')
    else:
        holds = None if fin_pald_en_cours is None else fin_pald_en_cours <= _DATE_2025_08_31
        if holds is True:
            satisfied.append('pald_fin_au_31_août_2025')
        else:
            values = (
                ('poste_adapté_demandé', poste_adapte_demande),
                ('nature_demande', nature_demande),
                ('fin_pald_en_cours', fin_pald_en_cours),
            )
            if holds is False and applies is True:
                message = (
                    'Votre PALD prend fin le '
                    + rt.fmt(fin_pald_en_cours)
                    + ", au-delà du 31/08/2025 : vous n'êtes pas concerné(e) par cette campagne."
                )
                findings.append(
                    rt.Finding(
                        _RULE_PALD_FIN_AU_31_AOUT_2025,
                        rt.Outcome.VIOLATED,
                        'bloquante',
                        message,
                        values,
                    )
                )
                refused = True
            else:
                findings.append(
                    rt.Finding(
                        _RULE_PALD_FIN_AU_31_AOUT_2025,
                        rt.Outcome.UNDECIDED,
                        'bloquante',
                        (
                            "À vérifier, faute d'information : Renouvellement de PALD : seuls les "
                            'PALD qui prennent fin au 31/08/2025.'
                        ),
                        values,
                        missing=(
                            rt.missing_and(
                                (
                                    None
                                    if poste_adapte_demande is None
                                    else poste_adapte_demande == 'pald'
                                ),
                                rt.unknown(('poste_adapté_demandé', poste_adapte_demande)),
                                (
                                    None
                                    if nature_demande is None
                                    else nature_demande == 'renouvellement'
                                ),
                                rt.unknown(('nature_demande', nature_demande)),
                            )
                            if applies is None
                            else ()
                        )
                        + (('fin_pald_en_cours',) if holds is None else ()),
                    )
                )
                undecided = True

    # circulars/poste_adapte_aix_marseille_2025.circ:160 règle prérequis_cned (bloquante)
    applies = None if lieu_exercice is None else lieu_exercice == 'cned'
    if applies is False:
        not_applicable.append('prérequis_cned')
    else:
        holds = rt.and3(maitrise_outils_informatiques, connexion_haut_debit)
        if holds is True:
            satisfied.append('prérequis_cned')
        else:
            values = (
                ('lieu_exercice', lieu_exercice),
                ('maîtrise_outils_informatiques', maitrise_outils_informatiques),
                ('connexion_haut_débit', connexion_haut_debit),
            )
            if holds is False and applies is True:
                findings.append(
                    rt.Finding(
                        _RULE_PREREQUIS_CNED,
                        rt.Outcome.VIOLATED,
                        'bloquante',
                        (
                            "Un poste d'enseignant au CNED requiert la maîtrise des outils "
                            'informatiques, bureautiques et de communication à distance, et un '
                            'équipement de connexion à haut débit.'
                        ),
                        values,
                    )
                )
                refused = True
            else:
                findings.append(
                    rt.Finding(
                        _RULE_PREREQUIS_CNED,
                        rt.Outcome.UNDECIDED,
                        'bloquante',
                        (
                            "À vérifier, faute d'information : Poste au CNED : maîtrise des "
                            'outils informatiques et connexion à haut débit.'
                        ),
                        values,
                        missing=(('lieu_exercice',) if applies is None else ())
                        + (
                            rt.missing_and(
                                maitrise_outils_informatiques,
                                rt.unknown(
                                    ('maîtrise_outils_informatiques', maitrise_outils_informatiques)
                                ),
                                connexion_haut_debit,
                                rt.unknown(('connexion_haut_débit', connexion_haut_debit)),
                            )
                            if holds is None
                            else ()
                        ),
                    )
                )
                undecided = True

    # circulars/poste_adapte_aix_marseille_2025.circ:167 règle reprise_clm_cld (bloquante)
    applies = None if agent_conge_sante is None else agent_conge_sante in _AGENT_CONGE_SANTE_VALUES
    if applies is False:
        not_applicable.append('reprise_clm_cld')
    else:
        holds = avis_conseil_medical_favorable
        if holds is True:
            satisfied.append('reprise_clm_cld')
        else:
            values = (
                ('agent.congé_santé', agent_conge_sante),
                ('avis_conseil_médical_favorable', avis_conseil_medical_favorable),
            )
            if holds is False and applies is True:
                findings.append(
                    rt.Finding(
                        _RULE_REPRISE_CLM_CLD,
                        rt.Outcome.VIOLATED,
                        'bloquante',
                        (
                            'En congé de longue maladie ou de longue durée, vous ne pouvez '
                            'reprendre vos fonctions, même par le biais du poste adapté, sans avis '
                            'favorable du conseil médical.'
                        ),
                        values,
                    )
                )
                refused = True
            else:
                findings.append(
                    rt.Finding(
                        _RULE_REPRISE_CLM_CLD,
                        rt.Outcome.UNDECIDED,
                        'bloquante',
                        (
                            "À vérifier, faute d'information : CLM ou CLD : avis favorable du "
                            'conseil médical pour reprendre.'
                        ),
                        values,
                        missing=(('agent.congé_santé',) if applies is None else ())
                        + (('avis_conseil_médical_favorable',) if holds is None else ()),
                    )
                )
                undecided = True

    # circulars/poste_adapte_aix_marseille_2025.circ:178 règle délai_de_rigueur (bloquante)
    holds = None if demande_date_depot is None else demande_date_depot <= _DATE_2024_12_13
    if holds is True:
        satisfied.append('délai_de_rigueur')
    else:
        values = (('demande.date_dépôt', demande_date_depot),)
        if holds is False:
            message = (
                'Le dossier transmis le '
                + rt.fmt(demande_date_depot)
                + (
                    ' est postérieur à la date limite du vendredi 13 décembre 2024, fixée comme '
                    'délai de rigueur.'
                )
            )
            findings.append(
                rt.Finding(
                    _RULE_DELAI_DE_RIGUEUR, rt.Outcome.VIOLATED, 'bloquante', message, values
                )
            )
            refused = True
        else:
            findings.append(
                rt.Finding(
                    _RULE_DELAI_DE_RIGUEUR,
                    rt.Outcome.UNDECIDED,
                    'bloquante',
                    (
                        "À vérifier, faute d'information : Transmission au plus tard le 13 "
                        'décembre 2024 (délai de rigueur).'
                    ),
                    values,
                    missing=rt.unknown(('demande.date_dépôt', demande_date_depot)),
                )
            )
            undecided = True

    # circulars/poste_adapte_aix_marseille_2025.circ:184 règle durée_pacd (information)
    applies = shared_1
    if applies is True:
        findings.append(_NOTICE_DUREE_PACD)
    elif applies is False:
        not_applicable.append('durée_pacd')

    # circulars/poste_adapte_aix_marseille_2025.circ:192 règle durée_pald (information)
    applies = shared_2
    if applies is True:
        findings.append(_NOTICE_DUREE_PALD)
    elif applies is False:
        not_applicable.append('durée_pald')

    # circulars/poste_adapte_aix_marseille_2025.circ:199 règle situation_administrative
    # (information)
    findings.append(_NOTICE_SITUATION_ADMINISTRATIVE)

    # circulars/poste_adapte_aix_marseille_2025.circ:206 règle sortie_dispositif (information)
    findings.append(_NOTICE_SORTIE_DISPOSITIF)

    # circulars/poste_adapte_aix_marseille_2025.circ:212 règle aménagement_matériel_rqth
    # (information)
    applies = agent_rqth
    if applies is True:
        findings.append(_NOTICE_AMENAGEMENT_MATERIEL_RQTH)
    elif applies is False:
        not_applicable.append('aménagement_matériel_rqth')

    # circulars/poste_adapte_aix_marseille_2025.circ:219 règle dossiers_complets (bloquante)
    holds = rt.all_provided(
        dossier_pieces_fournies,
        (
            (True, 'courrier_demande', "Courrier de demande de l'intéressé(e)"),
            (True, 'fiche_renseignements', 'Fiche de renseignements (annexe 1)'),
            (
                agent_rqth,
                'attestation_rqth',
                (
                    'Attestation de reconnaissance de la qualité de travailleur handicapé (RQTH) '
                    'délivrée par la MDPH'
                ),
            ),
            (
                True,
                'certificat_médical',
                'Certificat médical récent et détaillé (original sous pli cacheté)',
            ),
            (
                True,
                'courrier_médecin',
                "Courrier explicatif de l'agent à l'attention du médecin du travail",
            ),
            (
                True,
                'relevé_congés',
                (
                    'Relevé des congés (maladie, longue maladie, longue durée) ou de la '
                    "disponibilité d'office"
                ),
            ),
            (
                rt.any3(
                    (
                        None
                        if agent_conge_sante is None
                        else agent_conge_sante in _AGENT_CONGE_SANTE_VALUES
                    ),
                    (
                        None
                        if agent_position is None
                        else agent_position == 'disponibilité_office_santé'
                    ),
                    rt.and3(
                        (None if agent_conge_sante is None else agent_conge_sante == 'cmo'),
                        (None if agent_duree_cmo is None else agent_duree_cmo >= 6),
                    ),
                ),
                'avis_conseil_médical',
                'Avis du conseil médical départemental',
            ),
            (
                True,
                'fiche_demande_poste_adapté',
                "Fiche de demande d'affectation en poste adapté (annexe 3)",
            ),
        ),
    )
    if holds is True:
        satisfied.append('dossiers_complets')
    else:
        values = (
            ('dossier.pièces_fournies', dossier_pieces_fournies),
            ('agent.rqth', agent_rqth),
            ('agent.congé_santé', agent_conge_sante),
            ('agent.position', agent_position),
            ('agent.durée_cmo', agent_duree_cmo),
        )
        if holds is False:
            message = (
                (
                    'Les deux dossiers, administratif et médical, sont nécessaires pour que votre '
                    'situation puisse être examinée : il manque '
                )
                + rt.fmt(
                    rt.missing_documents(
                        dossier_pieces_fournies,
                        (
                            (True, 'courrier_demande', "Courrier de demande de l'intéressé(e)"),
                            (True, 'fiche_renseignements', 'Fiche de renseignements (annexe 1)'),
                            (
                                agent_rqth,
                                'attestation_rqth',
                                (
                                    'Attestation de reconnaissance de la qualité de travailleur '
                                    'handicapé (RQTH) délivrée par la MDPH'
                                ),
                            ),
                            (
                                True,
                                'certificat_médical',
                                'Certificat médical récent et détaillé (original sous pli cacheté)',
                            ),
                            (
                                True,
                                'courrier_médecin',
                                (
                                    "Courrier explicatif de l'agent à l'attention du médecin du "
                                    'travail'
                                ),
                            ),
                            (
                                True,
                                'relevé_congés',
                                (
                                    'Relevé des congés (maladie, longue maladie, longue durée) ou '
                                    "de la disponibilité d'office"
                                ),
                            ),
                            (
                                rt.any3(
                                    (
                                        None
                                        if agent_conge_sante is None
                                        else agent_conge_sante in _AGENT_CONGE_SANTE_VALUES
                                    ),
                                    (
                                        None
                                        if agent_position is None
                                        else agent_position == 'disponibilité_office_santé'
                                    ),
                                    rt.and3(
                                        (
                                            None
                                            if agent_conge_sante is None
                                            else agent_conge_sante == 'cmo'
                                        ),
                                        (None if agent_duree_cmo is None else agent_duree_cmo >= 6),
                                    ),
                                ),
                                'avis_conseil_médical',
                                'Avis du conseil médical départemental',
                            ),
                            (
                                True,
                                'fiche_demande_poste_adapté',
                                "Fiche de demande d'affectation en poste adapté (annexe 3)",
                            ),
                        ),
                    )
                )
                + '.'
            )
            findings.append(
                rt.Finding(
                    _RULE_DOSSIERS_COMPLETS, rt.Outcome.VIOLATED, 'bloquante', message, values
                )
            )
            refused = True
        else:
            findings.append(
                rt.Finding(
                    _RULE_DOSSIERS_COMPLETS,
                    rt.Outcome.UNDECIDED,
                    'bloquante',
                    "À vérifier, faute d'information : Dossiers administratif et médical complets.",
                    values,
                    missing=rt.unknown(('dossier.pièces_fournies', dossier_pieces_fournies))
                    + rt.missing_each(
                        (agent_rqth, rt.unknown(('agent.rqth', agent_rqth))),
                        (
                            rt.any3(
                                (
                                    None
                                    if agent_conge_sante is None
                                    else agent_conge_sante in _AGENT_CONGE_SANTE_VALUES
                                ),
                                (
                                    None
                                    if agent_position is None
                                    else agent_position == 'disponibilité_office_santé'
                                ),
                                rt.and3(
                                    (
                                        None
                                        if agent_conge_sante is None
                                        else agent_conge_sante == 'cmo'
                                    ),
                                    (None if agent_duree_cmo is None else agent_duree_cmo >= 6),
                                ),
                            ),
                            rt.unknown(
                                ('agent.congé_santé', agent_conge_sante),
                                ('agent.position', agent_position),
                                ('agent.durée_cmo', agent_duree_cmo),
                            ),
                        ),
                    ),
                )
            )
            undecided = True

    found = tuple(findings)
    return rt.Decision(
        circular=CIRCULAR,
        status=rt.status_from_flags(refused, undecided, warned),
        findings=found,
        satisfied=tuple(satisfied),
        not_applicable=tuple(not_applicable),
        missing_facts=rt.rank_missing(found, FACT_LABELS, _FACT_ORDER) if undecided else (),
        checklist=checklist,
        deadlines=(_DEADLINE_DATE_LIMITE,),
        opinions=(_OPINION_MEDECIN_TRAVAIL, _OPINION_CHEF_SERVICE),
        submissions=submissions,
        computed={'médecin_dossier.médecin': medecin_dossier_medecin},
    )


def evaluate_status(situation: Facts | Mapping[str, Any]) -> rt.Verdict:
    """The status and the failing rules of `evaluate`, nothing else (for batches); same errors."""
    (
        agent_statut,
        agent_fonction,
        agent_degre,
        agent_rqth,
        _,
        agent_position,
        agent_conge_sante,
        agent_duree_cmo,
        _,
        demande_date_depot,
        poste_adapte_demande,
        nature_demande,
        annees_pacd,
        sante_alteree_gravement,
        sante_stabilisee,
        affection_chronique_invalidante,
        inaptitude_enseignement_presentiel,
        fin_pald_en_cours,
        projet_professionnel,
        lieu_exercice,
        maitrise_outils_informatiques,
        connexion_haut_debit,
        avis_conseil_medical_favorable,
        _,
        _,
        dossier_pieces_fournies,
    ) = _read_situation(situation)
    # tested by 3 rules
    shared_3 = None if poste_adapte_demande is None else poste_adapte_demande == 'pald'
    failed: list[str] = []
    refused = undecided = warned = False

    # circulars/poste_adapte_aix_marseille_2025.circ:93 règle titulaire (bloquante)
    holds: bool | None = None if agent_statut is None else agent_statut == 'titulaire'
    if holds is False:
        failed.append('titulaire')
        refused = True
    elif holds is not True:
        undecided = True

    # circulars/poste_adapte_aix_marseille_2025.circ:98 règle fonction_concernée (bloquante)
    holds = None if agent_fonction is None else agent_fonction in _AGENT_FONCTION_VALUES
    if holds is False:
        failed.append('fonction_concernée')
        refused = True
    elif holds is not True:
        undecided = True

    # circulars/poste_adapte_aix_marseille_2025.circ:103 règle second_degré (bloquante)
    applies: bool | None = None if agent_fonction is None else agent_fonction == 'enseignement'
    if applies is not False:
        holds = None if agent_degre is None else agent_degre == 'second'
        if holds is False and applies is True:
            failed.append('second_degré')
            refused = True
        elif holds is not True:
            undecided = True

    # circulars/poste_adapte_aix_marseille_2025.circ:110 règle altération_grave (bloquante)
    holds = sante_alteree_gravement
    if holds is False:
        failed.append('altération_grave')
        refused = True
    elif holds is not True:
        undecided = True

    # circulars/poste_adapte_aix_marseille_2025.circ:115 règle état_santé_stabilisé (bloquante)
    holds = sante_stabilisee
    if holds is False:
        failed.append('état_santé_stabilisé')
        refused = True
    elif holds is not True:
        undecided = True

    # circulars/poste_adapte_aix_marseille_2025.circ:120 règle projet_professionnel_présenté
    # (bloquante)
    holds = None if projet_professionnel is None else projet_professionnel != 'aucun'
    if holds is False:
        failed.append('projet_professionnel_présenté')
        refused = True
    elif holds is not True:
        undecided = True

    # circulars/poste_adapte_aix_marseille_2025.circ:129 règle pacd_trois_ans_maximum (bloquante)
    applies = None if poste_adapte_demande is None else poste_adapte_demande == 'pacd'
    if applies is not False:
        holds = None if annees_pacd is None else annees_pacd < 3
        if holds is False and applies is True:
            failed.append('pacd_trois_ans_maximum')
            refused = True
        elif holds is not True:
            undecided = True

    # circulars/poste_adapte_aix_marseille_2025.circ:135 règle pald_affection_chronique (bloquante)
    applies = shared_3
    if applies is not False:
        holds = affection_chronique_invalidante
        if holds is False and applies is True:
            failed.append('pald_affection_chronique')
            refused = True
        elif holds is not True:
            undecided = True

    # circulars/poste_adapte_aix_marseille_2025.circ:141 règle pald_inaptitude_présentiel
    # (bloquante)
    applies = shared_3
    if applies is not False:
        holds = inaptitude_enseignement_presentiel
        if holds is False and applies is True:
            failed.append('pald_inaptitude_présentiel')
            refused = True
        elif holds is not True:
            undecided = True

    # circulars/poste_adapte_aix_marseille_2025.circ:148 règle pald_lieu_éducation_nationale
    # (bloquante)
    applies = shared_3
    if applies is not False:
        holds = None if lieu_exercice is None else lieu_exercice != 'mise_à_disposition'
        if holds is False and applies is True:
            failed.append('pald_lieu_éducation_nationale')
            refused = True
        elif holds is not True:
            undecided = True

    # circulars/poste_adapte_aix_marseille_2025.circ:154 règle pald_fin_au_31_août_2025 (bloquante)
    applies = rt.and3(
        (None if poste_adapte_demande is None else poste_adapte_demande == 'pald'),
        (None if nature_demande is None else nature_demande == 'renouvellement'),
    )
    if applies is not False:
        holds = None if fin_pald_en_cours is None else fin_pald_en_cours <= _DATE_2025_08_31
        if holds is False and applies is True:
            failed.append('pald_fin_au_31_août_2025')
            refused = True
        elif holds is not True:
            undecided = True

    # circulars/poste_adapte_aix_marseille_2025.circ:160 règle prérequis_cned (bloquante)
    applies = None if lieu_exercice is None else lieu_exercice == 'cned'
    if applies is not False:
        holds = rt.and3(maitrise_outils_informatiques, connexion_haut_debit)
        if holds is False and applies is True:
            failed.append('prérequis_cned')
            refused = True
        elif holds is not True:
            undecided = True

    # circulars/poste_adapte_aix_marseille_2025.circ:167 règle reprise_clm_cld (bloquante)
    applies = None if agent_conge_sante is None else agent_conge_sante in _AGENT_CONGE_SANTE_VALUES
    if applies is not False:
        holds = avis_conseil_medical_favorable
        if holds is False and applies is True:
            failed.append('reprise_clm_cld')
            refused = True
        elif holds is not True:
            undecided = True

    # circulars/poste_adapte_aix_marseille_2025.circ:178 règle délai_de_rigueur (bloquante)
    holds = None if demande_date_depot is None else demande_date_depot <= _DATE_2024_12_13
    if holds is False:
        failed.append('délai_de_rigueur')
        refused = True
    elif holds is not True:
        undecided = True

    # circulars/poste_adapte_aix_marseille_2025.circ:219 règle dossiers_complets (bloquante)
    holds = rt.all_provided(
        dossier_pieces_fournies,
        (
            (True, 'courrier_demande', "Courrier de demande de l'intéressé(e)"),
            (True, 'fiche_renseignements', 'Fiche de renseignements (annexe 1)'),
            (
                agent_rqth,
                'attestation_rqth',
                (
                    'Attestation de reconnaissance de la qualité de travailleur handicapé (RQTH) '
                    'délivrée par la MDPH'
                ),
            ),
            (
                True,
                'certificat_médical',
                'Certificat médical récent et détaillé (original sous pli cacheté)',
            ),
            (
                True,
                'courrier_médecin',
                "Courrier explicatif de l'agent à l'attention du médecin du travail",
            ),
            (
                True,
                'relevé_congés',
                (
                    'Relevé des congés (maladie, longue maladie, longue durée) ou de la '
                    "disponibilité d'office"
                ),
            ),
            (
                rt.any3(
                    (
                        None
                        if agent_conge_sante is None
                        else agent_conge_sante in _AGENT_CONGE_SANTE_VALUES
                    ),
                    (
                        None
                        if agent_position is None
                        else agent_position == 'disponibilité_office_santé'
                    ),
                    rt.and3(
                        (None if agent_conge_sante is None else agent_conge_sante == 'cmo'),
                        (None if agent_duree_cmo is None else agent_duree_cmo >= 6),
                    ),
                ),
                'avis_conseil_médical',
                'Avis du conseil médical départemental',
            ),
            (
                True,
                'fiche_demande_poste_adapté',
                "Fiche de demande d'affectation en poste adapté (annexe 3)",
            ),
        ),
    )
    if holds is False:
        failed.append('dossiers_complets')
        refused = True
    elif holds is not True:
        undecided = True

    return rt.Verdict(rt.status_from_flags(refused, undecided, warned), tuple(failed))
